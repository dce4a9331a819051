/*
 * tree_index.h - navigation over a pl_sentence's dependency tree: children
 * in order, relation tests, subtree bounds. Built once per sentence in the
 * sentence's arena, read by the recogniser and the coder.
 *
 * Relations are named once per token, when the index is built: a test is
 * then one bit test instead of string compares, which matters because the
 * coder asks about relations many times per token.
 *
 * Must not: change the tree.
 */
#ifndef PETREL_TREE_INDEX_H
#define PETREL_TREE_INDEX_H

#include <stdint.h>

#include "../util/arena.h"
#include "sentence.h"

/* The UD relations the recogniser and coder test. A base relation
 * (PL_NSUBJ) also matches its subtypes (nsubj:pass, nsubj:xsubj); a subtype
 * (PL_NSUBJ_PASS) matches only itself. Relations not listed match nothing. */
typedef enum pl_rel {
    PL_ACL = 1,
    PL_ADVCL,
    PL_ADVMOD,
    PL_AMOD,
    PL_APPOS,
    PL_AUX,
    PL_CASE,
    PL_CC,
    PL_CCOMP,
    PL_COMPOUND,
    PL_CONJ,
    PL_COP,
    PL_CSUBJ,
    PL_DEP,
    PL_DET,
    PL_DISCOURSE,
    PL_EXPL,
    PL_FIXED,
    PL_FLAT,
    PL_GOESWITH,
    PL_LIST,
    PL_MARK,
    PL_NMOD,
    PL_NSUBJ,
    PL_NUMMOD,
    PL_OBJ,
    PL_OBL,
    PL_PARATAXIS,
    PL_PUNCT,
    PL_REPARANDUM,
    PL_VOCATIVE,
    PL_XCOMP,
    /* subtypes */
    PL_ACL_RELCL,
    PL_AUX_PASS,
    PL_COMPOUND_PRT,
    PL_NMOD_DESC,
    PL_NMOD_POSS,
    PL_NSUBJ_PASS,
    PL_OBL_AGENT,
    PL_REL_END
} pl_rel;
_Static_assert(PL_REL_END <= 64, "a token's relations fit one 64-bit set");

/* A set of relations, for tests against several at once. */
#define PL_RELS(r) ((uint64_t)1 << (r))

typedef struct pl_tree {
    const pl_sentence *s;
    int *child;     /* children of all tokens, grouped by head, in token order */
    int *child_at;  /* child_at[i] .. child_at[i+1]: children of token i */
    int *lo, *hi;   /* leftmost / rightmost token of each token's subtree */
    uint64_t *rels; /* per token: PL_RELS of its relation and of its base */
    int root;       /* index of the root token, -1 for an empty sentence */
} pl_tree;

void pl_tree_build(pl_tree *t, const pl_sentence *s, pl_arena *a);

/* Is token i's relation r, or has it base r ("obl:agent" is PL_OBL)? */
static inline int pl_is(const pl_tree *t, int i, pl_rel r)
{
    return (t->rels[i] & PL_RELS(r)) != 0;
}

/* Is token i's relation (or its base) one of the set `rels`? */
static inline int pl_is_any(const pl_tree *t, int i, uint64_t rels)
{
    return (t->rels[i] & rels) != 0;
}

/* First child of head with relation r (base match as in pl_is), or -1. */
int pl_child_with(const pl_tree *t, int head, pl_rel r);
/* Is token i inside the subtree of token top? */
int pl_dominates(const pl_tree *t, int top, int i);

#define PL_FOR_CHILDREN(t, h, c)          \
    for (int c##_k = (t)->child_at[h], c; \
         c##_k < (t)->child_at[(h) + 1] && ((c) = (t)->child[c##_k], 1); c##_k++)

#endif
