/*
 * ud_internal.h - shared state of the PTB -> UD converter (ptb2ud.c drives
 * the passes, ud_heads.c finds heads and coordination, ud_rels.c chooses
 * relations). Not part of petrel's interface.
 *
 * Must not: be included outside src/parse/ud_*.c and ptb2ud.c.
 */
#ifndef PETREL_UD_INTERNAL_H
#define PETREL_UD_INTERNAL_H

#include "penn.h"
#include "ptb2ud.h"

/* ---- relations ---------------------------------------------------------- */

typedef enum rel {
    R_NONE, R_ROOT, R_NSUBJ, R_NSUBJ_PASS, R_OBJ, R_IOBJ, R_CSUBJ, R_CSUBJ_PASS, R_CCOMP,
    R_XCOMP, R_ADVCL, R_OBL, R_OBL_AGENT, R_OBL_TMOD, R_OBL_NPMOD, R_NMOD, R_NMOD_POSS,
    R_NMOD_TMOD, R_AMOD, R_ADVMOD, R_DET, R_DET_PREDET, R_NUMMOD, R_COMPOUND,
    R_COMPOUND_PRT, R_CASE, R_MARK, R_CC, R_CC_PRECONJ, R_CONJ, R_AUX, R_AUX_PASS, R_COP,
    R_PUNCT, R_ACL, R_ACL_RELCL, R_APPOS, R_EXPL, R_PARATAXIS, R_DISCOURSE, R_FIXED, R_DEP
} rel;

/* ---- per-node analysis -------------------------------------------------- */

enum { N_EMPTY = 1, N_EXPL = 2, N_PASSIVE = 4, N_POSS = 8, N_LEAF = 16,
       N_TMP_KNOWN = 32, N_TMP = 64 /* pl_ud_is_temporal, once it was asked */ };

/* How an SBAR is introduced; decides ccomp vs advcl and relcl vs acl. */
typedef enum comp { CM_NONE, CM_THAT, CM_WHETHER, CM_IF, CM_WHNP, CM_WHADV, CM_WHPP, CM_SUB } comp;

typedef struct nfo {
    /* set by pass 1 (init_node) */
    unsigned char cat, ft, flags, comp;
    unsigned char rel;  /* relation fixed by the parent's analysis, R_NONE = derive */
    int head;           /* head kid (node id), -1 for leaves */
    int htok;           /* lexical head token, -1 if none */
    int fverb;          /* first verb-like token of a verb chain, -1 */
    int subj;           /* clauses: subject kid (node id), -1 */
    int compt;          /* SBAR: complementizer token, -1 */
    int att;            /* as a kid: attach to this sibling's head instead of the parent's */
    int raise_to;       /* raised subject: token it attaches to, -1 */
    /* set by pass 1 (compact_kids) */
    int first, last;    /* positions of the first and last kid that is not punctuation, -1 */
    int ncc;            /* kids that are CC or CONJP */
    int nsplit;         /* kids that are commas or colons */
    int fvk;            /* position of the first verb-like leaf kid (is_verbish_leaf), -1 */
    int pos;            /* position among the parent's kids */
    /* set by pass 0 (order_nodes) */
    int parent;         /* parent, -1 for the root */
    int kid0, nkid;     /* non-empty kids: kids[kid0 .. kid0 + nkid) */
} nfo;

typedef struct conv {
    const pl_ctree *t;
    nfo *nf;
    int *ord, nord;       /* pass 0's order: parents before children */
    int *phr, nphr;       /* the phrases (not empty, not leaves), children before parents */
    unsigned char *seen;  /* per node: reached by the breadth-first walk */
    const int **link;     /* per node: scratch of pass 0 (preorder_tree) */
    int *kids;
    unsigned char *kcat;  /* category of kids[i]: scans over a phrase's kids read one array */
    int ntok;
    int *tnode;           /* token -> leaf node, -1 if no leaf claims it */
    unsigned char *tcat;  /* token -> category */
    int *scratch;         /* 5 * n + 1 ints: coordination segments, chains, comma counts */
    int *state;           /* per token, for the repair pass */
    size_t *tlen;         /* per token: length of its form (pass 5) */
    unsigned char *trel;  /* per token: its relation (rel), named only at the end */
    pl_token *tok;
} conv;

static inline int K(const conv *c, int p, int i)
{
    return c->kids[c->nf[p].kid0 + i];
}

static inline pl_pcat CAT(const conv *c, int node)
{
    return (pl_pcat)c->nf[node].cat;
}

static inline pl_pcat KC(const conv *c, int p, int i)
{
    return (pl_pcat)c->kcat[c->nf[p].kid0 + i];
}

static inline int is_leaf(const conv *c, int node)
{
    return (c->nf[node].flags & N_LEAF) != 0;
}

static inline const char *word_of(const conv *c, int node)
{
    return is_leaf(c, node) ? c->t->node[node].word : "";
}

static inline pl_pcat tok_cat(const conv *c, int tok)
{
    return tok >= 0 ? (pl_pcat)c->tcat[tok] : PC_OTHER;
}

/* ---- small tests used by every pass -------------------------------------- */

static inline int is_verbish_leaf(const conv *c, int node)
{
    pl_pcat k = CAT(c, node);
    return is_leaf(c, node) && (pl_pc_is_verb(k) || k == PC_TO);
}

static inline int is_be_leaf(const conv *c, int node)
{
    return is_verbish_leaf(c, node) && CAT(c, node) != PC_TO && CAT(c, node) != PC_MD &&
           pl_word_is_be(word_of(c, node));
}

static inline int is_nominal(pl_pcat k)
{
    return pl_pc_is_nominal_phrase(k) || pl_pc_is_noun(k) || k == PC_PRP || k == PC_CD ||
           k == PC_QP;
}

static inline int is_adverbial(pl_pcat k)
{
    return pl_pc_is_adv(k) || k == PC_ADVP || k == PC_WHADVP;
}

static inline int is_split_punct(pl_pcat k)
{
    return k == PC_COMMA || k == PC_COLON;
}

/* The token heading a verb chain is a past participle. */
static inline int fverb_is_vbn(const conv *c, int node)
{
    pl_pcat k = tok_cat(c, c->nf[node].fverb);
    return k == PC_VBN || k == PC_AUXN;
}

/* NP headed by existential "there". */
static inline int is_expl_np(const conv *c, int node)
{
    return tok_cat(c, c->nf[node].htok) == PC_EX;
}

static inline int is_pp(pl_pcat k) { return k == PC_PP || k == PC_WHPP; }

static inline int is_adjish(pl_pcat k) { return k == PC_ADJP || k == PC_WHADJP || pl_pc_is_adj(k); }

/* A bare noun phrase that names a time: NP-TMP, "Monday", "last year". */
int pl_ud_is_temporal(const conv *c, int node);
/* Pass 3 for phrase p (its kids done): head kid, coordination, head token,
 * first verb, passive, subject, complementizer. */
void pl_ud_analyse(conv *c, int p);
/* Pass 4 for phrase p (its parent done): attach every non-head kid's head
 * token with a relation. */
void pl_ud_attach_kids(conv *c, int p);

#endif
