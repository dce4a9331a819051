/*
 * segment.h - news text to sentences of tokens.
 *
 * The tokenizer follows the conventions of the UD English treebanks (EWT):
 * punctuation split off, clitics and negation as multiword tokens ("don't" =
 * do + n't, "Pakistan's" = Pakistan + 's), abbreviations, initials, numbers,
 * money, URLs and e-mail addresses kept whole. The sentence splitter breaks at
 * sentence-final punctuation unless an abbreviation or initial explains it,
 * across line breaks, and always at a blank line (a paragraph break).
 *
 * Every token keeps byte offsets into the original text; its `analysis` form
 * has typographic punctuation mapped to ASCII (utf8proc NFC first).
 *
 * Must not: tag, parse or change the original text.
 */
#ifndef PETREL_SEGMENT_H
#define PETREL_SEGMENT_H

#include <stddef.h>

#include "../parse/sentence.h"
#include "../util/arena.h"

/* Called once per sentence, in order. The sentence (tokens with form,
 * analysis, norm, start/end relative to s->text, multiword tokens, and
 * doc_offset) lives in the arena passed to pl_segment_text until the callback
 * returns; upos/xpos/lemma/head/deprel are empty. Return non-zero to stop. */
typedef int (*pl_sentence_fn)(void *ud, pl_sentence *s);

/* Segment `len` bytes of UTF-8 text (invalid bytes are kept as their own
 * tokens, never read past `len`). `scratch` is reset between sentences.
 * Returns the number of sentences, or -1 if the callback stopped early. */
long pl_segment_text(const char *text, size_t len, pl_arena *scratch, pl_sentence_fn fn, void *ud);

/* One pre-tokenized sentence: tokens separated by single spaces, kept as
 * they are (no splitting, no multiword tokens). Returns 0 on an empty line. */
int pl_segment_tokenized(const char *line, size_t len, pl_arena *a, pl_sentence *out);

#endif
