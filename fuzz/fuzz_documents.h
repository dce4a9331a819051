/*
 * fuzz_documents.h - the body the document-reader fuzz targets share
 * (fuzz_jsonl.c, fuzz_html.c, fuzz_text.c): the input goes through a
 * temporary file into pl_doc_reader (src/read/document.c, html.c,
 * meta_date.c, plain_text.c) as that format, raw and gzip-compressed, and
 * every document that comes out is checked. Header-only, so each target is
 * one .c file.
 *
 * Checks (abort() on failure): every string of a document is set and
 * NUL-terminated within the reader's memory (strlen is read under ASan);
 * text is NUL-terminated at its stated length, which is never more than
 * the input's (three times it for HTML, which decoding a one-byte charset to
 * UTF-8 can grow); a date is "" or YYYY-MM-DD of a real day; the reader ends (no
 * endless loop); every diagnostic names the input.
 */
#ifndef PETREL_FUZZ_DOCUMENTS_H
#define PETREL_FUZZ_DOCUMENTS_H

#include <stdio.h>
#include <unistd.h>
#include <zlib.h>

#include "../src/read/document.h"
#include "fuzz_common.h"

static void fuzz_check_date(const char *d)
{
    if (!*d)
        return;
    char again[11];
    if (strlen(d) != 10 || pl_doc_date(d, 10, again) != 0 || strcmp(again, d) != 0)
        abort();
}

static void fuzz_check_doc(const pl_doc *doc, size_t input_size, int gz)
{
    if (!doc->id || !doc->date || !doc->source || !doc->url || !doc->title || !doc->text ||
        !doc->file || doc->line < 1)
        abort();
    fuzz_touch(doc->id);
    fuzz_touch(doc->source);
    fuzz_touch(doc->url);
    fuzz_touch(doc->title);
    fuzz_check_date(doc->date);
    if (strlen(doc->text) > doc->len || doc->text[doc->len] != '\0')
        abort();
    /* a body is never longer than its input -- but an HTML page in a
     * one-byte charset grows when decoded to UTF-8 (two bytes for one at
     * most for Latin scripts, three for a few others) */
    size_t most = doc->file && strstr(doc->file, "html") ? 3 * input_size + 16 : input_size;
    if (!gz && doc->len > most)
        abort();
}

/* Writes bytes (gzip-compressed when gz) to a temporary file; its fd at 0. */
static int fuzz_temp_fd(const uint8_t *data, size_t size, int gz)
{
    FILE *f = tmpfile();
    if (!f)
        abort();
    if (gz) {
        uLongf n = compressBound((uLong)size) + 32;
        unsigned char *z = malloc(n);
        /* a gzip stream: deflate with a gzip wrapper (windowBits 31) */
        z_stream s = {0};
        if (!z || deflateInit2(&s, 1, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            abort();
        s.next_in = (Bytef *)data;
        s.avail_in = (uInt)size;
        s.next_out = z;
        s.avail_out = (uInt)n;
        if (deflate(&s, Z_FINISH) != Z_STREAM_END)
            abort();
        fwrite(z, 1, s.total_out, f);
        deflateEnd(&s);
        free(z);
    } else {
        fwrite(data, 1, size, f);
    }
    fflush(f);
    int fd = dup(fileno(f));
    fclose(f);
    if (fd < 0 || lseek(fd, 0, SEEK_SET) != 0)
        abort();
    return fd;
}

static void fuzz_read_documents(const uint8_t *data, size_t size, pl_doc_format format)
{
    const char *name = format == PL_DOC_HTML ? "input.html" : "input";
    for (int gz = 0; gz <= 1; gz++) {
        pl_diag d = fuzz_diag(name);
        pl_jsonl_fields renamed = {.id = "doc", .text = "body"};
        pl_doc_reader *r = pl_doc_reader_open_fd(fuzz_temp_fd(data, size, gz), name, format,
                                                 gz ? &renamed : NULL, &d);
        if (!r)
            abort();
        pl_doc doc;
        long n = 0;
        while (pl_doc_reader_next(r, &doc) == 1) {
            fuzz_check_doc(&doc, size, gz);
            if (++n > (long)size + 1) /* at most one document per line */
                abort();
        }
        pl_doc_reader_close(r);
    }
}

#endif
