/*
 * depparse.h - labelled dependency parser: greedy arc-eager transitions
 * scored by an averaged perceptron with Zhang & Nivre's (2011) rich
 * non-local features, trained with Goldberg & Nivre's (2012) dynamic oracle.
 *
 * Input is a tagged sentence (forms, XPOS and lemmas, "" when unknown);
 * output is a head and a UD relation for every token, one tree with one
 * root. Trees are projective; non-projective training trees are made
 * projective by lifting arcs.
 *
 * Must not: tag, lemmatize or keep per-sentence state outside the arena.
 */
#ifndef PETREL_DEPPARSE_H
#define PETREL_DEPPARSE_H

#include <stdint.h>

#include "../util/arena.h"
#include "../util/bytes.h"
#include "sentence.h"

typedef struct pl_parser pl_parser;

pl_parser *pl_parser_read(pl_bytes_in *in);
/* The parser of an ensemble: the mean of k parsers trained on the same
 * treebank (see pl_tagger_mix). 0 when they do not match. */
int pl_parser_mix(pl_bytes_in *in, int k, int min_weight, pl_bytes_out *out);
void pl_parser_free(pl_parser *p);
/* Set head and deprel of every token from forms, XPOS tags and lemmas. */
void pl_parser_parse(const pl_parser *p, pl_sentence *s, pl_arena *a);

typedef struct pl_parser_trainer pl_parser_trainer;

/* Relations come from the gold trees of `sents`, which must outlive the
 * trainer; their tags and lemmas are used as they are (give it predicted
 * tags). */
pl_parser_trainer *pl_parser_trainer_new(const pl_sentence *sents, int nsent);
/* One pass in shuffled order. After a wrong prediction the trainer follows
 * the model's own choice with probability `explore` (learning to recover
 * from its mistakes), else the best transition. Returns the share of
 * transitions predicted right. */
double pl_parser_trainer_epoch(pl_parser_trainer *t, uint64_t *rng, double explore);
void pl_parser_trainer_write(pl_parser_trainer *t, int min_count, pl_bytes_out *out);
void pl_parser_trainer_free(pl_parser_trainer *t);

#endif
