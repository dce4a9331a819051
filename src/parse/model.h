/*
 * model.h - petrel's statistical model: tagger (UPOS + Penn XPOS),
 * lemmatizer and labelled dependency parser, in one file.
 *
 * A model is loaded once (from a file, or the copy built into the binary) and
 * is then read-only: any number of threads may annotate with it at once, each
 * with its own arena. Loading checks the magic, version, checksum (not of
 * the built-in copy, which is part of the executable) and every count
 * against the bytes there are, so a corrupt or truncated model is a clear
 * error, never a crash.
 *
 * Must not: tokenize (segment/ does that) or know about events.
 */
#ifndef PETREL_MODEL_H
#define PETREL_MODEL_H

#include <stddef.h>

#include "../util/arena.h"
#include "../util/bytes.h"
#include "../util/diag.h"
#include "sentence.h"

typedef struct pl_model pl_model;

/* Load a model from `len` bytes (copied; the caller may free them). `name`
 * prefixes error messages. NULL after a diagnostic on any error. */
/* The format version this petrel writes and reads; no other loads. Version
 * 2 gave the tagger a second pass, version 3 the parser features beyond
 * Zhang & Nivre's: older files are refused rather than converted, as their
 * parsers were trained on other features. The fuzz target writes it too. */
enum { PL_MODEL_VERSION = 3 };

pl_model *pl_model_load(const void *bytes, size_t len, const char *name, pl_diag *d);
pl_model *pl_model_load_file(const char *path, pl_diag *d);
/* The model compiled into petrel (models/en_ewt.pmodel); NULL if it fails to load. */
pl_model *pl_model_load_builtin(pl_diag *d);
void pl_model_free(pl_model *m);
/* What the model was trained on, as the trainer wrote it. */
const char *pl_model_description(const pl_model *m);

/* Fill upos, xpos, lemma, head and deprel of every token of `s` from the
 * forms (tok[i].analysis, else tok[i].form). Scratch memory comes from `a`.
 * Thread-safe: `m` is only read. */
void pl_model_annotate(const pl_model *m, pl_sentence *s, pl_arena *a);
/* Only tag and lemmatize (upos, xpos, lemma); heads and relations untouched. */
void pl_model_tag(const pl_model *m, pl_sentence *s, pl_arena *a);

/* Assemble a model file from its sections' bytes (as the trainers wrote them). */
void pl_model_write(const char *description, const pl_bytes_out *tagger,
                    const pl_bytes_out *lemmatizer, const pl_bytes_out *parser, pl_bytes_out *out);

#endif
