/*
 * plain_text.h - the plain-text document reader: one article per file, with
 * optional leading header lines
 *
 *     Title: Pakistan urges Taliban to join talks
 *     Date: 2019-05-01
 *     Source: Dawn
 *     URL: https://...
 *
 * ended by a blank line or by the first line that is not a header. Keys are
 * case-insensitive; unknown "Key:" lines end the header (they may be body).
 *
 * Must not: split sentences or interpret the body; it only finds where the
 * body starts and what the header said.
 */
#ifndef PETREL_PLAIN_TEXT_H
#define PETREL_PLAIN_TEXT_H

#include <stddef.h>

typedef struct pl_slice {
    const char *p;
    size_t n;
} pl_slice;

typedef struct pl_text_header {
    pl_slice title, date, source, url; /* n == 0 when absent */
    size_t body;                       /* byte offset where the body starts */
} pl_text_header;

/* Reads the header at the start of text[0..len). */
void pl_text_header_read(const char *text, size_t len, pl_text_header *h);

#endif
