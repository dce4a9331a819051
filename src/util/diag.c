/*
 * diag.c - formats and routes reader diagnostics (see diag.h).
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

void pl_diag_report(pl_diag *d, const char *file, long line, const char *fmt, ...)
{
    char msg[1024];
    int n;
    if (line > 0)
        n = snprintf(msg, sizeof msg, "%s:%ld: ", file ? file : "-", line);
    else
        n = snprintf(msg, sizeof msg, "%s: ", file ? file : "-");
    if (n < 0 || (size_t)n >= sizeof msg)
        n = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    va_end(ap);
    if (!d) {
        fprintf(stderr, "%s\n", msg);
        return;
    }
    d->errors++;
    if (d->quiet)
        return;
    if (d->report)
        d->report(d->ud, msg);
    else
        fprintf(stderr, "%s\n", msg);
}
