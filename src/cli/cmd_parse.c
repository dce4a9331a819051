/*
 * cmd_parse.c - `petrel parse`: raw text (or one pre-tokenized sentence per
 * line) in, CoNLL-U out: segment, then tag, lemmatize and parse each
 * sentence with the model.
 *
 * Sentences are numbered from 1 ("# sent_id"); the first one opens a
 * document and a paragraph, and a blank line in the input (or an empty line
 * of --tokenized input) opens a new paragraph. Output to a file is written
 * to a temporary file and renamed into place, so a failed run never leaves
 * half a file behind.
 *
 * With -j N, the main thread segments and copies the sentences into batches,
 * N workers (util/batch_pool.h) annotate each batch and render it as
 * CoNLL-U, and the main thread writes the batches in input order; every
 * batch's sentence numbers and paragraph marks are fixed when it is cut, so
 * the output is the same bytes for any N.
 *
 * Must not: tokenize, tag or parse by itself (segment/ and parse/ do).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../parse/model.h"
#include "../segment/segment.h"
#include "../util/batch_pool.h"
#include "../write/conllu_write.h"
#include "cli.h"

static const char usage[] =
    "usage: petrel parse [--model FILE] [--tokenized] [-j N] [-o OUT] [FILE|-]\n"
    "\n"
    "Splits raw text into sentences and tokens, tags, lemmatizes and parses\n"
    "every sentence, and writes CoNLL-U. A blank line starts a new paragraph.\n"
    "Reads standard input when FILE is '-' or absent.\n"
    "\n"
    "options:\n"
    "  --model FILE   model to use (default: the one built into petrel)\n"
    "  --tokenized    one sentence per line, tokens separated by single spaces\n"
    "  -j, --jobs N   tag and parse with N threads sharing the model (default 1;\n"
    "                 0: one per online CPU); the output is the same for any N\n"
    "  -o FILE        write to FILE (atomically) instead of stdout\n";

enum {
    BATCH_SENTENCES = 256, /* sentences per batch handed to a worker */
    MAX_JOBS = 256
};

/* Sentences copied out of the segmenter, annotated and rendered by a worker. */
typedef struct batch {
    struct batch *next_free;
    pl_arena copies;  /* the sentences (reset when the batch is reused) */
    pl_arena scratch; /* the model's, reset after every sentence */
    pl_sentence sent[BATCH_SENTENCES];
    unsigned char newpar[BATCH_SENTENCES];
    int n;
    long first; /* sentences before this batch */
    char *text; /* the batch as CoNLL-U (malloc'd); NULL if out of memory */
    size_t len;
} batch;

typedef struct parse_run {
    FILE *out;
    const char *doc;     /* the whole input (raw text mode) */
    pl_arena scratch;    /* pl_segment_text's, reset between sentences */
    size_t prev_end;     /* document offset after the previous sentence */
    int blank_line_seen; /* --tokenized: an empty line since the last sentence */
    long queued;         /* sentences handed to batches */
    long sentences;      /* sentences written */
    int progress;        /* stderr is a terminal: show a progress line */
    int failed;          /* writing failed */
    pl_batch_pool *pool;
    batch *filling;   /* the batch being filled, NULL if none */
    batch *free_list; /* written batches, for reuse */
} parse_run;

/* ---- batches: filled on the main thread, annotated on a worker -------------------- */

static const char *copy_str(pl_arena *a, const char *s)
{
    return s ? pl_arena_strdup(a, s) : NULL;
}

/* A deep copy of s in a, to outlive the segmenter's scratch arena. */
static void copy_sentence(pl_arena *a, const pl_sentence *s, pl_sentence *out)
{
    *out = *s;
    out->text = copy_str(a, s->text);
    out->tok = pl_arena_alloc(a, (size_t)s->n * sizeof *s->tok);
    for (int i = 0; i < s->n; i++) {
        pl_token *t = &out->tok[i];
        *t = s->tok[i];
        t->form = copy_str(a, t->form);
        t->norm = copy_str(a, t->norm);
        t->lemma = copy_str(a, t->lemma);
        t->analysis = copy_str(a, t->analysis);
    }
    if (s->nmwt == 0)
        return;
    out->mwt = pl_arena_alloc(a, (size_t)s->nmwt * sizeof *s->mwt);
    for (int i = 0; i < s->nmwt; i++) {
        out->mwt[i] = s->mwt[i];
        out->mwt[i].form = copy_str(a, s->mwt[i].form);
    }
}

/* Worker: annotate every sentence of the batch and render it as CoNLL-U. */
static void annotate_batch(const void *model, void *arg, int worker)
{
    (void)worker; /* the model is shared; a batch owns all else */
    batch *b = arg;
    FILE *f = open_memstream(&b->text, &b->len);
    for (int i = 0; f && i < b->n; i++) {
        pl_model_annotate(model, &b->sent[i], &b->scratch);
        char id[32];
        long number = b->first + i;
        snprintf(id, sizeof id, "%ld", number + 1);
        pl_conllu_header h = {id, number == 0, b->newpar[i] || number == 0};
        pl_conllu_write(f, &h, &b->sent[i]);
        pl_arena_reset(&b->scratch);
    }
    if (f && fclose(f) != 0) {
        free(b->text);
        b->text = NULL;
    }
}

static void show_progress(const parse_run *r, long before)
{
    if (r->progress && before / 1024 != r->sentences / 1024)
        fprintf(stderr, "\rpetrel parse: %ld sentences", r->sentences);
}

/* Main thread, in input order: write the batch, then keep it for reuse. */
static int write_batch(void *owner, void *arg)
{
    parse_run *r = owner;
    batch *b = arg;
    if (!r->failed && !b->text)
        fputs("petrel parse: out of memory\n", stderr);
    r->failed = r->failed || !b->text || fwrite(b->text, 1, b->len, r->out) != b->len;
    if (!r->failed) {
        r->sentences += b->n;
        show_progress(r, r->sentences - b->n);
    }
    free(b->text);
    b->text = NULL;
    b->next_free = r->free_list;
    r->free_list = b;
    return r->failed;
}

static batch *new_batch(parse_run *r)
{
    batch *b = r->free_list;
    if (b) {
        r->free_list = b->next_free;
        pl_arena_reset(&b->copies);
    } else if ((b = calloc(1, sizeof *b))) {
        pl_arena_init(&b->copies, 0);
        pl_arena_init(&b->scratch, 0);
    }
    if (b) {
        b->n = 0;
        b->first = r->queued;
    }
    return b;
}

/* Hands the batch being filled (if any) to the workers; non-zero to stop. */
static int submit_batch(parse_run *r)
{
    batch *b = r->filling;
    r->filling = NULL;
    return b && pl_batch_pool_submit(r->pool, b);
}

/* Copies the sentence into the batch being filled; non-zero to stop. */
static int queue_sentence(parse_run *r, const pl_sentence *s, int newpar)
{
    if (!r->filling && !(r->filling = new_batch(r))) {
        fputs("petrel parse: out of memory\n", stderr);
        return 1;
    }
    batch *b = r->filling;
    copy_sentence(&b->copies, s, &b->sent[b->n]);
    b->newpar[b->n++] = (unsigned char)newpar;
    r->queued++;
    return b->n == BATCH_SENTENCES ? submit_batch(r) : 0;
}

static void free_batches(parse_run *r)
{
    while (r->free_list) {
        batch *b = r->free_list;
        r->free_list = b->next_free;
        pl_arena_free(&b->copies);
        pl_arena_free(&b->scratch);
        free(b);
    }
}

/* Document offsets of the sentence's first and last byte of tokens. */
static size_t sentence_start(const pl_sentence *s)
{
    uint32_t start = s->n ? s->tok[0].start : 0;
    if (s->nmwt && s->mwt[0].first == 0)
        start = s->mwt[0].start;
    return s->doc_offset + start;
}

static size_t sentence_end(const pl_sentence *s)
{
    uint32_t end = 0;
    for (int i = 0; i < s->n; i++)
        end = s->tok[i].end > end ? s->tok[i].end : end;
    for (int i = 0; i < s->nmwt; i++)
        end = s->mwt[i].end > end ? s->mwt[i].end : end;
    return s->doc_offset + end;
}

/* Is there a blank line (two line breaks) in doc[from, to)? */
static int blank_line_between(const char *doc, size_t from, size_t to)
{
    int breaks = 0;
    for (size_t i = from; i < to; i++)
        breaks += doc[i] == '\n';
    return breaks >= 2;
}

static int on_sentence(void *ud, pl_sentence *s)
{
    parse_run *r = ud;
    size_t start = sentence_start(s);
    int newpar = start > r->prev_end && blank_line_between(r->doc, r->prev_end, start);
    r->prev_end = sentence_end(s);
    return queue_sentence(r, s, newpar);
}

static int parse_raw(parse_run *r, FILE *in, const char *name)
{
    size_t len;
    char *text = cli_read_all(in, &len);
    if (!text) {
        fprintf(stderr, "petrel parse: cannot read %s\n", name);
        return 1;
    }
    r->doc = text;
    pl_arena_init(&r->scratch, 0);
    long n = pl_segment_text(text, len, &r->scratch, on_sentence, r);
    pl_arena_free(&r->scratch);
    free(text);
    return n < 0 ? 1 : 0;
}

static int parse_tokenized(parse_run *r, FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int rc = 0;
    pl_arena a;
    pl_arena_init(&a, 0);
    while (rc == 0 && (got = getline(&line, &cap, in)) >= 0) {
        size_t n = (size_t)got;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        pl_arena_reset(&a);
        pl_sentence s;
        if (!pl_segment_tokenized(line, n, &a, &s)) {
            r->blank_line_seen = 1;
            continue;
        }
        rc = queue_sentence(r, &s, r->blank_line_seen);
        r->blank_line_seen = 0;
    }
    if (rc == 0 && ferror(in)) {
        fputs("petrel parse: read error\n", stderr);
        rc = 1;
    }
    free(line);
    pl_arena_free(&a);
    return rc;
}

typedef struct parse_opts {
    const char *model, *output, *input;
    int tokenized;
    int jobs; /* worker threads */
} parse_opts;

/* The value of -j (NULL: opt_value has complained); 0 to go on, else 2. */
static int read_jobs(const char *v, int *jobs)
{
    char *end = NULL;
    long n = v ? strtol(v, &end, 10) : -1;
    if (v && (end == v || *end || n < 0 || n > MAX_JOBS))
        fprintf(stderr, "petrel parse: -j wants a number from 0 to %d, not '%s'\n", MAX_JOBS, v);
    if (!v || end == v || *end || n < 0 || n > MAX_JOBS)
        return 2;
    if (n == 0)
        n = sysconf(_SC_NPROCESSORS_ONLN);
    *jobs = n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (int)n;
    return 0;
}

/* 0 to go on, else the exit status (help: 0 after printing it, via -1). */
static int read_options(int argc, char **argv, parse_opts *o)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return -1;
        } else if (opt_is(argv[i], "--model")) {
            if (!(o->model = opt_value(argc, argv, &i)))
                return 2;
        } else if (!strcmp(argv[i], "-o") || opt_is(argv[i], "--output")) {
            if (!(o->output = opt_value(argc, argv, &i)))
                return 2;
        } else if (!strcmp(argv[i], "--tokenized")) {
            o->tokenized = 1;
        } else if (!strcmp(argv[i], "-j") || opt_is(argv[i], "--jobs")) {
            if (read_jobs(opt_value(argc, argv, &i), &o->jobs))
                return 2;
        } else if ((argv[i][0] == '-' && argv[i][1]) || o->input) {
            fprintf(stderr, "petrel parse: %s %s\n%s",
                    o->input ? "one input only, not" : "unknown option", argv[i], usage);
            return 2;
        } else {
            o->input = argv[i];
        }
    }
    return 0;
}

/* Segments the input into batches for o->jobs workers; writes them in order. */
static int parse_input(parse_run *r, const parse_opts *o, const pl_model *m, FILE *in)
{
    r->pool = pl_batch_pool_start(o->jobs, 2 * o->jobs, annotate_batch, m, write_batch, r);
    if (!r->pool) {
        fputs("petrel parse: cannot start the worker threads\n", stderr);
        return 1;
    }
    const char *name = o->input ? o->input : "-";
    int rc = o->tokenized ? parse_tokenized(r, in) : parse_raw(r, in, name);
    rc = submit_batch(r) || rc;
    rc = pl_batch_pool_finish(r->pool) || rc;
    free_batches(r);
    return rc;
}

static int run_parse(const parse_opts *o, const pl_model *m, FILE *in)
{
    char tmp[4096];
    parse_run r = {0};
    r.progress = isatty(STDERR_FILENO);
    r.out = cli_output_open(o->output, tmp, sizeof tmp);
    if (!r.out)
        return 1;
    int rc = parse_input(&r, o, m, in);
    rc = cli_output_close(r.out, o->output, tmp, rc == 0) || rc;
    fprintf(stderr, "%spetrel parse: %ld sentences\n", r.progress ? "\r" : "", r.sentences);
    return rc;
}

int cmd_parse(int argc, char **argv)
{
    parse_opts o = {.jobs = 1};
    int st = read_options(argc, argv, &o);
    if (st)
        return st < 0 ? 0 : st;
    int from_stdin = !o.input || !strcmp(o.input, "-");
    FILE *in = from_stdin ? stdin : fopen(o.input, "r");
    if (!in) {
        perror(o.input);
        return 1;
    }
    pl_model *m = o.model ? pl_model_load_file(o.model, NULL) : pl_model_load_builtin(NULL);
    int rc = 1;
    if (m)
        rc = run_parse(&o, m, in);
    else
        fputs("petrel parse: no usable model\n", stderr);
    if (m)
        pl_model_free(m);
    if (!from_stdin)
        fclose(in);
    return rc;
}
