/*
 * train.c - train the tagger, lemmatizer and parser and assemble the model
 * file (see train.h).
 */
#include "train.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/batch_pool.h"
#include "depparse.h"
#include "lemmatizer.h"
#include "model.h"
#include "perceptron.h"
#include "tagger.h"
#include "wordhash.h"

void pl_train_defaults(pl_train_options *o)
{
    *o = (pl_train_options){
        .tagger_iterations = 12,
        .parser_iterations = 12,
        .folds = 5,
        .tagger_folds = 5,
        .explore = 0.9,
        .min_count = 3,
        .seed = 1,
        .members = 3,
        .threads = 1,
        .min_weight = 128,
        .description = "petrel model",
    };
}

static void progress(const pl_train_options *o, const char *fmt, ...)
{
    if (!o->progress)
        return;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    o->progress(o->ud, msg);
}

/* 0 when the tagger cannot be trained (its WordNet database is unreadable). */
static int train_tagger(const pl_sentence *sents, int n, const pl_train_options *o,
                        uint64_t *rng, const char *what, pl_bytes_out *out)
{
    pl_tagger_trainer *t = pl_tagger_trainer_new(sents, n, o->wordnet_dir);
    if (!t) {
        progress(o, "%s: cannot read the WordNet database in %s", what, o->wordnet_dir);
        return 0;
    }
    for (int it = 0; it < o->tagger_iterations; it++) {
        double acc = pl_tagger_trainer_epoch(t, rng);
        progress(o, "%s: iteration %d/%d, training accuracy %.2f%%", what, it + 1,
                 o->tagger_iterations, 100 * acc);
    }
    if (o->tagger_folds >= 2) {
        double acc = pl_tagger_trainer_second_pass(t, o->tagger_folds, o->tagger_iterations, rng);
        if (acc < 0) {
            progress(o, "%s: cannot train the second pass", what);
            pl_tagger_trainer_free(t);
            return 0;
        }
        progress(o, "%s: second pass on %d jackknifed folds, training accuracy %.2f%%", what,
                 o->tagger_folds, 100 * acc);
    }
    pl_tagger_trainer_write(t, out);
    pl_tagger_trainer_free(t);
    return 1;
}

/* Copies of the sentences whose tokens can be re-tagged. */
static pl_sentence *copy_sentences(const pl_sentence *sents, int n)
{
    pl_sentence *c = malloc((size_t)n * sizeof *c + 1);
    for (int s = 0; s < n; s++) {
        c[s] = sents[s];
        c[s].tok = malloc((size_t)sents[s].n * sizeof *c[s].tok + 1);
        memcpy(c[s].tok, sents[s].tok, (size_t)sents[s].n * sizeof *c[s].tok);
    }
    return c;
}

static void free_sentences(pl_sentence *c, int n)
{
    for (int s = 0; s < n; s++)
        free(c[s].tok);
    free(c);
}

/* Tag fold f (sentences s with s % folds == f) with a tagger trained on the rest. */
static int jackknife_fold(const pl_sentence *sents, int n, int f, const pl_train_options *o,
                          uint64_t *rng, pl_sentence *tagged)
{
    pl_sentence *rest = malloc((size_t)n * sizeof *rest + 1);
    int nrest = 0;
    for (int s = 0; s < n; s++)
        if (s % o->folds != f)
            rest[nrest++] = sents[s];
    char what[64];
    snprintf(what, sizeof what, "tagger for fold %d/%d", f + 1, o->folds);
    pl_bytes_out bytes = {0};
    int ok = train_tagger(rest, nrest, o, rng, what, &bytes);
    pl_bytes_in in;
    pl_in_init(&in, bytes.buf, bytes.len);
    pl_tagger *tagger = ok ? pl_tagger_read(&in) : NULL;
    pl_arena a;
    pl_arena_init(&a, 0);
    for (int s = f; tagger && s < n; s += o->folds) {
        pl_tagger_tag(tagger, &tagged[s], &a);
        pl_arena_reset(&a);
    }
    pl_arena_free(&a);
    pl_tagger_free(tagger);
    pl_out_free(&bytes);
    free(rest);
    return ok && tagger;
}

static void train_lemmatizer(const pl_sentence *sents, int n, pl_bytes_out *out)
{
    pl_lemma_trainer *t = pl_lemma_trainer_new();
    for (int s = 0; s < n; s++)
        for (int i = 0; i < sents[s].n; i++) {
            const pl_token *tk = &sents[s].tok[i];
            pl_lemma_trainer_add(t, tk->form, tk->upos, tk->xpos, tk->lemma);
        }
    pl_lemma_trainer_write(t, out);
    pl_lemma_trainer_free(t);
}

/* The parser is trained on the lemmas the lemmatizer gives the predicted
 * tags, as it will see them when parsing; `a` keeps them. */
static int relemmatize(const pl_bytes_out *lemmatizer, pl_sentence *tagged, int n, pl_arena *a)
{
    pl_bytes_in in;
    pl_in_init(&in, lemmatizer->buf, lemmatizer->len);
    pl_lemmatizer *l = pl_lemmatizer_read(&in);
    if (!l)
        return 0;
    for (int s = 0; s < n; s++)
        for (int i = 0; i < tagged[s].n; i++) {
            pl_token *t = &tagged[s].tok[i];
            /* copied: a lemma from the lemmatizer's tables lives in it */
            const char *lemma = pl_lemmatize(l, pl_token_analysis(t), t->upos, t->xpos, a);
            t->lemma = pl_arena_strdup(a, lemma);
        }
    pl_lemmatizer_free(l);
    return 1;
}

static void train_parser(const pl_sentence *tagged, int n, const pl_train_options *o,
                         uint64_t *rng, pl_bytes_out *out)
{
    pl_parser_trainer *t = pl_parser_trainer_new(tagged, n);
    for (int it = 0; it < o->parser_iterations; it++) {
        double acc = pl_parser_trainer_epoch(t, rng, it == 0 ? 0 : o->explore);
        progress(o, "parser: iteration %d/%d, transitions right %.2f%%", it + 1,
                 o->parser_iterations, 100 * acc);
    }
    pl_parser_trainer_write(t, o->min_count, out);
    pl_parser_trainer_free(t);
}

/* One ensemble member's tagger and parser, trained with its own seed: its
 * own shuffles, its own jackknife taggers and so its own training tags. */
static int train_member(const pl_sentence *sents, int n, const pl_train_options *o, uint64_t seed,
                        const pl_bytes_out *lemmatizer, pl_bytes_out *tagger, pl_bytes_out *parser)
{
    uint64_t rng = seed ? seed : 1;
    int ok = train_tagger(sents, n, o, &rng, "tagger", tagger);
    pl_sentence *tagged = copy_sentences(sents, n);
    for (int f = 0; ok && o->folds >= 2 && f < o->folds; f++)
        ok = jackknife_fold(sents, n, f, o, &rng, tagged);
    pl_arena lemmas;
    pl_arena_init(&lemmas, 0);
    if (ok)
        ok = relemmatize(lemmatizer, tagged, n, &lemmas);
    if (ok)
        train_parser(tagged, n, o, &rng, parser);
    free_sentences(tagged, n);
    pl_arena_free(&lemmas);
    return ok;
}

/* One member to train: a batch of the pool that trains them. */
typedef struct member_job {
    int member;
    pl_bytes_out tagger, parser;
    int ok;
} member_job;

/* What every member reads. */
typedef struct member_shared {
    const pl_sentence *sents;
    int n;
    const pl_train_options *o;
    const pl_bytes_out *lemmatizer;
} member_shared;

/* Progress of one member of several: "member 2/3: ..." */
typedef struct member_progress {
    const pl_train_options *o;
    int member;
} member_progress;

static void report_member(void *ud, const char *msg)
{
    const member_progress *mp = ud;
    char line[320];
    snprintf(line, sizeof line, "member %d/%d: %s", mp->member + 1, mp->o->members, msg);
    mp->o->progress(mp->o->ud, line);
}

static void train_member_job(const void *shared, void *batch, int worker)
{
    (void)worker;
    const member_shared *sh = shared;
    member_job *job = batch;
    member_progress mp = {sh->o, job->member};
    pl_train_options mo = *sh->o;
    if (sh->o->members > 1 && sh->o->progress) {
        mo.progress = report_member;
        mo.ud = &mp;
    }
    job->ok = train_member(sh->sents, sh->n, &mo, sh->o->seed + (uint64_t)job->member,
                           sh->lemmatizer, &job->tagger, &job->parser);
}

static int member_done(void *owner, void *batch)
{
    (void)owner;
    return !((member_job *)batch)->ok;
}

/* Trains the members, `threads` at a time: each has its own seed, so the
 * bytes do not depend on the number of threads. */
static int train_members(const member_shared *sh, member_job *jobs, int k)
{
    int threads = sh->o->threads < 1 ? 1 : sh->o->threads > k ? k : sh->o->threads;
    pl_batch_pool *pool = pl_batch_pool_start(threads, k, train_member_job, sh, member_done, NULL);
    if (!pool)
        return 0;
    int failed = 0;
    for (int m = 0; m < k && !failed; m++) {
        jobs[m].member = m;
        failed = pl_batch_pool_submit(pool, &jobs[m]);
    }
    return !pl_batch_pool_finish(pool) && !failed;
}

int pl_model_train(const pl_sentence *sents, int n, const pl_train_options *o, pl_bytes_out *out)
{
    int k = o->members < 1 ? 1 : o->members > PL_MAX_MEMBERS ? PL_MAX_MEMBERS : o->members;
    pl_bytes_out lemmatizer = {0}, tagger = {0}, parser = {0};
    train_lemmatizer(sents, n, &lemmatizer);
    progress(o, "lemmatizer: %zu bytes", lemmatizer.len);
    member_job jobs[PL_MAX_MEMBERS] = {{0}};
    member_shared sh = {sents, n, o, &lemmatizer};
    int ok = train_members(&sh, jobs, k);
    if (ok && k > 1) {
        pl_bytes_in taggers[PL_MAX_MEMBERS], parsers[PL_MAX_MEMBERS];
        for (int m = 0; m < k; m++) {
            pl_in_init(&taggers[m], jobs[m].tagger.buf, jobs[m].tagger.len);
            pl_in_init(&parsers[m], jobs[m].parser.buf, jobs[m].parser.len);
        }
        ok = pl_tagger_mix(taggers, k, o->min_weight, &tagger) &&
             pl_parser_mix(parsers, k, o->min_weight, &parser);
        progress(o, "ensemble of %d: weights averaged", k);
    }
    if (ok) {
        const pl_bytes_out *t = k > 1 ? &tagger : &jobs[0].tagger;
        const pl_bytes_out *p = k > 1 ? &parser : &jobs[0].parser;
        pl_model_write(o->description, t, &lemmatizer, p, out);
        progress(o, "model: tagger %zu, lemmatizer %zu, parser %zu bytes", t->len, lemmatizer.len,
                 p->len);
    }
    for (int m = 0; m < k; m++) {
        pl_out_free(&jobs[m].tagger);
        pl_out_free(&jobs[m].parser);
    }
    pl_out_free(&tagger);
    pl_out_free(&lemmatizer);
    pl_out_free(&parser);
    return ok;
}
