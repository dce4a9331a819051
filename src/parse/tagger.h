/*
 * tagger.h - part-of-speech tagger: one greedy left-to-right averaged
 * perceptron that predicts the UD UPOS and the Penn XPOS together, and an
 * optional second pass that corrects it with right context.
 *
 * A tag class is a (UPOS, XPOS) pair seen in training. A tag dictionary of
 * training words gives each known word its ambiguity class (the set of
 * classes it was seen with), and words that are frequent and unambiguous
 * are tagged from it directly. Word classes from WordNet, when given to the
 * trainer, are stored in the model, which needs no file when tagging. An
 * optional second pass retags the other words seeing the first pass's tags
 * on both sides.
 *
 * Must not: lemmatize or parse; hold per-sentence state outside the arena.
 */
#ifndef PETREL_TAGGER_H
#define PETREL_TAGGER_H

#include <stdint.h>

#include "../util/arena.h"
#include "../util/bytes.h"
#include "sentence.h"

typedef struct pl_tagger pl_tagger;

/* Tagger bytes: the first pass, a pass count, then the second pass when the
 * count is 2. */
pl_tagger *pl_tagger_read(pl_bytes_in *in);
/* The tagger of an ensemble: the mean of k taggers (each in[i] at one, as
 * pl_tagger_trainer_write wrote it) trained on the same treebank, into
 * `out` in the same format (see pl_pmodel_mean). 0 when they do not match. */
int pl_tagger_mix(pl_bytes_in *in, int k, int min_weight, pl_bytes_out *out);
void pl_tagger_free(pl_tagger *t);
/* Set upos and xpos of every token. */
void pl_tagger_tag(const pl_tagger *t, pl_sentence *s, pl_arena *a);

typedef struct pl_tagger_trainer pl_tagger_trainer;

/* Classes and tag dictionary come from the gold tags of `sents`, which must
 * outlive the trainer. `wordnet_dir` is a WordNet database directory (index.*
 * and *.exc files, e.g. /usr/share/wordnet) whose word classes are copied
 * into the model, or NULL to train without them. NULL when a WordNet file
 * cannot be read. */
pl_tagger_trainer *pl_tagger_trainer_new(const pl_sentence *sents, int nsent,
                                         const char *wordnet_dir);
/* One pass over the sentences in an order shuffled by *rng; returns the
 * fraction of tokens the model tagged right before its update. */
double pl_tagger_trainer_epoch(pl_tagger_trainer *t, uint64_t *rng);
/* Train a second pass that retags every word the dictionary does not fix,
 * with the first pass's features plus the first pass's tags on both sides.
 * It learns from first-pass tags jackknifed over `folds` folds (each fold's
 * first pass trained for `iterations` epochs), for as many epochs. Call at
 * most once. Returns the second pass's accuracy in its last epoch, or -1
 * (folds < 2, a second call, out of memory, WordNet unreadable). */
double pl_tagger_trainer_second_pass(pl_tagger_trainer *t, int folds, int iterations,
                                     uint64_t *rng);
void pl_tagger_trainer_write(pl_tagger_trainer *t, pl_bytes_out *out);
void pl_tagger_trainer_free(pl_tagger_trainer *t);


#endif
