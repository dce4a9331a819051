/*
 * ud_eval.h - the CoNLL 2018 shared task's parser metrics, as its script
 * conll18_ud_eval.py defines them: Tokens, Sentences, Words, UPOS, XPOS,
 * Lemmas, UAS and LAS, each as precision, recall and F1 (and, for the ones
 * scored on aligned words, accuracy over them).
 *
 * Gold and system sentences are collected into two pl_ud_doc. Their tokens,
 * with every Unicode space (category Zs) removed, must spell the same
 * characters; tokens and sentences are then compared as spans of those
 * characters, and words are aligned by span -- or, inside a stretch covered
 * by multiword tokens, by the longest common subsequence of lower-cased
 * forms. UAS/LAS compare heads through that alignment and LAS only the
 * universal part of the relation (before ':'); punctuation counts. A gold
 * lemma "" (CoNLL-U "_") accepts any system lemma.
 *
 * Must not: print, or read files (the caller feeds sentences).
 */
#ifndef PETREL_UD_EVAL_H
#define PETREL_UD_EVAL_H

#include <stddef.h>

#include "../parse/sentence.h"

typedef struct pl_ud_doc pl_ud_doc;

typedef enum pl_ud_metric {
    PL_UD_TOKENS,
    PL_UD_SENTENCES,
    PL_UD_WORDS,
    PL_UD_UPOS,
    PL_UD_XPOS,
    PL_UD_LEMMAS,
    PL_UD_UAS,
    PL_UD_LAS,
    PL_UD_NMETRICS
} pl_ud_metric;

typedef struct pl_ud_score {
    long correct, gold, system;
    long aligned; /* aligned words; -1 for Tokens, Sentences, Words */
} pl_ud_score;

pl_ud_doc *pl_ud_doc_new(void);
void pl_ud_doc_free(pl_ud_doc *d);
/* Appends one sentence (its words, multiword tokens, heads, tags, lemmas).
 * -1, and nothing added, when a surface form is empty once spaces are
 * removed (the script refuses such a file). */
int pl_ud_doc_add(pl_ud_doc *d, const pl_sentence *s);
long pl_ud_doc_sentences(const pl_ud_doc *d);
long pl_ud_doc_words(const pl_ud_doc *d);

/* Scores `system` against `gold` into out[PL_UD_NMETRICS]. -1 with a
 * message in err when their characters differ. */
int pl_ud_evaluate(const pl_ud_doc *gold, const pl_ud_doc *system, pl_ud_score *out, char *err,
                   size_t errsize);

const char *pl_ud_metric_name(pl_ud_metric m);
double pl_ud_precision(const pl_ud_score *s);
double pl_ud_recall(const pl_ud_score *s);
double pl_ud_f1(const pl_ud_score *s);
/* correct / aligned; -1 when the metric has no aligned count. */
double pl_ud_aligned_accuracy(const pl_ud_score *s);

#endif
