/*
 * fuzz_dates.c - libFuzzer target for event dates (src/enrich/dates.c): the
 * bytes are a sentence, dated against five document dates (an ordinary day,
 * a leap day, a year boundary and both ends of the calendar) with anchors
 * -1, 0, the middle, the end and past the end. Every answer is checked: 0
 * returned; a valid date (month 1..12, day within the month, year
 * 1..9999); precision 'd', 'm' or 'y' with the finer fields 1; a basis; for
 * "document" the document date and span -1, otherwise a non-empty span
 * inside [0, size). With anchor -1 the answer must be the first expression,
 * so it starts no later than any anchored answer. An invalid document date
 * must give -1.
 *
 * Must not: keep state between inputs.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/enrich/dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok)
{
    if (!ok)
        abort();
}

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[m - 1] + (m == 2 && leap(y));
}

static void check_answer(const pl_event_date *e, size_t size, const int doc[3])
{
    check(e->year >= 1 && e->year <= 9999 && e->month >= 1 && e->month <= 12);
    check(e->day >= 1 && e->day <= month_days(e->year, e->month));
    check(e->precision == 'd' || e->precision == 'm' || e->precision == 'y');
    check(e->precision == 'd' || e->day == 1);
    check(e->precision != 'y' || e->month == 1);
    check(e->basis != NULL && e->basis[0] != '\0');
    if (strcmp(e->basis, "document") == 0) {
        check(e->byte_start == -1 && e->byte_end == -1);
        check(e->year == doc[0] && e->month == doc[1] && e->day == doc[2]);
    } else {
        check(e->byte_start >= 0 && e->byte_start < e->byte_end);
        check((size_t)e->byte_end <= size);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int docs[5][3] = {
        {2025, 10, 15}, {2024, 2, 29}, {2025, 1, 2}, {1, 1, 1}, {9999, 12, 31}};
    const char *text = (const char *)data;
    int n = size > INT_MAX / 2 ? INT_MAX / 2 : (int)size;
    const int anchors[5] = {-1, 0, n / 2, n, n + 7};
    pl_event_date e;
    for (int i = 0; i < 5; i++) {
        int first_start = INT_MAX;
        for (int a = 0; a < 5; a++) {
            memset(&e, 0xA5, sizeof e);
            check(pl_event_date_find(text, size, docs[i][0], docs[i][1], docs[i][2], anchors[a],
                                     &e) == 0);
            check_answer(&e, size, docs[i]);
            int start = e.byte_start < 0 ? INT_MAX : e.byte_start;
            if (a == 0)
                first_start = start;
            check(first_start <= start);
        }
    }
    check(pl_event_date_find(text, size, 2023, 2, 29, -1, &e) == -1);
    check(pl_event_date_find(text, size, 2025, 0, 1, -1, &e) == -1);
    return 0;
}
