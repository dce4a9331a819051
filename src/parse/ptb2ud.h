/*
 * ptb2ud.h - Penn Treebank constituency trees to Universal Dependencies.
 *
 * Heads are chosen by head rules (Collins-style, with the UD preference for
 * content words as heads: copulas, auxiliaries, case markers and marks are
 * dependents). Relations are UD basic relations with the subtypes the coder
 * uses (nsubj:pass, obl:agent, aux:pass, compound:prt, acl:relcl, nmod:poss).
 * Lemmas are left "" here; UPOS is mapped from the Penn tag.
 *
 * Must not: look at dictionaries.
 */
#ifndef PETREL_PTB2UD_H
#define PETREL_PTB2UD_H

#include "../read/ptb.h"
#include "sentence.h"

/* Fill *out from tree t; tokens are numbered as t numbers them. text may be
 * NULL; when given, token offsets are aligned to it where the words can be
 * found in order. Returns 0, or -1 if the tree has no tokens. */
int pl_ptb_to_ud(const pl_ctree *t, const char *text, pl_arena *a, pl_sentence *out);

#endif
