/*
 * conllu.h - CoNLL-U treebanks (Universal Dependencies), read one sentence
 * at a time.
 *
 * The reader fills a pl_sentence per sentence: form, lemma, UPOS, XPOS,
 * head (0-based, -1 for the root) and relation of every syntactic word,
 * multiword tokens from "4-5" lines, and byte offsets into the sentence text
 * (the "# text" comment when the forms can be found in it in order, else a
 * text rebuilt from the forms and SpaceAfter=No). Empty nodes ("8.1") are
 * skipped; FEATS, DEPS and the rest of MISC are not kept. "_" in LEMMA,
 * UPOS, XPOS or DEPREL reads as "". Per sentence it also returns the
 * sent_id, the text comment and whether "# newdoc" / "# newpar" came first.
 *
 * Memory stays flat: one sentence is held at a time, its strings in the
 * caller's arena (reset it between sentences), and the reader's own buffers
 * grow only to the longest line and sentence seen.
 *
 * A malformed line is reported as "file:line: what is wrong" through the
 * pl_diag; that sentence is skipped and reading goes on with the next one.
 *
 * Must not: print, exit, or hold more than one sentence.
 */
#ifndef PETREL_CONLLU_H
#define PETREL_CONLLU_H

#include <stddef.h>
#include <stdio.h>

#include "../parse/sentence.h"
#include "../util/arena.h"
#include "../util/bytes.h"
#include "../util/diag.h"

/* One word line, MWT line or empty-node line, split into its columns. */
typedef struct pl_conllu_row pl_conllu_row;

typedef struct pl_conllu_reader {
    FILE *file;       /* input stream, or NULL when reading `buf` */
    const char *buf;  /* input buffer (file == NULL) */
    size_t len, pos;  /* buffer length and read position */
    const char *name; /* for diagnostics */
    pl_diag *diag;
    long line;  /* number of the line last read */
    char *text; /* the line last read, NUL-terminated */
    size_t text_cap;
    pl_conllu_row *rows; /* rows of the sentence being read */
    int nrows, rows_cap;
} pl_conllu_reader;

typedef struct pl_conllu_meta {
    const char *sent_id; /* "# sent_id = ..." or "" */
    const char *text;    /* "# text = ..." or "" */
    int newdoc, newpar;  /* "# newdoc" / "# newpar" since the last sentence */
    long line;           /* line of the sentence's first word line */
} pl_conllu_meta;

void pl_conllu_open_file(pl_conllu_reader *r, FILE *f, const char *name, pl_diag *d);
/* The buffer must stay valid while the reader is used; it need not end in NUL. */
void pl_conllu_open_buffer(pl_conllu_reader *r, const char *buf, size_t len, const char *name,
                           pl_diag *d);
/* The next well-formed sentence into *s and *meta (strings in `a`): 1, or 0
 * at the end of the input. Malformed sentences are reported and skipped. */
int pl_conllu_next(pl_conllu_reader *r, pl_arena *a, pl_sentence *s, pl_conllu_meta *meta);
/* Append a sentence read from a treebank to the treebank's raw text, laid out
 * as UD's .txt files are: its "# text" (else the text rebuilt from its
 * forms), after a space within a paragraph or a blank line before a new
 * paragraph or document. Returns the offset where the sentence starts. */
size_t pl_conllu_append_raw(pl_bytes_out *raw, const pl_sentence *s, const pl_conllu_meta *meta);
/* Frees the reader's buffers (not the FILE). */
void pl_conllu_close(pl_conllu_reader *r);

#endif
