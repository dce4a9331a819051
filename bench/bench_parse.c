/*
 * bench_parse.c - raw text to trees: tokenize + tag + lemmatize + parse
 * throughput of the built-in model (make bench).
 *
 * Rebuilds the raw text of a CoNLL-U treebank (as `petrel eval-parser`
 * does: sentences of a paragraph joined by a space, paragraphs by a blank
 * line), times loading the built-in model, then segments and annotates the
 * whole text once with 1 thread and once with each THREADS given, every
 * thread taking an equal share of the paragraphs and sharing the one
 * read-only model. Prints sentences/s, tokens/s, the load time and the peak
 * resident memory.
 *
 *   bench_parse TREEBANK.conllu [THREADS...]
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "../src/parse/model.h"
#include "../src/read/conllu.h"
#include "../src/segment/segment.h"
#include "../src/util/bytes.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The raw text, and where each paragraph starts. */
typedef struct raw_text {
    pl_bytes_out text;
    size_t *par;
    long npar, cap;
} raw_text;

static void add_paragraph(raw_text *r, size_t start)
{
    if (r->npar == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 1024;
        r->par = realloc(r->par, (size_t)r->cap * sizeof *r->par);
        if (!r->par)
            abort();
    }
    r->par[r->npar++] = start;
}

static int read_raw_text(const char *path, raw_text *r)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 0;
    }
    pl_diag diag = {0};
    pl_conllu_reader rd;
    pl_conllu_open_file(&rd, f, path, &diag);
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s;
    pl_conllu_meta meta;
    while (pl_conllu_next(&rd, &a, &s, &meta)) {
        size_t start = pl_conllu_append_raw(&r->text, &s, &meta);
        if (meta.newpar || meta.newdoc || r->npar == 0)
            add_paragraph(r, start);
        pl_arena_reset(&a);
    }
    pl_arena_free(&a);
    pl_conllu_close(&rd);
    fclose(f);
    return r->npar > 0;
}

typedef struct share {
    const pl_model *model;
    const char *text;
    size_t from, to;
    long sentences, tokens;
    pl_arena work;
} share;

static int annotate(void *ud, pl_sentence *s)
{
    share *sh = ud;
    pl_model_annotate(sh->model, s, &sh->work);
    pl_arena_reset(&sh->work);
    sh->sentences++;
    sh->tokens += s->n;
    return 0;
}

static void *run_share(void *ud)
{
    share *sh = ud;
    pl_arena scratch;
    pl_arena_init(&scratch, 0);
    pl_arena_init(&sh->work, 0);
    pl_segment_text(sh->text + sh->from, sh->to - sh->from, &scratch, annotate, sh);
    pl_arena_free(&scratch);
    pl_arena_free(&sh->work);
    return NULL;
}

static void run(const pl_model *m, const raw_text *r, int threads)
{
    share sh[64];
    pthread_t tid[64];
    for (int t = 0; t < threads; t++) {
        long p0 = r->npar * t / threads, p1 = r->npar * (t + 1) / threads;
        sh[t] = (share){.model = m, .text = (const char *)r->text.buf};
        sh[t].from = r->par[p0];
        sh[t].to = p1 < r->npar ? r->par[p1] : r->text.len;
    }
    double t0 = now();
    for (int t = 0; t < threads; t++)
        pthread_create(&tid[t], NULL, run_share, &sh[t]);
    long sentences = 0, tokens = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        sentences += sh[t].sentences;
        tokens += sh[t].tokens;
    }
    double dt = now() - t0;
    printf("  -j %d: %ld sentences, %ld tokens in %.2f s: %.0f sentences/s, %.0f tokens/s\n",
           threads, sentences, tokens, dt, (double)sentences / dt, (double)tokens / dt);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: bench_parse TREEBANK.conllu [THREADS...]\n", stderr);
        return 2;
    }
    raw_text r = {0};
    if (!read_raw_text(argv[1], &r))
        return 1;
    double t0 = now();
    pl_diag diag = {0};
    pl_model *m = pl_model_load_builtin(&diag);
    double load = now() - t0;
    if (!m)
        return 1;
    printf("  raw text: %zu bytes, %ld paragraphs; built-in model loaded in %.3f s\n", r.text.len,
           r.npar, load);
    run(m, &r, 1);
    for (int k = 2; k < argc; k++) {
        int threads = atoi(argv[k]);
        if (threads >= 1 && threads <= 64)
            run(m, &r, threads);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("  peak RSS: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    pl_model_free(m);
    pl_out_free(&r.text);
    free(r.par);
    return 0;
}
