/*
 * plain_text.c - header lines of plain-text articles (see plain_text.h).
 */
#include "plain_text.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *line_end(const char *p, const char *end)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    return nl ? nl : end;
}

static pl_slice trimmed(const char *p, const char *e)
{
    while (p < e && isspace((unsigned char)*p))
        p++;
    while (e > p && isspace((unsigned char)e[-1]))
        e--;
    return (pl_slice){p, (size_t)(e - p)};
}

/* The field a "Key: value" line sets, or NULL when it is not a header line. */
static pl_slice *header_field(pl_text_header *h, const char *p, const char *e, pl_slice *value)
{
    static const char *const keys[] = {"title", "date", "source", "url"};
    pl_slice *fields[] = {&h->title, &h->date, &h->source, &h->url};
    const char *colon = memchr(p, ':', (size_t)(e - p));
    if (!colon)
        return NULL;
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
        if ((size_t)(colon - p) == strlen(keys[k]) && strncasecmp(p, keys[k], strlen(keys[k])) == 0) {
            *value = trimmed(colon + 1, e);
            return fields[k];
        }
    return NULL;
}

void pl_text_header_read(const char *text, size_t len, pl_text_header *h)
{
    memset(h, 0, sizeof *h);
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) /* a byte order mark */
        p += 3;
    const char *body = text;
    while (p < end) {
        const char *e = line_end(p, end);
        pl_slice value;
        pl_slice *field = header_field(h, p, e, &value);
        if (!field)
            break;
        *field = value;
        p = e < end ? e + 1 : end;
        body = p;
    }
    if (body != text) { /* skip the blank lines after a header */
        while (body < end && (*body == '\n' || *body == '\r' || *body == ' ' || *body == '\t'))
            body++;
    }
    h->body = (size_t)(body - text);
}
