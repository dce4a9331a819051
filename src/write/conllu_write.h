/*
 * conllu_write.h - a pl_sentence as CoNLL-U: "# newdoc" / "# newpar" when
 * asked, "# sent_id", "# text", a "4-5" line before the words of each
 * multiword token, and SpaceAfter=No in MISC where the offsets show that a
 * surface token is directly followed by the next.
 *
 * FEATS and DEPS are written as "_"; empty LEMMA, UPOS, XPOS and DEPREL
 * as "_"; HEAD is 1-based (0 for the root). What src/read/conllu.c reads
 * back is the same sentence.
 *
 * Must not: change the sentence or decide anything about it.
 */
#ifndef PETREL_CONLLU_WRITE_H
#define PETREL_CONLLU_WRITE_H

#include <stdio.h>

#include "../parse/sentence.h"

typedef struct pl_conllu_header {
    const char *sent_id; /* NULL or "": no "# sent_id" line */
    int newdoc, newpar;  /* write "# newdoc" / "# newpar" first */
} pl_conllu_header;

/* Writes the sentence and the blank line after it. */
void pl_conllu_write(FILE *f, const pl_conllu_header *h, const pl_sentence *s);

#endif
