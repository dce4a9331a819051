/*
 * punct.c - re-attach punctuation after parsing (see punct.h).
 *
 * Heads are read and changed in place (tok[i].head, -1 for the root). Only
 * leaves tagged PUNCT with the relation punct move, and only to another
 * word, so no cycle can appear. Subtree spans are recomputed on demand: a
 * moved mark changes the spans of its old and new ancestors, and sentences
 * are short enough for the quadratic walk to cost nothing next to parsing.
 */
#include "punct.h"

#include <string.h>

#include "wordhash.h"

enum {
    OPENING = 1,
    CLOSING = 2
};

typedef struct tree {
    pl_token *tok;
    int n;
    unsigned char *has_child;
    unsigned char *paired; /* OPENING or CLOSING: a quote or bracket placed with its pair */
} tree;

static const char *form_of(const tree *t, int i)
{
    return pl_token_analysis(&t->tok[i]);
}

static int is_punct(const tree *t, int i)
{
    return !strcmp(t->tok[i].upos, "PUNCT");
}

static int movable(const tree *t, int i)
{
    return is_punct(t, i) && !strcmp(t->tok[i].deprel, "punct") && t->tok[i].head >= 0 &&
           !t->has_child[i];
}

/* The closing mark for an opening one, or NULL. */
static const char *closing_of(const char *form)
{
    static const char *const pairs[][2] = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"\"", "\""}};
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (!strcmp(form, pairs[k][0]))
            return pairs[k][1];
    return NULL;
}

static int descends_from(const tree *t, int d, int a)
{
    for (int steps = 0; d >= 0 && steps <= t->n; steps++, d = t->tok[d].head)
        if (d == a)
            return 1;
    return 0;
}

/* First (last: 0) word of the subtree of `a`. */
static int span_edge(const tree *t, int a, int first)
{
    int edge = a;
    for (int i = 0; i < t->n; i++)
        if ((first ? i < edge : i > edge) && descends_from(t, i, a))
            edge = i;
    return edge;
}

/* Quotes and brackets: the opening mark hangs from the first word inside
 * whose head is outside the pair, the closing one from the last. */
static void attach_pair(tree *t, int open, int close)
{
    int first = -1, last = -1;
    for (int i = open + 1; i < close; i++) {
        int h = t->tok[i].head;
        if (!is_punct(t, i) && (h < open || h > close)) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0 || !movable(t, open) || !movable(t, close))
        return;
    t->tok[open].head = first;
    t->tok[close].head = last;
    t->paired[open] = OPENING;
    t->paired[close] = CLOSING;
}

static void attach_pairs(tree *t)
{
    for (int open = 0; open < t->n; open++) {
        const char *close_form = is_punct(t, open) ? closing_of(form_of(t, open)) : NULL;
        if (!close_form || t->paired[open])
            continue;
        const char *open_form = form_of(t, open);
        for (int i = open + 1, depth = 0; i < t->n; i++) {
            if (!strcmp(form_of(t, i), close_form)) {
                if (depth-- == 0) {
                    attach_pair(t, open, i);
                    break;
                }
            } else if (!strcmp(form_of(t, i), open_form)) {
                depth++;
            }
        }
    }
}

/* The nearest word that is not punctuation from p in direction dir, or -1;
 * the opening (looking left) or closing (right) mark of a placed pair ends
 * the search: p is outside that pair. */
static int neighbour(const tree *t, int p, int dir)
{
    int edge = dir < 0 ? OPENING : CLOSING;
    for (int i = p + dir; i >= 0 && i < t->n; i += dir) {
        if (!is_punct(t, i))
            return i;
        if (t->paired[i] == edge && t->tok[i].head != p)
            return -1;
    }
    return -1;
}

/* Climbs from c while its head stays on the same side of p and its subtree
 * does not reach over p; returns the highest word reached, recording the
 * path in path[] (its length in *len). */
static int climb(const tree *t, int p, int c, int dir, int *path, int *len)
{
    path[(*len)++] = c;
    for (;;) {
        int h = t->tok[c].head;
        if (h < 0 || (dir < 0 ? h > p : h < p))
            return c;
        if (dir < 0 ? span_edge(t, c, 0) > p : span_edge(t, c, 1) < p)
            return c;
        c = h;
        path[(*len)++] = c;
    }
}

static int on_path(const int *path, int len, int w)
{
    for (int k = 0; k < len; k++)
        if (path[k] == w)
            return 1;
    return 0;
}

static int is_final_mark(const char *form)
{
    return !strcmp(form, ".") || !strcmp(form, "?") || !strcmp(form, "!");
}

static void attach_mark(tree *t, int p, int *path)
{
    int len = 0, left = neighbour(t, p, -1);
    int right = is_final_mark(form_of(t, p)) ? -1 : neighbour(t, p, 1);
    int lc = left >= 0 ? climb(t, p, left, -1, path, &len) : -1;
    int rc = right >= 0 ? climb(t, p, right, 1, path, &len) : -1;
    int cand = lc >= 0 && rc >= 0 && descends_from(t, rc, lc) ? rc : lc >= 0 ? lc : rc;
    if (cand >= 0 && !on_path(path, len, t->tok[p].head))
        t->tok[p].head = cand;
}

void pl_attach_punct(pl_sentence *s, pl_arena *a)
{
    int n = s->n;
    tree t = {s->tok, n, pl_arena_zalloc(a, (size_t)n + 1), pl_arena_zalloc(a, (size_t)n + 1)};
    for (int i = 0; i < n; i++)
        if (s->tok[i].head >= 0)
            t.has_child[s->tok[i].head] = 1;
    attach_pairs(&t);
    int *path = pl_arena_alloc(a, (size_t)(2 * n + 2) * sizeof *path);
    for (int p = 0; p < n; p++)
        if (movable(&t, p) && !t.paired[p])
            attach_mark(&t, p, path);
}
