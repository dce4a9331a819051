/*
 * dates.c - event dates from time expressions (dates.h).
 *
 * The sentence is read as a stream of tokens (letters, numbers, single
 * punctuation bytes) lexed on demand from text[0..len), so nothing is
 * copied or allocated. At each token a small set of matchers is tried in
 * turn; the first that recognises an expression starting there resolves it
 * against the document date, and scanning resumes after it. Of all the
 * expressions found, the one closest to the anchor is kept.
 *
 * Dates are computed as days since 1970-01-01 (days_from_civil /
 * civil_from_days, proleptic Gregorian), so leap years, month lengths and
 * year boundaries come out right by construction.
 *
 * Must not: read outside text[0..len), write anything but *out, or keep state.
 */
#include "dates.h"

#include <limits.h>
#include <string.h>

/* Years a text may name. */
#define YEAR_MIN   1900
#define YEAR_MAX   2099
/* A date without a year may lie this many days after the document date. */
#define AHEAD_DAYS 7
/* Largest count in "N days ago". */
#define MAX_AGO    999

/* ---- calendar ------------------------------------------------------------ */

static int is_leap(long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(long y, int m)
{
    static const unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[m - 1] + (m == 2 && is_leap(y));
}

static int valid_date(long y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/* Days since 1970-01-01 (Howard Hinnant's days_from_civil): the year is
 * counted from March, so the leap day is the last day of its year. */
static long days_from_civil(long y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;                                    /* [0, 399] */
    long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* [0, 365] */
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* 0 Monday .. 6 Sunday; 1970-01-01 was a Thursday. */
static int weekday_of(long days)
{
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

/* ---- tokens -------------------------------------------------------------- */

typedef enum {
    TOK_END,
    TOK_WORD,
    TOK_NUM,
    TOK_PUNCT
} tok_kind;

typedef struct tok {
    tok_kind kind;
    size_t start, end;
    int plain; /* a number of digits only (not "25,000" or "10:30") */
} tok;

typedef struct scan {
    const char *text;
    size_t len;
    long y;
    int m;
    long today; /* the document date, as days since 1970-01-01 */
} scan;

/* An expression found: its date and where it is. */
typedef struct found {
    long y;
    int m, d;
    char precision;
    const char *basis;
    size_t start, end;
} found;

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static unsigned char byte_at(const scan *s, size_t i)
{
    return (unsigned char)s->text[i];
}

/* Width of the blank at i: ASCII white space, or a UTF-8 no-break space
 * (news sites put one in "April\u00a025"); 0 when there is none. */
static size_t blank_width(const scan *s, size_t i)
{
    unsigned char c = byte_at(s, i);
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    return c == 0xC2 && i + 1 < s->len && byte_at(s, i + 1) == 0xA0 ? 2 : 0;
}

/* A separator inside a number ("25,000", "10.5", "10:30") when a digit follows. */
static int number_continues(const scan *s, size_t i)
{
    unsigned char c = byte_at(s, i);
    return (c == ',' || c == '.' || c == ':') && i + 1 < s->len && is_digit(byte_at(s, i + 1));
}

/* The token at or after pos. */
static tok lex(const scan *s, size_t pos)
{
    size_t w;
    while (pos < s->len && (w = blank_width(s, pos)) > 0)
        pos += w;
    tok t = {TOK_END, pos, pos, 0};
    if (pos >= s->len)
        return t;
    size_t i = pos;
    if (is_alpha(byte_at(s, i))) {
        t.kind = TOK_WORD;
        while (i < s->len && is_alpha(byte_at(s, i)))
            i++;
    } else if (is_digit(byte_at(s, i))) {
        t.kind = TOK_NUM;
        t.plain = 1;
        for (;;) {
            while (i < s->len && is_digit(byte_at(s, i)))
                i++;
            if (i >= s->len || !number_continues(s, i))
                break;
            t.plain = 0;
            i++;
        }
    } else {
        t.kind = TOK_PUNCT;
        i++;
    }
    t.end = i;
    return t;
}

static tok next_tok(const scan *s, tok t)
{
    return lex(s, t.end);
}

/* No blank between a and b. */
static int glued(tok a, tok b)
{
    return b.kind != TOK_END && a.end == b.start;
}

/* The token is the word w (lower case), in any case. */
static int word_is(const scan *s, tok t, const char *w)
{
    size_t n = strlen(w);
    if (t.kind != TOK_WORD || t.end - t.start != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = byte_at(s, t.start + i);
        if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != (unsigned char)w[i])
            return 0;
    }
    return 1;
}

static int word_index(const scan *s, tok t, const char *const *words, int n)
{
    for (int i = 0; i < n; i++)
        if (word_is(s, t, words[i]))
            return i;
    return -1;
}

static int capitalized(const scan *s, tok t)
{
    return t.kind == TOK_WORD && byte_at(s, t.start) >= 'A' && byte_at(s, t.start) <= 'Z';
}

static int punct_is(const scan *s, tok t, char c)
{
    return t.kind == TOK_PUNCT && s->text[t.start] == c;
}

/* Value of a plain number of min..max digits, else -1. */
static long number_value(const scan *s, tok t, size_t min, size_t max)
{
    size_t n = t.end - t.start;
    if (t.kind != TOK_NUM || !t.plain || n < min || n > max)
        return -1;
    long v = 0;
    for (size_t i = t.start; i < t.end; i++)
        v = v * 10 + (byte_at(s, i) - '0');
    return v;
}

/* ---- names --------------------------------------------------------------- */

static const char *const weekday_names[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};
static const char *const month_names[12] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};
static const struct {
    const char *abbr;
    int month;
} month_abbrs[] = {{"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
                   {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
static const char *const number_words[12] = {"one",   "two",   "three", "four", "five",   "six",
                                             "seven", "eight", "nine",  "ten",  "eleven", "twelve"};
static const char *const parts_of_day[3] = {"morning", "afternoon", "evening"};
static const char *const month_parts[3] = {"early", "mid", "late"};
static const char *const ordinal_suffixes[4] = {"st", "nd", "rd", "th"};
/* Singular and plural of each unit of "N units ago". */
static const char *const ago_units[8] = {"day",   "days",   "week", "weeks",
                                         "month", "months", "year", "years"};

/* 0 Monday .. 6 Sunday for a capitalised weekday name, else -1. */
static int weekday_at(const scan *s, tok t)
{
    return capitalized(s, t) ? word_index(s, t, weekday_names, 7) : -1;
}

/* 1..12 for a capitalised month name or abbreviation (its glued period is
 * part of it: "Sept."), setting *last to its last token; else 0. */
static int month_at(const scan *s, tok t, tok *last)
{
    if (!capitalized(s, t))
        return 0;
    *last = t;
    int full = word_index(s, t, month_names, 12);
    if (full >= 0)
        return full + 1;
    for (size_t i = 0; i < sizeof month_abbrs / sizeof month_abbrs[0]; i++)
        if (word_is(s, t, month_abbrs[i].abbr)) {
            tok dot = next_tok(s, t);
            if (glued(t, dot) && punct_is(s, dot, '.'))
                *last = dot;
            return month_abbrs[i].month;
        }
    return 0;
}

/* 1..31 for a day of the month ("25", "25th"), setting *last; else 0. A
 * number glued to any other word or to '%' is not a day ("25km", "25%"). */
static int day_at(const scan *s, tok t, tok *last)
{
    long v = number_value(s, t, 1, 2);
    if (v < 1 || v > 31)
        return 0;
    *last = t;
    tok n = next_tok(s, t);
    if (!glued(t, n))
        return (int)v;
    if (n.kind == TOK_WORD) {
        if (word_index(s, n, ordinal_suffixes, 4) < 0)
            return 0;
        *last = n;
    }
    return punct_is(s, n, '%') ? 0 : (int)v;
}

/* A 4-digit number not glued to a word ("1990s"): 1 when it is a year in
 * range (*year set), -1 when it is out of range, 0 when it is no year. */
static int year_at(const scan *s, tok t, long *year)
{
    long v = number_value(s, t, 4, 4);
    tok n = next_tok(s, t);
    if (v < 0 || (glued(t, n) && n.kind == TOK_WORD))
        return 0;
    if (v < YEAR_MIN || v > YEAR_MAX)
        return -1;
    *year = v;
    return 1;
}

/* ---- resolving ----------------------------------------------------------- */

static int set_day(found *f, long days, const char *basis)
{
    long y;
    int m, d;
    civil_from_days(days, &y, &m, &d);
    if (y < 1 || y > 9999)
        return 0;
    *f = (found){y, m, d, 'd', basis, f->start, f->end};
    return 1;
}

static int set_month(found *f, long y, int m, const char *basis)
{
    if (y < 1 || y > 9999)
        return 0;
    *f = (found){y, m, 1, 'm', basis, f->start, f->end};
    return 1;
}

static int set_year(found *f, long y, const char *basis)
{
    if (y < 1 || y > 9999)
        return 0;
    *f = (found){y, 1, 1, 'y', basis, f->start, f->end};
    return 1;
}

/* The month `back` months before the document's. */
static int set_months_back(const scan *s, found *f, long back, const char *basis)
{
    long index = s->y * 12 + (s->m - 1) - back; /* months since January of year 0 */
    return index >= 0 && set_month(f, index / 12, (int)(index % 12) + 1, basis);
}

/* The latest (month, day) not later than AHEAD_DAYS after the document
 * date; Feb 29 goes back to the last leap year. 0 when there is none. */
static int set_recent_day(const scan *s, found *f, int month, int day, const char *basis)
{
    long limit = s->today + AHEAD_DAYS;
    for (long y = s->y + 1; y >= s->y - 8 && y >= 1; y--)
        if (y <= 9999 && day <= days_in_month(y, month) && days_from_civil(y, month, day) <= limit)
            return set_day(f, days_from_civil(y, month, day), basis);
    return 0;
}

/* The latest month whose first day is not later than AHEAD_DAYS after the
 * document date: next year's, this year's, or else last year's. */
static int set_recent_month(const scan *s, found *f, int month, const char *basis)
{
    long limit = s->today + AHEAD_DAYS;
    long y = s->y + 1;
    while (y > s->y - 1 && (y > 9999 || days_from_civil(y, month, 1) > limit))
        y--;
    return set_month(f, y, month, basis);
}

/* ---- matchers: each recognises an expression starting at token t, sets
 * f->end (f->start is t's start) and the date; 0 when none starts there. */

typedef int (*matcher)(const scan *s, tok t, found *f);

/* "2019-04-25". */
static int match_iso(const scan *s, tok t, found *f)
{
    tok p[5] = {t};
    for (int i = 1; i < 5; i++) {
        p[i] = next_tok(s, p[i - 1]);
        if (!glued(p[i - 1], p[i]))
            return 0;
    }
    long y = number_value(s, p[0], 4, 4), m = number_value(s, p[2], 2, 2),
         d = number_value(s, p[4], 2, 2);
    if (!punct_is(s, p[1], '-') || !punct_is(s, p[3], '-') || y < YEAR_MIN || y > YEAR_MAX ||
        !valid_date(y, (int)m, (int)d))
        return 0;
    f->end = p[4].end;
    return set_day(f, days_from_civil(y, (int)m, (int)d), "iso-date");
}

/* A day and month ending at `last`, then an optional year ("April 25, 2019",
 * "25 April 2019"). */
static int finish_calendar(const scan *s, int month, int day, tok last, found *f)
{
    tok n = next_tok(s, last);
    if (punct_is(s, n, ','))
        n = next_tok(s, n);
    long year = 0;
    int has_year = year_at(s, n, &year);
    if (has_year < 0)
        return 0;
    if (has_year) {
        if (day > days_in_month(year, month))
            return 0;
        f->end = n.end;
        return set_day(f, days_from_civil(year, month, day), "full-date");
    }
    f->end = last.end;
    return set_recent_day(s, f, month, day, "month-day");
}

/* "April 25", "Apr. 25th, 2019", "April 2019". */
static int match_month_first(const scan *s, tok t, found *f)
{
    tok last;
    int month = month_at(s, t, &last);
    if (!month)
        return 0;
    tok n = next_tok(s, last);
    int day = day_at(s, n, &last);
    if (day)
        return finish_calendar(s, month, day, last, f);
    long year;
    if (year_at(s, n, &year) <= 0)
        return 0;
    f->end = n.end;
    return set_month(f, year, month, "month-year");
}

/* "25 April", "25th of April 2019". */
static int match_day_first(const scan *s, tok t, found *f)
{
    tok last;
    int day = day_at(s, t, &last);
    if (!day)
        return 0;
    tok n = next_tok(s, last);
    if (word_is(s, n, "of"))
        n = next_tok(s, n);
    int month = month_at(s, n, &last);
    return month && finish_calendar(s, month, day, last, f);
}

static int match_calendar(const scan *s, tok t, found *f)
{
    return match_iso(s, t, f) || match_month_first(s, t, f) || match_day_first(s, t, f);
}

/* "in April", "in mid-April 2019", "during April", "in 2020". */
static int match_in(const scan *s, tok t, found *f)
{
    if (!word_is(s, t, "in") && !word_is(s, t, "during"))
        return 0;
    tok n = next_tok(s, t);
    if (word_index(s, n, month_parts, 3) >= 0) {
        n = next_tok(s, n);
        if (punct_is(s, n, '-'))
            n = next_tok(s, n);
    }
    long year;
    int has_year = year_at(s, n, &year);
    if (has_year) {
        f->end = n.end;
        return has_year > 0 && set_year(f, year, "year");
    }
    tok last, unused;
    int month = month_at(s, n, &last);
    tok after = next_tok(s, last);
    if (!month || day_at(s, after, &unused))
        return 0; /* "in April 25": the date is matched at "April" */
    has_year = year_at(s, after, &year);
    if (has_year) {
        f->end = after.end;
        return has_year > 0 && set_month(f, year, month, "month-year");
    }
    f->end = last.end;
    return set_recent_month(s, f, month, "month");
}

/* "Monday", "last Monday", "this Monday", "next Monday", "Monday, April 25". */
static int match_weekday(const scan *s, tok t, found *f)
{
    enum {
        LAST,
        THIS,
        NEXT
    };
    static const char *const prefixes[3] = {"last", "this", "next"};
    int prefix = word_index(s, t, prefixes, 3);
    tok w = prefix >= 0 ? next_tok(s, t) : t;
    int wd = weekday_at(s, w);
    if (wd < 0)
        return 0;
    tok n = next_tok(s, w);
    if (punct_is(s, n, ','))
        n = next_tok(s, n);
    if (match_calendar(s, n, f))
        return 1;
    f->end = w.end;
    int doc_wd = weekday_of(s->today);
    if (prefix == NEXT) {
        int ahead = (wd - doc_wd + 7) % 7;
        return set_day(f, s->today + (ahead ? ahead : 7), "next-weekday");
    }
    int back = (doc_wd - wd + 7) % 7;
    if (back == 0 && prefix != THIS)
        back = 7;
    return set_day(f, s->today - back, "weekday");
}

/* After "last": "night", "week", "month", "year". */
static int match_last(const scan *s, tok n, found *f)
{
    f->end = n.end;
    if (word_is(s, n, "night"))
        return set_day(f, s->today - 1, "yesterday");
    if (word_is(s, n, "week"))
        return set_day(f, s->today - 7, "last-week");
    if (word_is(s, n, "month"))
        return set_months_back(s, f, 1, "last-month");
    return word_is(s, n, "year") && set_year(f, s->y - 1, "last-year");
}

/* After "earlier": "this month", "this year". */
static int match_earlier(const scan *s, tok n, found *f)
{
    tok what = next_tok(s, n);
    f->end = what.end;
    if (!word_is(s, n, "this"))
        return 0;
    if (word_is(s, what, "month"))
        return set_month(f, s->y, s->m, "this-month");
    return word_is(s, what, "year") && set_year(f, s->y, "this-year");
}

/* After "the": "day before", "day before yesterday". */
static int match_day_before(const scan *s, tok n, found *f)
{
    tok before = next_tok(s, n), yesterday = next_tok(s, before);
    if (!word_is(s, n, "day") || !word_is(s, before, "before"))
        return 0;
    if (word_is(s, yesterday, "yesterday")) {
        f->end = yesterday.end;
        return set_day(f, s->today - 2, "day-before-yesterday");
    }
    f->end = before.end;
    return set_day(f, s->today - 1, "day-before");
}

/* The count of "N units ago": digits, one..twelve, a/an; 0 when none. */
static long ago_count(const scan *s, tok t)
{
    long v = number_value(s, t, 1, 3);
    if (v > 0 && v <= MAX_AGO)
        return v;
    if (word_is(s, t, "a") || word_is(s, t, "an"))
        return 1;
    return word_index(s, t, number_words, 12) + 1;
}

/* "3 days ago", "two weeks ago", "a month ago", "five years ago". */
static int match_ago(const scan *s, tok t, found *f)
{
    long count = ago_count(s, t);
    tok unit = next_tok(s, t), ago = next_tok(s, unit);
    int u = word_index(s, unit, ago_units, 8);
    if (count <= 0 || u < 0 || !word_is(s, ago, "ago"))
        return 0;
    f->end = ago.end;
    switch (u / 2) {
    case 0:
        return set_day(f, s->today - count, "days-ago");
    case 1:
        return set_day(f, s->today - 7 * count, "weeks-ago");
    case 2:
        return set_months_back(s, f, count, "months-ago");
    default:
        return set_year(f, s->y - count, "years-ago");
    }
}

/* Words relative to the document date. */
static int match_relative(const scan *s, tok t, found *f)
{
    f->end = t.end;
    if (word_is(s, t, "yesterday"))
        return set_day(f, s->today - 1, "yesterday");
    if (word_is(s, t, "today") || word_is(s, t, "tonight"))
        return set_day(f, s->today, "today");
    if (word_is(s, t, "tomorrow"))
        return set_day(f, s->today + 1, "tomorrow");
    tok n = next_tok(s, t);
    if (word_is(s, t, "this") && word_index(s, n, parts_of_day, 3) >= 0) {
        f->end = n.end;
        return set_day(f, s->today, "today");
    }
    if (word_is(s, t, "last"))
        return match_last(s, n, f);
    if (word_is(s, t, "earlier"))
        return match_earlier(s, n, f);
    if (word_is(s, t, "the"))
        return match_day_before(s, n, f);
    return match_ago(s, t, f);
}

static const matcher matchers[] = {match_calendar, match_in, match_weekday, match_relative};

/* The expression starting at t, if any. */
static int match_at(const scan *s, tok t, found *f)
{
    if (t.kind == TOK_PUNCT)
        return 0; /* no expression starts with punctuation */
    for (size_t i = 0; i < sizeof matchers / sizeof matchers[0]; i++) {
        found attempt = {0, 0, 0, 0, NULL, t.start, t.end};
        if (matchers[i](s, t, &attempt)) {
            *f = attempt;
            return 1;
        }
    }
    return 0;
}

/* ---- choosing ------------------------------------------------------------ */

/* Bytes between an expression and the anchor's word [a_start, a_end). */
static size_t gap(const found *f, size_t a_start, size_t a_end)
{
    if (f->end <= a_start)
        return a_start - f->end;
    return f->start >= a_end ? f->start - a_end : 0;
}

int pl_event_date_find(const char *text, size_t len, int y, int m, int d, int anchor,
                       pl_event_date *out)
{
    if (!out || !valid_date(y, m, d))
        return -1;
    scan s = {text ? text : "", text ? len : 0, y, m, days_from_civil(y, m, d)};
    if (s.len > INT_MAX)
        s.len = INT_MAX; /* byte offsets are ints */
    size_t a_start = anchor < 0 ? 0 : (size_t)anchor < s.len ? (size_t)anchor : s.len;
    size_t a_end = a_start;
    while (a_end < s.len && is_alpha(byte_at(&s, a_end)))
        a_end++;

    found best = {y, m, d, 'd', "document", 0, 0};
    int have = 0;
    size_t best_gap = 0;
    for (tok t = lex(&s, 0); t.kind != TOK_END;) {
        found f;
        if (!match_at(&s, t, &f)) {
            t = next_tok(&s, t);
            continue;
        }
        size_t g = gap(&f, a_start, a_end);
        if (!have || g < best_gap) { /* ties: the earlier, before the verb */
            best = f;
            best_gap = g;
            have = 1;
        }
        if (anchor < 0)
            break;
        t = lex(&s, f.end);
    }
    *out = (pl_event_date){(int)best.y,
                           best.m,
                           best.d,
                           best.precision,
                           best.basis,
                           have ? (int)best.start : -1,
                           have ? (int)best.end : -1};
    return 0;
}
