/*
 * meta_date.c - publication dates as article metadata writes them, to
 * YYYY-MM-DD (pl_doc_date in document.h).
 *
 * Feeds, CMS exports and HTML pages write dates in a handful of ways: ISO
 * 8601 with or without time and zone, compact YYYYMMDD, slashes, RFC 822
 * ("Wed, 01 May 2019 10:00:00 GMT"), and English prose ("May 1, 2019",
 * "1 May 2019"). The time and zone are dropped: a publication date is the
 * day as the outlet gave it.
 *
 * Must not: guess ambiguous numeric orders (01/05/2019 is refused: May or
 * January depends on the country).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "document.h"

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

static int emit(int y, int m, int d, char out[11])
{
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return -1;
    char tmp[32]; /* the compiler cannot see the ranges checked above */
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
    memcpy(out, tmp, 11);
    return 0;
}

/* Reads exactly `digits` digits at *p (bounded by e); -1 if not there. */
static int number(const char **p, const char *e, int digits)
{
    int v = 0;
    for (int i = 0; i < digits; i++, (*p)++) {
        if (*p >= e || !isdigit((unsigned char)**p))
            return -1;
        v = v * 10 + (**p - '0');
    }
    return v;
}

/* 1..2 digits, as a day of the month. */
static int day_number(const char **p, const char *e)
{
    int v = number(p, e, 1);
    if (v >= 0 && *p < e && isdigit((unsigned char)**p))
        v = v * 10 + (*(*p)++ - '0');
    return v;
}

/* "2019-05-01...", "2019/05/01", "20190501..." */
static int numeric_date(const char *p, const char *e, char out[11])
{
    int y = number(&p, e, 4);
    if (y < 0)
        return -1;
    char sep = p < e ? *p : 0;
    if (sep == '-' || sep == '/')
        p++;
    int m = number(&p, e, 2);
    if (m < 0 || ((sep == '-' || sep == '/') && (p >= e || *p++ != sep)))
        return -1;
    int d = number(&p, e, 2);
    if (d < 0 || (p < e && isdigit((unsigned char)*p)))
        return -1;
    return emit(y, m, d, out);
}

/* A month name or its three-letter abbreviation at *p; 1..12, or 0. */
static int month_name(const char **p, const char *e)
{
    static const char *const names[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
    const char *s = *p;
    size_t n = 0;
    while (s + n < e && isalpha((unsigned char)s[n]))
        n++;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(names[m]);
        if ((n == full || n == 3 || (m == 8 && n == 4)) && n <= full &&
            strncasecmp(s, names[m], n) == 0) {
            *p = s + n;
            if (*p < e && **p == '.')
                (*p)++;
            return m + 1;
        }
    }
    return 0;
}

static const char *skip_blanks(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == ',' || *p == '\t'))
        p++;
    return p;
}

/* "May 1, 2019" or "1 May 2019", after an optional weekday ("Wed, "). */
static int prose_date(const char *p, const char *e, char out[11])
{
    const char *q = p;
    if (!month_name(&q, e)) { /* a weekday name first? */
        while (p < e && isalpha((unsigned char)*p))
            p++;
        p = skip_blanks(p, e);
    }
    int m = month_name(&p, e), d;
    if (m) {
        p = skip_blanks(p, e);
        d = day_number(&p, e);
    } else {
        d = day_number(&p, e);
        p = skip_blanks(p, e);
        m = month_name(&p, e);
    }
    p = skip_blanks(p, e);
    int y = number(&p, e, 4);
    return m && d > 0 && y > 0 ? emit(y, m, d, out) : -1;
}

int pl_doc_date(const char *s, size_t n, char out[11])
{
    const char *p = s, *e = s + n;
    while (p < e && isspace((unsigned char)*p))
        p++;
    if (p < e && isdigit((unsigned char)*p) && numeric_date(p, e, out) == 0)
        return 0;
    return prose_date(p, e, out);
}
