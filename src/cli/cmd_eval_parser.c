/*
 * cmd_eval_parser.c - `petrel eval-parser`: score the model on a gold
 * CoNLL-U treebank with the CoNLL 2018 metrics (src/eval/ud_eval.h).
 *
 * Two runs over the same gold file:
 *   gold tokenization  the gold words' forms, annotations removed, are
 *                      annotated by the model: UPOS, XPOS, Lemmas, UAS, LAS;
 *   raw text           the text is rebuilt from the gold file (each
 *                      sentence's "# text", a blank between sentences of one
 *                      paragraph, a blank line before "# newpar"/"# newdoc"),
 *                      segmented and annotated: every metric.
 * With --system the given CoNLL-U file is scored against the gold one
 * instead, as conll18_ud_eval.py does, and no model is loaded.
 *
 * Must not: tokenize, tag or parse by itself, or change the gold data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../eval/ud_eval.h"
#include "../parse/model.h"
#include "../read/conllu.h"
#include "../segment/segment.h"
#include "cli.h"

static const char usage[] =
    "usage: petrel eval-parser [--model FILE] [--gold-tok-only | --raw-only]\n"
    "                          [--system SYS.conllu] GOLD.conllu\n"
    "\n"
    "Scores petrel's tagger, lemmatizer and parser on a gold CoNLL-U file with the\n"
    "CoNLL 2018 shared task metrics (as conll18_ud_eval.py computes them):\n"
    "  gold tokenization: the gold words are annotated: UPOS, XPOS, Lemmas, UAS, LAS;\n"
    "  raw text: the text of the gold file is segmented and annotated: Tokens,\n"
    "    Sentences, Words, UPOS, XPOS, Lemmas, UAS, LAS.\n"
    "LAS compares the universal relation only (before ':'); punctuation counts.\n"
    "\n"
    "options:\n"
    "  --model FILE       model to use (default: the one built into petrel)\n"
    "  --gold-tok-only    only the gold tokenization run\n"
    "  --raw-only         only the raw text run\n"
    "  --system FILE      score this CoNLL-U file against GOLD instead of running\n"
    "                     the model (every metric)\n";

typedef struct eval_opts {
    const char *model, *system, *gold;
    int gold_tok, raw; /* which runs */
} eval_opts;

/* ---- output ----------------------------------------------------------------------- */

static void print_table(const pl_ud_score *sc, pl_ud_metric from, pl_ud_metric to)
{
    printf("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n");
    printf("-----------+-----------+-----------+-----------+-----------\n");
    for (int m = from; m <= (int)to; m++) {
        const pl_ud_score *s = &sc[m];
        printf("%-11s|%10.2f |%10.2f |%10.2f |", pl_ud_metric_name((pl_ud_metric)m),
               100 * pl_ud_precision(s), 100 * pl_ud_recall(s), 100 * pl_ud_f1(s));
        if (s->aligned >= 0)
            printf("%10.2f", 100 * pl_ud_aligned_accuracy(s));
        putchar('\n');
    }
}

static int score_and_print(const pl_ud_doc *gold, const pl_ud_doc *sys, pl_ud_metric from)
{
    pl_ud_score sc[PL_UD_NMETRICS];
    char err[512];
    if (pl_ud_evaluate(gold, sys, sc, err, sizeof err) != 0) {
        fprintf(stderr, "petrel eval-parser: %s\n", err);
        return 1;
    }
    print_table(sc, from, PL_UD_LAS);
    return 0;
}

static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void print_speed(const char *what, long sentences, double seconds)
{
    printf("%s: %ld sentences in %.2f s (%.0f sentences/s)\n", what, sentences, seconds,
           seconds > 0 ? (double)sentences / seconds : 0.0);
}

/* ---- reading CoNLL-U -------------------------------------------------------------- */

typedef void (*sentence_fn)(void *ud, pl_sentence *s, const pl_conllu_meta *meta, pl_arena *a);

/* Every good sentence of the file to fn; 0, or 1 when the file could not
 * be opened or had malformed sentences (reported, skipped). */
static int read_conllu(const char *path, sentence_fn fn, void *ud)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    pl_diag d = {0};
    pl_conllu_reader r;
    pl_conllu_open_file(&r, f, path, &d);
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s;
    pl_conllu_meta meta;
    while (pl_conllu_next(&r, &a, &s, &meta)) {
        fn(ud, &s, &meta, &a);
        pl_arena_reset(&a);
    }
    pl_arena_free(&a);
    pl_conllu_close(&r);
    int read_error = ferror(f);
    fclose(f);
    if (read_error)
        fprintf(stderr, "%s: read error\n", path);
    return read_error || d.errors ? 1 : 0;
}

typedef struct doc_filling {
    pl_ud_doc *doc;
    const char *path;
    int bad; /* a sentence the evaluator refused */
} doc_filling;

static void add_to_doc(void *ud, pl_sentence *s, const pl_conllu_meta *meta, pl_arena *a)
{
    doc_filling *f = ud;
    (void)a;
    if (pl_ud_doc_add(f->doc, s) != 0) {
        fprintf(stderr, "%s:%ld: a token is empty once spaces are removed\n", f->path, meta->line);
        f->bad = 1;
    }
}

static int eval_system_file(const eval_opts *o)
{
    pl_ud_doc *gold = pl_ud_doc_new(), *sys = pl_ud_doc_new();
    doc_filling g = {gold, o->gold, 0}, s = {sys, o->system, 0};
    int bad = read_conllu(o->gold, add_to_doc, &g) | read_conllu(o->system, add_to_doc, &s);
    printf("%s against %s: %ld gold sentences, %ld words\n", o->system, o->gold,
           pl_ud_doc_sentences(gold), pl_ud_doc_words(gold));
    int rc = score_and_print(gold, sys, PL_UD_TOKENS);
    pl_ud_doc_free(gold);
    pl_ud_doc_free(sys);
    return rc || bad || g.bad || s.bad;
}

/* ---- running the model ------------------------------------------------------------ */

typedef struct model_run {
    const pl_model *model;
    const eval_opts *opts;
    pl_ud_doc *gold, *tagged; /* gold; the model on gold words */
    pl_bytes_out raw;         /* text rebuilt from the gold file */
    pl_ud_doc *from_raw; /* the model on the segmented raw text */
    pl_arena scratch;    /* for the raw text run */
    double seconds;      /* spent annotating (and segmenting) */
    long sentences;
    int bad;
    int progress;
} model_run;

/* The gold sentence with only its words' forms (and multiword tokens). */
static void strip_annotation(pl_sentence *s)
{
    for (int i = 0; i < s->n; i++) {
        pl_token *t = &s->tok[i];
        t->lemma = "";
        t->analysis = NULL;
        t->head = -1;
        t->upos[0] = t->xpos[0] = t->deprel[0] = '\0';
    }
}

static void show_progress(model_run *r)
{
    r->sentences++;
    if (r->progress && r->sentences % 256 == 0)
        fprintf(stderr, "\rpetrel eval-parser: %ld sentences", r->sentences);
}

static void on_gold_sentence(void *ud, pl_sentence *s, const pl_conllu_meta *meta, pl_arena *a)
{
    model_run *r = ud;
    if (pl_ud_doc_add(r->gold, s) != 0) {
        fprintf(stderr, "%s:%ld: a token is empty once spaces are removed\n", r->opts->gold,
                meta->line);
        r->bad = 1;
        return;
    }
    if (r->opts->raw)
        pl_conllu_append_raw(&r->raw, s, meta);
    if (!r->opts->gold_tok)
        return;
    strip_annotation(s);
    double t0 = seconds_now();
    pl_model_annotate(r->model, s, a);
    r->seconds += seconds_now() - t0;
    pl_ud_doc_add(r->tagged, s);
    show_progress(r);
}

static int on_raw_sentence(void *ud, pl_sentence *s)
{
    model_run *r = ud;
    pl_model_annotate(r->model, s, &r->scratch);
    pl_ud_doc_add(r->from_raw, s);
    show_progress(r);
    return 0;
}

static void end_progress(const model_run *r)
{
    if (r->progress)
        fputs("\r                                                  \r", stderr);
}

static int run_gold_tokenization(model_run *r)
{
    r->seconds = 0;
    r->sentences = 0;
    int rc = read_conllu(r->opts->gold, on_gold_sentence, r) || r->bad;
    end_progress(r);
    if (!r->opts->gold_tok)
        return rc;
    printf("== gold tokenization: %ld sentences, %ld words\n", pl_ud_doc_sentences(r->gold),
           pl_ud_doc_words(r->gold));
    print_speed("annotation", r->sentences, r->seconds);
    return score_and_print(r->gold, r->tagged, PL_UD_UPOS) || rc;
}

static int run_raw_text(model_run *r)
{
    pl_arena_init(&r->scratch, 0);
    r->sentences = 0;
    double t0 = seconds_now();
    pl_segment_text(r->raw.len ? (const char *)r->raw.buf : "", r->raw.len, &r->scratch,
                    on_raw_sentence, r);
    r->seconds = seconds_now() - t0;
    pl_arena_free(&r->scratch);
    end_progress(r);
    printf("%s== raw text: %zu bytes, %ld sentences found\n", r->opts->gold_tok ? "\n" : "",
           r->raw.len, r->sentences);
    print_speed("segmentation and annotation", r->sentences, r->seconds);
    return score_and_print(r->gold, r->from_raw, PL_UD_TOKENS);
}

static int eval_model(const eval_opts *o, const pl_model *m)
{
    model_run r = {0};
    r.model = m;
    r.opts = o;
    r.progress = isatty(STDERR_FILENO);
    r.gold = pl_ud_doc_new();
    r.tagged = pl_ud_doc_new();
    r.from_raw = pl_ud_doc_new();
    int rc = run_gold_tokenization(&r);
    if (o->raw)
        rc = run_raw_text(&r) || rc;
    pl_out_free(&r.raw);
    pl_ud_doc_free(r.gold);
    pl_ud_doc_free(r.tagged);
    pl_ud_doc_free(r.from_raw);
    return rc;
}

/* ---- options ---------------------------------------------------------------------- */

/* 0 to go on, -1 after --help, else the exit status. */
static int read_options(int argc, char **argv, eval_opts *o)
{
    o->gold_tok = o->raw = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return -1;
        } else if (opt_is(argv[i], "--model")) {
            if (!(o->model = opt_value(argc, argv, &i)))
                return 2;
        } else if (opt_is(argv[i], "--system")) {
            if (!(o->system = opt_value(argc, argv, &i)))
                return 2;
        } else if (!strcmp(argv[i], "--gold-tok-only")) {
            o->raw = 0;
        } else if (!strcmp(argv[i], "--raw-only")) {
            o->gold_tok = 0;
        } else if ((argv[i][0] == '-' && argv[i][1]) || o->gold) {
            fprintf(stderr, "petrel eval-parser: %s %s\n%s",
                    o->gold ? "one gold file only, not" : "unknown option", argv[i], usage);
            return 2;
        } else {
            o->gold = argv[i];
        }
    }
    if (!o->gold || (!o->raw && !o->gold_tok)) {
        fprintf(stderr, "%s%s",
                o->gold ? "petrel eval-parser: --gold-tok-only and --raw-only "
                          "exclude each other\n"
                        : "",
                usage);
        return 2;
    }
    return 0;
}

int cmd_eval_parser(int argc, char **argv)
{
    eval_opts o = {0};
    int st = read_options(argc, argv, &o);
    if (st)
        return st < 0 ? 0 : st;
    if (o.system)
        return eval_system_file(&o);
    pl_model *m = o.model ? pl_model_load_file(o.model, NULL) : pl_model_load_builtin(NULL);
    if (!m) {
        fputs("petrel eval-parser: no usable model\n", stderr);
        return 1;
    }
    int rc = eval_model(&o, m);
    pl_model_free(m);
    return rc;
}
