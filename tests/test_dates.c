/*
 * test_dates.c - event dates from time expressions (src/enrich/dates.c):
 * weekdays, relative days, last week/month/year, "N units ago", calendar
 * dates with and without a year, months and years after "in", ISO dates,
 * year boundaries, leap days, the choice between expressions by anchor, and
 * hostile input (no NUL terminator, cut expressions, long garbage).
 * Most tests use the document date Wednesday 2025-10-15.
 */
#include "test.h"

#include <limits.h>
#include <stdlib.h>

#include "../src/enrich/dates.h"

/* The date found in s (anchor -1) against document date y-m-d. */
static pl_event_date date_in(const char *s, int y, int m, int d)
{
    pl_event_date e;
    memset(&e, 0, sizeof e);
    if (pl_event_date_find(s, strlen(s), y, m, d, -1, &e) != 0)
        e.basis = "(failed)";
    return e;
}

/* "YYYY-MM-DD/p basis" for compact checks. */
static const char *show(pl_event_date e)
{
    static char buf[128];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d/%c %s", e.year, e.month, e.day, e.precision,
             e.basis ? e.basis : "(null)");
    return buf;
}

/* The date found in s against 2025-10-15, shown. */
static const char *oct15(const char *s)
{
    return show(date_in(s, 2025, 10, 15));
}

TEST(dates_no_expression_is_document)
{
    pl_event_date e = date_in("Rebels attacked a convoy near the border.", 2025, 10, 15);
    CHECK_STR(show(e), "2025-10-15/d document");
    CHECK_INT(e.byte_start, -1);
    CHECK_INT(e.byte_end, -1);
    CHECK_STR(oct15(""), "2025-10-15/d document");
}

TEST(dates_invalid_document_date)
{
    pl_event_date e;
    CHECK_INT(pl_event_date_find("yesterday", 9, 2025, 2, 29, -1, &e), -1);
    CHECK_INT(pl_event_date_find("yesterday", 9, 2025, 13, 1, -1, &e), -1);
    CHECK_INT(pl_event_date_find("yesterday", 9, 2025, 4, 31, -1, &e), -1);
    CHECK_INT(pl_event_date_find("yesterday", 9, 2025, 1, 0, -1, &e), -1);
    CHECK_INT(pl_event_date_find("yesterday", 9, 0, 1, 1, -1, &e), -1);
    CHECK_INT(pl_event_date_find("yesterday", 9, 2025, 1, 1, -1, NULL), -1);
    CHECK_INT(pl_event_date_find("yesterday", 9, 2024, 2, 29, -1, &e), 0);
    CHECK_STR(show(e), "2024-02-28/d yesterday");
}

TEST(dates_weekdays)
{
    CHECK_STR(oct15("Troops withdrew on Monday."), "2025-10-13/d weekday");
    CHECK_STR(oct15("Troops withdrew Tuesday."), "2025-10-14/d weekday");
    CHECK_STR(oct15("Troops withdrew Thursday."), "2025-10-09/d weekday");
    CHECK_STR(oct15("Troops withdrew on Saturday."), "2025-10-11/d weekday");
    CHECK_STR(oct15("Troops withdrew on Sunday."), "2025-10-12/d weekday");
    CHECK_STR(oct15("Talks resume next Sunday."), "2025-10-19/d next-weekday");
    CHECK_STR(oct15("Troops withdrew on Wednesday."), "2025-10-08/d weekday");
    CHECK_STR(oct15("Troops withdrew this Wednesday."), "2025-10-15/d weekday");
    CHECK_STR(oct15("Troops withdrew this Tuesday."), "2025-10-14/d weekday");
    CHECK_STR(oct15("Troops withdrew last Monday."), "2025-10-13/d weekday");
    CHECK_STR(oct15("Troops withdrew last Wednesday."), "2025-10-08/d weekday");
    CHECK_STR(oct15("Talks resume next Monday."), "2025-10-20/d next-weekday");
    CHECK_STR(oct15("Talks resume next Wednesday."), "2025-10-22/d next-weekday");
    CHECK_STR(oct15("They meet on Mondays."), "2025-10-15/d document");
    pl_event_date e = date_in("They met last Monday in Vienna.", 2025, 10, 15);
    CHECK_INT(e.byte_start, 9);
    CHECK_INT(e.byte_end, 20);
}

TEST(dates_weekday_with_calendar_date)
{
    pl_event_date e = date_in("On Monday, April 25, 2019, talks began.", 2025, 10, 15);
    CHECK_STR(show(e), "2019-04-25/d full-date");
    CHECK_INT(e.byte_start, 3);
    CHECK_INT(e.byte_end, 25);
}

TEST(dates_relative_days)
{
    CHECK_STR(oct15("Police said yesterday."), "2025-10-14/d yesterday");
    CHECK_STR(oct15("YESTERDAY police said."), "2025-10-14/d yesterday");
    CHECK_STR(oct15("Police said last night."), "2025-10-14/d yesterday");
    CHECK_STR(oct15("Police said today."), "2025-10-15/d today");
    CHECK_STR(oct15("Police said tonight."), "2025-10-15/d today");
    CHECK_STR(oct15("Police said this morning."), "2025-10-15/d today");
    CHECK_STR(oct15("Police said this evening."), "2025-10-15/d today");
    CHECK_STR(oct15("They will meet tomorrow."), "2025-10-16/d tomorrow");
    CHECK_STR(oct15("They had met the day before."), "2025-10-14/d day-before");
    CHECK_STR(oct15("They met the day before yesterday."), "2025-10-13/d day-before-yesterday");
    pl_event_date e = date_in("Police said yesterday.", 2025, 10, 15);
    CHECK_INT(e.byte_start, 12);
    CHECK_INT(e.byte_end, 21);
}

TEST(dates_last_week_month_year)
{
    CHECK_STR(oct15("Fighting broke out last week."), "2025-10-08/d last-week");
    CHECK_STR(oct15("Fighting broke out last month."), "2025-09-01/m last-month");
    CHECK_STR(oct15("Fighting broke out last year."), "2024-01-01/y last-year");
    CHECK_STR(oct15("Fighting broke out earlier this month."), "2025-10-01/m this-month");
    CHECK_STR(oct15("Fighting broke out earlier this year."), "2025-01-01/y this-year");
    CHECK_STR(oct15("Fighting broke out last summer."), "2025-10-15/d document");
}

TEST(dates_units_ago)
{
    CHECK_STR(oct15("The deal was signed 3 days ago."), "2025-10-12/d days-ago");
    CHECK_STR(oct15("The deal was signed two weeks ago."), "2025-10-01/d weeks-ago");
    CHECK_STR(oct15("The deal was signed twelve days ago."), "2025-10-03/d days-ago");
    CHECK_STR(oct15("The deal was signed a week ago."), "2025-10-08/d weeks-ago");
    CHECK_STR(oct15("The deal was signed a month ago."), "2025-09-01/m months-ago");
    CHECK_STR(oct15("The deal was signed 14 months ago."), "2024-08-01/m months-ago");
    CHECK_STR(oct15("The deal was signed five years ago."), "2020-01-01/y years-ago");
    CHECK_STR(oct15("The deal was signed 100 days ago."), "2025-07-07/d days-ago");
    /* Durations are not dates. */
    CHECK_STR(oct15("The talks lasted for two weeks."), "2025-10-15/d document");
    CHECK_STR(oct15("Two weeks later the talks resumed."), "2025-10-15/d document");
    CHECK_STR(oct15("A few days ago talks resumed."), "2025-10-15/d document");
}

TEST(dates_month_day_without_year)
{
    CHECK_STR(oct15("Talks began on April 25."), "2025-04-25/d month-day");
    CHECK_STR(oct15("Talks began 25 April."), "2025-04-25/d month-day");
    CHECK_STR(oct15("Talks began on the 25th of April."), "2025-04-25/d month-day");
    CHECK_STR(oct15("Talks began April 25th."), "2025-04-25/d month-day");
    CHECK_STR(oct15("Talks began Apr. 25."), "2025-04-25/d month-day");
    CHECK_STR(oct15("Talks began Sept. 3 in Oslo."), "2025-09-03/d month-day");
    CHECK_STR(oct15("Talks began Sept 3 in Oslo."), "2025-09-03/d month-day");
    CHECK_STR(oct15("Talks began May 5."), "2025-05-05/d month-day");
    /* Up to a week ahead stays in the document's year, later is last year's. */
    CHECK_STR(oct15("Talks open October 22."), "2025-10-22/d month-day");
    CHECK_STR(oct15("Talks opened October 23."), "2024-10-23/d month-day");
    CHECK_STR(oct15("Talks opened December 1."), "2024-12-01/d month-day");
    CHECK_STR(oct15("Talks opened April 31."), "2025-10-15/d document");
    pl_event_date e = date_in("Talks began Apr. 25.", 2025, 10, 15);
    CHECK_INT(e.byte_start, 12);
    CHECK_INT(e.byte_end, 19);
    e = date_in("Talks began Apr. 25th.", 2025, 10, 15);
    CHECK_INT(e.byte_end, 21);
}

TEST(dates_full_dates)
{
    CHECK_STR(oct15("Talks began on April 25, 2019."), "2019-04-25/d full-date");
    CHECK_STR(oct15("Talks began on 25 April 2019."), "2019-04-25/d full-date");
    CHECK_STR(oct15("Talks began on Feb. 29, 2024."), "2024-02-29/d full-date");
    CHECK_STR(oct15("Talks began on February 29, 2023."), "2025-10-15/d document");
    CHECK_STR(oct15("Talks began on March 1, 1871."), "2025-10-15/d document");
    pl_event_date e = date_in("Talks began on April 25, 2019.", 2025, 10, 15);
    CHECK_INT(e.byte_start, 15);
    CHECK_INT(e.byte_end, 29);
}

TEST(dates_months_and_years)
{
    CHECK_STR(oct15("Clashes erupted in April."), "2025-04-01/m month");
    CHECK_STR(oct15("Clashes erupted in mid-April."), "2025-04-01/m month");
    CHECK_STR(oct15("Clashes erupted during late April."), "2025-04-01/m month");
    CHECK_STR(oct15("Clashes erupted in November."), "2024-11-01/m month");
    CHECK_STR(show(date_in("Talks resume in November.", 2025, 10, 28)), "2025-11-01/m month");
    CHECK_STR(oct15("Clashes erupted in April 2019."), "2019-04-01/m month-year");
    CHECK_STR(oct15("Clashes erupted April 2019."), "2019-04-01/m month-year");
    CHECK_STR(oct15("Clashes erupted in 2020."), "2020-01-01/y year");
    CHECK_STR(oct15("Clashes erupted in early 1998."), "1998-01-01/y year");
    CHECK_STR(oct15("Clashes erupted in 1850."), "2025-10-15/d document");
    CHECK_STR(oct15("Clashes erupted in the 1990s."), "2025-10-15/d document");
    CHECK_STR(oct15("The 2020 election was disputed."), "2025-10-15/d document");
    CHECK_STR(oct15("Clashes erupted in April 25."), "2025-04-25/d month-day");
}

TEST(dates_iso)
{
    pl_event_date e = date_in("Filed 2019-04-25 by the court.", 2025, 10, 15);
    CHECK_STR(show(e), "2019-04-25/d iso-date");
    CHECK_INT(e.byte_start, 6);
    CHECK_INT(e.byte_end, 16);
    CHECK_STR(oct15("Filed 2019-02-30 by the court."), "2025-10-15/d document");
    CHECK_STR(oct15("Filed 2019 - 04 - 25 by the court."), "2025-10-15/d document");
}

TEST(dates_ignores_times_numbers_and_lowercase_names)
{
    CHECK_STR(oct15("Shelling began at 10 a.m. and killed 25 people."), "2025-10-15/d document");
    CHECK_STR(oct15("Some 25,000 troops and 10:30 and 25% and 3km."), "2025-10-15/d document");
    CHECK_STR(oct15("Officials say talks may 5 times fail."), "2025-10-15/d document");
    CHECK_STR(oct15("Protesters march 3 miles."), "2025-10-15/d document");
    CHECK_STR(oct15("April 25km of road."), "2025-10-15/d document");
    CHECK_STR(oct15("Attacks on 30% of Todays."), "2025-10-15/d document");
}

TEST(dates_year_boundaries)
{
    CHECK_STR(show(date_in("Talks began on December 30.", 2025, 1, 2)), "2024-12-30/d month-day");
    CHECK_STR(show(date_in("Talks began last month.", 2025, 1, 2)), "2024-12-01/m last-month");
    CHECK_STR(show(date_in("Talks began on Monday.", 2025, 1, 2)), "2024-12-30/d weekday");
    CHECK_STR(show(date_in("Talks began three weeks ago.", 2025, 1, 2)), "2024-12-12/d weeks-ago");
    CHECK_STR(show(date_in("Talks began two months ago.", 2025, 1, 2)), "2024-11-01/m months-ago");
    CHECK_STR(show(date_in("Talks resume January 2.", 2024, 12, 28)), "2025-01-02/d month-day");
    CHECK_STR(show(date_in("Talks resume tomorrow.", 2024, 12, 31)), "2025-01-01/d tomorrow");
    CHECK_STR(show(date_in("Talks began yesterday.", 2025, 1, 1)), "2024-12-31/d yesterday");
    CHECK_STR(show(date_in("Talks began 400 days ago.", 2025, 1, 1)), "2023-11-28/d days-ago");
}

TEST(dates_leap_days)
{
    CHECK_STR(show(date_in("Talks began yesterday.", 2024, 3, 1)), "2024-02-29/d yesterday");
    CHECK_STR(show(date_in("Talks began yesterday.", 2025, 3, 1)), "2025-02-28/d yesterday");
    CHECK_STR(show(date_in("Talks began yesterday.", 2100, 3, 1)), "2100-02-28/d yesterday");
    CHECK_STR(show(date_in("Talks began yesterday.", 2000, 3, 1)), "2000-02-29/d yesterday");
    CHECK_STR(oct15("Talks began February 29."), "2024-02-29/d month-day");
    CHECK_STR(show(date_in("Talks began February 29.", 2027, 6, 1)), "2024-02-29/d month-day");
    CHECK_STR(show(date_in("Talks open February 29.", 2028, 2, 25)), "2028-02-29/d month-day");
    CHECK_STR(show(date_in("Talks began last week.", 2024, 3, 6)), "2024-02-28/d last-week");
    CHECK_STR(show(date_in("Talks began last year.", 2024, 2, 29)), "2023-01-01/y last-year");
}

TEST(dates_edges_of_the_calendar)
{
    /* A date before year 1 or after 9999 counts as no expression. */
    CHECK_STR(show(date_in("It began yesterday.", 1, 1, 1)), "0001-01-01/d document");
    CHECK_STR(show(date_in("It begins tomorrow.", 9999, 12, 31)), "9999-12-31/d document");
    CHECK_STR(show(date_in("It began last month.", 1, 1, 5)), "0001-01-05/d document");
    CHECK_STR(show(date_in("It began 999 years ago.", 1, 1, 5)), "0001-01-05/d document");
    CHECK_STR(show(date_in("It began on December 3.", 1, 1, 5)), "0001-01-05/d document");
}

TEST(dates_anchor_picks_the_closest)
{
    const char *s = "On Monday rebels attacked the town, and on Friday the army responded.";
    size_t n = strlen(s);
    int attacked = (int)(strstr(s, "attacked") - s), responded = (int)(strstr(s, "responded") - s);
    pl_event_date e;
    CHECK_INT(pl_event_date_find(s, n, 2025, 10, 15, attacked, &e), 0);
    CHECK_STR(show(e), "2025-10-13/d weekday");
    CHECK_INT(e.byte_start, 3);
    CHECK_INT(pl_event_date_find(s, n, 2025, 10, 15, responded, &e), 0);
    CHECK_STR(show(e), "2025-10-10/d weekday");
    CHECK_INT(e.byte_start, (int)(strstr(s, "Friday") - s));
    /* Without an anchor the first wins; past the end counts as the end. */
    CHECK_INT(pl_event_date_find(s, n, 2025, 10, 15, -1, &e), 0);
    CHECK_STR(show(e), "2025-10-13/d weekday");
    CHECK_INT(pl_event_date_find(s, n, 2025, 10, 15, INT_MAX, &e), 0);
    CHECK_STR(show(e), "2025-10-10/d weekday");
    /* A tie goes to the expression before the verb. */
    const char *tie = "Yesterday said Tuesday";
    CHECK_INT(pl_event_date_find(tie, strlen(tie), 2025, 10, 15, 10, &e), 0);
    CHECK_STR(show(e), "2025-10-14/d yesterday");
    CHECK_INT(e.byte_start, 0);
    /* The verb's word counts whole: "announced" is 9 bytes long. */
    const char *after = "Yesterday it announced today";
    CHECK_INT(pl_event_date_find(after, strlen(after), 2025, 10, 15, 13, &e), 0);
    CHECK_STR(show(e), "2025-10-15/d today");
}

TEST(dates_reads_only_len_bytes)
{
    pl_event_date e;
    const char yesterday[9] = {'y', 'e', 's', 't', 'e', 'r', 'd', 'a', 'y'}; /* no NUL */
    CHECK_INT(pl_event_date_find(yesterday, 9, 2025, 10, 15, -1, &e), 0);
    CHECK_STR(show(e), "2025-10-14/d yesterday");
    CHECK_INT(e.byte_end, 9);
    CHECK_INT(pl_event_date_find(yesterday, 8, 2025, 10, 15, -1, &e), 0);
    CHECK_STR(e.basis, "document");
    CHECK_INT(pl_event_date_find(NULL, 0, 2025, 10, 15, 5, &e), 0);
    CHECK_STR(e.basis, "document");
    CHECK_INT(pl_event_date_find(NULL, 100, 2025, 10, 15, -1, &e), 0);
    CHECK_STR(e.basis, "document");
    /* Expressions cut by len. */
    const char *s = "on April 25, 2019-04-25 Sept. \xc2\xa0";
    CHECK_INT(pl_event_date_find(s, 8, 2025, 10, 15, -1, &e), 0);
    CHECK_STR(e.basis, "document");
    CHECK_INT(pl_event_date_find(s, 10, 2025, 10, 15, -1, &e), 0);
    CHECK_STR(show(e), "2025-04-02/d month-day");
    CHECK_INT(pl_event_date_find(s + 13, 9, 2025, 10, 15, -1, &e), 0);
    CHECK_STR(e.basis, "document");
    CHECK_INT(pl_event_date_find(s + 24, 5, 2025, 10, 15, -1, &e), 0);
    CHECK_STR(e.basis, "document");
    CHECK_INT(pl_event_date_find(s, strlen(s) - 1, 2025, 10, 15, -1, &e), 0);
    CHECK_STR(show(e), "2019-04-25/d full-date");
    /* A no-break space separates like a space. */
    CHECK_STR(oct15("on April\xc2\xa0"
                    "25"),
              "2025-04-25/d month-day");
}

TEST(dates_long_garbage)
{
    size_t n = 1 << 20;
    char *buf = malloc(n);
    CHECK(buf != NULL);
    if (!buf)
        return;
    static const char *const pieces[] = {"April ", "25",  ",",    " ",    "ago ",   "the day ",
                                         "last ",  "in ", "2019", "-",    "Monday", "\xc2",
                                         "\xa0",   ".",   "Sept", "two ", "days "};
    unsigned seed = 12345;
    size_t used = 0;
    while (used < n) {
        seed = seed * 1103515245u + 12345u;
        const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
        for (size_t i = 0; p[i] && used < n; i++)
            buf[used++] = p[i];
    }
    pl_event_date e;
    for (int anchor = -1; anchor < (int)n; anchor += (int)n / 3) {
        CHECK_INT(pl_event_date_find(buf, n, 2025, 10, 15, anchor, &e), 0);
        CHECK(e.byte_start >= 0 && e.byte_start < e.byte_end && e.byte_end <= (int)n);
        CHECK(e.month >= 1 && e.month <= 12 && e.day >= 1 && e.day <= 31);
    }
    free(buf);
}
