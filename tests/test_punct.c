/*
 * test_punct.c - punctuation re-attached after parsing (src/parse/punct.c):
 * a mark hung from a word it cannot belong to moves to the lower of the
 * highest words beside it; a plausible head stays; quotes go to the head of
 * what they enclose; a sentence-final mark never looks right; words that
 * are not punctuation never move.
 */
#include "test.h"

#include <stdio.h>

#include "../src/parse/punct.h"
#include "treebank_fixture.h"

/* Reads one hand-written tree, re-attaches its punctuation and returns the
 * 1-based head of every word (0 = root) as a string: "2 0 2 2". */
static const char *heads_after(const char *conllu, pl_arena *a)
{
    pl_sentence s;
    if (treebank_fixture_read(conllu, 1, a, &s, 1) != 1)
        return "unreadable";
    pl_attach_punct(&s, a);
    char *out = pl_arena_zalloc(a, (size_t)s.n * 4 + 1);
    for (int i = 0, len = 0; i < s.n; i++)
        len += snprintf(out + len, 5, i ? " %d" : "%d", s.tok[i].head + 1);
    return out;
}

/* "He left , and she stayed ." with the comma on word `comma_head` (1-based). */
static const char *two_clauses(int comma_head, pl_arena *a)
{
    char tree[512];
    snprintf(tree, sizeof tree,
             "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
             "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
             "3\t,\t,\tPUNCT\t,\t_\t%d\tpunct\t_\t_\n"
             "4\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
             "5\tshe\tshe\tPRON\tPRP\t_\t6\tnsubj\t_\t_\n"
             "6\tstayed\tstay\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
             "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
             comma_head);
    return heads_after(tree, a);
}

TEST(punct_comma_hung_from_a_far_word_moves_into_its_clause)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    /* On "she": left of the comma the highest word is "left", right of it
     * "stayed", which hangs from "left": the comma goes to the lower,
     * "stayed". */
    CHECK_STR(two_clauses(5, &a), "2 0 6 6 6 2 2");
    pl_arena_free(&a);
}

TEST(punct_plausible_head_is_kept)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    /* On "left": one of the two words the rule could pick. */
    CHECK_STR(two_clauses(2, &a), "2 0 2 6 6 2 2");
    pl_arena_free(&a);
}

TEST(punct_final_mark_attaches_left_and_quotes_to_what_they_enclose)
{
    /* He said " no " . -- the quotes start on "said", the full stop on
     * "He": the quotes belong to "no", the stop to "said" (nothing to its
     * right counts, and "He" is no word the rule could choose). */
    static const char tree[] = "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                               "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\t\"\t\"\tPUNCT\t``\t_\t2\tpunct\t_\t_\n"
                               "4\tno\tno\tINTJ\tUH\t_\t2\tccomp\t_\t_\n"
                               "5\t\"\t\"\tPUNCT\t''\t_\t2\tpunct\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
    pl_arena a;
    pl_arena_init(&a, 0);
    CHECK_STR(heads_after(tree, &a), "2 0 4 2 4 2");
    pl_arena_free(&a);
}

TEST(punct_leaves_other_words_and_marks_with_dependents_alone)
{
    /* A dash that heads a word (a parser slip) is not moved, nor is its
     * dependent, nor a word that is not punctuation. */
    static const char tree[] = "1\tPeace\tpeace\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                               "2\t-\t-\tPUNCT\t:\t_\t1\tpunct\t_\t_\n"
                               "3\tnow\tnow\tADV\tRB\t_\t2\tadvmod\t_\t_\n\n";
    pl_arena a;
    pl_arena_init(&a, 0);
    CHECK_STR(heads_after(tree, &a), "0 1 2");
    pl_arena_free(&a);
}
