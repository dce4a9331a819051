/*
 * punct.h - re-attach punctuation after parsing, as UD's guidelines place it.
 *
 * UD hangs a punctuation mark projectively from the head of the smallest
 * unit around it: a pair of quotes or brackets from the head of what they
 * enclose, any other mark from the highest word of the subtree next to it on
 * the left or on the right, whichever of the two is lower. On EWT's gold
 * trees that rule gives back 99% of the punct arcs. A greedy parser attaches
 * a mark before it has seen the rest of the unit; this pass checks every
 * mark against the finished tree and moves it only when its head is none of
 * the words the rule could choose, so a plausible choice of the parser's
 * stands.
 *
 * Must not: move a word that is not a punctuation leaf, or change a relation.
 */
#ifndef PETREL_PUNCT_H
#define PETREL_PUNCT_H

#include "../util/arena.h"
#include "sentence.h"

void pl_attach_punct(pl_sentence *s, pl_arena *a);

#endif
