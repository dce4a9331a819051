/*
 * model.c - the model file: header, checksum, and the tagger, lemmatizer
 * and parser sections (see model.h).
 *
 * Layout (little-endian):
 *   "PETRELM\0"  magic
 *   u32          format version (PL_MODEL_VERSION, the only one that loads)
 *   u64          payload length in bytes
 *   u64          FNV-1a hash of the payload
 *   payload:     str description, tagger, lemmatizer, parser
 * The checksum catches truncation and corruption before any section is
 * parsed; the sections' own bounds checks catch whatever a matching
 * checksum cannot (a well-formed file written by a buggy trainer).
 */
#include "model.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/bytes.h"
#include "depparse.h"
#include "lemmatizer.h"
#include "tagger.h"
#include "wordhash.h"

#define MODEL_MAGIC "PETRELM"
/* magic, version, payload length, checksum */
enum { HEADER_SIZE = 8 + 4 + 8 + 8 };

/* Every section copies what it keeps, so the model never points into the
 * bytes it was loaded from: the built-in model is read in place, not copied
 * first (19 MB less to copy and to fault in). */
struct pl_model {
    char *description;
    pl_tagger *tagger;
    pl_lemmatizer *lemmatizer;
    pl_parser *parser;
};

void pl_model_free(pl_model *m)
{
    if (!m)
        return;
    pl_tagger_free(m->tagger);
    pl_lemmatizer_free(m->lemmatizer);
    pl_parser_free(m->parser);
    free(m->description);
    free(m);
}

/* Checks the header; on success *payload and *len describe the payload. */
static int check_header(const void *bytes, size_t len, const char *name, pl_diag *d,
                        int checksum, const unsigned char **payload, size_t *plen)
{
    pl_bytes_in in;
    pl_in_init(&in, bytes, len);
    const char *magic = pl_in_raw(&in, 8);
    if (!magic || memcmp(magic, MODEL_MAGIC, 8) != 0) {
        pl_diag_report(d, name, 0, "not a petrel model (no PETRELM header)");
        return 0;
    }
    uint32_t version = pl_in_u32(&in);
    uint64_t size = pl_in_u64(&in), sum = pl_in_u64(&in);
    if (in.failed || version != PL_MODEL_VERSION) {
        pl_diag_report(d, name, 0,
                       "model format version %u, this petrel reads version %d (retrain the "
                       "model with petrel train)",
                       (unsigned)version, PL_MODEL_VERSION);
        return 0;
    }
    if (size != len - HEADER_SIZE) {
        pl_diag_report(d, name, 0, "model is %zu bytes, its header says %llu: truncated or padded",
                       len, (unsigned long long)(size + HEADER_SIZE));
        return 0;
    }
    *payload = (const unsigned char *)bytes + HEADER_SIZE;
    *plen = (size_t)size;
    if (checksum && pl_hash_bytes((const char *)*payload, *plen) != sum) {
        pl_diag_report(d, name, 0, "model checksum mismatch: the file is corrupt");
        return 0;
    }
    return 1;
}

static int read_sections(pl_model *m, const unsigned char *payload, size_t len, const char *name,
                         pl_diag *d)
{
    pl_bytes_in in;
    pl_in_init(&in, payload, len);
    const char *description = pl_in_str(&in);
    m->description = description ? strdup(description) : NULL;
    if (m->description)
        m->tagger = pl_tagger_read(&in);
    if (m->tagger)
        m->lemmatizer = pl_lemmatizer_read(&in);
    if (m->lemmatizer)
        m->parser = pl_parser_read(&in);
    const char *bad = !m->description  ? "description"
                      : !m->tagger     ? "tagger"
                      : !m->lemmatizer ? "lemmatizer"
                      : !m->parser     ? "parser"
                      : in.pos != len  ? "end (bytes after the parser)"
                                       : NULL;
    if (bad)
        pl_diag_report(d, name, 0, "malformed model: bad %s section at byte %zu", bad,
                       in.pos + HEADER_SIZE);
    return bad == NULL;
}

/* `checksum`: whether to check the payload's checksum, a third of the load
 * time of a model of tens of megabytes. */
static pl_model *load_model(const void *bytes, size_t len, const char *name, pl_diag *d,
                            int checksum)
{
    const unsigned char *payload;
    size_t plen;
    if (!bytes || !check_header(bytes, len, name, d, checksum, &payload, &plen))
        return NULL;
    pl_model *m = calloc(1, sizeof *m);
    if (!m) {
        pl_diag_report(d, name, 0, "out of memory loading the model");
        return NULL;
    }
    if (!read_sections(m, payload, plen, name, d)) {
        pl_model_free(m);
        return NULL;
    }
    return m;
}

pl_model *pl_model_load(const void *bytes, size_t len, const char *name, pl_diag *d)
{
    return load_model(bytes, len, name, d, 1);
}

pl_model *pl_model_load_file(const char *path, pl_diag *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        pl_diag_report(d, path, 0, "cannot open model: %s", strerror(errno));
        return NULL;
    }
    pl_bytes_out buf = {0};
    char chunk[1 << 16];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        pl_out_raw(&buf, chunk, n);
    int bad = ferror(f) || buf.failed;
    fclose(f);
    pl_model *m = NULL;
    if (bad)
        pl_diag_report(d, path, 0, "cannot read model");
    else
        m = pl_model_load(buf.buf, buf.len, path, d);
    pl_out_free(&buf);
    return m;
}

/* models/en_ewt.pmodel as included by model_builtin.S (size 0 when the
 * library was built without it). */
extern const unsigned char pl_builtin_model[];
extern const uint64_t pl_builtin_model_size;

pl_model *pl_model_load_builtin(pl_diag *d)
{
    if (pl_builtin_model_size == 0) {
        pl_diag_report(d, "petrel", 0, "built without a model (train one with `make model`)");
        return NULL;
    }
    /* No checksum: these bytes are part of the executable, which the
     * loader already trusts. Every count is still checked. */
    return load_model(pl_builtin_model, (size_t)pl_builtin_model_size, "built-in model", d, 0);
}

const char *pl_model_description(const pl_model *m)
{
    return m->description;
}

void pl_model_tag(const pl_model *m, pl_sentence *s, pl_arena *a)
{
    if (s->n <= 0)
        return;
    pl_tagger_tag(m->tagger, s, a);
    for (int i = 0; i < s->n; i++) {
        pl_token *t = &s->tok[i];
        t->lemma = pl_lemmatize(m->lemmatizer, pl_token_analysis(t), t->upos, t->xpos, a);
    }
}

void pl_model_annotate(const pl_model *m, pl_sentence *s, pl_arena *a)
{
    pl_model_tag(m, s, a);
    pl_parser_parse(m->parser, s, a);
}

void pl_model_write(const char *description, const pl_bytes_out *tagger,
                    const pl_bytes_out *lemmatizer, const pl_bytes_out *parser, pl_bytes_out *out)
{
    pl_bytes_out payload = {0};
    pl_out_str(&payload, description);
    pl_out_raw(&payload, tagger->buf, tagger->len);
    pl_out_raw(&payload, lemmatizer->buf, lemmatizer->len);
    pl_out_raw(&payload, parser->buf, parser->len);
    pl_out_raw(out, MODEL_MAGIC, 8);
    pl_out_u32(out, PL_MODEL_VERSION);
    pl_out_u64(out, payload.len);
    pl_out_u64(out, pl_hash_bytes((const char *)payload.buf, payload.len));
    pl_out_raw(out, payload.buf, payload.len);
    out->failed |= payload.failed;
    pl_out_free(&payload);
}
