/*
 * sentence.h - the one sentence representation every later stage works on.
 *
 * A sentence is a sequence of tokens with byte offsets into the sentence text,
 * an upper-cased form for dictionary matching, a lemma, UD and Penn tags, and
 * a labelled dependency tree in Universal Dependencies (basic relations).
 * Whatever produced it -- the Penn Treebank converter (ptb2ud.c) or petrel's
 * own parser -- the coder sees only this.
 *
 * Tokens are syntactic words (UD's "words"). A surface token that holds
 * several words -- "don't" = do + n't, "Bush's" = Bush + 's -- is recorded as
 * a pl_multiword over them, as CoNLL-U's "4-5" lines do.
 *
 * Token indexes are 0-based; head == -1 marks the root. All strings are owned
 * by the arena the sentence was built in.
 */
#ifndef PETREL_SENTENCE_H
#define PETREL_SENTENCE_H

#include <stdint.h>

typedef struct pl_token {
    const char *form;  /* surface form as written */
    const char *norm;  /* upper-case form used for dictionary matching */
    const char *lemma; /* UD lemma as in CoNLL-U ("" when unknown) */
    const char *analysis; /* form the tagger and parser see (typographic
                             punctuation mapped to ASCII); NULL: same as form */
    uint32_t start;    /* byte offset of the form in pl_sentence.text */
    uint32_t end;      /* one past the last byte; start == end when not aligned */
    int head;          /* index of the head token, -1 for the root */
    char upos[8];      /* UD universal POS: NOUN, PROPN, VERB, AUX, ... */
    char xpos[8];      /* Penn Treebank tag: NN, NNP, VBD, MD, ... */
    char deprel[16];   /* UD relation with subtype: nsubj, obl:agent, ... */
} pl_token;

typedef struct pl_multiword {
    int first, last;     /* token indexes covered, inclusive */
    const char *form;    /* surface form as written, e.g. "don't" */
    uint32_t start, end; /* byte offsets of the surface form in the text */
} pl_multiword;

typedef struct pl_sentence {
    const char *text;    /* sentence text the offsets point into ("" if none) */
    pl_token *tok;
    int n;
    pl_multiword *mwt;   /* multiword tokens in order; NULL when nmwt == 0 */
    int nmwt;
    uint32_t doc_offset; /* byte offset of `text` in its document (0 if none) */
} pl_sentence;

#endif
