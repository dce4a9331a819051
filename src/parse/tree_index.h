/*
 * tree_index.h - navigation over a pl_sentence's dependency tree: children
 * in order, relation tests, subtree bounds. Built once per sentence in the
 * sentence's arena, read by the recogniser and the coder.
 *
 * Must not: change the tree.
 */
#ifndef PETREL_TREE_INDEX_H
#define PETREL_TREE_INDEX_H

#include "../util/arena.h"
#include "sentence.h"

typedef struct pl_tree {
    const pl_sentence *s;
    int *child;        /* children of all tokens, grouped by head, in token order */
    int *child_at;     /* child_at[i] .. child_at[i+1]: children of token i */
    int *lo, *hi;      /* leftmost / rightmost token of each token's subtree */
    int root;          /* index of the root token, -1 for an empty sentence */
} pl_tree;

void pl_tree_build(pl_tree *t, const pl_sentence *s, pl_arena *a);

/* Does token i's relation equal rel, or have rel as its base ("obl" matches "obl:agent")? */
int pl_rel_is(const pl_sentence *s, int i, const char *rel);
/* First child of head with relation rel (base match as above), or -1. */
int pl_child_with(const pl_tree *t, int head, const char *rel);
/* Is token i inside the subtree of token top? */
int pl_dominates(const pl_tree *t, int top, int i);

#define PL_FOR_CHILDREN(t, h, c)                                                          \
    for (int c##_k = (t)->child_at[h], c; c##_k < (t)->child_at[(h) + 1] && ((c) = (t)->child[c##_k], 1); \
         c##_k++)

#endif
