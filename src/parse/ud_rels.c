/*
 * ud_rels.c - pass 4 of the PTB -> UD converter: the relation of each
 * non-head kid to the kid it attaches to, from the phrase's category, the
 * kid's category and the head kid (verb, auxiliary chain or copular
 * predicate), plus the object raised out of a small clause.
 *
 * Must not: change heads (pass 3 fixed them); recurse.
 */
#include "ud_internal.h"

/* ---- pass 4: relations -------------------------------------------------- */

/* What a phrase's head kid is, as far as its dependents care. */
typedef struct ctx {
    int p, k, h;         /* phrase, kid, the kid it attaches to (head or conjunct) */
    int before;          /* kid precedes h */
    int comma;           /* a comma or colon lies between kid and h */
} ctx;

static int head_is_clause(const conv *c, int node)
{
    if (node < 0)
        return 0;
    pl_pcat k = CAT(c, node);
    return pl_pc_is_clause(k) || k == PC_VP || k == PC_FRAG;
}

static int pp_first_word_is(const conv *c, int pp, const char *w)
{
    for (int i = 0; i < c->nf[pp].nkid; i++) {
        int k = K(c, pp, i);
        if (is_leaf(c, k))
            return pl_word_ieq(word_of(c, k), w);
    }
    return 0;
}

/* A VP headed by a past participle that is not under "have": the by-phrase
 * in it is the agent ("was killed by", "victims killed by"). */
static int vp_passive_like(const conv *c, int p)
{
    pl_pcat hk = tok_cat(c, c->nf[p].htok);
    if (hk != PC_VBN && hk != PC_AUXN)
        return 0;
    int q = c->nf[p].parent;
    if (q < 0 || CAT(c, q) != PC_VP || c->nf[q].head != p)
        return 1;
    for (int i = 0; i < c->nf[p].pos; i++) {
        int k = K(c, q, i);
        if (is_verbish_leaf(c, k) && pl_word_is_have(word_of(c, k)))
            return 0;
    }
    return 1;
}

static rel pp_rel_in_clause(const conv *c, const ctx *x)
{
    if (head_is_clause(c, c->nf[x->k].head))
        return R_ADVCL;
    if ((c->nf[x->k].ft & FT_LGS) ||
        (pp_first_word_is(c, x->k, "by") &&
         (CAT(c, x->p) == PC_VP ? vp_passive_like(c, x->p) : (c->nf[x->p].flags & N_PASSIVE))))
        return R_OBL_AGENT;
    return R_OBL;
}

static rel prn_rel(const conv *c, int prn, int in_noun)
{
    if (c->nf[prn].head < 0)
        return R_DEP;
    pl_pcat hk = CAT(c, c->nf[prn].head);
    if (head_is_clause(c, c->nf[prn].head))
        return R_PARATAXIS;
    if (is_nominal(hk))
        return in_noun ? R_APPOS : R_DEP;
    if (is_pp(hk))
        return in_noun ? R_NMOD : R_OBL;
    return is_adverbial(hk) ? R_ADVMOD : R_DEP;
}

/* Relation by the kid's category alone, for phrases with no better rule. */
static rel generic_rel(pl_pcat k)
{
    if (pl_pc_is_punct(k))
        return R_PUNCT;
    if (k == PC_CC || k == PC_CONJP)
        return R_CC;
    if (k == PC_DT || k == PC_WDT)
        return R_DET;
    if (k == PC_PDT)
        return R_DET_PREDET;
    if (k == PC_PRPS || k == PC_WPS)
        return R_NMOD_POSS;
    if (is_adjish(k))
        return R_AMOD;
    if (k == PC_CD || k == PC_QP)
        return R_NUMMOD;
    if (is_adverbial(k))
        return R_ADVMOD;
    if (pl_pc_is_noun(k) || k == PC_NML || k == PC_NX)
        return R_COMPOUND;
    if (is_pp(k))
        return R_NMOD;
    if (pl_pc_is_aux_tag(k))
        return R_AUX;
    if (k == PC_TO)
        return R_MARK;
    if (k == PC_IN || k == PC_POS)
        return R_CASE;
    if (k == PC_RP || k == PC_PRT)
        return R_COMPOUND_PRT;
    if (k == PC_EX)
        return R_EXPL;
    if (k == PC_UH || k == PC_INTJ)
        return R_DISCOURSE;
    return R_DEP;
}

/* A clause has a subject of its own, or its first conjunct does. */
static int has_subject(const conv *c, int k)
{
    while (k >= 0 && !is_leaf(c, k)) {
        if (c->nf[k].subj >= 0)
            return 1;
        k = pl_pc_is_sclause(CAT(c, c->nf[k].head)) ? c->nf[k].head : -1;
    }
    return 0;
}

/* S or SBAR complement of a verb or adjective. A non-finite clause with its
 * own subject ("urged Israel to withdraw", "made it clear") lends that
 * subject to the verb as object. */
static rel clause_complement(conv *c, const ctx *x, int verb_head)
{
    int k = x->k, s = c->nf[k].subj;
    int finite = pl_pc_is_finite(tok_cat(c, c->nf[k].fverb));
    if (s >= 0 && !is_nominal(CAT(c, s)))
        s = -1;
    if (s < 0 && has_subject(c, k))
        return R_CCOMP;
    if (s >= 0) {
        if (!finite && verb_head && !x->comma && !x->before) {
            c->nf[s].raise_to = c->nf[x->p].htok;
            c->nf[s].rel = R_OBJ;
            return R_XCOMP;
        }
        return R_CCOMP;
    }
    if (x->comma || x->before)
        return R_ADVCL;
    return finite ? R_CCOMP : R_XCOMP;
}

static rel sbar_complement(const conv *c, const ctx *x, const char *verb)
{
    int k = x->k;
    if (CAT(c, k) != PC_SBAR && CAT(c, k) != PC_SBARQ)
        return R_CCOMP;
    const char *w = c->nf[k].compt >= 0 ? c->t->node[c->tnode[c->nf[k].compt]].word : "";
    switch ((comp)c->nf[k].comp) {
    case CM_NONE: case CM_THAT: case CM_WHETHER: case CM_WHNP: case CM_WHPP:
        return x->comma ? R_ADVCL : R_CCOMP;
    case CM_IF:
        return pl_word_is_question_verb(verb) ? R_CCOMP : R_ADVCL;
    case CM_WHADV:
        return pl_word_ieq(w, "how") || pl_word_ieq(w, "why") ? R_CCOMP : R_ADVCL;
    default:
        return R_ADVCL;
    }
}

/* Verb or auxiliary word standing before the head of a VP or clause. */
static rel aux_rel(const conv *c, const ctx *x)
{
    pl_pcat hk = CAT(c, x->h);
    int pred = hk != PC_VP && !pl_pc_is_sclause(hk) && !is_verbish_leaf(c, x->h);
    if (CAT(c, x->k) == PC_TO)
        return R_MARK;
    if (pred && is_be_leaf(c, x->k))
        return R_COP;
    if (!pred && fverb_is_vbn(c, x->h) &&
        (is_be_leaf(c, x->k) || pl_word_is_get(word_of(c, x->k))))
        return R_AUX_PASS;
    return R_AUX;
}

static int next_is_object_np(const conv *c, const ctx *x)
{
    int i = c->nf[x->k].pos + 1;
    if (i >= c->nf[x->p].nkid)
        return 0;
    int n = K(c, x->p, i);
    return is_nominal(CAT(c, n)) && !pl_ud_is_temporal(c, n);
}

static rel vp_nominal_rel(const conv *c, const ctx *x)
{
    int verb_head = is_verbish_leaf(c, x->h);
    if (c->nf[x->k].ft & FT_TMP)
        return R_OBL_TMOD;
    if (!verb_head || x->before)
        return pl_ud_is_temporal(c, x->k) ? R_OBL_TMOD : R_DEP;
    const char *v = word_of(c, x->h);
    if ((c->nf[x->p].flags & N_EXPL) && pl_word_is_be(v))
        return R_NSUBJ;
    if (pl_ud_is_temporal(c, x->k))
        return R_OBL_TMOD;
    if (pl_word_is_copula_like(v))
        return R_XCOMP;
    if (c->nf[x->k].pos == c->nf[x->h].pos + 1 && next_is_object_np(c, x))
        return R_IOBJ;
    return R_OBJ;
}

static rel vp_rel(conv *c, const ctx *x)
{
    pl_pcat k = CAT(c, x->k);
    int verb_head = is_verbish_leaf(c, x->h);
    if (is_verbish_leaf(c, x->k))
        return x->before ? aux_rel(c, x) : R_DEP;
    if (is_nominal(k))
        return vp_nominal_rel(c, x);
    if (is_pp(k))
        return pp_rel_in_clause(c, x);
    if (pl_pc_is_sclause(k))
        return clause_complement(c, x, verb_head);
    if (k == PC_SBAR)
        return sbar_complement(c, x, word_of(c, x->h));
    if (k == PC_VP)
        return verb_head && !x->before ? R_XCOMP : R_DEP;
    if (is_adjish(k))
        return x->before ? R_DEP : R_XCOMP;
    if (k == PC_IN)
        return head_is_clause(c, x->h) ? R_MARK : R_CASE;
    if (k == PC_PRN)
        return prn_rel(c, x->k, 0);
    if (k == PC_UCP)
        return verb_head && !x->before ? R_OBJ : R_DEP;
    return generic_rel(k);
}

static rel subject_rel(const conv *c, const ctx *x)
{
    int passive = (c->nf[x->p].flags & N_PASSIVE) != 0;
    if (!is_nominal(CAT(c, x->k)))
        return passive ? R_CSUBJ_PASS : R_CSUBJ;
    if (is_expl_np(c, x->k))
        return R_EXPL;
    return passive ? R_NSUBJ_PASS : R_NSUBJ;
}

static rel clause_rel(conv *c, const ctx *x)
{
    pl_pcat k = CAT(c, x->k), pk = CAT(c, x->p);
    int full = pk == PC_S || pk == PC_SINV || pk == PC_SQ;
    if (c->nf[x->p].subj == x->k)
        return subject_rel(c, x);
    if (is_nominal(k)) {
        if (pl_ud_is_temporal(c, x->k))
            return R_OBL_TMOD;
        return is_expl_np(c, x->k) ? R_EXPL : R_DEP;
    }
    if (is_verbish_leaf(c, x->k))
        return x->before ? aux_rel(c, x) : R_DEP;
    if (pl_pc_is_sclause(k)) {
        if (!full)
            return R_PARATAXIS;
        if (has_subject(c, x->k))
            return x->before ? R_CCOMP : R_PARATAXIS;
        return R_ADVCL;
    }
    if (k == PC_SBAR) {
        comp cm = (comp)c->nf[x->k].comp;
        if (pk == PC_SINV && (cm == CM_NONE || cm == CM_THAT || cm == CM_WHNP))
            return R_CCOMP;
        return full ? R_ADVCL : R_DEP;
    }
    if (is_pp(k))
        return pp_rel_in_clause(c, x);
    if (k == PC_IN)
        return R_MARK;
    if (k == PC_PRN)
        return prn_rel(c, x->k, 0);
    if (k == PC_VP || is_adjish(k))
        return R_DEP;
    return generic_rel(k);
}

/* The WH word of a relative or question clause fills the slot the clause
 * lacks: its subject if it has none, else its object. */
static rel wh_rel(const conv *c, int sbar)
{
    int s = c->nf[sbar].head;
    if (s < 0)
        return R_NSUBJ;
    if (pl_pc_is_sclause(CAT(c, s)) && c->nf[s].subj >= 0)
        return R_OBJ;
    return (c->nf[s].flags & N_PASSIVE) ? R_NSUBJ_PASS : R_NSUBJ;
}

static int sbar_is_relative(const conv *c, int sbar)
{
    int q = c->nf[sbar].parent;
    return q >= 0 && pl_pc_is_nominal_phrase(CAT(c, q));
}

static rel sbar_rel(const conv *c, const ctx *x)
{
    pl_pcat k = CAT(c, x->k);
    if (k == PC_WHNP || k == PC_WP || k == PC_WDT)
        return wh_rel(c, x->p);
    if (k == PC_IN || k == PC_DT || k == PC_TO) {
        if (c->nf[x->p].comp == CM_THAT && c->nf[x->p].compt == c->nf[x->k].htok &&
            sbar_is_relative(c, x->p) && wh_rel(c, x->p) != R_OBJ)
            return wh_rel(c, x->p);
        return is_nominal(CAT(c, x->h)) ? R_CASE : R_MARK;
    }
    if (k == PC_WHADVP || is_adverbial(k))
        return R_ADVMOD;
    if (k == PC_WHPP)
        return R_OBL;
    if (is_nominal(k))
        return R_OBL_NPMOD;
    return generic_rel(k);
}

static int next_is_pos(const conv *c, const ctx *x)
{
    int i = c->nf[x->k].pos + 1;
    return i < c->nf[x->p].nkid && KC(c, x->p, i) == PC_POS;
}

static rel np_sbar_rel(const conv *c, int sbar)
{
    switch ((comp)c->nf[sbar].comp) {
    case CM_WHNP: case CM_WHADV: case CM_WHPP: case CM_NONE:
        return R_ACL_RELCL;
    case CM_THAT:
        return wh_rel(c, sbar) == R_OBJ ? R_ACL : R_ACL_RELCL;
    default:
        return R_ACL;
    }
}

static rel np_rel(const conv *c, const ctx *x)
{
    pl_pcat k = CAT(c, x->k);
    if (k == PC_POS)
        return R_CASE;
    if (is_nominal(k) && k != PC_CD && k != PC_QP && k != PC_PRP) {
        if (pl_pc_is_sclause(CAT(c, x->h)))
            return R_DEP;   /* the place name of a dateline */
        if ((c->nf[x->k].flags & N_POSS) || next_is_pos(c, x))
            return R_NMOD_POSS;
        if (x->before)
            return R_COMPOUND;
        return pl_ud_is_temporal(c, x->k) ? R_NMOD_TMOD : R_APPOS;
    }
    if (k == PC_VBN || k == PC_VBG)
        return x->before ? R_AMOD : R_ACL;
    if (is_pp(k))
        return head_is_clause(c, c->nf[x->k].head) ? R_ACL : R_NMOD;
    if (k == PC_SBAR)
        return np_sbar_rel(c, x->k);
    if (pl_pc_is_sclause(k) || k == PC_VP || k == PC_RRC)
        return R_ACL;
    if (k == PC_PRN)
        return prn_rel(c, x->k, 1);
    if (k == PC_PRP || k == PC_IN || k == PC_TO || k == PC_DOLLAR)
        return R_DEP;
    return generic_rel(k);
}

static rel pp_rel(const conv *c, const ctx *x)
{
    pl_pcat k = CAT(c, x->k);
    if (is_adverbial(k))
        return R_ADVMOD;
    if (x->before) {
        if (is_nominal(k))
            return R_OBL_NPMOD;
        if (is_leaf(c, x->k) || is_pp(k))
            return head_is_clause(c, x->h) ? R_MARK : R_CASE;
        return R_DEP;
    }
    return is_pp(k) ? R_NMOD : R_DEP;
}

static rel adjp_rel(conv *c, const ctx *x)
{
    pl_pcat k = CAT(c, x->k);
    if (k == PC_JJR || k == PC_RBR || k == PC_JJS || k == PC_RBS)
        return x->before ? R_ADVMOD : R_DEP;
    if (is_pp(k))
        return head_is_clause(c, c->nf[x->k].head) ? R_ADVCL : R_OBL;
    if (pl_pc_is_sclause(k))
        return clause_complement(c, x, 0);
    if (k == PC_SBAR)
        return sbar_complement(c, x, "");
    if (is_nominal(k) && k != PC_CD && k != PC_QP)
        return R_OBL_NPMOD;
    return generic_rel(k);
}

static rel advp_rel(const conv *c, const ctx *x)
{
    pl_pcat k = CAT(c, x->k);
    if (is_nominal(k) && k != PC_CD)
        return R_OBL_NPMOD;
    if (is_pp(k))
        return R_OBL;
    if (k == PC_SBAR || pl_pc_is_sclause(k))
        return R_ADVCL;
    if (k == PC_IN || k == PC_TO)
        return R_CASE;
    return generic_rel(k);
}

static rel qp_rel(const conv *c, const ctx *x)
{
    pl_pcat k = CAT(c, x->k);
    if (k == PC_CD)
        return R_COMPOUND;
    if (is_adjish(k) || is_adverbial(k))
        return R_ADVMOD;
    if (k == PC_IN || k == PC_TO)
        return R_CASE;
    return generic_rel(k);
}

static rel rel_for(conv *c, const ctx *x)
{
    pl_pcat k = CAT(c, x->k);
    if (pl_pc_is_punct(k))
        return R_PUNCT;
    if (k == PC_CC || k == PC_CONJP)
        return R_CC;
    switch (CAT(c, x->p)) {
    case PC_VP: case PC_RRC:
        return vp_rel(c, x);
    case PC_S: case PC_SINV: case PC_SQ: case PC_FRAG: case PC_X: case PC_ROOT:
        return clause_rel(c, x);
    case PC_SBAR: case PC_SBARQ:
        return sbar_rel(c, x);
    case PC_NP: case PC_NX: case PC_NML: case PC_NAC: case PC_NE: case PC_NEC: case PC_WHNP:
        return np_rel(c, x);
    case PC_PP: case PC_WHPP:
        return pp_rel(c, x);
    case PC_ADJP: case PC_WHADJP:
        return adjp_rel(c, x);
    case PC_ADVP: case PC_WHADVP:
        return advp_rel(c, x);
    case PC_QP:
        return qp_rel(c, x);
    case PC_CONJP: case PC_PRT:
        return R_FIXED;
    case PC_PRN:
        return R_DEP;
    default:
        return generic_rel(k);
    }
}

/* comma[i]: commas and colons among the kids before position i, so "is
 * there a comma between a and b" is O(1). */
static void count_commas(const conv *c, int p, int *comma)
{
    comma[0] = 0;
    for (int i = 0; i < c->nf[p].nkid; i++)
        comma[i + 1] = comma[i] + is_split_punct(KC(c, p, i));
}

void pl_ud_attach_kids(conv *c, int p)
{
    nfo *n = &c->nf[p];
    int *comma = c->scratch;
    if (n->nsplit > 0)
        count_commas(c, p, comma);
    for (int i = 0; i < n->nkid; i++) {
        int k = K(c, p, i);
        nfo *kn = &c->nf[k];
        if (k == n->head || kn->htok < 0)
            continue;
        int h = kn->att >= 0 ? kn->att : n->head;
        int a = i < c->nf[h].pos ? i : c->nf[h].pos, b = i < c->nf[h].pos ? c->nf[h].pos : i;
        ctx x = {p, k, h, i < c->nf[h].pos, n->nsplit > 0 && comma[b] - comma[a + 1] > 0};
        rel r = kn->rel ? (rel)kn->rel : rel_for(c, &x);
        c->tok[kn->htok].head = kn->raise_to >= 0 ? kn->raise_to : c->nf[h].htok;
        c->trel[kn->htok] = (unsigned char)r;
    }
}
