/*
 * train.h - training a whole model (tagger, lemmatizer, parser) from a
 * treebank, as `petrel train` does.
 *
 * The parser is trained on the tags the tagger will really give it: the
 * training set is tagged by jackknifing (each fold by a tagger trained on
 * the other folds), so the parser learns to live with tagging errors.
 * Everything is seeded: the same treebank and options give the same bytes.
 *
 * Must not: read files or print (progress goes through the callback).
 */
#ifndef PETREL_TRAIN_H
#define PETREL_TRAIN_H

#include <stdint.h>

#include "../util/bytes.h"
#include "sentence.h"

typedef struct pl_train_options {
    int tagger_iterations;
    int parser_iterations;
    int folds;          /* jackknife folds for the parser's training tags; < 2: gold tags */
    int tagger_folds;   /* jackknife folds for the tagger's second pass; < 2: one pass */
    double explore;     /* dynamic-oracle exploration after the first parser iteration */
    int min_count;      /* parser features seen in fewer updates are pruned */
    uint64_t seed;      /* member m of the ensemble is trained with seed + m */
    int members;        /* ensemble members whose weights are averaged; 1: one model */
    int threads;        /* members trained at once */
    int min_weight;     /* an ensemble drops mean weights below min_weight / 32767 of the largest */
    const char *wordnet_dir; /* WordNet database whose word classes the tagger uses, or NULL */
    const char *description;
    void (*progress)(void *ud, const char *msg); /* from several threads at once when threads > 1 */
    void *ud;
} pl_train_options;

/* The defaults petrel's shipped model was trained with. */
void pl_train_defaults(pl_train_options *o);
/* Train on `n` gold sentences (not modified) and write the model file bytes.
 * 0 (after a progress message) when a WordNet database cannot be read. */
int pl_model_train(const pl_sentence *sents, int n, const pl_train_options *o, pl_bytes_out *out);

#endif
