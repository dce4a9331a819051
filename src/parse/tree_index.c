/*
 * tree_index.c - children lists, subtree bounds and relation sets for a
 * dependency tree (see tree_index.h). Linear time: a counting sort of
 * tokens by head, and one table search per token for its relation.
 */
#include "tree_index.h"

#include <string.h>

/* Relation names with their pl_rel and base, grouped by first letter, the
 * frequent ones first in each group: a token's relation is then found
 * among a few names, most rejected on their first two letters. Relations
 * petrel does not test but parsers often give (root, obl:tmod) are listed
 * with no relation of their own (0), so that the search ends early and
 * finds a subtype's base at once. */
typedef struct rel_name {
    const char *name;
    pl_rel rel, base; /* 0: not tested */
} rel_name;

static const rel_name rels_a[] = {
    {"amod", PL_AMOD, PL_AMOD},    {"advmod", PL_ADVMOD, PL_ADVMOD},
    {"aux", PL_AUX, PL_AUX},       {"acl", PL_ACL, PL_ACL},
    {"advcl", PL_ADVCL, PL_ADVCL}, {"acl:relcl", PL_ACL_RELCL, PL_ACL},
    {"appos", PL_APPOS, PL_APPOS}, {"aux:pass", PL_AUX_PASS, PL_AUX},
};
static const rel_name rels_c[] = {
    {"case", PL_CASE, PL_CASE},
    {"compound", PL_COMPOUND, PL_COMPOUND},
    {"conj", PL_CONJ, PL_CONJ},
    {"cc", PL_CC, PL_CC},
    {"ccomp", PL_CCOMP, PL_CCOMP},
    {"cop", PL_COP, PL_COP},
    {"compound:prt", PL_COMPOUND_PRT, PL_COMPOUND},
    {"cc:preconj", 0, PL_CC},
    {"csubj", PL_CSUBJ, PL_CSUBJ},
    {"csubj:pass", 0, PL_CSUBJ},
};
static const rel_name rels_d[] = {
    {"det", PL_DET, PL_DET},
    {"dep", PL_DEP, PL_DEP},
    {"det:predet", 0, PL_DET},
    {"discourse", PL_DISCOURSE, PL_DISCOURSE},
};
static const rel_name rels_e[] = {{"expl", PL_EXPL, PL_EXPL}};
static const rel_name rels_f[] = {{"flat", PL_FLAT, PL_FLAT}, {"fixed", PL_FIXED, PL_FIXED}};
static const rel_name rels_g[] = {{"goeswith", PL_GOESWITH, PL_GOESWITH}};
static const rel_name rels_i[] = {{"iobj", 0, 0}};
static const rel_name rels_l[] = {{"list", PL_LIST, PL_LIST}};
static const rel_name rels_m[] = {{"mark", PL_MARK, PL_MARK}};
static const rel_name rels_n[] = {
    {"nmod", PL_NMOD, PL_NMOD},
    {"nsubj", PL_NSUBJ, PL_NSUBJ},
    {"nummod", PL_NUMMOD, PL_NUMMOD},
    {"nmod:poss", PL_NMOD_POSS, PL_NMOD},
    {"nsubj:pass", PL_NSUBJ_PASS, PL_NSUBJ},
    {"nmod:tmod", 0, PL_NMOD},
    {"nmod:desc", PL_NMOD_DESC, PL_NMOD},
};
static const rel_name rels_o[] = {
    {"obl", PL_OBL, PL_OBL},  {"obj", PL_OBJ, PL_OBJ},
    {"obl:tmod", 0, PL_OBL},  {"obl:agent", PL_OBL_AGENT, PL_OBL},
    {"obl:npmod", 0, PL_OBL},
};
static const rel_name rels_p[] = {{"punct", PL_PUNCT, PL_PUNCT},
                                  {"parataxis", PL_PARATAXIS, PL_PARATAXIS}};
static const rel_name rels_r[] = {{"root", 0, 0}, {"reparandum", PL_REPARANDUM, PL_REPARANDUM}};
static const rel_name rels_v[] = {{"vocative", PL_VOCATIVE, PL_VOCATIVE}};
static const rel_name rels_x[] = {{"xcomp", PL_XCOMP, PL_XCOMP}};

typedef struct rel_group {
    const rel_name *v;
    int n;
} rel_group;

#define GROUP(letter, v) [(letter) - 'a'] = {v, (int)(sizeof v / sizeof v[0])}
static const rel_group by_letter[26] = {
    GROUP('a', rels_a), GROUP('c', rels_c), GROUP('d', rels_d), GROUP('e', rels_e),
    GROUP('f', rels_f), GROUP('g', rels_g), GROUP('i', rels_i), GROUP('l', rels_l),
    GROUP('m', rels_m), GROUP('n', rels_n), GROUP('o', rels_o), GROUP('p', rels_p),
    GROUP('r', rels_r), GROUP('v', rels_v), GROUP('x', rels_x),
};
#undef GROUP

static const rel_name *find_rel(const char *name)
{
    if (name[0] < 'a' || name[0] > 'z')
        return NULL;
    const rel_group *g = &by_letter[name[0] - 'a'];
    for (int i = 0; i < g->n; i++)
        if (g->v[i].name[1] == name[1] && strcmp(g->v[i].name, name) == 0)
            return &g->v[i];
    return NULL;
}

static uint64_t rel_set(const rel_name *r)
{
    return (r->rel ? PL_RELS(r->rel) : 0) | (r->base ? PL_RELS(r->base) : 0);
}

/* The set of a relation as written: its own entry, else (an unlisted
 * subtype, "nsubj:outer") the entry of its base. */
static uint64_t rels_of(const char *deprel)
{
    const rel_name *r = find_rel(deprel);
    if (r)
        return rel_set(r);
    const char *colon = strchr(deprel, ':');
    char base[sizeof((pl_token *)0)->deprel];
    size_t n = colon ? (size_t)(colon - deprel) : 0;
    if (n == 0 || n >= sizeof base)
        return 0;
    memcpy(base, deprel, n);
    base[n] = '\0';
    r = find_rel(base);
    return r && r->base ? PL_RELS(r->base) : 0;
}

/* Fold bounds to a fixpoint in passes over all tokens: right for any head
 * structure, cycles included, but one pass per level of depth. */
static void bounds_by_passes(pl_tree *t, int n)
{
    const pl_sentence *s = t->s;
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

/* Subtree bounds. A tree is walked breadth-first from its roots with the
 * children lists and folded into heads in the reverse order, children
 * before heads, in one pass; heads that form a cycle leave tokens
 * unreached, and then the passes above give the same bounds the slow way. */
static void subtree_bounds(pl_tree *t, int n, pl_arena *a)
{
    const pl_sentence *s = t->s;
    int *order = pl_arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
    int nord = 0;
    for (int i = 0; i < n; i++) {
        t->lo[i] = t->hi[i] = i;
        if (s->tok[i].head < 0 || s->tok[i].head >= n)
            order[nord++] = i;
    }
    for (int q = 0; q < nord; q++)
        PL_FOR_CHILDREN(t, order[q], ch)
        {
            order[nord++] = ch;
        }
    if (nord < n) {
        bounds_by_passes(t, n);
        return;
    }
    for (int q = n - 1; q >= 0; q--) {
        int i = order[q], h = s->tok[i].head;
        if (h < 0 || h >= n)
            continue;
        if (t->lo[i] < t->lo[h])
            t->lo[h] = t->lo[i];
        if (t->hi[i] > t->hi[h])
            t->hi[h] = t->hi[i];
    }
}

void pl_tree_build(pl_tree *t, const pl_sentence *s, pl_arena *a)
{
    int n = s->n;
    t->s = s;
    t->root = -1;
    t->child = pl_arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
    t->child_at = pl_arena_zalloc(a, sizeof(int) * (size_t)(n + 2));
    t->lo = pl_arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
    t->hi = pl_arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
    t->rels = pl_arena_alloc(a, sizeof(uint64_t) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        t->rels[i] = rels_of(s->tok[i].deprel);
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
    subtree_bounds(t, n, a);
}

int pl_child_with(const pl_tree *t, int head, pl_rel r)
{
    PL_FOR_CHILDREN(t, head, c)
    {
        if (pl_is(t, c, r))
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
