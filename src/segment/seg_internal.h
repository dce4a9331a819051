/*
 * seg_internal.h - what the pieces of the segmenter share: the surface token
 * the scanner produces, character classes, the word lists and the forms
 * (analysis and norm) built for each word.
 *
 *   scan.c      bytes -> surface tokens (with multiword split points)
 *   lexicon.c   abbreviations, sentence starters, hyphen prefixes, contractions
 *   forms.c     analysis form (NFC + typographic punctuation to ASCII) and norm
 *   segment.c   surface tokens -> sentences (pl_sentence), the public API
 *
 * Must not: be included from outside src/segment/.
 */
#ifndef PETREL_SEG_INTERNAL_H
#define PETREL_SEG_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "../util/arena.h"

/* ---- characters ------------------------------------------------------------ */

typedef enum seg_class {
    SEG_C_SPACE,   /* separates tokens (Unicode Z*, ASCII blanks, BOM, ZWSP) */
    SEG_C_LOWER,   /* lower-case or caseless letter */
    SEG_C_UPPER,   /* upper-case or title-case letter */
    SEG_C_DIGIT,   /* decimal digit or other number */
    SEG_C_MARK,    /* combining mark: continues whatever it follows */
    SEG_C_PUNCT,   /* punctuation */
    SEG_C_SYMBOL,  /* symbols: currency, math, emoji, ... */
    SEG_C_INVALID, /* a byte that does not start valid UTF-8 */
    SEG_C_OTHER    /* control and format characters */
} seg_class;

/* Decodes the character at s (n > 0 bytes available): sets *cp (-1 for an
 * invalid byte) and *cls, returns its length in bytes (1 for invalid). */
size_t seg_decode(const unsigned char *s, size_t n, int32_t *cp, seg_class *cls);

/* ---- surface tokens -------------------------------------------------------- */

typedef enum seg_kind {
    SEG_WORD,   /* letters and digits (with joiners: 3.5, U.S, don't, e-mail) */
    SEG_ABBREV, /* a word that keeps its final period: Gen. U.S. J. */
    SEG_PUNCT,  /* punctuation run: . ... ?! -- " ( */
    SEG_SYMBOL, /* symbol or emoticon: $ % :-) */
    SEG_URL,    /* URL */
    SEG_INVALID /* one byte that is not UTF-8 */
} seg_kind;

/* Whitespace before a token. */
typedef enum seg_gap {
    SEG_GAP_NONE,     /* glued to the token before */
    SEG_GAP_SPACE,    /* blanks only */
    SEG_GAP_LINE,     /* one line break */
    SEG_GAP_PARAGRAPH /* a blank line: always a sentence break */
} seg_gap;

#define SEG_MAX_SPLITS 2

/* One surface token. A multiword token ("don't") has nsplit > 0: its words
 * start at start, start + split[0], ... (byte offsets inside the token). */
typedef struct seg_token {
    size_t start, end; /* byte offsets in the document */
    uint32_t split[SEG_MAX_SPLITS];
    uint8_t nsplit;
    uint8_t kind; /* seg_kind */
    uint8_t gap;  /* seg_gap */
} seg_token;

/* Scanner over a document; tokens come out one at a time, in order. */
typedef struct seg_scanner {
    const unsigned char *text;
    size_t len;
    size_t pos;         /* next byte to look at */
    size_t chunk_start; /* current whitespace-free chunk */
    size_t chunk_end;
} seg_scanner;

void seg_scanner_init(seg_scanner *sc, const char *text, size_t len);
/* The next surface token; returns 0 at the end of the text. */
int seg_scan(seg_scanner *sc, seg_token *tok);

/* ---- word lists (lexicon.c) -------------------------------------------------- */

/* Word (without its period) that keeps a following period: Gen, Jan, Inc. */
int seg_is_abbreviation(const char *s, size_t n);
/* Abbreviation only before a number: No. 5, pp. 12, Art. 3. */
int seg_is_number_abbreviation(const char *s, size_t n);
/* Capitalised word that starts a sentence even after an abbreviation. */
int seg_is_sentence_starter(const char *s, size_t n);
/* Prefix that keeps its hyphen in EWT: e-mail, non-stop, co-workers. */
int seg_is_hyphen_prefix(const char *s, size_t n);
/* Contraction written without an apostrophe (dont, cannot, gonna): returns
 * the number of split points written to split[] (0: not one). */
int seg_contraction_splits(const char *s, size_t n, uint32_t split[SEG_MAX_SPLITS]);
/* Last part of a host or file name (com, org, uk, doc, pdf), any case. */
int seg_is_dotted_ending(const char *s, size_t n);
/* Word after "its" that shows it is "it is" (its not, its a, its really). */
int seg_follows_its_is(const char *s, size_t n);
/* Emoticon at s: its length, 0 if none. */
size_t seg_emoticon(const char *s, size_t n);

/* ---- forms (forms.c) --------------------------------------------------------- */

/* Analysis form of bytes s[0..n): NFC, typographic punctuation mapped to
 * ASCII, invalid bytes as U+FFFD. Returns s itself when nothing changes
 * (s must then be NUL-terminated at n), else an arena copy. */
const char *seg_analysis(const char *s, size_t n, pl_arena *a);
/* Upper-cased copy of a NUL-terminated string, in the arena. */
const char *seg_upper(const char *s, pl_arena *a);

#endif
