/*
 * diag.h - diagnostics for bad outside input: "file:line: what is wrong".
 *
 * Readers never print directly and never exit: they report through a pl_diag
 * and carry on with the next record, so good records around a bad one are
 * kept. The caller decides where messages go (stderr by default) and whether
 * a non-zero count means a non-zero exit status.
 */
#ifndef PETREL_DIAG_H
#define PETREL_DIAG_H

typedef struct pl_diag {
    /* Receives one formatted message (no trailing newline). NULL: write to stderr. */
    void (*report)(void *ud, const char *msg);
    void *ud;
    long errors;   /* number of problems reported so far */
    int quiet;     /* count but do not report */
} pl_diag;

#if defined(__GNUC__)
#define PL_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define PL_PRINTF(f, a)
#endif

/* Report "file:line: message". line <= 0 omits the line number. diag may be NULL. */
void pl_diag_report(pl_diag *d, const char *file, long line, const char *fmt, ...) PL_PRINTF(4, 5);

#endif
