/*
 * document.c - the document readers (document.h): plain text, JSON Lines and
 * HTML, each through zlib so that gzip-compressed input is read the same way
 * (zlib passes uncompressed bytes through unchanged).
 *
 * A text or HTML input is one document, read whole. A JSON Lines input is
 * read a line at a time into a buffer that is reused, so memory follows the
 * longest line, not the file.
 *
 * Must not: clean, split or interpret the text.
 */
#include "document.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "html.h"
#include "plain_text.h"

struct pl_doc_reader {
    gzFile in;
    char *path;
    pl_doc_format format;
    pl_jsonl_fields fields;
    pl_diag *diag;
    long line;   /* lines read so far (JSON Lines) */
    int done;    /* the one document of a text/HTML input was handed out */
    char *buf;   /* the current line or the whole file */
    size_t cap;
    json_t *json;                   /* the current JSON record */
    pl_html_page page;              /* the current HTML page */
    char id[256], date[11];         /* the current document's id and date */
};

int pl_doc_format_parse(const char *name)
{
    static const char *const names[] = {"text", "jsonl", "html"};
    for (int i = 0; name && i < 3; i++)
        if (!strcmp(name, names[i]))
            return i;
    return -1;
}

pl_doc_reader *pl_doc_reader_open(const char *path, pl_doc_format format,
                                  const pl_jsonl_fields *fields, pl_diag *d)
{
    int from_stdin = !strcmp(path, "-");
    const char *name = from_stdin ? "stdin" : path;
    int fd = from_stdin ? dup(STDIN_FILENO) : open(path, O_RDONLY);
    if (fd < 0) {
        pl_diag_report(d, name, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    return pl_doc_reader_open_fd(fd, name, format, fields, d);
}

pl_doc_reader *pl_doc_reader_open_fd(int fd, const char *name, pl_doc_format format,
                                     const pl_jsonl_fields *fields, pl_diag *d)
{
    gzFile in = gzdopen(fd, "rb");
    if (!in) {
        close(fd);
        pl_diag_report(d, name, 0, "cannot read: out of memory");
        return NULL;
    }
    gzbuffer(in, 1 << 16);
    pl_doc_reader *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(name))) {
        free(r);
        gzclose(in);
        return NULL;
    }
    r->in = in;
    r->format = format;
    r->diag = d;
    pl_jsonl_fields given = fields ? *fields : (pl_jsonl_fields){0};
    r->fields = (pl_jsonl_fields){given.id ? given.id : "id",
                                  given.date ? given.date : "date",
                                  given.source ? given.source : "source",
                                  given.url ? given.url : "url",
                                  given.title ? given.title : "title",
                                  given.text ? given.text : "text"};
    return r;
}

/* Makes room for n more bytes after used ones in r->buf; -1 when out of memory. */
static int reserve(pl_doc_reader *r, size_t used, size_t n)
{
    if (used + n + 1 <= r->cap)
        return 0;
    size_t cap = r->cap ? r->cap : 1 << 16;
    while (cap < used + n + 1)
        cap *= 2;
    char *p = realloc(r->buf, cap);
    if (!p)
        return -1;
    r->buf = p;
    r->cap = cap;
    return 0;
}

/* The whole (decompressed) input into r->buf; its length, or -1. */
static long read_whole(pl_doc_reader *r)
{
    size_t n = 0;
    for (;;) {
        if (reserve(r, n, 1 << 16) != 0)
            return -1;
        int got = gzread(r->in, r->buf + n, 1 << 16);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        n += (size_t)got;
    }
    r->buf[n] = '\0';
    return (long)n;
}

/* The next line into r->buf without its line end; its length, -1 at the
 * end, -2 on a read error. */
static long read_line(pl_doc_reader *r)
{
    size_t n = 0;
    for (;;) {
        if (reserve(r, n, 1 << 12) != 0)
            return -2;
        if (!gzgets(r->in, r->buf + n, (int)(r->cap - n))) {
            int err;
            gzerror(r->in, &err);
            if (err != Z_OK && err != Z_STREAM_END)
                return -2;
            return n ? (long)n : -1;
        }
        n += strlen(r->buf + n);
        if (n && r->buf[n - 1] == '\n')
            break;
    }
    while (n && (r->buf[n - 1] == '\n' || r->buf[n - 1] == '\r'))
        r->buf[--n] = '\0';
    return (long)n;
}

/* The file name without directory and extensions: "a/b/x.txt.gz" -> "x". */
static void name_id(const char *path, char *out, size_t size)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t n = strcspn(base, ".");
    snprintf(out, size, "%.*s", (int)(n ? n : strlen(base)), base);
}

/* Normalises a metadata date into r->date ("" after a message when unreadable). */
static const char *doc_date(pl_doc_reader *r, const char *s, size_t n, long line)
{
    r->date[0] = '\0';
    if (n && pl_doc_date(s, n, r->date) != 0) {
        pl_diag_report(r->diag, r->path, line, "date '%.*s' is not a date; the document has none",
                       (int)(n > 60 ? 60 : n), s);
        r->date[0] = '\0';
    }
    return r->date;
}

static int next_text(pl_doc_reader *r, pl_doc *doc)
{
    long len = read_whole(r);
    if (len < 0) {
        pl_diag_report(r->diag, r->path, 0, "read error");
        return -1;
    }
    pl_text_header h;
    pl_text_header_read(r->buf, (size_t)len, &h);
    /* header values are slices of the buffer: end them in place (each is
     * followed by its line end, or by the buffer's own NUL) */
    pl_slice *fields[] = {&h.title, &h.date, &h.source, &h.url};
    const char *values[4];
    for (int i = 0; i < 4; i++) {
        values[i] = fields[i]->n ? fields[i]->p : "";
        if (fields[i]->n)
            ((char *)fields[i]->p)[fields[i]->n] = '\0';
    }
    name_id(r->path, r->id, sizeof r->id);
    doc->id = r->id;
    doc->date = doc_date(r, values[1], fields[1]->n, 1);
    doc->title = values[0];
    doc->source = values[2];
    doc->url = values[3];
    doc->text = r->buf + h.body;
    doc->len = (size_t)len - h.body;
    return 1;
}

static int next_html(pl_doc_reader *r, pl_doc *doc)
{
    long len = read_whole(r);
    if (len < 0 || pl_html_read(r->buf, (size_t)len, &r->page) != 0) {
        pl_diag_report(r->diag, r->path, 0, len < 0 ? "read error" : "no HTML document in it");
        return -1;
    }
    name_id(r->path, r->id, sizeof r->id);
    doc->id = r->id;
    doc->date = doc_date(r, r->page.date, strlen(r->page.date), 1);
    doc->title = r->page.title;
    doc->source = r->page.source;
    doc->url = r->page.url;
    doc->text = r->page.body;
    doc->len = r->page.body_len;
    return 1;
}

/* A JSON field as a string: strings as they are, numbers written out
 * (ids are often numbers), "" when absent or of another type. */
static const char *json_field(pl_doc_reader *r, const char *name, char *num, size_t size)
{
    json_t *v = json_object_get(r->json, name);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_integer(v)) {
        snprintf(num, size, "%lld", (long long)json_integer_value(v));
        return num;
    }
    return "";
}

/* Fills doc from the JSON line; 0, or -1 after a message when the line is no document. */
static int take_json(pl_doc_reader *r, long len, pl_doc *doc)
{
    json_error_t err;
    json_decref(r->json);
    r->json = json_loadb(r->buf, (size_t)len, JSON_REJECT_DUPLICATES, &err);
    if (!r->json) {
        pl_diag_report(r->diag, r->path, r->line, "not JSON: %s (column %d)", err.text,
                       err.column);
        return -1;
    }
    json_t *text = json_object_get(r->json, r->fields.text);
    if (!json_is_string(text)) {
        pl_diag_report(r->diag, r->path, r->line, "no \"%s\" string in this record",
                       r->fields.text);
        return -1;
    }
    char num[32];
    const char *id = json_field(r, r->fields.id, num, sizeof num);
    if (*id)
        snprintf(r->id, sizeof r->id, "%s", id);
    else { /* no id: the file and line name it, stable across reruns */
        char base[200];
        name_id(r->path, base, sizeof base);
        snprintf(r->id, sizeof r->id, "%s-%ld", base, r->line);
    }
    const char *date = json_field(r, r->fields.date, num, sizeof num);
    doc->id = r->id;
    doc->date = doc_date(r, date, strlen(date), r->line);
    doc->source = json_field(r, r->fields.source, num, sizeof num);
    doc->url = json_field(r, r->fields.url, num, sizeof num);
    doc->title = json_field(r, r->fields.title, num, sizeof num);
    doc->text = json_string_value(text);
    doc->len = json_string_length(text);
    return 0;
}

static int next_jsonl(pl_doc_reader *r, pl_doc *doc)
{
    for (;;) {
        long len = read_line(r);
        if (len == -1)
            return 0;
        if (len == -2) {
            pl_diag_report(r->diag, r->path, r->line + 1, "read error");
            return -1;
        }
        r->line++;
        if (strspn(r->buf, " \t") == (size_t)len) /* blank lines are allowed */
            continue;
        if (take_json(r, len, doc) == 0) {
            doc->line = r->line;
            return 1;
        }
    }
}

int pl_doc_reader_next(pl_doc_reader *r, pl_doc *doc)
{
    memset(doc, 0, sizeof *doc);
    doc->file = r->path;
    doc->line = 1;
    if (r->format == PL_DOC_JSONL)
        return next_jsonl(r, doc);
    if (r->done)
        return 0;
    r->done = 1;
    return r->format == PL_DOC_HTML ? next_html(r, doc) : next_text(r, doc);
}

void pl_doc_reader_close(pl_doc_reader *r)
{
    if (!r)
        return;
    gzclose(r->in);
    json_decref(r->json);
    pl_html_page_free(&r->page);
    free(r->buf);
    free(r->path);
    free(r);
}
