/*
 * dates.h - the date of an event from what its sentence says: the document
 * date, moved by a time expression in the sentence ("on Monday",
 * "yesterday", "April 25", "two weeks ago", "in 2019").
 *
 * Expressions recognised (English news usage), and how each is resolved
 * against the document date D:
 *   - weekdays: "Monday", "on Monday", "last Monday" are the most recent
 *     Monday strictly before D (so D - 7 when D is a Monday): news reports
 *     the past. "this Monday" is the same, except that it is D itself when
 *     D is a Monday. "next Monday" is the first Monday strictly after D.
 *     A weekday followed by a calendar date ("Monday, April 25") is that date.
 *   - "yesterday", "last night" = D - 1; "today", "tonight", "this
 *     morning/afternoon/evening" = D; "tomorrow" = D + 1; "the day before"
 *     = D - 1; "the day before yesterday" = D - 2.
 *   - "last week" = D - 7 (precision 'd'): that day always lies in the
 *     previous Monday-to-Sunday week, and is the middle of the days "last
 *     week" can mean seen from any day of this week. "last month" = the
 *     month before D's ('m'); "last year" ('y'); "earlier this month" ('m');
 *     "earlier this year" ('y').
 *   - "N days/weeks/months/years ago", N in digits (1..999), a number word
 *     one..twelve, or "a"/"an": days and weeks give 'd', months 'm', years 'y'.
 *   - calendar dates: "April 25", "25 April", "the 25th of April", "Apr. 25",
 *     "Sept 3", optionally with a year ("April 25, 2019", "25 April 2019");
 *     "April 2019" ('m'); ISO "2019-04-25". Without a year, the date is the
 *     most recent one not later than D + 7 days (news announces meetings a
 *     few days ahead; anything later is last year's).
 *   - "in April", "in early/mid/late April", "during April" ('m', the same
 *     D + 7 days rule applied to the 1st of the month); "in 2020" ('y': a
 *     bare year needs "in" and is a plain 4-digit number).
 * Years written in text must be within 1900..2099; an expression with a
 * 4-digit year outside that range, or an impossible day (April 31), is
 * ignored as a whole rather than resolved to some other date.
 * Month and weekday names need a capital first letter ("May", "MAY" but not
 * the verb "may"); the other words are matched in any case. Words are whole
 * words: "Mondays" is not "Monday". Times of day, durations ("for two
 * weeks") and other numbers are not dates.
 *
 * Must not: read outside text[0..len), keep state between calls, or
 * allocate; it is safe to call from any number of threads.
 */
#ifndef PETREL_DATES_H
#define PETREL_DATES_H

#include <stddef.h>

typedef struct pl_event_date {
    int year, month, day;     /* the resolved date; finer fields than precision are 1 */
    char precision;           /* 'd' day, 'm' month only, 'y' year only */
    const char *basis;        /* static string naming how the date was found: "document",
                             "weekday", "next-weekday", "yesterday", "today", "tomorrow",
                             "day-before", "day-before-yesterday", "last-week",
                             "last-month", "last-year", "this-month", "this-year",
                             "days-ago", "weeks-ago", "months-ago", "years-ago",
                             "month-day", "full-date", "iso-date", "month-year",
                             "month", "year" */
    int byte_start, byte_end; /* the expression in the sentence text; -1 for "document" */
} pl_event_date;

/* Date of an event in sentence text[0..len) (no NUL needed; NULL text is
 * empty), given the document date (y, m, d), year 1..9999.
 * anchor: byte offset of the event's verb in text, or -1. When several
 * expressions occur, the one closest to the verb wins (distance to the
 * verb's word, the run of letters from anchor; an anchor past the end is
 * the end); on a tie the one before the verb wins; with anchor -1 the
 * first one in the text wins. A resolved date
 * outside years 1..9999 counts as no expression.
 * Returns 0; out->basis is "document" (and out the document date) when no
 * expression was found. Returns -1, without writing out, only when the
 * document date is invalid or out is NULL. */
int pl_event_date_find(const char *text, size_t len, int y, int m, int d, int anchor,
                       pl_event_date *out);

#endif
