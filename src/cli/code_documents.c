/*
 * code_documents.c - `petrel code` on whole articles (code_documents.h).
 *
 * The main thread reads documents and cuts them into batches; worker
 * threads (-j N, one coder each, one shared read-only model and knowledge)
 * clean and code a batch, copying every event into the batch's own arena;
 * the main thread gets batches back in input order and writes them: events
 * to the output stream, and documents, sentences and mentions to the store
 * in one transaction per batch. Because writing happens in input order on
 * one thread, the output does not depend on N, and a run killed at any
 * point leaves the store with whole batches only.
 *
 * Must not: code or clean by itself, or write from a worker thread.
 */
#include "code_documents.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../clean/boilerplate.h"
#include "../store/store.h"
#include "../util/arena.h"
#include "../util/batch_pool.h"
#include "../write/gdelt.h"
#include "cli.h"

enum {
    BATCH_DOCS = 16,             /* documents per batch ... */
    BATCH_BYTES = 256 * 1024     /* ... or fewer, once their text reaches this */
};

/* ---- a batch: documents in, coded sentences and events out ---------------------- */

typedef struct coded_sentence {
    int index;
    const char *text;
    petrel_event *events;
    int nevents;
} coded_sentence;

/* A paragraph cleaning dropped, for --explain-clean. */
typedef struct dropped {
    const char *rule, *text;
    long line;
    struct dropped *next;
} dropped;

typedef struct coded_doc {
    pl_doc doc;        /* strings in the batch arena; text already cleaned */
    dropped *drops, **drops_end; /* what cleaning dropped, in order */
    coded_sentence *sent;
    int nsent, cap;
    int nevents;
    int discarded;     /* a story discard fired: no events */
    const char *error; /* why it could not be coded, or NULL */
} coded_doc;

typedef struct batch {
    pl_arena arena;
    coded_doc docs[BATCH_DOCS];
    int n;
    size_t bytes;
} batch;

typedef struct shared_state {
    const docs_opts *o;
    const petrel_model *m;
    petrel_coder **coders; /* one per worker */
} shared_state;

static const char *copy(pl_arena *a, const char *s)
{
    return pl_arena_strdup(a, s ? s : "");
}

static void copy_span(pl_arena *a, petrel_span *dst, const petrel_span *src)
{
    *dst = *src;
    dst->text = copy(a, src->text);
}

static const petrel_place *copy_place(pl_arena *a, const petrel_place *p)
{
    if (!p)
        return NULL;
    petrel_place *c = pl_arena_alloc(a, sizeof *c);
    *c = *p;
    c->name = copy(a, p->name);
    c->kind = copy(a, p->kind);
    c->country = copy(a, p->country);
    c->adm1 = copy(a, p->adm1);
    copy_span(a, &c->span, &p->span);
    return c;
}

static const petrel_quote *copy_quote(pl_arena *a, const petrel_quote *q)
{
    if (!q)
        return NULL;
    petrel_quote *c = pl_arena_alloc(a, sizeof *c);
    *c = *q;
    c->speaker = copy(a, q->speaker);
    copy_span(a, &c->speaker_span, &q->speaker_span);
    copy_span(a, &c->verb_span, &q->verb_span);
    copy_span(a, &c->span, &q->span);
    return c;
}

/* A deep copy of e in the arena: the library's events live only until the
 * next sentence is coded. */
static void copy_event(pl_arena *a, petrel_event *dst, const petrel_event *e)
{
    *dst = *e;
    dst->source = copy(a, e->source);
    dst->target = copy(a, e->target);
    dst->code = copy(a, e->code);
    copy_span(a, &dst->source_span, &e->source_span);
    copy_span(a, &dst->verb_span, &e->verb_span);
    copy_span(a, &dst->target_span, &e->target_span);
    dst->verb_block = copy(a, e->verb_block);
    dst->pattern = copy(a, e->pattern);
    dst->rule_file = copy(a, e->rule_file);
    dst->date = copy(a, e->date);
    dst->date_basis = copy(a, e->date_basis);
    copy_span(a, &dst->date_span, &e->date_span);
    dst->source_antecedent = copy(a, e->source_antecedent);
    dst->target_antecedent = copy(a, e->target_antecedent);
    dst->place = copy_place(a, e->place);
    dst->quote = copy_quote(a, e->quote);
}

typedef struct doc_coding {
    batch *b;
    coded_doc *d;
} doc_coding;

static int take_sentence(void *ud, const petrel_sentence *s, const petrel_result *r)
{
    doc_coding *dc = ud;
    coded_doc *d = dc->d;
    pl_arena *a = &dc->b->arena;
    if (r->status == PETREL_STORY_DISCARD)
        d->discarded = 1;
    if (d->nsent == d->cap) {
        int cap = d->cap ? d->cap * 2 : 32;
        coded_sentence *sent = pl_arena_alloc(a, (size_t)cap * sizeof *sent);
        if (d->nsent)
            memcpy(sent, d->sent, (size_t)d->nsent * sizeof *sent);
        d->sent = sent;
        d->cap = cap;
    }
    coded_sentence *cs = &d->sent[d->nsent++];
    cs->index = s->index;
    cs->text = copy(a, s->text);
    cs->nevents = r->status == PETREL_OK ? r->nevents : 0;
    cs->events = pl_arena_alloc(a, (size_t)(cs->nevents ? cs->nevents : 1) * sizeof *cs->events);
    for (int i = 0; i < cs->nevents; i++)
        copy_event(a, &cs->events[i], &r->events[i]);
    d->nevents += cs->nevents;
    return 0;
}

typedef struct cleaning {
    batch *b;
    coded_doc *d;
    char *text; /* the batch's copy of the document text, edited in place */
    int explain;
} cleaning;

/* A dropped paragraph is blanked out in place rather than cut, so the rest
 * keeps its line breaks (hard-wrapped paragraphs stay whole) and its offsets. */
static void blank_dropped(void *ud, const char *rule, const char *text, size_t n, long line)
{
    cleaning *cl = ud;
    size_t at = (size_t)(text - cl->d->doc.text);
    if (cl->explain) {
        dropped *x = pl_arena_alloc(&cl->b->arena, sizeof *x);
        *x = (dropped){rule, pl_arena_strndup(&cl->b->arena, text, n), line, NULL};
        *cl->d->drops_end = x;
        cl->d->drops_end = &x->next;
    }
    memset(cl->text + at, ' ', n);
}

static void clean_document(batch *b, coded_doc *d, int explain)
{
    cleaning cl = {b, d, (char *)d->doc.text, explain};
    d->drops_end = &d->drops;
    size_t n;
    char *kept = pl_clean_article(d->doc.text, d->doc.len, &n, blank_dropped, &cl);
    free(kept); /* the blanked copy is what is coded */
}

/* Worker: clean and code every document of the batch with this worker's coder. */
static void code_batch(const void *shared, void *arg, int worker)
{
    const shared_state *sh = shared;
    batch *b = arg;
    petrel_coder *c = sh->coders[worker];
    for (int i = 0; i < b->n; i++) {
        coded_doc *d = &b->docs[i];
        const char *date = *d->doc.date ? d->doc.date : sh->o->date;
        if (!date) {
            d->error = "no date (no Date: line or date field) and no --date";
            continue;
        }
        if (sh->o->clean)
            clean_document(b, d, sh->o->explain_clean);
        doc_coding dc = {b, d};
        if (petrel_code_document(c, sh->m, d->doc.text, d->doc.len, date, take_sentence, &dc) <
            0)
            d->error = "coding stopped";
        if (d->discarded)
            d->nevents = 0;
    }
}

/* ---- the run: reading, submitting, writing in order ------------------------------ */

typedef struct docs_run {
    const docs_opts *o;
    FILE *out;
    pl_store *store;
    pl_batch_pool *pool;
    batch *filling; /* the batch being filled on the main thread */
    long docs, skipped, sentences, events, failed_docs;
    int progress; /* stderr is a terminal */
    int failed;   /* a write failed */
} docs_run;

static void write_stream(docs_run *r, const coded_doc *d)
{
    for (int s = 0; s < d->nsent; s++) {
        const coded_sentence *cs = &d->sent[s];
        char id[600];
        snprintf(id, sizeof id, "%s-%d", d->doc.id, cs->index);
        for (int i = 0; i < cs->nevents; i++) {
            const petrel_event *e = &cs->events[i];
            pl_event_origin o = {d->doc.id, id,           e->date,      d->doc.source,
                                 cs->text,  d->doc.date,  d->doc.title, d->doc.url};
            pl_write_event(r->out, r->o->fmt, &o, e);
        }
    }
}

static int store_doc(docs_run *r, const coded_doc *d)
{
    pl_store_doc sd = {d->doc.id, d->doc.date, d->doc.source, d->doc.url,
                       d->doc.title, d->doc.file, d->nsent,      d->nevents};
    if (pl_store_add_document(r->store, &sd) != 0)
        return 0; /* already stored (or an error, reported): leave it as it is */
    for (int s = 0; s < d->nsent; s++) {
        const coded_sentence *cs = &d->sent[s];
        if (pl_store_add_sentence(r->store, d->doc.id, cs->index, cs->text) != 0)
            return -1;
        for (int i = 0; !d->discarded && i < cs->nevents; i++) {
            pl_store_mention m = {d->doc.id,        cs->index, i, cs->events[i].date,
                                  d->doc.source,    cs->text,  &cs->events[i]};
            if (pl_store_add_mention(r->store, &m) < 0)
                return -1;
        }
    }
    return 0;
}

static void show_progress(docs_run *r)
{
    if (r->progress && r->docs % 64 == 0)
        fprintf(stderr, "\rpetrel code: %ld documents, %ld sentences, %ld events", r->docs,
                r->sentences, r->events);
}

/* Main thread, in input order: write a coded batch, then free it. */
static int write_batch(void *owner, void *arg)
{
    docs_run *r = owner;
    batch *b = arg;
    int ok = !r->failed && (!r->store || pl_store_begin(r->store) == 0);
    for (int i = 0; ok && i < b->n; i++) {
        const coded_doc *d = &b->docs[i];
        if (d->error) {
            fprintf(stderr, "%s:%ld: %s\n", d->doc.file, d->doc.line, d->error);
            r->failed_docs++;
            continue;
        }
        for (const dropped *x = d->drops; x; x = x->next)
            fprintf(stderr, "%s:%ld: document %s, paragraph line %ld: dropped (%s): %s\n",
                    d->doc.file, d->doc.line, d->doc.id, x->line, x->rule, x->text);
        r->docs++;
        r->sentences += d->nsent;
        r->events += d->nevents;
        if (r->o->stream && !d->discarded)
            write_stream(r, d);
        if (r->store && store_doc(r, d) != 0)
            ok = 0;
        show_progress(r);
    }
    if (ok && r->store && pl_store_commit(r->store) != 0)
        ok = 0;
    pl_arena_free(&b->arena);
    free(b);
    r->failed |= !ok;
    return !ok;
}

static batch *new_batch(void)
{
    batch *b = calloc(1, sizeof *b);
    if (!b) {
        fputs("petrel code: out of memory\n", stderr);
        exit(1);
    }
    pl_arena_init(&b->arena, 1 << 16);
    return b;
}

static int submit_filling(docs_run *r)
{
    batch *b = r->filling;
    r->filling = NULL;
    return b ? pl_batch_pool_submit(r->pool, b) : 0;
}

/* Copies a document into the batch being filled; submits it when full. */
static int add_document(docs_run *r, const pl_doc *doc)
{
    if (!r->filling)
        r->filling = new_batch();
    batch *b = r->filling;
    pl_arena *a = &b->arena;
    coded_doc *d = &b->docs[b->n++];
    memset(d, 0, sizeof *d);
    d->doc = (pl_doc){copy(a, doc->id),    copy(a, doc->date), copy(a, doc->source),
                      copy(a, doc->url),   copy(a, doc->title),
                      pl_arena_strndup(a, doc->text, doc->len), doc->len,
                      copy(a, doc->file),  doc->line};
    b->bytes += doc->len;
    if (b->n == BATCH_DOCS || b->bytes >= BATCH_BYTES)
        return submit_filling(r);
    return 0;
}

static void report_diag(void *ud, const char *msg)
{
    (void)ud;
    fprintf(stderr, "%s\n", msg);
}

/* Reads one input; 0, or non-zero when it could not be read or a write failed. */
static int code_input(docs_run *r, const char *path, pl_diag *diag)
{
    pl_doc_reader *rd = pl_doc_reader_open(path, r->o->format, &r->o->fields, diag);
    if (!rd)
        return 1;
    pl_doc doc;
    int rc;
    while ((rc = pl_doc_reader_next(rd, &doc)) == 1) {
        if (r->o->resume && r->store && pl_store_has_document(r->store, doc.id)) {
            r->skipped++;
            continue;
        }
        if (add_document(r, &doc) != 0)
            break;
    }
    pl_doc_reader_close(rd);
    return rc < 0 || r->failed;
}

/* ---- GDELT export from the store ------------------------------------------------- */

static int write_gdelt_row(void *ud, const pl_store_event *e)
{
    pl_write_gdelt_event(ud, e);
    return 0;
}

/* A temporary database for merging when --format gdelt has no --db. */
static const char *temp_db(char *buf, size_t size)
{
    const char *dir = getenv("TMPDIR");
    snprintf(buf, size, "%s/petrel-%ld.sqlite", dir && *dir ? dir : "/tmp", (long)getpid());
    unlink(buf);
    return buf;
}

static void remove_db(const char *path)
{
    char side[4200];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
}

/* ---- entry ----------------------------------------------------------------------- */

static petrel_coder **new_coders(const docs_opts *o, const petrel_knowledge *k)
{
    petrel_coder **c = calloc((size_t)o->jobs, sizeof *c);
    for (int i = 0; c && i < o->jobs; i++) {
        if (!(c[i] = petrel_coder_new(k))) {
            fputs("petrel code: out of memory\n", stderr);
            exit(1);
        }
        petrel_coder_set_require_dyad(c[i], o->require_dyad);
    }
    return c;
}

static void free_coders(petrel_coder **c, int n)
{
    for (int i = 0; c && i < n; i++)
        petrel_coder_free(c[i]);
    free(c);
}

static int run_inputs(docs_run *r, const shared_state *sh)
{
    pl_diag diag = {report_diag, NULL, 0, 0};
    r->pool = pl_batch_pool_start(r->o->jobs, 2 * r->o->jobs, code_batch, sh, write_batch, r);
    if (!r->pool)
        return 1;
    int bad = 0;
    for (int i = 0; i < r->o->nfiles && !r->failed; i++)
        bad |= code_input(r, r->o->files[i], &diag);
    submit_filling(r);
    bad |= pl_batch_pool_finish(r->pool) != 0;
    return bad || diag.errors > 0 || r->failed_docs > 0;
}

int code_documents(const docs_opts *o, const petrel_knowledge *k, const petrel_model *m)
{
    char checked[11];
    if (o->date && (strlen(o->date) != 10 || pl_doc_date(o->date, 10, checked) != 0)) {
        fprintf(stderr, "petrel code: bad --date '%s' (YYYY-MM-DD expected)\n", o->date);
        return 1;
    }
    docs_run r = {o, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, isatty(STDERR_FILENO), 0};
    char tmp[4096], tmpdb[4096];
    pl_diag diag = {report_diag, NULL, 0, 0};
    const char *db = o->db ? o->db : o->gdelt ? temp_db(tmpdb, sizeof tmpdb) : NULL;
    if (db && !(r.store = pl_store_open(db, &diag)))
        return 1;
    r.out = o->stream || o->gdelt ? cli_output_open(o->output, tmp, sizeof tmp) : NULL;
    int status = (o->stream || o->gdelt) && !r.out;
    shared_state sh = {o, m, new_coders(o, k)};
    if (!status) {
        if (o->stream)
            pl_write_header(r.out, o->fmt);
        status = run_inputs(&r, &sh);
        if (o->gdelt && r.store && pl_store_each_event(r.store, write_gdelt_row, r.out) != 0)
            status = 1;
    }
    if (r.out && cli_output_close(r.out, o->output, tmp, !r.failed) != 0)
        status = 1;
    pl_store_close(r.store);
    if (db && !o->db)
        remove_db(db);
    free_coders(sh.coders, o->jobs);
    fprintf(stderr, "%spetrel code: %ld documents, %ld sentences, %ld events", r.progress ? "\r" : "",
            r.docs, r.sentences, r.events);
    if (r.skipped)
        fprintf(stderr, " (%ld documents already in %s)", r.skipped, o->db);
    fputc('\n', stderr);
    return status;
}
