/*
 * ptb.c - reads one Penn Treebank bracketed parse ("(ROOT (S (NP (NNP Arnor))
 * ...)))") into a flat pl_ctree in the caller's arena.
 *
 * One pass builds the tree: the node array is sized from the text's length
 * (and doubled in the rare parse that needs more) and the string pool is
 * bounded by it. Nodes come out in preorder; -NONE- words are kept but get
 * no token index. Bad text is rare, so when the build pass finds a problem,
 * a separate checking pass (scan) works out what and where it is for the
 * diagnostic.
 *
 * Must not: recurse (parses can nest deeply), allocate outside the arena,
 * change the case of words or labels, or decide heads (that is ptb2ud.c).
 */
#include "ptb.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

/* A table, because this test runs per byte; 0 (C_ATOM) is a byte of a
 * label or word. */
enum { C_ATOM, C_SPACE, C_OPEN, C_CLOSE };
static const unsigned char char_class[256] = {
    [' '] = C_SPACE, ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\r'] = C_SPACE,
    ['\f'] = C_SPACE, ['\v'] = C_SPACE, ['('] = C_OPEN,   [')'] = C_CLOSE,
};

static int is_space(char c)
{
    return char_class[(unsigned char)c] == C_SPACE;
}

static int is_delim(char c)
{
    return char_class[(unsigned char)c] != C_ATOM;
}

/* Length of the label or word starting at s[i]. */
static size_t atom_len(const char *s, size_t i, size_t len)
{
    size_t j = i;
    while (j < len && !is_delim(s[j]))
        j++;
    return j - i;
}

static uint64_t load64(const char *s)
{
    uint64_t x;
    memcpy(&x, s, sizeof x);
    return x;
}

/* CoreNLP indents its parses, so runs of blanks are long: eight at a time. */
static size_t skip_space(const char *s, size_t i, size_t len)
{
    const uint64_t blanks = 0x2020202020202020u;
    for (;;) {
        if (i + 8 <= len && load64(s + i) == blanks)
            i += 8;
        else if (i < len && is_space(s[i]))
            i++;
        else
            return i;
    }
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

/* What the checking pass learns: sizes, or where and why the text is bad. */
typedef struct ptb_scan {
    size_t opens, words;
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

/* The checking pass: balance and shape. A tree is one bracketed element,
 * then only whitespace; words need an open bracket around them. build()
 * fails on exactly the texts this rejects. */
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
            sc->opens++;
            depth++;
            i += 1 + atom_len(s, i + 1, len);
        } else {
            if (depth == 0) {
                scan_fail(sc, PTB_MALFORMED, i, "word outside brackets");
                return;
            }
            sc->words++;
            i += atom_len(s, i, len);
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

/* Build state: the tree so far, the open node and its last child (so that
 * appending a child is O(1) without a per-node array). */
typedef struct ptb_build {
    pl_ctree *t;
    pl_arena *a;
    int cap;         /* nodes allocated */
    int cur, prev;   /* open node (-1: none yet or closed), its last child (-1) */
    int has_word;    /* the open node holds a word itself */
    char *str;       /* string pool cursor */
    int ntok;
} ptb_build;

/* Copies the label or word at s[i] into the pool while finding its end
 * (one pass over its bytes); returns the end. */
static size_t take_atom(ptb_build *b, const char *s, size_t i, size_t len)
{
    char *d = b->str;
    for (; i < len; i++) {
        char ch = s[i];   /* loaded once: the store to d might alias s */
        if (is_delim(ch))
            break;
        *d++ = ch;
    }
    *d++ = '\0';
    b->str = d;
    return i;
}

/* The word just taken into the pool at w, with the escape replaced by its
 * bracket. */
static void unescape_taken(ptb_build *b, char *w)
{
    const char *m = unescape_word(w, (size_t)(b->str - w) - 1);
    if (m) {
        w[0] = m[0];
        w[1] = '\0';
        b->str = w + 2;
    }
}

/* The estimate of pl_ptb_read was short: double the array. */
static void grow(ptb_build *b)
{
    pl_cnode *node = pl_arena_alloc(b->a, (size_t)b->cap * 2 * sizeof *node);
    memcpy(node, b->t->node, (size_t)b->t->n * sizeof *node);
    b->t->node = node;
    b->cap *= 2;
}

/* A new last child of the open node (or the root); it does not become the
 * open node. Inline: it runs for every node. */
static inline int add_node(ptb_build *b, const char *label)
{
    pl_ctree *t = b->t;
    if (t->n == b->cap)
        grow(b);
    int id = t->n++, parent = b->cur;
    t->node[id] = (pl_cnode){label, NULL, parent, -1, -1, -1};
    if (b->prev >= 0)
        t->node[b->prev].next_sibling = id;
    else if (parent >= 0)
        t->node[parent].first_child = id;
    b->prev = id;
    return id;
}

/* The open node held one word and gets a second child: its word moves into
 * a child node of the same label, so every word sits in a leaf. Done at
 * once, before anything else is created, which keeps the preorder. */
static void demote_word(ptb_build *b)
{
    pl_cnode *p = &b->t->node[b->cur];
    const char *w = p->word;
    int token = p->token;
    p->word = NULL;
    p->token = -1;
    b->has_word = 0;
    int c = add_node(b, b->t->node[b->cur].label);
    b->t->node[c].word = w;
    b->t->node[c].token = token;
}

static void add_word(ptb_build *b, const char *w)
{
    if (b->has_word)
        demote_word(b);
    int id = b->cur;
    if (b->prev >= 0)   /* it has children: the word gets a leaf of its own */
        id = add_node(b, b->t->node[id].label);
    else
        b->has_word = 1;
    pl_cnode *leaf = &b->t->node[id];
    leaf->word = w;
    int none = leaf->label[0] == '-' && strcmp(leaf->label, "-NONE-") == 0;
    leaf->token = none ? -1 : b->ntok++;
}

static void open_node(ptb_build *b, const char *label)
{
    if (b->has_word)
        demote_word(b);
    b->cur = add_node(b, label);
    b->prev = -1;
}

/* The closed node becomes its parent's last child; the parent holds no
 * word (opening the child demoted it). */
static void close_node(ptb_build *b)
{
    b->prev = b->cur;
    b->cur = b->t->node[b->cur].parent;
    b->has_word = 0;
}

/* 0, or -1 at the first thing scan() would reject (the caller then asks
 * scan() what it is): a ')' too many, text after the tree, a word outside
 * brackets, no tree at all, a '(' not closed. */
static int build(const char *s, size_t len, ptb_build *b)
{
    size_t i = 0;
    int closed = 0;
    while (i < len) {
        switch (char_class[(unsigned char)s[i]]) {
        case C_SPACE:
            i = skip_space(s, i + 1, len);
            break;
        case C_CLOSE:
            if (b->cur < 0)
                return -1;
            close_node(b);
            closed = b->cur < 0;
            i++;
            break;
        case C_OPEN: {
            if (closed)
                return -1;
            const char *label = b->str;
            i = take_atom(b, s, i + 1, len);
            open_node(b, label);
            break;
        }
        default: {
            if (b->cur < 0)   /* also after the tree closed */
                return -1;
            char *w = b->str;
            i = take_atom(b, s, i, len);
            unescape_taken(b, w);
            add_word(b, w);
        }
        }
    }
    return closed ? 0 : -1;
}

/* Reports what scan() finds wrong with the text, or that it is too large;
 * returns the status (PTB_OK when neither). */
static pl_ptb_status report_bad(const char *text, size_t len, pl_diag *d, const char *where_file,
                                long where_line)
{
    ptb_scan sc;
    scan(text, len, &sc);
    if (sc.status == PTB_UNBALANCED && sc.unclosed > 0)
        pl_diag_report(d, where_file, line_at(text, sc.bad_at, where_line),
                       "unbalanced parse: %ld '(' not closed", sc.unclosed);
    else if (sc.status != PTB_OK && sc.status != PTB_EMPTY)
        pl_diag_report(d, where_file, line_at(text, sc.bad_at, where_line), "%s parse: %s",
                       sc.status == PTB_UNBALANCED ? "unbalanced" : "bad", sc.why);
    else if (sc.status == PTB_OK && sc.opens + sc.words > (size_t)INT_MAX / 2) {
        pl_diag_report(d, where_file, where_line, "bad parse: too large");
        return PTB_MALFORMED;
    }
    return sc.status;
}

pl_ptb_status pl_ptb_read(const char *text, size_t len, pl_arena *a, pl_ctree *out,
                          pl_diag *d, const char *where_file, long where_line)
{
    out->node = NULL;
    out->n = out->ntokens = 0;
    /* Node ids are ints: a text shorter than INT_MAX / 2 has fewer nodes
     * than that; a longer one is counted by scan() first. */
    if (len >= (size_t)INT_MAX / 2) {
        pl_ptb_status st = report_bad(text, len, d, where_file, where_line);
        if (st != PTB_OK)
            return st;
    }
    /* Parses take 8 to 15 bytes per node (CoreNLP's indented ones more):
     * the estimate fits nearly all, the others grow the array. The pool
     * needs no more than len: each label or word and its NUL take no more
     * bytes than it has in the text with the byte before it ('(' before a
     * label, a blank or ')' before a word). */
    size_t est = len / 6 + 16;
    int cap = est < (size_t)INT_MAX / 2 ? (int)est : INT_MAX / 2;
    pl_ctree t = {pl_arena_alloc(a, (size_t)cap * sizeof(pl_cnode)), 0, 0};
    ptb_build b = {&t, a, cap, -1, -1, 0, pl_arena_alloc(a, len + 1), 0};
    if (build(text, len, &b) != 0)
        return report_bad(text, len, d, where_file, where_line);
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
