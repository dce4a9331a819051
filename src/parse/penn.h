/*
 * penn.h - Penn Treebank labels and the few word classes the PTB -> UD
 * converter needs: label -> category (function tags split off), category
 * groups, UPOS defaults, and closed-class word lists (auxiliaries,
 * temporal nouns, complementizers).
 *
 * Must not: hold state; everything here is a pure function or a const table.
 */
#ifndef PETREL_PENN_H
#define PETREL_PENN_H

#include <stddef.h>

/* Order matters: the groups tested by the pl_pc_is_* helpers are ranges. */
typedef enum pl_pcat {
    PC_OTHER = 0,
    /* clauses */
    PC_S, PC_SINV, PC_SQ, PC_SBARQ, PC_SBAR,
    /* nominal phrases */
    PC_NP, PC_NX, PC_NML, PC_NAC, PC_NE, PC_NEC, PC_WHNP,
    /* other phrases */
    PC_ROOT, PC_VP, PC_RRC, PC_PP, PC_WHPP, PC_ADJP, PC_WHADJP, PC_ADVP, PC_WHADVP,
    PC_QP, PC_PRN, PC_FRAG, PC_UCP, PC_X, PC_CONJP, PC_PRT, PC_INTJ, PC_LST,
    /* nouns */
    PC_NN, PC_NNS, PC_NNP, PC_NNPS,
    /* verbs, auxiliaries (BLLIP's AUX tags) and modals */
    PC_VB, PC_VBD, PC_VBG, PC_VBN, PC_VBP, PC_VBZ,
    PC_AUX, PC_AUXB, PC_AUXD, PC_AUXG, PC_AUXN, PC_AUXP, PC_AUXZ, PC_MD,
    /* adjectives, adverbs */
    PC_JJ, PC_JJR, PC_JJS, PC_RB, PC_RBR, PC_RBS, PC_WRB,
    /* everything else */
    PC_CC, PC_CD, PC_DT, PC_EX, PC_FW, PC_IN, PC_LS, PC_PDT, PC_POS, PC_PRP, PC_PRPS,
    PC_RP, PC_SYM, PC_TO, PC_UH, PC_WDT, PC_WP, PC_WPS, PC_DOLLAR, PC_HASH,
    PC_ADD, PC_AFX, PC_GW, PC_XX,
    /* punctuation */
    PC_COMMA, PC_COLON, PC_PERIOD, PC_LQUOTE, PC_RQUOTE, PC_LRB, PC_RRB, PC_HYPH, PC_NFP,
    PC_NONE, /* -NONE- */
    PC_COUNT
} pl_pcat;

/* Function tags kept as bits. */
enum { FT_SBJ = 1, FT_TMP = 2, FT_PRD = 4, FT_LGS = 8 };

/* Category of a label such as "NP-SBJ-1" or "-LRB-"; *ftags gets the
 * function tag bits and *base_len the length of the bare label. */
pl_pcat pl_penn_category(const char *label, unsigned *ftags, size_t *base_len);

static inline int pl_pc_is_clause(pl_pcat c) { return c >= PC_S && c <= PC_SBAR; }
static inline int pl_pc_is_sclause(pl_pcat c) { return c >= PC_S && c <= PC_SBARQ; }
static inline int pl_pc_is_nominal_phrase(pl_pcat c) { return c >= PC_NP && c <= PC_WHNP; }
static inline int pl_pc_is_noun(pl_pcat c) { return c >= PC_NN && c <= PC_NNPS; }
static inline int pl_pc_is_verb(pl_pcat c) { return c >= PC_VB && c <= PC_MD; }
static inline int pl_pc_is_aux_tag(pl_pcat c) { return c >= PC_AUX && c <= PC_MD; }
static inline int pl_pc_is_adj(pl_pcat c) { return c >= PC_JJ && c <= PC_JJS; }
static inline int pl_pc_is_adv(pl_pcat c) { return c >= PC_RB && c <= PC_WRB; }
static inline int pl_pc_is_punct(pl_pcat c) { return c >= PC_COMMA && c <= PC_NFP; }
static inline int pl_pc_is_phrase(pl_pcat c) { return c >= PC_S && c <= PC_LST; }

/* Finite verb tag (VBD VBZ VBP MD and BLLIP's finite AUX tags). */
int pl_pc_is_finite(pl_pcat c);
/* UD universal POS for a tag before any context is known. */
const char *pl_penn_upos(pl_pcat c);

/* Closed-class words, ASCII case-insensitive. */
int pl_word_is_be(const char *w);
int pl_word_is_have(const char *w);
int pl_word_is_do(const char *w);
int pl_word_is_get(const char *w);
int pl_word_is_copula_like(const char *w);     /* become, remain, seem: NP/ADJP -> xcomp */
int pl_word_is_question_verb(const char *w);   /* ask, wonder, know...: "if" clause -> ccomp */
/* Always a time: 1 for today/yesterday/tomorrow/tonight, 2 for day and
 * month names (a time only when tagged as a proper noun: "the march"). */
int pl_word_is_temporal_noun(const char *w);
int pl_word_is_time_unit(const char *w);       /* a time with last/next/...: year, week */
int pl_word_is_time_modifier(const char *w);   /* last, next, this, every, ... */
int pl_word_ieq(const char *a, const char *b);

#endif
