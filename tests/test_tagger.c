/*
 * test_tagger.c - the tagger on its own: trained in memory on a tiny
 * treebank (no WordNet), with and without its second pass, it tags its
 * training sentences with their gold tags (VBD, or VBN after an
 * auxiliary); the second pass trains only once and only on two folds or
 * more, and gives the same bytes twice; tagger bytes with a pass count
 * other than 1 or 2, or a second pass cut short, are refused.
 *
 * Must not: depend on ../shared, WordNet or the built-in model.
 */
#include "test.h"

#include <string.h>

#include "../src/parse/tagger.h"
#include "../src/util/arena.h"
#include "treebank_fixture.h"

enum { MAX_SENTS = 12, COPIES = 3 };

/* "left" and "asked" are past tenses and past participles: after "had" and
 * "was" the participle, elsewhere the past tense. */
static const char treebank[] =
    "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tShe\tshe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2\thad\thave\tAUX\tVBD\t_\t3\taux\t_\t_\n"
    "3\tleft\tleave\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tHe\the\tPRON\tPRP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\tasked\task\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n";

/* The treebank's sentences, each COPIES times in a row: jackknifed over
 * COPIES folds, every held-out sentence's words are known to the first
 * pass that tags it, as they are when the whole tagger tags them. */
static int read_treebank(pl_arena *a, pl_sentence *out)
{
    return treebank_fixture_read(treebank, COPIES, a, out, MAX_SENTS);
}

/* Tagger bytes trained on the sentences; a second pass when folds >= 2. */
static int train_tagger(const pl_sentence *s, int n, int folds, pl_bytes_out *out)
{
    uint64_t rng = 1;
    pl_tagger_trainer *t = pl_tagger_trainer_new(s, n, NULL);
    if (!t)
        return 0;
    for (int it = 0; it < 8; it++)
        pl_tagger_trainer_epoch(t, &rng);
    int ok = folds < 2 || pl_tagger_trainer_second_pass(t, folds, 8, &rng) >= 0;
    pl_tagger_trainer_write(t, out);
    pl_tagger_trainer_free(t);
    return ok && !out->failed;
}

static pl_tagger *read_tagger(const pl_bytes_out *bytes, size_t len)
{
    pl_bytes_in in;
    pl_in_init(&in, bytes->buf, len);
    return pl_tagger_read(&in);
}

/* Tags copies of the sentences and checks every tag against the gold one. */
static void check_tags_training_sentences(int folds)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence gold[MAX_SENTS];
    int n = read_treebank(&a, gold);
    CHECK_INT(n, 4 * COPIES);
    pl_bytes_out bytes = {0};
    CHECK(train_tagger(gold, n, folds, &bytes));
    pl_tagger *t = read_tagger(&bytes, bytes.len);
    CHECK(t != NULL);
    for (int s = 0; t && s < n; s++) {
        pl_sentence copy = treebank_fixture_copy(&gold[s], &a);
        for (int i = 0; i < copy.n; i++)
            copy.tok[i].xpos[0] = copy.tok[i].upos[0] = '\0';
        pl_tagger_tag(t, &copy, &a);
        for (int i = 0; i < copy.n; i++) {
            CHECK_STR(copy.tok[i].upos, gold[s].tok[i].upos);
            CHECK_STR(copy.tok[i].xpos, gold[s].tok[i].xpos);
        }
    }
    pl_tagger_free(t);
    pl_out_free(&bytes);
    pl_arena_free(&a);
}

TEST(tagger_one_pass_tags_its_training_sentences)
{
    check_tags_training_sentences(0);
}

TEST(tagger_second_pass_tags_its_training_sentences)
{
    check_tags_training_sentences(COPIES);
}

TEST(tagger_second_pass_needs_two_folds_and_trains_once)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence gold[MAX_SENTS];
    int n = read_treebank(&a, gold);
    uint64_t rng = 1;
    pl_tagger_trainer *t = pl_tagger_trainer_new(gold, n, NULL);
    CHECK(t != NULL);
    CHECK(pl_tagger_trainer_second_pass(t, 1, 2, &rng) < 0);
    double acc = pl_tagger_trainer_second_pass(t, 2, 2, &rng);
    CHECK(acc >= 0 && acc <= 1);
    CHECK(pl_tagger_trainer_second_pass(t, 2, 2, &rng) < 0);
    pl_tagger_trainer_free(t);
    pl_arena_free(&a);
}

TEST(tagger_bytes_with_a_bad_pass_count_are_refused)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence gold[MAX_SENTS];
    int n = read_treebank(&a, gold);
    pl_bytes_out one = {0}, two = {0};
    CHECK(train_tagger(gold, n, 0, &one));
    CHECK(train_tagger(gold, n, COPIES, &two));
    /* A one-pass tagger ends with its pass count. */
    CHECK(one.len > 0 && one.buf[one.len - 1] == 1);
    pl_tagger *t = read_tagger(&one, one.len);
    CHECK(t != NULL);
    pl_tagger_free(t);
    one.buf[one.len - 1] = 3;
    CHECK(read_tagger(&one, one.len) == NULL);
    one.buf[one.len - 1] = 2; /* a second pass that is not there */
    CHECK(read_tagger(&one, one.len) == NULL);
    CHECK(read_tagger(&two, two.len - 1) == NULL);
    t = read_tagger(&two, two.len);
    CHECK(t != NULL);
    pl_tagger_free(t);
    pl_out_free(&one);
    pl_out_free(&two);
    pl_arena_free(&a);
}

TEST(tagger_second_pass_gives_the_same_bytes_twice)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence gold[MAX_SENTS];
    int n = read_treebank(&a, gold);
    pl_bytes_out one = {0}, two = {0};
    CHECK(train_tagger(gold, n, COPIES, &one));
    CHECK(train_tagger(gold, n, COPIES, &two));
    CHECK(one.len > 0 && one.len == two.len && memcmp(one.buf, two.buf, one.len) == 0);
    pl_out_free(&one);
    pl_out_free(&two);
    pl_arena_free(&a);
}
