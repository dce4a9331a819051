/*
 * document.h - the document readers: whole news articles, one at a time,
 * from plain-text files, JSON Lines or HTML pages, each possibly
 * gzip-compressed, or from stdin.
 *
 *   text   one article per file, with optional Title:/Date:/Source:/URL:
 *          header lines (plain_text.h); the document id is the file name
 *          without directory and extensions
 *   jsonl  one article per line: {"id", "date", "source", "url", "title",
 *          "text"}; the field names can be changed (pl_jsonl_fields). A bad
 *          line is reported as file:line and skipped; the lines around it
 *          are read
 *   html   one page per file: the article body (html.h), title, date,
 *          outlet and URL from the page's metadata
 *
 * Compression is recognised by its magic bytes, not by the file name, so
 * `zcat x.gz | petrel code -` and `petrel code x.gz` both work. Memory is
 * one document at a time: JSON Lines files of any size stream.
 *
 * Dates are normalised to YYYY-MM-DD ("" when the input gives none or one
 * that cannot be read, after a message).
 *
 * Must not: clean, split or interpret the text; it hands over what the
 * input holds.
 */
#ifndef PETREL_DOCUMENT_H
#define PETREL_DOCUMENT_H

#include <stddef.h>

#include "../util/diag.h"

typedef enum pl_doc_format { PL_DOC_TEXT, PL_DOC_JSONL, PL_DOC_HTML } pl_doc_format;

/* One article. Strings are never NULL ("" when absent) and stay valid until
 * the next pl_doc_reader_next or pl_doc_reader_close. */
typedef struct pl_doc {
    const char *id, *date, *source, *url, *title;
    const char *text; /* the body, NUL-terminated */
    size_t len;
    const char *file; /* where it was read, for messages */
    long line;        /* its line in file (1 for one-document files) */
} pl_doc;

/* Names of the JSON Lines fields; NULL members take the defaults. */
typedef struct pl_jsonl_fields {
    const char *id, *date, *source, *url, *title, *text;
} pl_jsonl_fields;

typedef struct pl_doc_reader pl_doc_reader;

/* Opens path ("-": stdin). NULL after a message when it cannot be opened. */
pl_doc_reader *pl_doc_reader_open(const char *path, pl_doc_format format,
                                  const pl_jsonl_fields *fields, pl_diag *d);
/* The same on an open file descriptor, which the reader then owns; name is
 * for messages and document ids. */
pl_doc_reader *pl_doc_reader_open_fd(int fd, const char *name, pl_doc_format format,
                                     const pl_jsonl_fields *fields, pl_diag *d);
/* The next document: 1 and *doc filled, 0 at the end, -1 on a read error
 * (reported). A bad record is reported and skipped, never returned. */
int pl_doc_reader_next(pl_doc_reader *r, pl_doc *doc);
void pl_doc_reader_close(pl_doc_reader *r);

/* Parse "text", "jsonl" or "html"; -1 when unknown. */
int pl_doc_format_parse(const char *name);

/* A date as written in article metadata -> YYYY-MM-DD in out (size >= 11):
 * "2019-05-01", "2019-05-01T10:00:00Z", "20190501", "2019/05/01",
 * "May 1, 2019", "1 May 2019", "Wed, 01 May 2019 10:00:00 GMT".
 * 0 on success, -1 when it is none of those or not a real day. */
int pl_doc_date(const char *s, size_t n, char out[11]);

#endif
