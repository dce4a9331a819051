/*
 * cmd_train.c - `petrel train`: train a model (tagger, lemmatizer, parser)
 * on a CoNLL-U treebank and write it atomically; with --dev, score it there.
 *
 * The treebank is held in memory while training (the trainers make several
 * passes over it); everything else streams. Must not: train anything itself
 * (parse/train.c does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../eval/ud_eval.h"
#include "../parse/model.h"
#include "../parse/perceptron.h"
#include "../parse/train.h"
#include "../read/conllu.h"
#include "cli.h"

static const char usage[] =
    "usage: petrel train --train TRAIN.conllu [--dev DEV.conllu] -o MODEL [options]\n"
    "\n"
    "Trains the tagger, lemmatizer and dependency parser on a CoNLL-U treebank\n"
    "and writes one model file. The same treebank and options always give the\n"
    "same bytes. With --dev, the model is scored on the dev treebank (gold\n"
    "tokenization) at the end.\n"
    "\n"
    "options:\n"
    "  --tagger-iterations N   passes over the data for the tagger (default 12)\n"
    "  --parser-iterations N   passes for the parser (default 12)\n"
    "  --folds N               jackknife folds tagging the parser's training data\n"
    "                          (default 5; 0 trains the parser on gold tags)\n"
    "  --tagger-folds N        jackknife folds for the tagger's second pass, which\n"
    "                          retags from the first pass's tags on both sides\n"
    "                          (default 5, as the shipped model; 0: one pass)\n"
    "  --min-count N           prune parser features seen in fewer updates (default 3)\n"
    "  --seed N                random seed (default 1)\n"
    "  --ensemble N            train N models with seeds SEED .. SEED+N-1 and ship\n"
    "                          the mean of their weights: one model, scored in one\n"
    "                          pass (default 3; 1: a single model)\n"
    "  -j N                    members trained at once (default 2; the bytes are\n"
    "                          the same for any N)\n"
    "  --wordnet DIR           WordNet database for the tagger's word classes\n"
    "                          (default /usr/share/wordnet, Debian's wordnet-base)\n"
    "  --no-wordnet            train the tagger without WordNet\n";

typedef struct treebank {
    pl_sentence *sents;
    int n, cap;
    pl_arena arena;
} treebank;

static int read_treebank(const char *path, treebank *tb)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 0;
    }
    pl_diag diag = {0};
    pl_conllu_reader r;
    pl_conllu_open_file(&r, f, path, &diag);
    pl_arena_init(&tb->arena, 1 << 20);
    pl_sentence s;
    pl_conllu_meta meta;
    while (pl_conllu_next(&r, &tb->arena, &s, &meta)) {
        if (tb->n == tb->cap) {
            tb->cap = tb->cap ? 2 * tb->cap : 4096;
            pl_sentence *grown = realloc(tb->sents, (size_t)tb->cap * sizeof *grown);
            if (!grown) {
                fputs("petrel train: out of memory\n", stderr);
                exit(1);
            }
            tb->sents = grown;
        }
        tb->sents[tb->n++] = s;
    }
    pl_conllu_close(&r);
    fclose(f);
    if (diag.errors || tb->n == 0)
        fprintf(stderr, "%s: %ld bad sentences skipped, %d read\n", path, diag.errors, tb->n);
    return tb->n > 0;
}

static void free_treebank(treebank *tb)
{
    free(tb->sents);
    pl_arena_free(&tb->arena);
}

static void print_progress(void *ud, const char *msg)
{
    time_t *start = ud;
    fprintf(stderr, "[%4.0fs] %s\n", difftime(time(NULL), *start), msg);
}

/* Score the model on dev with gold tokenization: UPOS, XPOS, lemmas, UAS, LAS. */
static void score_dev(const pl_model *m, const treebank *dev)
{
    pl_ud_doc *gold = pl_ud_doc_new(), *sys = pl_ud_doc_new();
    pl_arena a;
    pl_arena_init(&a, 0);
    for (int s = 0; s < dev->n; s++) {
        pl_sentence copy = dev->sents[s];
        copy.tok = pl_arena_alloc(&a, (size_t)copy.n * sizeof *copy.tok + 1);
        memcpy(copy.tok, dev->sents[s].tok, (size_t)copy.n * sizeof *copy.tok);
        pl_model_annotate(m, &copy, &a);
        pl_ud_doc_add(gold, &dev->sents[s]);
        pl_ud_doc_add(sys, &copy);
        pl_arena_reset(&a);
    }
    pl_ud_score score[PL_UD_NMETRICS];
    char err[256];
    if (pl_ud_evaluate(gold, sys, score, err, sizeof err) == 0) {
        fprintf(stderr, "dev (gold tokenization):");
        for (int k = PL_UD_UPOS; k <= PL_UD_LAS; k++)
            fprintf(stderr, " %s %.2f", pl_ud_metric_name(k), 100 * pl_ud_f1(&score[k]));
        fputc('\n', stderr);
    } else {
        fprintf(stderr, "dev: cannot score: %s\n", err);
    }
    pl_arena_free(&a);
    pl_ud_doc_free(gold);
    pl_ud_doc_free(sys);
}

static int write_atomically(const char *path, const pl_bytes_out *bytes)
{
    char tmp[4096];
    FILE *f = cli_output_open(path, tmp, sizeof tmp);
    if (!f)
        return 0;
    int ok = fwrite(bytes->buf, 1, bytes->len, f) == bytes->len;
    return cli_output_close(f, path, tmp, ok) == 0;
}

static int int_option(int argc, char **argv, int *i, int *out)
{
    const char *v = opt_value(argc, argv, i);
    if (!v)
        return 0;
    char *end;
    long x = strtol(v, &end, 10);
    if (*end || x < 0 || x > 1000000) {
        fprintf(stderr, "petrel train: %s: not a count\n", v);
        return 0;
    }
    *out = (int)x;
    return 1;
}

int cmd_train(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *out = NULL;
    pl_train_options o;
    pl_train_defaults(&o);
    o.wordnet_dir = "/usr/share/wordnet";
    o.threads = 2;
    int seed = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int ok = 1;
        if (opt_is(a, "--help") || opt_is(a, "-h")) {
            fputs(usage, stdout);
            return 0;
        } else if (opt_is(a, "--train")) {
            ok = (train = opt_value(argc, argv, &i)) != NULL;
        } else if (opt_is(a, "--dev")) {
            ok = (dev = opt_value(argc, argv, &i)) != NULL;
        } else if (opt_is(a, "-o")) {
            ok = (out = opt_value(argc, argv, &i)) != NULL;
        } else if (opt_is(a, "--tagger-iterations")) {
            ok = int_option(argc, argv, &i, &o.tagger_iterations);
        } else if (opt_is(a, "--parser-iterations")) {
            ok = int_option(argc, argv, &i, &o.parser_iterations);
        } else if (opt_is(a, "--tagger-folds")) {
            ok = int_option(argc, argv, &i, &o.tagger_folds);
        } else if (opt_is(a, "--folds")) {
            ok = int_option(argc, argv, &i, &o.folds);
        } else if (opt_is(a, "--min-count")) {
            ok = int_option(argc, argv, &i, &o.min_count);
        } else if (opt_is(a, "--wordnet")) {
            ok = (o.wordnet_dir = opt_value(argc, argv, &i)) != NULL;
        } else if (opt_is(a, "--no-wordnet")) {
            o.wordnet_dir = NULL;
        } else if (opt_is(a, "--ensemble")) {
            ok = int_option(argc, argv, &i, &o.members);
            if (ok && (o.members < 1 || o.members > PL_MAX_MEMBERS)) {
                fprintf(stderr, "petrel train: --ensemble takes 1 to %d\n", PL_MAX_MEMBERS);
                return 2;
            }
        } else if (opt_is(a, "-j")) {
            ok = int_option(argc, argv, &i, &o.threads);
            if (ok && o.threads < 1) {
                fputs("petrel train: -j takes 1 or more\n", stderr);
                return 2;
            }
        } else if (opt_is(a, "--seed")) {
            ok = int_option(argc, argv, &i, &seed);
        } else {
            fprintf(stderr, "petrel train: unknown option %s\n%s", a, usage);
            return 2;
        }
        if (!ok)
            return 2;
    }
    if (!train || !out) {
        fputs(usage, stderr);
        return 2;
    }
    o.seed = (uint64_t)seed;
    treebank tb = {0}, dv = {0};
    if (!read_treebank(train, &tb) || (dev && !read_treebank(dev, &dv)))
        return 1;
    char description[512];
    snprintf(description, sizeof description,
             "trained by petrel train on %d sentences of %s; tagger %d, parser %d iterations, "
             "%d folds, tagger second pass on %d folds, min count %d, seed %d, ensemble of %d, "
             "WordNet %s",
             tb.n, train, o.tagger_iterations, o.parser_iterations, o.folds, o.tagger_folds,
             o.min_count, seed, o.members,
             o.wordnet_dir ? o.wordnet_dir : "none");
    o.description = description;
    time_t start = time(NULL);
    o.progress = print_progress;
    o.ud = &start;
    pl_bytes_out bytes = {0};
    int ok = pl_model_train(tb.sents, tb.n, &o, &bytes);
    ok = ok && !bytes.failed && write_atomically(out, &bytes);
    if (ok && dev) {
        pl_diag diag = {0};
        pl_model *m = pl_model_load(bytes.buf, bytes.len, out, &diag);
        if (m)
            score_dev(m, &dv);
        pl_model_free(m);
    }
    pl_out_free(&bytes);
    free_treebank(&tb);
    free_treebank(&dv);
    return ok ? 0 : 1;
}
