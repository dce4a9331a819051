/*
 * ptb.c - reads one Penn Treebank bracketed parse ("(ROOT (S (NP (NNP Arnor))
 * ...)))") into a flat pl_ctree in the caller's arena.
 *
 * Two linear passes: the first checks the brackets and counts nodes and
 * bytes, so the second can build the tree with three allocations and no
 * reallocation. Nodes come out in preorder; -NONE- words are kept but get
 * no token index.
 *
 * Must not: recurse (parses can nest deeply), allocate outside the arena,
 * change the case of words or labels, or decide heads (that is ptb2ud.c).
 */
#include "ptb.h"

#include <limits.h>
#include <string.h>

/* 1: whitespace, 2: bracket. A table, because this test runs per byte. */
static const unsigned char char_class[256] = {
    [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1, ['\v'] = 1, ['('] = 2, [')'] = 2,
};

static int is_space(char c)
{
    return char_class[(unsigned char)c] == 1;
}

static int is_delim(char c)
{
    return char_class[(unsigned char)c] != 0;
}

/* Length of the label or word starting at s[i]. */
static size_t atom_len(const char *s, size_t i, size_t len)
{
    size_t j = i;
    while (j < len && !is_delim(s[j]))
        j++;
    return j - i;
}

static long line_at(const char *s, size_t pos, long first_line)
{
    if (first_line <= 0)
        return first_line;
    long line = first_line;
    for (size_t i = 0; i < pos; i++)
        line += s[i] == '\n';
    return line;
}

/* What pass 1 learns: sizes for pass 2, or where and why the text is bad. */
typedef struct ptb_scan {
    size_t opens, words, bytes;   /* bytes: atoms plus one NUL each */
    pl_ptb_status status;
    size_t bad_at;                /* offset of the offending character */
    const char *why;
    long unclosed;
} ptb_scan;

static void scan_fail(ptb_scan *sc, pl_ptb_status st, size_t at, const char *why)
{
    sc->status = st;
    sc->bad_at = at;
    sc->why = why;
}

/* More ')' than '(' overall: a stray ')' closed the tree early. */
static int more_closes(const char *s, size_t len)
{
    long d = 0;
    for (size_t i = 0; i < len; i++)
        d += (s[i] == '(') - (s[i] == ')');
    return d < 0;
}

/* Pass 1: balance and shape checks. A tree is one bracketed element, then
 * only whitespace; words need an open bracket around them. */
static void scan(const char *s, size_t len, ptb_scan *sc)
{
    memset(sc, 0, sizeof *sc);
    long depth = 0;
    int closed = 0;   /* the top-level element has ended */
    size_t i = 0, closed_at = 0;
    while (i < len) {
        char c = s[i];
        if (is_space(c)) {
            i++;
        } else if (c == ')') {
            if (depth == 0) {
                scan_fail(sc, PTB_UNBALANCED, i, "')' without a matching '('");
                return;
            }
            closed = --depth == 0;
            closed_at = i++;
        } else if (closed) {
            if (more_closes(s, len))
                scan_fail(sc, PTB_UNBALANCED, closed_at, "more ')' than '(': the tree ends here");
            else
                scan_fail(sc, PTB_MALFORMED, i, "text after the end of the tree");
            return;
        } else if (c == '(') {
            size_t n = atom_len(s, i + 1, len);
            sc->opens++;
            sc->bytes += n + 1;
            depth++;
            i += 1 + n;
        } else {
            size_t n = atom_len(s, i, len);
            if (depth == 0) {
                scan_fail(sc, PTB_MALFORMED, i, "word outside brackets");
                return;
            }
            sc->words++;
            sc->bytes += n + 1;
            i += n;
        }
    }
    if (sc->opens == 0)
        scan_fail(sc, PTB_EMPTY, 0, "empty parse");
    else if (depth > 0) {
        scan_fail(sc, PTB_UNBALANCED, len, "'(' not closed");
        sc->unclosed = depth;
    }
}

/* PTB escapes for brackets; everything else is kept as written. */
static const char *unescape_word(const char *w, size_t n)
{
    static const char *const esc[][2] = {
        {"-LRB-", "("}, {"-RRB-", ")"}, {"-LCB-", "{"},
        {"-RCB-", "}"}, {"-LSB-", "["}, {"-RSB-", "]"},
    };
    if (n != 5 || w[0] != '-')
        return NULL;
    for (size_t k = 0; k < sizeof esc / sizeof esc[0]; k++)
        if (memcmp(w, esc[k][0], 5) == 0)
            return esc[k][1];
    return NULL;
}

/* Pass 2 state: the tree being built plus each node's last child, so that
 * appending a child is O(1). */
typedef struct ptb_build {
    pl_ctree *t;
    int *last;
    char *str;       /* string pool cursor */
    int ntok;
} ptb_build;

static const char *pool_add(ptb_build *b, const char *s, size_t n)
{
    char *d = b->str;
    memcpy(d, s, n);
    d[n] = '\0';
    b->str += n + 1;
    return d;
}

static int add_node(ptb_build *b, const char *label, int parent)
{
    pl_ctree *t = b->t;
    int id = t->n++;
    t->node[id] = (pl_cnode){label, NULL, parent, -1, -1, -1};
    b->last[id] = -1;
    if (parent >= 0) {
        if (b->last[parent] < 0)
            t->node[parent].first_child = id;
        else
            t->node[b->last[parent]].next_sibling = id;
        b->last[parent] = id;
    }
    return id;
}

/* A node that held one word gets a second child: its word moves into a
 * child node of the same label, so every word sits in a leaf. Done at once,
 * before anything else is created, which keeps the preorder. */
static void demote_word(ptb_build *b, int id)
{
    pl_cnode *p = &b->t->node[id];
    const char *w = p->word, *label = p->label;
    int token = p->token;
    p->word = NULL;
    p->token = -1;
    int c = add_node(b, label, id);
    b->t->node[c].word = w;
    b->t->node[c].token = token;
}

static void add_word(ptb_build *b, int cur, const char *w)
{
    pl_cnode *p = &b->t->node[cur];
    if (p->word)
        demote_word(b, cur);
    int id = cur;
    if (b->t->node[cur].first_child >= 0)
        id = add_node(b, b->t->node[cur].label, cur);
    pl_cnode *leaf = &b->t->node[id];
    leaf->word = w;
    int none = leaf->label[0] == '-' && strcmp(leaf->label, "-NONE-") == 0;
    leaf->token = none ? -1 : b->ntok++;
}

static void build(const char *s, size_t len, ptb_build *b)
{
    int cur = -1;
    size_t i = 0;
    while (i < len) {
        char c = s[i];
        if (is_space(c)) {
            i++;
        } else if (c == ')') {
            cur = b->t->node[cur].parent;
            i++;
            if (cur < 0)
                return;
        } else if (c == '(') {
            size_t n = atom_len(s, i + 1, len);
            const char *label = pool_add(b, s + i + 1, n);
            if (cur >= 0 && b->t->node[cur].word)
                demote_word(b, cur);
            cur = add_node(b, label, cur);
            i += 1 + n;
        } else {
            size_t n = atom_len(s, i, len);
            const char *m = unescape_word(s + i, n);
            add_word(b, cur, m ? pool_add(b, m, strlen(m)) : pool_add(b, s + i, n));
            i += n;
        }
    }
}

pl_ptb_status pl_ptb_read(const char *text, size_t len, pl_arena *a, pl_ctree *out,
                          pl_diag *d, const char *where_file, long where_line)
{
    out->node = NULL;
    out->n = out->ntokens = 0;
    ptb_scan sc;
    scan(text, len, &sc);
    if (sc.status == PTB_UNBALANCED && sc.unclosed > 0) {
        pl_diag_report(d, where_file, line_at(text, sc.bad_at, where_line),
                       "unbalanced parse: %ld '(' not closed", sc.unclosed);
        return sc.status;
    }
    if (sc.status != PTB_OK) {
        if (sc.status != PTB_EMPTY)
            pl_diag_report(d, where_file, line_at(text, sc.bad_at, where_line), "%s parse: %s",
                           sc.status == PTB_UNBALANCED ? "unbalanced" : "bad", sc.why);
        return sc.status;
    }
    /* Demoted words add at most one node per word. */
    size_t cap = sc.opens + sc.words;
    if (cap > (size_t)INT_MAX / 2) {
        pl_diag_report(d, where_file, where_line, "bad parse: too large");
        return PTB_MALFORMED;
    }
    pl_ctree t = {pl_arena_alloc(a, cap * sizeof(pl_cnode)), 0, 0};
    ptb_build b = {&t, pl_arena_alloc(a, cap * sizeof(int)), pl_arena_alloc(a, sc.bytes + 1), 0};
    build(text, len, &b);
    t.ntokens = b.ntok;
    *out = t;
    return PTB_OK;
}

int pl_ptb_is_dateline(const pl_ctree *t)
{
    if (!t || t->n == 0)
        return 0;
    int ne = t->node[0].first_child;
    if (ne < 0 || strcmp(t->node[ne].label, "NE") != 0)
        return 0;
    int nec = t->node[ne].first_child;
    return nec >= 0 && strcmp(t->node[nec].label, "NEC") == 0;
}
