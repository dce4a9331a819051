/*
 * perceptron.h - the averaged perceptron shared by the tagger and the parser.
 *
 * Features are 64-bit keys (a template number hashed with the values it
 * reads); each key owns a row of one weight per class. Two forms:
 *
 *   pl_ptrain  training weights: dense float rows with lazily averaged
 *              totals, in a growable hash table. Big and mutable.
 *   pl_pmodel  what ships: averaged weights, pruned (rare features and tiny
 *              weights dropped), quantized to int16, stored as sparse rows in
 *              an open-addressed table of 32-bit fingerprints. Loaded, the
 *              rows with many weights are kept dense and added with vector
 *              instructions. Small and read-only, so threads share it.
 *
 * pl_ptrain_write turns the first into the bytes of the second; the bytes
 * are deterministic (features written in key order). Must not: know what the
 * features or classes mean.
 */
#ifndef PETREL_PERCEPTRON_H
#define PETREL_PERCEPTRON_H

#include <stdint.h>

#include "../util/bytes.h"

/* Hash feature atoms into a key: pl_fkey(pl_fkey(template, a), b)... */
static inline uint64_t pl_fkey(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 32);
}

typedef struct pl_ptrain pl_ptrain;

pl_ptrain *pl_ptrain_new(int nclass);
void pl_ptrain_free(pl_ptrain *t);
/* Add each known feature's weights to scores[0..nclass). */
void pl_ptrain_score(const pl_ptrain *t, const uint64_t *keys, int nkeys, float *scores);
/* One training instance: reward `truth`, penalize `guess` (no-op when equal).
 * Every call advances the averaging clock, so call it for every instance. */
void pl_ptrain_update(pl_ptrain *t, const uint64_t *keys, int nkeys, int truth, int guess);
/* Averaged, pruned and quantized model bytes. Features seen in fewer than
 * `min_count` updates are dropped. */
void pl_ptrain_write(pl_ptrain *t, int min_count, pl_bytes_out *out);
/* The mean of k models written by pl_ptrain_write, as the same bytes. A
 * linear model's scores averaged over an ensemble's members are the scores
 * of the members' averaged weights, so the ensemble is scored in one pass,
 * like one member (over the union of the members' features). Each in[i]
 * starts at a member and, on success, is left after it. Mean weights below
 * min_weight / 32767 of the largest are dropped. 0 when a member is
 * malformed or the members' classes differ. */
int pl_pmodel_mean(pl_bytes_in *in, int k, int min_weight, pl_bytes_out *out);
/* Most members an ensemble may have. */
enum { PL_MAX_MEMBERS = 16 };
/* Number of features and of their non-zero weights (for reports). */
long pl_ptrain_features(const pl_ptrain *t);

/* Deterministic pseudo-random numbers for training (xorshift64*). */
uint64_t pl_rng_next(uint64_t *state);
/* Fisher-Yates shuffle of 0..n-1 into order[]. */
void pl_shuffle(int *order, int n, uint64_t *rng);

typedef struct pl_pmodel pl_pmodel;

/* NULL when the bytes are malformed (in->failed is then set). */
pl_pmodel *pl_pmodel_read(pl_bytes_in *in);
void pl_pmodel_free(pl_pmodel *m);
int pl_pmodel_classes(const pl_pmodel *m);
/* scores[0..nclass) = sum of the rows of the keys the model knows. */
void pl_pmodel_score(const pl_pmodel *m, const uint64_t *keys, int nkeys, int32_t *scores);

#endif
