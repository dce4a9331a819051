/*
 * test_ptb.c - the Penn Treebank bracket reader: shapes it accepts, escapes,
 * tokens, diagnostics for bad brackets, the dateline detector, and the
 * unbalanced parses of the PETRARCH unit-test file.
 */
#include "test.h"

#include <stdlib.h>

#include "../src/read/petrarch_xml.h"
#include "../src/read/ptb.h"

typedef struct msgs {
    char last[512];
    int n;
} msgs;

static void keep_msg(void *ud, const char *msg)
{
    msgs *m = ud;
    snprintf(m->last, sizeof m->last, "%s", msg);
    m->n++;
}

static pl_ptb_status read_str(const char *s, pl_arena *a, pl_ctree *t, msgs *m)
{
    pl_diag d = {m ? keep_msg : NULL, m, 0, m == NULL};
    return pl_ptb_read(s, strlen(s), a, t, &d, "f.xml", 10);
}

/* Index of the first node with this label, -1 if none. */
static int find_label(const pl_ctree *t, const char *label)
{
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->node[i].label, label) == 0)
            return i;
    return -1;
}

TEST(ptb_reads_simple_tree)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    msgs m = {{0}, 0};
    CHECK_INT(read_str("(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (ADJP (JJ big))) (. .)))", &a, &t, &m),
              PTB_OK);
    CHECK_INT(t.n, 9);
    CHECK_INT(t.ntokens, 4);
    CHECK_STR(t.node[0].label, "ROOT");
    CHECK_INT(t.node[0].parent, -1);
    int nnp = find_label(&t, "NNP"), dot = find_label(&t, ".");
    CHECK_STR(t.node[nnp].word, "Arnor");
    CHECK_INT(t.node[nnp].token, 0);
    CHECK_INT(t.node[dot].token, 3);
    CHECK_STR(t.node[dot].word, ".");
    CHECK(t.node[find_label(&t, "S")].word == NULL);
    CHECK_INT(t.node[find_label(&t, "S")].token, -1);
    for (int i = 1; i < t.n; i++)
        CHECK(t.node[i].parent >= 0 && t.node[i].parent < i); /* preorder */
    CHECK_INT(m.n, 0);
    pl_arena_free(&a);
}

TEST(ptb_children_in_order)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    CHECK_INT(read_str("(S (NP (DT a)) (VP (VB b)) (. c))", &a, &t, NULL), PTB_OK);
    int c = t.node[0].first_child;
    CHECK_STR(t.node[c].label, "NP");
    c = t.node[c].next_sibling;
    CHECK_STR(t.node[c].label, "VP");
    c = t.node[c].next_sibling;
    CHECK_STR(t.node[c].label, ".");
    CHECK_INT(t.node[c].next_sibling, -1);
    pl_arena_free(&a);
}

TEST(ptb_empty_root_label_and_no_spaces)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    CHECK_INT(read_str("( (S(NP(PRP it))(VP(VBZ works))) )", &a, &t, NULL), PTB_OK);
    CHECK_STR(t.node[0].label, "");
    CHECK_INT(t.ntokens, 2);
    CHECK_STR(t.node[find_label(&t, "VBZ")].word, "works");
    pl_arena_free(&a);
}

TEST(ptb_bracket_escapes_and_odd_words)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    CHECK_INT(read_str("(NP (-LRB- -LRB-) (NNP U.S.) ($ $) (: --) (-RRB- -RRB-) (-LCB- -LCB-)"
                       " (-RSB- -RSB-) (NN a\\/b))",
                       &a, &t, NULL),
              PTB_OK);
    CHECK_STR(t.node[find_label(&t, "-LRB-")].word, "(");
    CHECK_STR(t.node[find_label(&t, "-RRB-")].word, ")");
    CHECK_STR(t.node[find_label(&t, "-LCB-")].word, "{");
    CHECK_STR(t.node[find_label(&t, "-RSB-")].word, "]");
    CHECK_STR(t.node[find_label(&t, "NNP")].word, "U.S.");
    CHECK_STR(t.node[find_label(&t, "$")].word, "$");
    CHECK_STR(t.node[find_label(&t, ":")].word, "--");
    CHECK_STR(t.node[find_label(&t, "NN")].word, "a\\/b");
    CHECK_INT(t.ntokens, 8);
    pl_arena_free(&a);
}

TEST(ptb_none_elements_are_not_tokens)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    CHECK_INT(read_str("(S (NP-SBJ (-NONE- *PRO*)) (VP (VB go) (NP (NN home))))", &a, &t, NULL),
              PTB_OK);
    CHECK_INT(t.ntokens, 2);
    int none = find_label(&t, "-NONE-");
    CHECK_INT(t.node[none].token, -1);
    CHECK_STR(t.node[none].word, "*PRO*");
    CHECK_INT(t.node[find_label(&t, "VB")].token, 0);
    CHECK_STR(t.node[find_label(&t, "NP-SBJ")].label, "NP-SBJ"); /* function tags kept */
    pl_arena_free(&a);
}

TEST(ptb_several_words_in_one_node)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    CHECK_INT(read_str("(S (NP the dog) (VP (VB barks) loudly))", &a, &t, NULL), PTB_OK);
    CHECK_INT(t.ntokens, 4);
    int np = find_label(&t, "NP");
    CHECK(t.node[np].word == NULL);
    int w1 = t.node[np].first_child, w2 = t.node[w1].next_sibling;
    CHECK_STR(t.node[w1].word, "the");
    CHECK_STR(t.node[w1].label, "NP");
    CHECK_STR(t.node[w2].word, "dog");
    CHECK_INT(t.node[w1].token, 0);
    CHECK_INT(t.node[w2].token, 1);
    for (int i = 1; i < t.n; i++)
        CHECK(t.node[i].parent < i);
    pl_arena_free(&a);
}

TEST(ptb_unbalanced_too_few)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    msgs m = {{0}, 0};
    CHECK_INT(read_str("(ROOT (S (NP (NN x))\n (VP (VB y))", &a, &t, &m), PTB_UNBALANCED);
    CHECK_INT(m.n, 1);
    CHECK(strstr(m.last, "f.xml:11:") == m.last);
    CHECK(strstr(m.last, "2 '(' not closed") != NULL);
    CHECK_INT(t.n, 0);
    pl_arena_free(&a);
}

TEST(ptb_unbalanced_too_many)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    msgs m = {{0}, 0};
    CHECK_INT(read_str("(ROOT (S (NP (NN x)))\n\n))", &a, &t, &m), PTB_UNBALANCED);
    CHECK_INT(m.n, 1);
    CHECK(strstr(m.last, "f.xml:12:") == m.last);
    CHECK(strstr(m.last, "')' without a matching '('") != NULL);
    /* a stray ')' in the middle closes the tree early; more text follows */
    CHECK_INT(read_str("(ROOT (S (NP (NN x))))\n (VP (VB y)))", &a, &t, &m), PTB_UNBALANCED);
    CHECK_INT(m.n, 2);
    CHECK(strstr(m.last, "f.xml:10: unbalanced parse: more ')' than '('") == m.last);
    pl_arena_free(&a);
}

TEST(ptb_empty_and_malformed)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    msgs m = {{0}, 0};
    CHECK_INT(read_str("  \n\t ", &a, &t, &m), PTB_EMPTY);
    CHECK_INT(m.n, 0);
    CHECK_INT(read_str("hello (S (NN x))", &a, &t, &m), PTB_MALFORMED);
    CHECK_INT(m.n, 1);
    CHECK_INT(read_str("(S (NN x)) (S (NN y))", &a, &t, &m), PTB_MALFORMED);
    CHECK(strstr(m.last, "after the end") != NULL);
    CHECK_INT(read_str("(S (NN x)) junk", &a, &t, &m), PTB_MALFORMED);
    CHECK_INT(m.n, 3);
    pl_arena_free(&a);
}

TEST(ptb_deep_nesting_does_not_recurse)
{
    enum { DEPTH = 200000 };
    char *s = malloc(DEPTH * 4 + 16);
    size_t n = 0;
    for (int i = 0; i < DEPTH; i++)
        memcpy(s + n, "(X ", 3), n += 3;
    memcpy(s + n, "w", 1), n += 1;
    for (int i = 0; i < DEPTH; i++)
        s[n++] = ')';
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    CHECK_INT(pl_ptb_read(s, n, &a, &t, NULL, "deep", 1), PTB_OK);
    CHECK_INT(t.n, DEPTH);
    CHECK_INT(t.ntokens, 1);
    pl_arena_free(&a);
    free(s);
}

/* The node array is sized from the text's length; parses with more nodes
 * per byte than usual make it grow, and every link must survive that. */
TEST(ptb_node_array_grows)
{
    enum { KIDS = 3000 };
    char *s = malloc(KIDS * 8 + 16);
    size_t n = 0;
    memcpy(s + n, "(X", 2), n += 2;
    for (int i = 0; i < KIDS; i++) {
        if (i % 2)
            memcpy(s + n, "(A a)", 5), n += 5;
        else
            memcpy(s + n, " b", 2), n += 2;   /* a word beside phrases: a node of its own */
    }
    s[n++] = ')';
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    CHECK_INT(pl_ptb_read(s, n, &a, &t, NULL, "grow", 1), PTB_OK);
    CHECK_INT(t.n, KIDS + 1);
    CHECK_INT(t.ntokens, KIDS);
    int k = t.node[0].first_child, count = 0;
    for (; k >= 0; k = t.node[k].next_sibling, count++) {
        CHECK_INT(t.node[k].parent, 0);
        CHECK_INT(t.node[k].token, count);
        CHECK_STR(t.node[k].word, count % 2 ? "a" : "b");
        CHECK_STR(t.node[k].label, count % 2 ? "A" : "X");
    }
    CHECK_INT(count, KIDS);
    pl_arena_free(&a);
    free(s);
}

/* Only len bytes are read: no terminator is needed and what follows is
 * not looked at. */
TEST(ptb_reads_only_len_bytes)
{
    const char *s = "(S (NN x))(junk";
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    msgs m = {{0}, 0};
    pl_diag d = {keep_msg, &m, 0, 0};
    CHECK_INT(pl_ptb_read(s, 10, &a, &t, &d, "len", 1), PTB_OK);
    CHECK_INT(t.n, 2);
    CHECK_STR(t.node[1].word, "x");
    CHECK_INT(pl_ptb_read(s, 8, &a, &t, &d, "len", 1), PTB_UNBALANCED);
    CHECK_INT(pl_ptb_read("(S (NN -LRB-", 12, &a, &t, &d, "len", 1), PTB_UNBALANCED);
    CHECK_INT(m.n, 2);
    CHECK_INT(pl_ptb_read("(S (NN -LRB-))", 14, &a, &t, &d, "len", 1), PTB_OK);
    CHECK_STR(t.node[1].word, "(");
    pl_arena_free(&a);
}

TEST(ptb_dateline_detector)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    CHECK_INT(read_str("(ROOT (NE (NEC (NNP CEBU)) (NNP CITY)) (: --) (S (VP (VB x))))", &a, &t, NULL),
              PTB_OK);
    CHECK_INT(pl_ptb_is_dateline(&t), 1);
    CHECK_INT(read_str("(ROOT (NP (NP (NNP CEBU) (NNP CITY)) (: --)))", &a, &t, NULL), PTB_OK);
    CHECK_INT(pl_ptb_is_dateline(&t), 0);
    CHECK_INT(read_str("(ROOT (NE (NNP X)))", &a, &t, NULL), PTB_OK);
    CHECK_INT(pl_ptb_is_dateline(&t), 0);
    CHECK_INT(read_str("(NE)", &a, &t, NULL), PTB_OK);
    CHECK_INT(pl_ptb_is_dateline(&t), 0);
    CHECK_INT(pl_ptb_is_dateline(NULL), 0);
    pl_arena_free(&a);
}

/* ---- the PETRARCH unit-test file ---------------------------------------- */

typedef struct unit_counts {
    int ok, unbalanced, other;
    char unbalanced_ids[4][32];
    msgs m;
} unit_counts;

static int read_record_parse(void *ud, const pl_xml_record *rec)
{
    unit_counts *u = ud;
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    pl_diag d = {keep_msg, &u->m, 0, 0};
    pl_ptb_status st = pl_ptb_read(rec->parse, strlen(rec->parse), &a, &t, &d, "unit.xml",
                                   rec->parse_line);
    if (st == PTB_OK)
        u->ok++;
    else if (st == PTB_UNBALANCED) {
        if (u->unbalanced < 4)
            snprintf(u->unbalanced_ids[u->unbalanced], 32, "%s", rec->id);
        u->unbalanced++;
    } else
        u->other++;
    pl_arena_free(&a);
    return 0;
}

TEST(ptb_unit_test_file_parses)
{
    const char *path = test_shared_path("petrarch2/text/PETR.UnitTest.records.xml");
    if (!path)
        SKIP("PETR.UnitTest.records.xml not found");
    unit_counts u;
    memset(&u, 0, sizeof u);
    pl_xml_handler h = {NULL, NULL, read_record_parse, &u};
    CHECK_INT(pl_petrarch_xml_read_file(path, &h, NULL), 0);
    CHECK_INT(u.ok, 282);
    CHECK_INT(u.unbalanced, 2);
    CHECK_INT(u.other, 0);
    CHECK_STR(u.unbalanced_ids[0], "ERROR-02");
    CHECK_STR(u.unbalanced_ids[1], "ERROR-03");
    /* ERROR-03 lacks two ')': reported at the end of its parse */
    CHECK(strstr(u.m.last, "unit.xml:11403:") == u.m.last);
}
