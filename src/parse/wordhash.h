/*
 * wordhash.h - the word atoms the tagger and parser build features from.
 *
 * Features never hold strings: each word is reduced once per sentence to
 * 64-bit hashes of its form, lower-cased form, prefixes, suffixes and shape.
 * Must not: allocate or depend on anything but the bytes of the word.
 */
#ifndef PETREL_WORDHASH_H
#define PETREL_WORDHASH_H

#include <stddef.h>
#include <stdint.h>

#include "sentence.h"

enum { PL_MAX_AFFIX = 4 };

typedef struct pl_word_atoms {
    uint64_t form;                   /* exact form */
    uint64_t lower;                  /* ASCII-lower-cased form */
    uint64_t suffix[PL_MAX_AFFIX];   /* lower-cased last 1..4 bytes (whole word if shorter) */
    uint64_t prefix[PL_MAX_AFFIX];   /* lower-cased first 1..4 bytes */
    uint64_t shape;                  /* Xx, dd.d, X.X. ... (runs collapsed) */
} pl_word_atoms;

uint64_t pl_hash_bytes(const char *s, size_t n);
/* The form the tagger and parser analyse. */
static inline const char *pl_token_analysis(const pl_token *t)
{
    return t->analysis ? t->analysis : t->form;
}
void pl_word_atoms_of(const char *word, pl_word_atoms *out);

#endif
