/*
 * ptb2ud.c - converts a Penn Treebank constituency tree (ptb.h) into a UD
 * basic dependency tree (sentence.h).
 *
 * Heads come from Collins-style head rules changed for UD's content heads:
 * the main verb heads its VP (auxiliaries and modals hang off it), a copular
 * predicate heads the clause ("be" is cop), the object heads a PP (the
 * preposition is case), the clause heads an SBAR (the complementizer is
 * mark), the first conjunct heads a coordination. Each non-head kid's head
 * token then attaches to its phrase's head token with a relation chosen
 * from the phrase, the kid and the head kid.
 *
 * Linear passes over the nodes in an order with parents first (index order
 * for trees in preorder, as pl_ptb_read makes them, else breadth-first) or
 * its reverse, no recursion, all memory from the caller's arena (passes 3
 * and 4 live in ud_heads.c and ud_rels.c):
 *   0. order: that order and each node's kids;
 *   1. bottom-up: categories, empty elements (-NONE-) dropped, a summary
 *      of each phrase's kids;
 *   2. top-down: existential "there" marks the VPs it is the subject of;
 *   3. bottom-up: head kid, coordination, head token, first verb, passive,
 *      subject, complementizer of every phrase;
 *   4. top-down: attachments and relations (raising an object out of a
 *      small clause needs the parent's decision first);
 *   5. per token: form, norm, UPOS, XPOS, offsets; then a repair pass that
 *      guarantees one root and no cycle whatever the input.
 *
 * Must not: look at dictionaries, allocate outside the arena, recurse
 * (trees from untrusted input can be arbitrarily deep).
 */
#include "ptb2ud.h"

#include <string.h>

#include "ud_internal.h"

/* UD names of enum rel (ud_internal.h), in its order, each padded to the
 * size of pl_token.deprel so that naming a token's relation is one fixed
 * copy. */
static const char rel_name[][16] = {
    "dep", "root", "nsubj", "nsubj:pass", "obj", "iobj", "csubj", "csubj:pass", "ccomp",
    "xcomp", "advcl", "obl", "obl:agent", "obl:tmod", "obl:npmod", "nmod", "nmod:poss",
    "nmod:tmod", "amod", "advmod", "det", "det:predet", "nummod", "compound",
    "compound:prt", "case", "mark", "cc", "cc:preconj", "conj", "aux", "aux:pass", "cop",
    "punct", "acl", "acl:relcl", "appos", "expl", "parataxis", "discourse", "fixed", "dep",
};
_Static_assert(sizeof rel_name / sizeof rel_name[0] == R_DEP + 1, "rel_name matches enum rel");
_Static_assert(sizeof rel_name[0] == sizeof((pl_token *)0)->deprel, "rel_name fills deprel");

/* ---- passes 0-2 --------------------------------------------------------- */

/* Breadth-first order from node 0. A node reached twice or a child link out
 * of range ends that sibling list, so malformed trees cannot loop. Only
 * nodes reached get a parent. */
static void order_breadth_first(conv *c)
{
    const pl_ctree *t = c->t;
    unsigned char *seen = c->seen;
    int nk = 0;
    seen[0] = 1;
    c->nf[0].parent = -1;
    c->ord[0] = 0;
    c->nord = 1;
    for (int q = 0; q < c->nord; q++) {
        int i = c->ord[q];
        nfo *n = &c->nf[i];
        n->kid0 = nk;
        n->nkid = 0;
        if (t->node[i].word)
            continue;
        for (int ch = t->node[i].first_child; ch >= 0 && ch < t->n; ch = t->node[ch].next_sibling) {
            if (seen[ch])
                break;
            seen[ch] = 1;
            c->nf[ch].parent = i;
            c->kids[nk++] = ch;
            c->ord[c->nord++] = ch;
        }
        n->nkid = nk - n->kid0;
    }
}

/* Trees as pl_ptb_read makes them: every node's parent comes before it,
 * each child list holds exactly the nodes naming that parent, in index
 * order, word nodes have no children and tokens rise. The walk above would
 * then reach every node, with the same kids, and index order is as good an
 * order as breadth-first for the passes (parents before children; no two
 * leaves claim one token): checked here in one linear pass without chasing
 * the sibling links. link[p] is the field that must name p's next child
 * (its first_child, then its last child's next_sibling). 0 if the tree is
 * not like that. */
static int preorder_tree(conv *c)
{
    const pl_ctree *t = c->t;
    const int **link = c->link;
    int n = t->n, tok = t->node[0].word ? t->node[0].token : -1;
    for (int i = 0; i < n; i++) {
        link[i] = &t->node[i].first_child;
        c->nf[i].nkid = 0;
    }
    for (int i = 1; i < n; i++) {
        const pl_cnode *nd = &t->node[i];
        int p = nd->parent;
        if (p < 0 || p >= i || *link[p] != i || t->node[p].word)
            return 0;
        if (nd->word && nd->token >= 0) {
            if (nd->token <= tok)
                return 0;
            tok = nd->token;
        }
        link[p] = &nd->next_sibling;
        c->nf[p].nkid++;
        c->nf[i].parent = p;
    }
    for (int i = 0; i < n; i++)
        if (*link[i] != -1)
            return 0;
    return 1;
}

/* Pass 0: each node's kids and an order with parents first. */
static void order_nodes(conv *c)
{
    if (!preorder_tree(c)) {
        order_breadth_first(c);
        return;
    }
    int n = c->t->n, nk = 0;
    for (int i = 0; i < n; i++) {
        c->nf[i].kid0 = nk;
        nk += c->nf[i].nkid;
        c->nf[i].nkid = 0;
        c->ord[i] = i;
    }
    for (int i = 1; i < n; i++) {
        nfo *p = &c->nf[c->nf[i].parent];
        c->kids[p->kid0 + p->nkid++] = i;
    }
    c->nf[0].parent = -1;
    c->nord = n;
}

/* Tags are a few bytes: a loop beats a call to memcpy. */
static void copy_tag(char *dst, size_t cap, const char *src, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    for (size_t i = 0; i < n; i++)
        dst[i] = src[i];
    dst[n] = '\0';
}

/* Returns the length of the bare label (the XPOS of a leaf). */
static size_t init_node(conv *c, int i)
{
    const char *label = c->t->node[i].label ? c->t->node[i].label : "";
    nfo *n = &c->nf[i];
    unsigned ft = 0;
    size_t base = 0;
    n->cat = (unsigned char)pl_penn_category(label, &ft, &base);
    n->ft = (unsigned char)ft;
    n->flags = n->comp = n->rel = 0;
    n->head = n->htok = n->fverb = n->subj = n->compt = n->att = n->raise_to = -1;
    return base;
}

static void init_leaf(conv *c, int i, size_t base)
{
    nfo *n = &c->nf[i];
    int tk = c->t->node[i].token;
    n->flags |= N_LEAF;
    if (n->cat == PC_NONE || tk < 0 || tk >= c->ntok || c->tnode[tk] >= 0) {
        n->flags |= N_EMPTY;
        return;
    }
    c->tnode[tk] = i;
    c->tcat[tk] = n->cat;
    n->htok = tk;
    copy_tag(c->tok[tk].xpos, sizeof c->tok[tk].xpos, c->t->node[i].label, base);
    if (is_verbish_leaf(c, i))
        n->fverb = tk;
}

/* Keep the kids that hold a word; a phrase with none is empty itself. The
 * kids' categories and a summary of them (first and last word, first verb,
 * counts of conjunctions and commas) are kept too: the later passes scan
 * kids often. */
static void compact_kids(conv *c, int i)
{
    nfo *nf = c->nf, *n = &nf[i];
    int *kids = c->kids + n->kid0;
    unsigned char *kcat = c->kcat + n->kid0;
    /* Locals, not n's fields: the byte stores to kcat could alias them. */
    int m = 0, first = -1, last = -1, ncc = 0, nsplit = 0, fvk = -1;
    for (int j = 0; j < n->nkid; j++) {
        int k = kids[j];
        if (nf[k].flags & N_EMPTY)
            continue;
        pl_pcat kc = (pl_pcat)nf[k].cat;
        if (!pl_pc_is_punct(kc)) {
            if (first < 0)
                first = m;
            last = m;
        }
        if (fvk < 0 && is_verbish_leaf(c, k))
            fvk = m;
        ncc += kc == PC_CC || kc == PC_CONJP;
        nsplit += is_split_punct(kc);
        nf[k].pos = m;
        kcat[m] = (unsigned char)kc;
        kids[m++] = k;
    }
    n->nkid = m;
    n->first = first;
    n->last = last;
    n->ncc = ncc;
    n->nsplit = nsplit;
    n->fvk = fvk;
    if (m == 0)
        n->flags |= N_EMPTY;
}

/* "There is a pause": the VPs of a clause whose subject is "there" get
 * N_EXPL, so "be" stays the head and the NP after it is the subject. */
static void mark_expletives(conv *c, int p)
{
    nfo *n = &c->nf[p];
    pl_pcat k = CAT(c, p);
    if (k == PC_S || k == PC_SQ || k == PC_SINV) {
        int ex = 0;
        for (int i = 0; i < n->nkid; i++) {
            int kid = K(c, p, i);
            pl_pcat kc = CAT(c, kid);
            if (kc == PC_VP && ex)
                c->nf[kid].flags |= N_EXPL;
            else if (is_nominal(kc) || kc == PC_EX)
                ex = is_leaf(c, kid) ? kc == PC_EX
                                     : (c->nf[kid].nkid == 1 && KC(c, kid, 0) == PC_EX);
        }
    } else if (k == PC_VP && (n->flags & N_EXPL)) {
        for (int i = 0; i < n->nkid; i++)
            if (KC(c, p, i) == PC_VP)
                c->nf[K(c, p, i)].flags |= N_EXPL;
    }
}

/* ---- pass 5: tokens ----------------------------------------------------- */

static void upper_into(char *d, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        d[i] = (char)(ch - ((unsigned)(ch - 'a') < 26u) * ('a' - 'A'));
    }
    d[n] = '\0';
}

/* UPOS where the Penn tag alone does not decide: auxiliaries, "that" as
 * complementizer or relative pronoun, demonstratives standing alone. */
static const char *context_upos(pl_pcat k, rel r)
{
    if (pl_pc_is_verb(k) && k != PC_MD)
        return r == R_AUX || r == R_AUX_PASS || r == R_COP ? "AUX" : "VERB";
    if (k == PC_IN)
        return r == R_MARK ? "SCONJ"
             : r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_OBJ ? "PRON" : "ADP";
    if (k == PC_DT || k == PC_WDT)
        return r == R_DET || r == R_DET_PREDET ? "DET" : "PRON";
    return pl_penn_upos(k);
}

/* UPOS names are at most 5 bytes (sentence.h has room for 7). */
static void copy_upos(char *dst, const char *u)
{
    size_t i = 0;
    for (; i < 7 && u[i]; i++)
        dst[i] = u[i];
    dst[i] = '\0';
}

/* tok[] is zeroed, so a token's strings need only their bytes and NUL. */
static void fill_token(conv *c, int t, char *norm)
{
    pl_token *tk = &c->tok[t];
    memcpy(tk->deprel, rel_name[c->trel[t]], sizeof tk->deprel);
    int leaf = c->tnode[t];
    if (leaf < 0) {
        tk->form = tk->norm = tk->lemma = "";
        memcpy(tk->upos, "X", 2);
        return;
    }
    tk->form = c->t->node[leaf].word;
    upper_into(norm, tk->form, c->tlen[t]);
    tk->norm = norm;
    tk->lemma = "";
    copy_upos(tk->upos, context_upos(tok_cat(c, t), (rel)c->trel[t]));
}

/* Every norm in one allocation: the forms' lengths are taken once (the
 * offsets need them again). */
static void fill_tokens(conv *c, pl_arena *a)
{
    size_t total = 0;
    for (int t = 0; t < c->ntok; t++) {
        int leaf = c->tnode[t];
        c->tlen[t] = leaf < 0 ? 0 : strlen(c->t->node[leaf].word);
        total += c->tlen[t] + 1;
    }
    char *norm = pl_arena_alloc(a, total);
    for (int t = 0; t < c->ntok; t++) {
        fill_token(c, t, norm);
        norm += c->tlen[t] + 1;
    }
}

/* ---- offsets -------------------------------------------------------------- */

/* Search the form (or its usual spelling in running text) a short way ahead
 * of pos: a token missing from the text must not send the search to the
 * end of the text, which would make alignment quadratic. */
enum { ALIGN_WINDOW = 256 };

static inline long find_near(const char *text, size_t len, size_t pos, const char *w, size_t n)
{
    if (n == 0 || pos >= len)
        return -1;
    size_t stop = len - pos < ALIGN_WINDOW + n ? len : pos + ALIGN_WINDOW + n;
    for (size_t i = pos; i + n <= stop; i++)
        if (text[i] == w[0] && memcmp(text + i, w, n) == 0)
            return (long)i;
    return -1;
}

static const char *const *spellings(const char *form)
{
    static const char *const lq[] = {"\"", "\xE2\x80\x9C", "''", NULL};
    static const char *const rq[] = {"\"", "\xE2\x80\x9D", "``", NULL};
    static const char *const ls[] = {"'", "\xE2\x80\x98", NULL};
    static const char *const rs[] = {"\xE2\x80\x99", "`", NULL};
    static const char *const dash[] = {"\xE2\x80\x94", "\xE2\x80\x93", "-", NULL};
    static const char *const dots[] = {"\xE2\x80\xA6", NULL};
    static const char *const none[] = {NULL};
    if (form[0] != '`' && form[0] != '\'' && form[0] != '-' && form[0] != '.')
        return none;
    if (strcmp(form, "``") == 0)
        return lq;
    if (strcmp(form, "''") == 0)
        return rq;
    if (strcmp(form, "`") == 0)
        return ls;
    if (strcmp(form, "'") == 0)
        return rs;
    if (strcmp(form, "--") == 0)
        return dash;
    if (strcmp(form, "...") == 0)
        return dots;
    return none;
}

static void align_offsets(conv *c, const char *text)
{
    size_t len = strlen(text), pos = 0;
    for (int t = 0; t < c->ntok; t++) {
        const char *f = c->tok[t].form;
        size_t fn = c->tlen[t], mn = fn;
        size_t next = pos;
        while (next < len && (text[next] == ' ' || text[next] == '\n'))
            next++;
        if (fn && len - next >= fn && next + fn <= UINT32_MAX && memcmp(text + next, f, fn) == 0) {
            /* the usual case: the form right after the blanks; nothing
             * else can start earlier */
            c->tok[t].start = (uint32_t)next;
            c->tok[t].end = (uint32_t)(next + fn);
            pos = next + fn;
            continue;
        }
        long best = find_near(text, len, pos, f, fn);
        for (const char *const *alt = spellings(f); *alt; alt++) {
            size_t an = strlen(*alt);
            long at = find_near(text, len, pos, *alt, an);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                mn = an;
            }
        }
        if (best < 0 || (size_t)best + mn > UINT32_MAX)
            continue;
        c->tok[t].start = (uint32_t)best;
        c->tok[t].end = (uint32_t)(best + (long)mn);
        pos = (size_t)best + mn;
    }
}

/* ---- the tree guarantee ------------------------------------------------- */

/* Exactly one root, every head in range, no cycle: whatever the passes
 * above did with a garbage tree, anything off is attached to the root. */
static void repair(conv *c, int root)
{
    pl_token *tok = c->tok;
    int n = c->ntok, *state = c->state;
    if (root < 0 || root >= n || tok[root].head != -1) {
        root = -1;
        for (int i = 0; i < n && root < 0; i++)
            if (tok[i].head == -1)
                root = i;
        if (root < 0)
            root = 0;
    }
    tok[root].head = -1;
    c->trel[root] = R_ROOT;
    for (int i = 0; i < n; i++) {
        state[i] = 0;
        if (i != root && (tok[i].head < 0 || tok[i].head >= n || tok[i].head == i)) {
            tok[i].head = root;
            c->trel[i] = R_DEP;
        }
    }
    state[root] = 2;
    /* state: 0 unseen, 1 on the current path, 2 known to reach the root */
    for (int i = 0; i < n; i++) {
        int j = i;
        while (state[j] == 0) {
            state[j] = 1;
            j = tok[j].head;
        }
        if (state[j] == 1) {   /* cycle through j: cut it there */
            tok[j].head = root;
            c->trel[j] = R_DEP;
        }
        for (j = i; state[j] == 1; j = tok[j].head)
            state[j] = 2;
    }
}

/* ---- driver --------------------------------------------------------------- */

/* Per-node and per-token arrays, carved from few allocations. */
static void conv_init(conv *c, const pl_ctree *t, pl_arena *a)
{
    size_t n = (size_t)t->n, nt = (size_t)t->ntokens;
    c->t = t;
    c->ntok = t->ntokens;
    c->nf = pl_arena_alloc(a, n * sizeof *c->nf);
    int *ints = pl_arena_alloc(a, (9 * n + 1 + 2 * nt) * sizeof(int));
    c->ord = ints;
    c->kids = ints + n;
    c->phr = ints + 2 * n;
    c->scratch = ints + 3 * n;   /* 5 * n + 1 */
    c->state = ints + 8 * n + 1;
    c->tnode = ints + 8 * n + 1 + nt;
    unsigned char *bytes = pl_arena_zalloc(a, 2 * n + 2 * nt);
    c->kcat = bytes;
    c->seen = bytes + n;
    c->tcat = bytes + 2 * n;
    c->trel = bytes + 2 * n + nt;
    c->tlen = pl_arena_alloc(a, nt * sizeof(size_t));
    c->link = pl_arena_alloc(a, n * sizeof *c->link);
    c->tok = pl_arena_zalloc(a, nt * sizeof(pl_token));
    for (size_t i = 0; i < nt; i++) {
        c->tnode[i] = -1;
        c->tok[i].head = -2;
    }
}

/* Pass 1, bottom-up; the phrases left (not empty, not leaves) are listed
 * in c->phr, children before parents, for passes 2-4. */
static void init_nodes(conv *c)
{
    c->nphr = 0;
    for (int q = c->nord - 1; q >= 0; q--) {
        int i = c->ord[q];
        size_t base = init_node(c, i);
        if (c->t->node[i].word) {
            init_leaf(c, i, base);
            continue;
        }
        compact_kids(c, i);
        if (!(c->nf[i].flags & N_EMPTY))
            c->phr[c->nphr++] = i;
    }
}

int pl_ptb_to_ud(const pl_ctree *t, const char *text, pl_arena *a, pl_sentence *out)
{
    *out = (pl_sentence){.text = text ? text : ""};
    if (!t || t->n <= 0 || t->ntokens <= 0)
        return -1;
    conv c;
    conv_init(&c, t, a);
    order_nodes(&c);
    init_nodes(&c);
    for (int q = c.nphr - 1; q >= 0; q--)
        mark_expletives(&c, c.phr[q]);
    for (int q = 0; q < c.nphr; q++)
        pl_ud_analyse(&c, c.phr[q]);
    for (int q = c.nphr - 1; q >= 0; q--)
        pl_ud_attach_kids(&c, c.phr[q]);
    int root = c.nf[0].htok;
    if (root >= 0)
        c.tok[root].head = -1;
    repair(&c, root);
    fill_tokens(&c, a);
    if (text)
        align_offsets(&c, text);
    out->tok = c.tok;
    out->n = c.ntok;
    return 0;
}
