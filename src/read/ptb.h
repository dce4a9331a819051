/*
 * ptb.h - Penn Treebank bracketed parses, as CoreNLP writes them into the
 * <Parse> element of PETRARCH XML: "(ROOT (S (NP (NNP Arnor)) (VP ...)))".
 *
 * Reads one bracketed tree into a flat node array (children linked by index).
 * Words keep their original case; -LRB-/-RRB- style escapes are mapped back
 * to brackets. Unbalanced brackets or junk make the read fail with a
 * diagnostic; the caller treats that sentence as a bad parse.
 *
 * Must not: decide heads or dependencies (that is parse/ptb2ud.c).
 */
#ifndef PETREL_PTB_H
#define PETREL_PTB_H

#include <stddef.h>

#include "../util/arena.h"
#include "../util/diag.h"

typedef struct pl_cnode {
    const char *label;   /* phrase label or POS tag, function tags kept: "NP-SBJ" */
    const char *word;    /* preterminals: the word; phrases: NULL */
    int parent;          /* -1 for the root */
    int first_child;     /* -1 if none */
    int next_sibling;    /* -1 if none */
    int token;           /* preterminals: 0-based token index; phrases: -1 */
} pl_cnode;

/* Nodes are stored in preorder (a parent's index is below its children's),
 * so a reverse loop over node[] visits children before parents. Empty
 * elements (-NONE-) keep their word but get token -1: they are not tokens. */
typedef struct pl_ctree {
    pl_cnode *node;      /* node[0] is the root */
    int n;
    int ntokens;
} pl_ctree;

typedef enum pl_ptb_status {
    PTB_OK = 0,
    PTB_EMPTY,           /* nothing but whitespace */
    PTB_UNBALANCED,      /* brackets do not balance */
    PTB_MALFORMED        /* anything else that is not a tree */
} pl_ptb_status;

/* Parse text[0..len). On failure *out is left empty and a diagnostic naming
 * `where` (e.g. "file.xml:123") is reported unless the status is PTB_EMPTY.
 * where_line is the line text[0] is on; the diagnostic adds the newlines
 * before the offending bracket, so it points at the line of the problem. */
pl_ptb_status pl_ptb_read(const char *text, size_t len, pl_arena *a, pl_ctree *out,
                          pl_diag *d, const char *where_file, long where_line);

/* 1 when the tree looks like a PETRARCH-1 "dateline": the root's first
 * child is labelled NE and that node's first child NEC, as in
 * "(ROOT (NE (NEC ..." (the validation suite's error="dateline"). */
int pl_ptb_is_dateline(const pl_ctree *t);

#endif
