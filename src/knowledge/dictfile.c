/*
 * dictfile.c - reading dictionary text: whole files into memory, then line by
 * line with comments removed, plus the small text helpers every loader uses.
 *
 * Comments are '#' to the end of the line and markup comments "<!-- ... -->",
 * which may span lines and are removed wherever they start. (PETRARCH2 drops
 * only the first line of a multi-line one, and its verb reader stops loading
 * patterns after any "<!" line; see docs/petrarch-compat.md.) A '#' inside a
 * markup comment does not end it early, so "<!-- a # b -->" closes properly.
 *
 * Must not: interpret what a line means; that belongs to each loader.
 */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int kb_isblank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\n';
}

const char *kb_skip_blanks(const char *s)
{
    while (kb_isblank((unsigned char)*s))
        s++;
    return s;
}

const char *kb_trim(const char *s, size_t *n)
{
    while (*n && kb_isblank((unsigned char)*s)) {
        s++;
        (*n)--;
    }
    while (*n && kb_isblank((unsigned char)s[*n - 1]))
        (*n)--;
    return s;
}

const char *kb_code(pl_knowledge *k, const char *s, size_t n)
{
    s = kb_trim(s, &n);
    char *c = pl_arena_strndup(&k->arena, s, n);
    for (char *p = c; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    return c;
}

const char *kb_collapse(pl_knowledge *k, const char *s, size_t n)
{
    s = kb_trim(s, &n);
    char *out = pl_arena_alloc(&k->arena, n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        if (kb_isblank((unsigned char)s[i])) {
            if (!kb_isblank((unsigned char)s[i - 1])) /* s[0] is not blank */
                *o++ = ' ';
        } else {
            *o++ = s[i];
        }
    }
    *o = '\0';
    return out;
}

/* ---- the line reader ----------------------------------------------------------- */

void kb_lines_init(kb_lines *r, const char *file, const char *buf, size_t len, pl_diag *d)
{
    memset(r, 0, sizeof *r);
    r->p = buf ? buf : "";
    r->end = r->p + (buf ? len : 0);
    if (r->end - r->p >= 3 && memcmp(r->p, "\xEF\xBB\xBF", 3) == 0)
        r->p += 3; /* UTF-8 byte order mark */
    r->file = file;
    r->d = d;
}

/* Position just past a markup comment's closing mark in [q, e), or NULL. */
static const char *comment_end(const kb_lines *r, const char *q, const char *e)
{
    for (; q < e; q++) {
        if (r->dashes && e - q >= 3 && q[0] == '-' && q[1] == '-' && q[2] == '>')
            return q + 3;
        if (!r->dashes && *q == '>')
            return q + 1;
    }
    return NULL;
}

/* Copies s[0..e) into r->buf without comments; returns the copied length. */
static size_t strip_line(kb_lines *r, const char *s, const char *e)
{
    size_t n = 0;
    if ((size_t)(e - s) + 2 > r->cap) {
        r->cap = (size_t)(e - s) + 64;
        free(r->buf);
        r->buf = malloc(r->cap);
        if (!r->buf) {
            fputs("petrel: out of memory\n", stderr);
            abort();
        }
    }
    const char *q = s;
    while (q < e) {
        if (r->in_comment) {
            q = comment_end(r, q, e);
            if (!q)
                break;
            r->in_comment = 0;
            continue;
        }
        if (*q == '#')
            break;
        if (*q == '<' && e - q >= 2 && q[1] == '!') {
            /* "<!--" closes at "-->"; other "<!..." declarations (and the
             * "<! -- x -->" seen in the validation actors) at the first ">",
             * or at "-->" when the blanks after "<!" lead to "--". */
            const char *a = q + 2;
            while (a < e && (*a == ' ' || *a == '\t'))
                a++;
            r->dashes = e - a >= 2 && a[0] == '-' && a[1] == '-';
            r->in_comment = 1;
            r->comment_line = r->line;
            r->buf[n++] = ' '; /* a comment separates words */
            q = r->dashes ? a + 2 : q + 2;
            continue;
        }
        r->buf[n++] = *q == '\0' ? ' ' : *q;
        q++;
    }
    r->buf[n] = '\0';
    return n;
}

char *kb_lines_next(kb_lines *r)
{
    while (r->p < r->end) {
        const char *s = r->p;
        const char *e = memchr(s, '\n', (size_t)(r->end - s));
        if (!e)
            e = r->end;
        r->p = e < r->end ? e + 1 : e;
        r->line++;
        size_t n = strip_line(r, s, e);
        const char *t = kb_trim(r->buf, &n);
        if (!n)
            continue;
        memmove(r->buf, t, n);
        r->buf[n] = '\0';
        return r->buf;
    }
    if (r->in_comment) {
        pl_diag_report(r->d, r->file, r->comment_line, "comment opened here is never closed");
        r->in_comment = 0;
    }
    return NULL;
}

void kb_lines_free(kb_lines *r)
{
    free(r->buf);
    r->buf = NULL;
}

/* ---- files ---------------------------------------------------------------------- */

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            return NULL;
        }
        buf = bigger;
        cap *= 2;
    }
    *len = n;
    return buf;
}

int kb_load_file(pl_knowledge *k, const char *path, pl_diag *d, kb_loader load)
{
    FILE *f = path ? fopen(path, "rb") : NULL;
    if (!f) {
        pl_diag_report(d, path, 0, "cannot open: %s", path ? strerror(errno) : "no file name");
        return -1;
    }
    size_t len = 0;
    char *buf = read_all(f, &len);
    int bad = !buf || ferror(f);
    int err = errno;
    fclose(f);
    if (bad) {
        free(buf);
        pl_diag_report(d, path, 0, "cannot read: %s", strerror(err ? err : EIO));
        return -1;
    }
    int rc = load(k, path, buf, len, d);
    free(buf);
    return rc;
}

const char *kb_begin_load(pl_knowledge *k, const char *name, pl_diag *d)
{
    if (!name)
        name = "-";
    if (k->frozen) {
        pl_diag_report(d, name, 0,
                       "dictionaries are frozen; load them before pl_knowledge_freeze()");
        return NULL;
    }
    return pl_arena_strdup(&k->arena, name);
}
