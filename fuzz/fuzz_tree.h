/*
 * fuzz_tree.h - the documented invariants of a Penn Treebank tree
 * (src/read/ptb.h) and of its Universal Dependencies conversion
 * (src/parse/ptb2ud.h, src/parse/sentence.h), checked by fuzz_ptb and
 * fuzz_xml. A broken promise calls abort().
 */
#ifndef PETREL_FUZZ_TREE_H
#define PETREL_FUZZ_TREE_H

#include <stdlib.h>
#include <string.h>

#include "../src/parse/ptb2ud.h"
#include "../src/read/ptb.h"
#include "fuzz_common.h"

/* Nodes in preorder (node[0] the root, a parent's index below its
 * children's), child and sibling links consistent with parent, every word
 * in a leaf, tokens numbered 0..ntokens-1 in order, -NONE- words no token. */
static inline void fuzz_check_ctree(const pl_ctree *t)
{
    if (t->n < 1 || !t->node || t->ntokens < 0 || t->node[0].parent != -1)
        abort();
    int next = 0;
    for (int i = 0; i < t->n; i++) {
        const pl_cnode *nd = &t->node[i];
        if (!nd->label)
            abort();
        fuzz_touch(nd->label);
        if (i > 0 && (nd->parent < 0 || nd->parent >= i))
            abort();
        if (nd->first_child != -1 && (nd->first_child <= i || nd->first_child >= t->n ||
                                      t->node[nd->first_child].parent != i))
            abort();
        if (nd->next_sibling != -1 && (nd->next_sibling <= i || nd->next_sibling >= t->n ||
                                       t->node[nd->next_sibling].parent != nd->parent))
            abort();
        if (nd->word && nd->first_child != -1)
            abort(); /* a word sits in a leaf */
        if (nd->token >= 0) {
            if (nd->token != next++ || !nd->word)
                abort();
        } else if (nd->token != -1) {
            abort();
        } else if (nd->word && strcmp(nd->label, "-NONE-") != 0) {
            abort(); /* only empty elements keep a word without a token */
        }
        fuzz_touch(nd->word);
    }
    if (next != t->ntokens)
        abort();
    /* every child is reached from its parent's child list exactly once */
    int reached = 1;
    for (int i = 0; i < t->n; i++)
        for (int c = t->node[i].first_child; c != -1; c = t->node[c].next_sibling) {
            if (t->node[c].parent != i)
                abort();
            reached++;
        }
    if (reached != t->n)
        abort();
}

/* One dependency tree over the tree's tokens: tokens numbered as the tree
 * numbers them, exactly one root (head -1), every other head in range and not
 * the token itself, no cycle; every string set; byte offsets inside the text
 * (and in order where aligned), or start == end when not aligned. */
static inline void fuzz_check_ud(const pl_ctree *t, const pl_sentence *s, const char *text)
{
    if (s->n != t->ntokens || s->n < 1 || !s->tok || !s->text)
        abort();
    if (text ? s->text != text : s->text[0] != '\0')
        abort();
    size_t len = strlen(s->text);
    int roots = 0;
    uint32_t last_end = 0;
    for (int i = 0; i < s->n; i++) {
        const pl_token *tk = &s->tok[i];
        if (tk->head == -1)
            roots++;
        else if (tk->head < 0 || tk->head >= s->n || tk->head == i)
            abort();
        if (!tk->form || !tk->norm || !tk->lemma || !tk->deprel[0] || !tk->upos[0])
            abort();
        if (!memchr(tk->upos, '\0', sizeof tk->upos) || !memchr(tk->xpos, '\0', sizeof tk->xpos) ||
            !memchr(tk->deprel, '\0', sizeof tk->deprel))
            abort();
        if (strlen(tk->form) != strlen(tk->norm))
            abort();
        fuzz_touch(tk->form);
        fuzz_touch(tk->norm);
        fuzz_touch(tk->lemma);
        if (tk->start > tk->end || tk->end > len)
            abort();
        if (!text && tk->end != tk->start)
            abort();
        if (tk->end > tk->start) {
            if (tk->start < last_end)
                abort();
            last_end = tk->end;
        }
    }
    if (roots != 1)
        abort();
    for (int i = 0; i < s->n; i++) {
        int j = i, steps = 0;
        while (s->tok[j].head >= 0) {
            j = s->tok[j].head;
            if (++steps > s->n)
                abort();
        }
    }
}

/* Read text[0..len) as a tree; when it reads, check it, convert it with and
 * without sentence text and check both results. Returns the read status. */
static inline pl_ptb_status fuzz_tree_round(const char *parse, size_t len, const char *text,
                                            const char *where, long line)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_diag d = fuzz_diag(where);
    pl_ctree t;
    pl_ptb_status st = pl_ptb_read(parse, len, &a, &t, &d, where, line);
    if (st != PTB_OK) {
        if (t.n != 0 || t.ntokens != 0)
            abort(); /* on failure the tree is left empty */
        if ((st == PTB_EMPTY) != (d.errors == 0))
            abort(); /* every failure but an empty parse is reported */
    } else {
        fuzz_check_ctree(&t);
        fuzz_sink += (size_t)pl_ptb_is_dateline(&t);
        pl_sentence s;
        if (pl_ptb_to_ud(&t, NULL, &a, &s) == 0)
            fuzz_check_ud(&t, &s, NULL);
        else if (t.ntokens > 0)
            abort();
        if (text) {
            if (pl_ptb_to_ud(&t, text, &a, &s) == 0)
                fuzz_check_ud(&t, &s, text);
            else if (t.ntokens > 0)
                abort();
        }
    }
    pl_arena_free(&a);
    return st;
}

#endif
