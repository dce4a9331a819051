/*
 * lemmatizer.h - UD lemmas for English words from their form and tags.
 *
 * Trained from (form, UPOS, XPOS, lemma) examples such as a UD treebank's
 * CoNLL-U, the model holds three hash-indexed tables: the most frequent lemma
 * of each (form, XPOS) seen, the same keyed by the lower-cased form, and
 * suffix-rewrite rules per XPOS ("strip k bytes, append s", longest matching
 * suffix of the lower-cased form wins) for words never seen. Table entries the
 * rules already get right are pruned, so the model stays small. Case follows
 * UD English: proper nouns (UPOS PROPN or XPOS NNP/NNPS) keep their case,
 * other words are lower-cased, and "I" stays "I". Numbers written with digit
 * groups ("2,000") lose their commas.
 *
 * The trainer is deterministic: the same examples, in any order, give the same
 * bytes. A loaded lemmatizer is read-only, so any number of threads may use
 * it at once, each with its own arena.
 *
 * Must not: tag, tokenize, or read files; a model needs nothing at run time
 * but its own bytes.
 */
#ifndef PETREL_LEMMATIZER_H
#define PETREL_LEMMATIZER_H

#include "../util/arena.h"
#include "../util/bytes.h"

/* ---- training ---- */
typedef struct pl_lemma_trainer pl_lemma_trainer;

pl_lemma_trainer *pl_lemma_trainer_new(void);
/* One example (NULL tags count as ""; a NULL form or lemma is ignored). */
void pl_lemma_trainer_add(pl_lemma_trainer *t, const char *form, const char *upos, const char *xpos,
                          const char *lemma);
/* Learn and append the model's bytes to `out`. */
void pl_lemma_trainer_write(const pl_lemma_trainer *t, pl_bytes_out *out);
void pl_lemma_trainer_free(pl_lemma_trainer *t);

/* ---- run time ---- */
typedef struct pl_lemmatizer pl_lemmatizer;

/* Read a model written by pl_lemma_trainer_write, copying what it keeps (the
 * input may be freed afterwards). NULL if in->failed, the bytes are
 * malformed or truncated (in->failed is then set), or memory runs out. */
pl_lemmatizer *pl_lemmatizer_read(pl_bytes_in *in);
void pl_lemmatizer_free(pl_lemmatizer *l);

/* The UD lemma of `form` tagged `upos`/`xpos` (either may be NULL or unknown).
 * The result lives in `a` or in the model's own strings; never NULL. */
const char *pl_lemmatize(const pl_lemmatizer *l, const char *form, const char *upos,
                         const char *xpos, pl_arena *a);

#endif
