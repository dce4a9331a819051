/*
 * ud_heads.c - pass 3 of the PTB -> UD converter: the head kid of every
 * phrase under UD's content-head rules, coordination (which conjunct heads,
 * which kids attach to which conjunct), and the facts the relation pass
 * needs: first verb, passive, subject, complementizer.
 *
 * Head rules are Collins-style searches over a kid range, so the same rule
 * also finds the head of one conjunct inside a flat coordination.
 *
 * Must not: assign relations except the coordination ones it decides
 * (conj, cc, punct, case of a flat possessive); recurse.
 */
#include "ud_internal.h"

/* ---- word tests ----------------------------------------------------------- */

/* be/have/do, modals, "to", BLLIP AUX tags; "get" only before a participle. */
static int is_aux_word(const conv *c, int p, int i)
{
    int node = K(c, p, i);
    if (!is_verbish_leaf(c, node))
        return 0;
    pl_pcat k = CAT(c, node);
    const char *w = word_of(c, node);
    if (k == PC_MD || k == PC_TO || pl_pc_is_aux_tag(k) || pl_word_is_be(w) ||
        pl_word_is_have(w) || pl_word_is_do(w))
        return 1;
    if (!pl_word_is_get(w))
        return 0;
    /* "got (ADVP quickly) (VP killed)": a couple of kids ahead is enough. */
    for (int j = i + 1; j < c->nf[p].nkid && j <= i + 3; j++) {
        int n = K(c, p, j);
        if (CAT(c, n) == PC_VP || is_verbish_leaf(c, n))
            return fverb_is_vbn(c, n);
    }
    return 0;
}

static int has_time_modifier(const conv *c, int node)
{
    if (is_leaf(c, node))
        return 0;
    for (int i = 0; i < c->nf[node].nkid; i++) {
        int k = K(c, node, i);
        if (is_leaf(c, k) && pl_word_is_time_modifier(word_of(c, k)))
            return 1;
    }
    return 0;
}

static int is_temporal(const conv *c, int node)
{
    if (c->nf[node].ft & FT_TMP)
        return 1;
    int t = c->nf[node].htok;
    if (!is_nominal(CAT(c, node)) || t < 0)
        return 0;
    const char *w = c->t->node[c->tnode[t]].word;
    int tn = pl_word_is_temporal_noun(w);
    pl_pcat tc = tok_cat(c, t);
    if (tn == 1 || (tn == 2 && (tc == PC_NNP || tc == PC_NNPS)))
        return 1;
    return pl_word_is_time_unit(w) && has_time_modifier(c, node);
}

/* A bare noun phrase that names a time: NP-TMP, "Monday", "last year".
 * Asked many times per node (subjects, objects, copulas, relations) and
 * only once the node's head is known, so the answer is kept in its flags:
 * a cache, which is why it is written through a const conv. */
int pl_ud_is_temporal(const conv *c, int node)
{
    nfo *n = &c->nf[node];
    if (!(n->flags & N_TMP_KNOWN))
        n->flags |= (unsigned char)(N_TMP_KNOWN | (is_temporal(c, node) ? N_TMP : 0));
    return (n->flags & N_TMP) != 0;
}

/* ---- coarse classes for coordination ----------------------------------- */

typedef enum cls { CL_OTHER, CL_NOM, CL_VERB, CL_CLAUSE, CL_ADJ, CL_ADV, CL_PREP, CL_DET } cls;

static cls class_of(pl_pcat k)
{
    if (is_nominal(k) || k == PC_FW || k == PC_DOLLAR)
        return CL_NOM;
    if (k == PC_VP || pl_pc_is_verb(k))
        return CL_VERB;
    if (pl_pc_is_clause(k) || k == PC_FRAG)
        return CL_CLAUSE;
    if (k == PC_ADJP || k == PC_WHADJP || pl_pc_is_adj(k))
        return CL_ADJ;
    if (is_adverbial(k))
        return CL_ADV;
    if (k == PC_PP || k == PC_WHPP || k == PC_IN || k == PC_TO)
        return CL_PREP;
    if (k == PC_DT || k == PC_PDT)
        return CL_DET;
    return CL_OTHER;
}

static int compatible(cls a, cls b)
{
    if (a == b)
        return 1;
    if ((a == CL_PREP || a == CL_ADV) && (b == CL_PREP || b == CL_ADV))
        return 1;
    return (a == CL_CLAUSE || a == CL_VERB) && (b == CL_CLAUSE || b == CL_VERB);
}

/* ---- searches over a kid range [lo, hi) -------------------------------- */

typedef int (*cat_pred)(pl_pcat);

static int first_where(const conv *c, int p, int lo, int hi, cat_pred f)
{
    for (int i = lo; i < hi; i++)
        if (f(KC(c, p, i)))
            return i;
    return -1;
}

static int last_where(const conv *c, int p, int lo, int hi, cat_pred f)
{
    for (int i = hi - 1; i >= lo; i--)
        if (f(KC(c, p, i)))
            return i;
    return -1;
}

static int not_punct(pl_pcat k) { return !pl_pc_is_punct(k); }
static int is_vp(pl_pcat k) { return k == PC_VP; }
static int is_sclause(pl_pcat k) { return pl_pc_is_sclause(k); }
static int is_sbar(pl_pcat k) { return k == PC_SBAR; }
static int is_ucp(pl_pcat k) { return k == PC_UCP; }
static int is_frag(pl_pcat k) { return k == PC_FRAG || k == PC_X; }
static int is_prp(pl_pcat k) { return k == PC_PRP; }
static int is_cd(pl_pcat k) { return k == PC_CD || k == PC_QP; }
static int is_wrb(pl_pcat k) { return k == PC_WRB; }
static int is_np_phrase(pl_pcat k) { return pl_pc_is_nominal_phrase(k); }
static int is_rb_family(pl_pcat k) { return pl_pc_is_adv(k) || k == PC_ADVP; }
static int is_in_like(pl_pcat k) { return k == PC_IN || k == PC_TO; }
static int is_first_adj(pl_pcat k)
{
    return k == PC_JJ || k == PC_VBN || k == PC_VBG || k == PC_ADJP || k == PC_WHADJP;
}
static int is_np_fallback(pl_pcat k)
{
    return k == PC_DOLLAR || k == PC_HASH || k == PC_CD || k == PC_QP || k == PC_ADJP ||
           pl_pc_is_adj(k) || k == PC_PRN || k == PC_DT || k == PC_WP || k == PC_WDT ||
           k == PC_EX || k == PC_VBG || k == PC_VBN || pl_pc_is_adv(k) || k == PC_SYM ||
           k == PC_PRPS || k == PC_WPS;
}
static int is_predicate(pl_pcat k)
{
    return k == PC_ADJP || is_nominal(k) || k == PC_PP || k == PC_UCP || pl_pc_is_adj(k);
}

/* Over all kids, compact_kids has the answer already. */
static inline int first_nonpunct(const conv *c, int p, int lo, int hi)
{
    if (lo == 0 && hi == c->nf[p].nkid)
        return c->nf[p].first;
    return first_where(c, p, lo, hi, not_punct);
}

static inline int last_nonpunct(const conv *c, int p, int lo, int hi)
{
    if (lo == 0 && hi == c->nf[p].nkid)
        return c->nf[p].last;
    return last_where(c, p, lo, hi, not_punct);
}

/* The first verb-like leaf among the kids lo..hi-1, -1 if none; over all
 * kids compact_kids has the answer already. */
static inline int first_verbish(const conv *c, int p, int lo, int hi)
{
    if (lo == 0 && hi == c->nf[p].nkid)
        return c->nf[p].fvk;
    for (int i = lo; i < hi; i++)
        if (is_verbish_leaf(c, K(c, p, i)))
            return i;
    return -1;
}

static int or_else(int a, int b)
{
    return a >= 0 ? a : b;
}

/* Whatever is left: the first real word, else the first kid. */
static int fallback(const conv *c, int p, int lo, int hi)
{
    return or_else(first_nonpunct(c, p, lo, hi), lo);
}

/* ---- head rules --------------------------------------------------------- */

/* Predicate of a copula: a non-temporal NP first, then an adjective, a PP. */
static int copula_predicate(const conv *c, int p, int lo, int hi)
{
    for (int i = lo; i < hi; i++) {
        int k = K(c, p, i);
        if (is_nominal(CAT(c, k)) && !pl_ud_is_temporal(c, k))
            return i;
    }
    int i = first_where(c, p, lo, hi, is_adjish);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_pp);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_ucp);
    return i;
}

/* In a flat chain "has been killed" the main verb is the first verb that is
 * not an auxiliary, adverbs between them allowed. *aux: the chain ends in
 * an auxiliary after all. */
static int main_verb_of_chain(const conv *c, int p, int v, int hi, int *aux)
{
    while ((*aux = is_aux_word(c, p, v)) != 0) {
        int j = v + 1;
        while (j < hi && is_adverbial(KC(c, p, j)))
            j++;
        if (j >= hi || !is_verbish_leaf(c, K(c, p, j)))
            break;
        v = j;
    }
    return v;
}

static int vp_head(const conv *c, int p, int lo, int hi)
{
    int v = first_verbish(c, p, lo, hi), aux;
    if (v >= 0) {
        v = main_verb_of_chain(c, p, v, hi, &aux);
        if (!aux)
            return v;
        int vp = first_where(c, p, v + 1, hi, is_vp);
        if (vp >= 0)
            return vp;
        if (is_be_leaf(c, K(c, p, v)) && !(c->nf[p].flags & N_EXPL)) {
            int pr = copula_predicate(c, p, v + 1, hi);
            if (pr >= 0)
                return pr;
        }
        return v;
    }
    int i = first_where(c, p, lo, hi, is_vp);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_sclause);
    if (i < 0)
        i = copula_predicate(c, p, lo, hi);
    return i >= 0 ? i : fallback(c, p, lo, hi);
}

/* SQ/SINV without a VP: "Is he a doctor?" -> doctor; else the verb. */
static int inverted_head(const conv *c, int p, int lo, int hi)
{
    int v = first_verbish(c, p, lo, hi);
    if (v < 0)
        return -1;
    if (is_be_leaf(c, K(c, p, v)) && !(c->nf[p].flags & N_EXPL)) {
        int s = -1;
        for (int i = v + 1; i < hi && s < 0; i++)
            if (is_nominal(KC(c, p, i)))
                s = i;
        int pr = copula_predicate(c, p, s >= 0 ? s + 1 : v + 1, hi);
        if (pr >= 0)
            return pr;
    }
    return v;
}

static int clause_head(const conv *c, int p, int lo, int hi)
{
    int i = first_where(c, p, lo, hi, is_vp);
    if (i < 0 && (CAT(c, p) == PC_SQ || CAT(c, p) == PC_SINV))
        i = inverted_head(c, p, lo, hi);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_sclause);
    if (i < 0)
        i = last_where(c, p, lo, hi, is_predicate);   /* small clause: him president */
    if (i < 0)
        i = first_where(c, p, lo, hi, is_frag);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_sbar);
    return i >= 0 ? i : fallback(c, p, lo, hi);
}

static int sbar_head(const conv *c, int p, int lo, int hi)
{
    int i = first_where(c, p, lo, hi, is_sclause);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_sbar);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_frag);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_vp);
    return i >= 0 ? i : or_else(last_nonpunct(c, p, lo, hi), lo);
}

static int frag_head(const conv *c, int p, int lo, int hi)
{
    int i = first_where(c, p, lo, hi, is_sclause);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_vp);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_sbar);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_np_phrase);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_predicate);
    return i >= 0 ? i : fallback(c, p, lo, hi);
}

static int is_pp_object(const conv *c, int node, int allow_adv)
{
    pl_pcat k = CAT(c, node);
    if (k == PC_ADVP)
        return allow_adv;
    if (pl_pc_is_phrase(k))
        return k != PC_PRT && k != PC_CONJP;
    return is_nominal(k) || k == PC_DT || k == PC_EX || k == PC_WP || k == PC_WDT ||
           k == PC_DOLLAR;
}

/* The object of the preposition: the first phrase or nominal word that
 * follows some other word ("just after midnight", "because of X"). */
static int pp_head(const conv *c, int p, int lo, int hi)
{
    for (int allow_adv = 0; allow_adv < 2; allow_adv++) {
        int seen = 0;
        for (int i = lo; i < hi; i++) {
            if (pl_pc_is_punct(KC(c, p, i)))
                continue;
            if (seen && is_pp_object(c, K(c, p, i), allow_adv))
                return i;
            seen = 1;
        }
    }
    return or_else(last_nonpunct(c, p, lo, hi), lo);
}

static int is_noun_head_cat(pl_pcat k)
{
    return pl_pc_is_noun(k) || k == PC_NML || k == PC_NX || k == PC_FW;
}

/* Rightmost noun not followed by 's; else the first NP (the head NP of
 * "NP PP", "NP , NP ,"); else numbers, adjectives and the like. */
/* "Assad Tuesday", "talks Monday": a day name glued after a noun is a
 * time modifier the parser left in the NP, not its head. */
static int is_trailing_time(const conv *c, int p, int i, int lo)
{
    int k = K(c, p, i);
    if (i == lo || !pl_pc_is_noun(KC(c, p, i - 1)) || !is_leaf(c, K(c, p, i - 1)))
        return 0;
    int tn = pl_word_is_temporal_noun(word_of(c, k));
    return tn == 1 || (tn == 2 && (CAT(c, k) == PC_NNP || CAT(c, k) == PC_NNPS));
}

/* "(NP (NP WASHINGTON) (: --) (S ...))": the clause after a dateline. */
static int dateline_clause(const conv *c, int p, int lo, int hi)
{
    for (int i = lo + 1; i < hi; i++) {
        pl_pcat k = KC(c, p, i);
        if ((k == PC_S || k == PC_SINV) && KC(c, p, i - 1) == PC_COLON)
            return i;
    }
    return -1;
}

static int np_head(const conv *c, int p, int lo, int hi)
{
    int e = hi, l = last_nonpunct(c, p, lo, hi);
    if (l > lo && KC(c, p, l) == PC_POS)
        e = l;
    int i = dateline_clause(c, p, lo, e);
    if (i >= 0)
        return i;
    for (i = e - 1; i >= lo; i--)
        if (is_noun_head_cat(KC(c, p, i)) && !(i + 1 < e && KC(c, p, i + 1) == PC_POS) &&
            !is_trailing_time(c, p, i, lo))
            return i;
    i = last_where(c, p, lo, e, is_prp);
    if (i >= 0)
        return i;
    int poss = -1;
    for (i = lo; i < e; i++) {
        int k = K(c, p, i);
        if (!is_np_phrase(CAT(c, k)))
            continue;
        if (!(c->nf[k].flags & N_POSS))
            return i;
        if (poss < 0)
            poss = i;
    }
    if (poss >= 0)
        return poss;
    i = last_where(c, p, lo, e, is_np_fallback);
    return i >= 0 ? i : or_else(last_nonpunct(c, p, lo, e), lo);
}

static int adjp_head(const conv *c, int p, int lo, int hi)
{
    int i = first_where(c, p, lo, hi, is_first_adj);
    if (i < 0)
        i = first_where(c, p, lo, hi, pl_pc_is_adj);
    if (i < 0)
        i = last_where(c, p, lo, hi, is_noun_head_cat);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_np_phrase);
    if (i < 0)
        i = last_where(c, p, lo, hi, is_cd);
    if (i < 0)
        i = last_where(c, p, lo, hi, is_rb_family);
    return i >= 0 ? i : fallback(c, p, lo, hi);
}

static int advp_head(const conv *c, int p, int lo, int hi)
{
    int i = CAT(c, p) == PC_WHADVP ? first_where(c, p, lo, hi, is_wrb) : -1;
    if (i < 0)
        i = last_where(c, p, lo, hi, is_rb_family);
    if (i < 0)
        i = first_where(c, p, lo, hi, is_in_like);
    return i >= 0 ? i : fallback(c, p, lo, hi);
}

static int qp_head(const conv *c, int p, int lo, int hi)
{
    int i = last_where(c, p, lo, hi, is_cd);
    return i >= 0 ? i : or_else(last_nonpunct(c, p, lo, hi), lo);
}

static int prn_head(const conv *c, int p, int lo, int hi)
{
    for (int i = lo; i < hi; i++) {
        pl_pcat k = KC(c, p, i);
        if (!pl_pc_is_punct(k) && k != PC_CC)
            return i;
    }
    return lo;
}

static int head_rule(const conv *c, int p, int lo, int hi)
{
    switch (CAT(c, p)) {
    case PC_VP: case PC_RRC:
        return vp_head(c, p, lo, hi);
    case PC_S: case PC_SINV: case PC_SQ:
        return clause_head(c, p, lo, hi);
    case PC_SBAR: case PC_SBARQ:
        return sbar_head(c, p, lo, hi);
    case PC_FRAG: case PC_X: case PC_ROOT:
        return frag_head(c, p, lo, hi);
    case PC_PP: case PC_WHPP:
        return pp_head(c, p, lo, hi);
    case PC_NP: case PC_NX: case PC_NML: case PC_NAC: case PC_NE: case PC_NEC: case PC_WHNP:
        return np_head(c, p, lo, hi);
    case PC_ADJP: case PC_WHADJP:
        return adjp_head(c, p, lo, hi);
    case PC_ADVP: case PC_WHADVP:
        return advp_head(c, p, lo, hi);
    case PC_QP:
        return qp_head(c, p, lo, hi);
    case PC_PRN:
        return prn_head(c, p, lo, hi);
    default:
        return fallback(c, p, lo, hi);
    }
}

/* ---- coordination ------------------------------------------------------- */

/* A conjunction that separates conjuncts: not the first word ("But he
 * left", "both A and B") and followed by a word; first and last are the
 * positions of the phrase's first and last words. */
static int is_separator_cc(const conv *c, int p, int i, int first, int last)
{
    pl_pcat k = KC(c, p, i);
    return (k == PC_CC || k == PC_CONJP) && i > first && i < last;
}

typedef struct segs {
    int *lo, *hi, *head, *cl;
    int n;
} segs;

static int seg_class(const conv *c, int p, int lo, int hi, int head)
{
    int f = first_nonpunct(c, p, lo, hi);
    if (f >= 0 && f == last_nonpunct(c, p, lo, hi))
        return class_of(KC(c, p, f));
    return class_of(KC(c, p, head));
}

/* Split the kids at separator conjunctions (when with_cc) and commas or
 * colons; keep the pieces that have a word. */
static void split_segments(conv *c, int p, int with_cc, segs *s)
{
    int m = c->nf[p].nkid, start = 0;
    int first = first_nonpunct(c, p, 0, m), last = last_nonpunct(c, p, 0, m);
    s->n = 0;
    for (int i = 0; i <= m; i++) {
        int cut = i == m || is_split_punct(KC(c, p, i)) ||
                  (with_cc && is_separator_cc(c, p, i, first, last));
        if (!cut)
            continue;
        if (first_nonpunct(c, p, start, i) >= 0) {
            s->lo[s->n] = start;
            s->hi[s->n] = i;
            s->head[s->n] = head_rule(c, p, start, i);
            s->cl[s->n] = seg_class(c, p, start, i, s->head[s->n]);
            s->n++;
        }
        start = i + 1;
    }
}

static void set_att(conv *c, int p, int i, int target_pos, rel r)
{
    nfo *k = &c->nf[K(c, p, i)];
    k->att = K(c, p, target_pos);
    k->rel = (unsigned char)r;
}

/* Segments j..n-1 are conjuncts: the first one's head heads the phrase,
 * the others' heads are its conj; words inside a segment stay with their
 * segment's head; a conjunction or comma goes to the conjunct after it. */
static int apply_phrase_coord(conv *c, int p, const segs *s, int j)
{
    int H = s->head[j], end = last_nonpunct(c, p, 0, c->nf[p].nkid);
    for (int q = j; q < s->n; q++) {
        /* punctuation after the last word ("and B .") stays with the head */
        for (int i = s->lo[q]; i < s->hi[q] && i <= end; i++)
            if (i != s->head[q])
                set_att(c, p, i, s->head[q], R_NONE);
        if (q > j)
            set_att(c, p, s->head[q], H, R_CONJ);
        if (q + 1 < s->n)
            for (int i = s->hi[q]; i < s->lo[q + 1]; i++)
                set_att(c, p, i, s->head[q + 1],
                        pl_pc_is_punct(KC(c, p, i)) ? R_PUNCT : R_CC);
    }
    int f = first_nonpunct(c, p, 0, s->lo[j]);
    if (f >= 0 && KC(c, p, f) == PC_CC)
        set_att(c, p, f, H, R_CC_PRECONJ);
    return H;
}

/* Conjoined words inside a phrase headed elsewhere: "economic and political
 * ties", "Israeli and Gondor officials". chain[] lists the conjuncts'
 * positions in order; the first (or the phrase head, if it is one of them)
 * takes the others as conj. */
static void apply_chain(conv *c, int p, int H, const int *chain, int n)
{
    int first = chain[0];
    for (int q = 0; q < n; q++)
        if (chain[q] == H)
            first = H;
    for (int q = 0; q < n; q++) {
        if (chain[q] != first)
            set_att(c, p, chain[q], first, R_CONJ);
        if (q + 1 < n)
            for (int i = chain[q] + 1; i < chain[q + 1]; i++) {
                pl_pcat k = KC(c, p, i);
                if (k == PC_CC || k == PC_CONJP || pl_pc_is_punct(k))
                    set_att(c, p, i, chain[q + 1], pl_pc_is_punct(k) ? R_PUNCT : R_CC);
            }
    }
}

static int is_premodifier_word(const conv *c, int node)
{
    pl_pcat k = CAT(c, node);
    return is_leaf(c, node) &&
           (k == PC_JJ || k == PC_NN || k == PC_NNP || k == PC_NNPS || k == PC_VBN);
}

/* The treebank brackets conjoined multi-word noun phrases as NPs, so a flat
 * NP whose last conjunct has several words conjoins premodifiers: "US and
 * British activists", "defense and military officials" (head: the common
 * noun). Earlier conjuncts are one word, the first may have a determiner;
 * "Russia and other countries" stays a coordination. */
static int flat_premodifiers(const conv *c, int p, const segs *s, int j)
{
    int last = s->n - 1, lo = s->lo[last], hi = s->hi[last];
    int h = s->head[last], f = first_nonpunct(c, p, lo, hi);
    pl_pcat hk = KC(c, p, h);
    if (CAT(c, p) == PC_UCP || (hk != PC_NN && hk != PC_NNS) || f == h || !is_leaf(c, K(c, p, h)))
        return 0;
    const char *w = word_of(c, K(c, p, f));
    if (!is_premodifier_word(c, K(c, p, f)) || pl_word_ieq(w, "other") || pl_word_ieq(w, "such"))
        return 0;
    for (int q = j; q < last; q++) {
        int l = last_nonpunct(c, p, s->lo[q], s->hi[q]), b = first_nonpunct(c, p, s->lo[q], l);
        if (s->head[q] != l || !is_premodifier_word(c, K(c, p, l)))
            return 0;
        if (b >= 0 && (q > j || b != l - 1 || KC(c, p, b) != PC_DT))
            return 0;
    }
    return 1;
}

static int modifier_coord_premod(conv *c, int p, const segs *s, int j)
{
    int *chain = c->scratch + 4 * c->t->n, n = 0;
    for (int q = j; q < s->n - 1; q++)
        chain[n++] = s->head[q];
    chain[n++] = first_nonpunct(c, p, s->lo[s->n - 1], s->hi[s->n - 1]);
    int H = head_rule(c, p, 0, c->nf[p].nkid);
    apply_chain(c, p, H, chain, n);
    return H;
}

/* Around each separating conjunction, conjoin its neighbours when they are
 * alike, extending left over ", X" pairs. */
static int modifier_coord(conv *c, int p)
{
    int m = c->nf[p].nkid, first = first_nonpunct(c, p, 0, m), last = last_nonpunct(c, p, 0, m);
    int H = head_rule(c, p, 0, m);
    int *chain = c->scratch + 4 * c->t->n;
    for (int i = 1; i + 1 < m; i++) {
        if (!is_separator_cc(c, p, i, first, last))
            continue;
        pl_pcat l = KC(c, p, i - 1), r = KC(c, p, i + 1);
        cls rc = class_of(r);
        if (pl_pc_is_punct(l) || pl_pc_is_punct(r) || l == PC_CC || !compatible(class_of(l), rc))
            continue;
        int x = i - 1, n = 0;
        while (x >= 2 && is_split_punct(KC(c, p, x - 1)) && KC(c, p, x - 2) != PC_CC &&
               compatible(class_of(KC(c, p, x - 2)), rc))
            x -= 2;
        for (int q = x; q < i; q += 2)
            chain[n++] = q;
        chain[n++] = i + 1;
        apply_chain(c, p, H, chain, n);
    }
    return H;
}

static int count_where(const conv *c, int p, cat_pred f)
{
    int n = 0;
    for (int i = 0; i < c->nf[p].nkid; i++)
        n += f(KC(c, p, i)) != 0;
    return n;
}

static int is_nominal_cat(pl_pcat k) { return is_nominal(k); }

/* Without a conjunction: "VP , VP" is still a coordination; "S ; S" is
 * parataxis. */
static int asyndetic(conv *c, int p, segs *s)
{
    int m = c->nf[p].nkid;
    pl_pcat k = CAT(c, p);
    if (k == PC_VP) {
        int nvp = count_where(c, p, is_vp);
        if (nvp < 2 || nvp != m - count_where(c, p, pl_pc_is_punct))
            return -1;
        split_segments(c, p, 0, s);
        return s->n >= 2 ? apply_phrase_coord(c, p, s, 0) : -1;
    }
    if ((k == PC_S || k == PC_ROOT) && count_where(c, p, is_sclause) >= 2 &&
        count_where(c, p, is_vp) == 0 && count_where(c, p, is_nominal_cat) == 0) {
        int H = first_where(c, p, 0, m, is_sclause);
        for (int i = H + 1; i < m; i++)
            if (is_sclause(KC(c, p, i)))
                set_att(c, p, i, H, R_PARATAXIS);
        return H;
    }
    return -1;
}

/* Head position of p when it is (or contains) a coordination, else -1. */
static int coordinate(conv *c, int p)
{
    int m = c->nf[p].nkid;
    if (m < 3)
        return -1;
    int n = c->t->n;
    segs s = {c->scratch, c->scratch + n, c->scratch + 2 * n, c->scratch + 3 * n, 0};
    int first = first_nonpunct(c, p, 0, m), last = last_nonpunct(c, p, 0, m), ncc = 0;
    for (int i = 0; i < m && c->nf[p].ncc > 0; i++)
        ncc += is_separator_cc(c, p, i, first, last);
    if (ncc == 0)
        return asyndetic(c, p, &s);
    split_segments(c, p, 1, &s);
    /* conjuncts: the longest run of segments at the end alike to the last */
    int j = s.n - 1;
    while (j > 0 && (CAT(c, p) == PC_UCP || compatible((cls)s.cl[j - 1], (cls)s.cl[s.n - 1])))
        j--;
    if (j >= s.n - 1)
        return modifier_coord(c, p);
    if (flat_premodifiers(c, p, &s, j))
        return modifier_coord_premod(c, p, &s, j);
    return apply_phrase_coord(c, p, &s, j);
}

/* ---- pass 3: per-phrase facts ------------------------------------------ */

static int first_verb(const conv *c, int p)
{
    pl_pcat k = CAT(c, p);
    if ((k == PC_VP || k == PC_RRC) && c->nf[p].fvk >= 0)
        return c->nf[K(c, p, c->nf[p].fvk)].htok;
    return c->nf[c->nf[p].head].fverb;
}

/* Passive: a be/get auxiliary before a head whose verb chain starts with a
 * participle, or a head kid that is itself passive. */
static int is_passive(const conv *c, int p, int hpos)
{
    int h = K(c, p, hpos);
    pl_pcat hk = CAT(c, h);
    if (hk != PC_VP && !pl_pc_is_sclause(hk) && !is_verbish_leaf(c, h))
        return 0;
    if ((c->nf[h].flags & N_PASSIVE) && !is_leaf(c, h))
        return 1;
    if (!fverb_is_vbn(c, h))
        return 0;
    for (int i = 0; i < hpos; i++) {
        int k = K(c, p, i);
        if (is_be_leaf(c, k) || (is_verbish_leaf(c, k) && pl_word_is_get(word_of(c, k))))
            return 1;
    }
    return 0;
}

/* Between a subject and its verb: "France on Wednesday condemned". */
static int skippable_before_subject(const conv *c, int node)
{
    pl_pcat k = CAT(c, node);
    return is_adverbial(k) || k == PC_PRN || k == PC_INTJ || k == PC_UH || is_pp(k);
}

/* S: the nearest nominal before the head. A time is the subject only when
 * nothing else is ("lawmakers Tuesday endorsed": lawmakers), and not at all
 * before a comma ("Yesterday , he left"). A clause right before the head
 * is a clausal subject. */
static int find_s_subject(const conv *c, int p, int hpos)
{
    int comma = 0, time = -1;
    for (int i = hpos - 1; i >= 0; i--) {
        int k = K(c, p, i);
        pl_pcat kc = CAT(c, k);
        if (pl_pc_is_punct(kc)) {
            comma |= is_split_punct(kc);
            continue;
        }
        if (skippable_before_subject(c, k))
            continue;
        if (is_nominal(kc) && pl_ud_is_temporal(c, k)) {
            if (time < 0 && !comma)
                time = k;
            continue;
        }
        if (is_nominal(kc))
            return k;
        if (time < 0 && (pl_pc_is_sclause(kc) || kc == PC_SBAR) && !comma && c->nf[k].subj < 0)
            return CAT(c, K(c, p, hpos)) == PC_VP ? k : -1;
        break;
    }
    return time;
}

/* -SBJ when the treebank says so; S: see find_s_subject; SQ/SINV: the
 * first nominal after the verb. */
static int find_subject(const conv *c, int p, int hpos)
{
    int m = c->nf[p].nkid;
    for (int i = 0; i < m; i++)
        if (i != hpos && (c->nf[K(c, p, i)].ft & FT_SBJ))
            return K(c, p, i);
    if (CAT(c, p) == PC_S)
        return find_s_subject(c, p, hpos);
    int v = first_verbish(c, p, 0, m);
    for (int i = v + 1; i < m; i++) {
        int k = K(c, p, i);
        if (i != hpos && is_nominal(CAT(c, k)) && !pl_ud_is_temporal(c, k))
            return k;
    }
    return -1;
}

static void find_complementizer(conv *c, int p)
{
    nfo *n = &c->nf[p];
    int hpos = c->nf[n->head].pos;
    for (int i = 0; i < hpos; i++) {
        int k = K(c, p, i);
        pl_pcat kc = CAT(c, k);
        comp cm = CM_NONE;
        if (kc == PC_WHNP || kc == PC_WP || kc == PC_WPS)
            cm = CM_WHNP;
        else if (kc == PC_WHADVP || kc == PC_WRB)
            cm = CM_WHADV;
        else if (kc == PC_WHPP)
            cm = CM_WHPP;
        else if (kc == PC_IN || kc == PC_DT || kc == PC_WDT) {
            const char *w = word_of(c, k);
            cm = pl_word_ieq(w, "that") ? CM_THAT
               : pl_word_ieq(w, "whether") ? CM_WHETHER
               : pl_word_ieq(w, "if") ? CM_IF
               : kc == PC_WDT ? CM_WHNP : CM_SUB;
        }
        if (cm != CM_NONE) {
            n->comp = (unsigned char)cm;
            n->compt = c->nf[k].htok;
            return;
        }
    }
}

/* Flat "(NP (NNP John) (POS 's) (NN book))": 's is the case of John. */
static void attach_flat_possessives(conv *c, int p, int hpos)
{
    for (int i = 1; i < c->nf[p].nkid; i++)
        if (i != hpos && KC(c, p, i) == PC_POS && c->nf[K(c, p, i)].att < 0 &&
            !pl_pc_is_punct(KC(c, p, i - 1)) && i - 1 != hpos)
            set_att(c, p, i, i - 1, R_CASE);
}

void pl_ud_analyse(conv *c, int p)
{
    nfo *n = &c->nf[p];
    /* Every head rule picks a kid in its range, so a lone kid is the head. */
    int hpos = n->nkid == 1 ? 0 : coordinate(c, p);
    if (hpos < 0)
        hpos = head_rule(c, p, 0, n->nkid);
    n->head = K(c, p, hpos);
    n->htok = c->nf[n->head].htok;
    n->fverb = first_verb(c, p);
    pl_pcat k = CAT(c, p);
    if ((k == PC_VP || pl_pc_is_sclause(k)) && is_passive(c, p, hpos))
        n->flags |= N_PASSIVE;
    if (k == PC_S || k == PC_SQ || k == PC_SINV)
        n->subj = find_subject(c, p, hpos);
    if (k == PC_SBAR || k == PC_SBARQ)
        find_complementizer(c, p);
    int l = last_nonpunct(c, p, 0, n->nkid);
    if (pl_pc_is_nominal_phrase(k) && l > 0 && KC(c, p, l) == PC_POS)
        n->flags |= N_POSS;
    if (pl_pc_is_nominal_phrase(k))
        attach_flat_possessives(c, p, hpos);
}
