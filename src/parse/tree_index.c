/*
 * tree_index.c - children lists and subtree bounds for a dependency tree
 * (see tree_index.h). Linear time: a counting sort of tokens by head.
 */
#include "tree_index.h"

#include <string.h>

void pl_tree_build(pl_tree *t, const pl_sentence *s, pl_arena *a)
{
    int n = s->n;
    t->s = s;
    t->root = -1;
    t->child = pl_arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
    t->child_at = pl_arena_zalloc(a, sizeof(int) * (size_t)(n + 2));
    t->lo = pl_arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
    t->hi = pl_arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        int h = s->tok[i].head;
        if (h < 0 || h >= n) {
            if (t->root < 0)
                t->root = i;
            continue;
        }
        t->child_at[h + 2]++;
    }
    for (int i = 0; i < n; i++)
        t->child_at[i + 2] += t->child_at[i + 1];
    for (int i = 0; i < n; i++) {
        int h = s->tok[i].head;
        if (h >= 0 && h < n)
            t->child[t->child_at[h + 1]++] = i;
    }
    /* Subtree bounds: tokens are visited right to left so that a child's
     * bounds are final before they are folded into its head... which holds
     * only for projective heads to the right; so iterate to a fixpoint that
     * is reached in depth passes at most (trees are shallow in practice). */
    for (int i = 0; i < n; i++)
        t->lo[i] = t->hi[i] = i;
    for (int changed = 1, pass = 0; changed && pass < n; pass++) {
        changed = 0;
        for (int i = 0; i < n; i++) {
            int h = s->tok[i].head;
            if (h < 0 || h >= n)
                continue;
            if (t->lo[i] < t->lo[h]) {
                t->lo[h] = t->lo[i];
                changed = 1;
            }
            if (t->hi[i] > t->hi[h]) {
                t->hi[h] = t->hi[i];
                changed = 1;
            }
        }
    }
}

int pl_rel_is(const pl_sentence *s, int i, const char *rel)
{
    const char *r = s->tok[i].deprel;
    if (r[0] != rel[0])   /* most tests fail here, without a string compare */
        return 0;
    size_t n = strlen(rel);
    return strncmp(r, rel, n) == 0 && (r[n] == '\0' || (r[n] == ':' && !strchr(rel, ':')));
}

int pl_child_with(const pl_tree *t, int head, const char *rel)
{
    PL_FOR_CHILDREN(t, head, c)
    {
        if (pl_rel_is(t->s, c, rel))
            return c;
    }
    return -1;
}

int pl_dominates(const pl_tree *t, int top, int i)
{
    for (int steps = 0; i >= 0 && steps <= t->s->n; steps++) {
        if (i == top)
            return 1;
        i = t->s->tok[i].head;
    }
    return 0;
}
