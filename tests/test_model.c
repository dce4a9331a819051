/*
 * test_model.c - the model file as a whole: a model trained in memory on a
 * tiny hand-written treebank (no WordNet, gold tags) reads back, parses its
 * own training sentences into their gold trees (the parser's features,
 * commas and lemmas among them, are the same when training and parsing),
 * and the same options give the same bytes; a model of another format
 * version is refused with a message that names both versions.
 *
 * Must not: depend on ../shared, WordNet or the built-in model.
 */
#include "test.h"

#include <string.h>

#include "../src/parse/model.h"
#include "../src/parse/train.h"
#include "../src/util/arena.h"
#include "diags.h"
#include "treebank_fixture.h"

enum { MAX_SENTS = 8 };

/* Two shapes of sentence, each twice: a relative clause between commas and
 * a coordination. */
static const char treebank[] =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tman\tman\tNOUN\tNN\t_\t7\tnsubj\t_\t_\n"
    "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "4\twho\twho\tPRON\tWP\t_\t5\tnsubj\t_\t_\n"
    "5\tarrived\tarrive\tVERB\tVBD\t_\t2\tacl:relcl\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "7\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n"
    "\n"
    "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tsang\tsing\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tdanced\tdance\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\twoman\twoman\tNOUN\tNN\t_\t7\tnsubj\t_\t_\n"
    "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "4\twho\twho\tPRON\tWP\t_\t5\tnsubj\t_\t_\n"
    "5\tspoke\tspeak\tVERB\tVBD\t_\t2\tacl:relcl\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "7\tsmiled\tsmile\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n"
    "\n"
    "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tran\trun\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tjumped\tjump\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

static int read_treebank(pl_arena *a, pl_sentence *out)
{
    return treebank_fixture_read(treebank, 1, a, out, MAX_SENTS);
}

static void tiny_options(pl_train_options *o)
{
    pl_train_defaults(o);
    o->wordnet_dir = NULL;
    o->folds = 0; /* gold tags: four sentences are too few to jackknife */
    o->tagger_folds = 0;
    o->min_count = 1;
}

static int train_tiny(const pl_sentence *s, int n, pl_bytes_out *out)
{
    pl_train_options o;
    tiny_options(&o);
    return pl_model_train(s, n, &o, out);
}

TEST(model_trained_in_memory_parses_its_training_trees)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence gold[MAX_SENTS];
    int n = read_treebank(&a, gold);
    CHECK_INT(n, 4);
    pl_bytes_out bytes = {0};
    CHECK(train_tiny(gold, n, &bytes));
    diags dg = {0};
    pl_diag d = {diags_collect, &dg, 0, 0};
    pl_model *m = pl_model_load(bytes.buf, bytes.len, "tiny", &d);
    CHECK(m != NULL);
    for (int s = 0; m && s < n; s++) {
        pl_sentence copy = treebank_fixture_copy(&gold[s], &a);
        for (int i = 0; i < copy.n; i++) {
            copy.tok[i].head = -2;
            copy.tok[i].deprel[0] = '\0';
        }
        pl_model_annotate(m, &copy, &a);
        for (int i = 0; i < copy.n; i++) {
            CHECK_INT(copy.tok[i].head, gold[s].tok[i].head);
            CHECK_STR(copy.tok[i].deprel, gold[s].tok[i].deprel);
        }
    }
    pl_model_free(m);
    pl_out_free(&bytes);
    pl_arena_free(&a);
}

TEST(model_training_gives_the_same_bytes_twice)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence gold[MAX_SENTS];
    int n = read_treebank(&a, gold);
    pl_bytes_out one = {0}, two = {0};
    CHECK(train_tiny(gold, n, &one));
    CHECK(train_tiny(gold, n, &two));
    CHECK(one.len > 0);
    CHECK_INT((long)one.len, (long)two.len);
    CHECK(one.len == two.len && memcmp(one.buf, two.buf, one.len) == 0);
    pl_out_free(&one);
    pl_out_free(&two);
    pl_arena_free(&a);
}

/* Ensemble members are trained with their own seeds, so the model does not
 * depend on how many are trained at once. */
TEST(model_ensemble_gives_the_same_bytes_on_one_thread_or_two)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence gold[MAX_SENTS];
    int n = read_treebank(&a, gold);
    pl_train_options o;
    tiny_options(&o);
    o.members = 3;
    pl_bytes_out one = {0}, two = {0}, single = {0};
    o.threads = 1;
    CHECK(pl_model_train(gold, n, &o, &one));
    o.threads = 2;
    CHECK(pl_model_train(gold, n, &o, &two));
    o.members = 1;
    CHECK(pl_model_train(gold, n, &o, &single));
    CHECK(one.len == two.len && memcmp(one.buf, two.buf, one.len) == 0);
    /* and the mean of three members is not the first member alone */
    CHECK(one.len != single.len || memcmp(one.buf, single.buf, one.len) != 0);
    pl_out_free(&one);
    pl_out_free(&two);
    pl_out_free(&single);
    pl_arena_free(&a);
}

/* A bare header of format `version`: magic, version, payload length, checksum. */
static int refused_by_name(unsigned char version, const char *expected)
{
    unsigned char header[8 + 4 + 8 + 8] = "PETRELM";
    header[8] = version;
    diags dg = {0};
    pl_diag d = {diags_collect, &dg, 0, 0};
    pl_model *m = pl_model_load(header, sizeof header, "old.pmodel", &d);
    int refused = m == NULL && diags_has(&dg, expected) &&
                  diags_has(&dg, "this petrel reads version 3");
    pl_model_free(m);
    return refused;
}

TEST(model_of_another_format_version_is_refused_by_name)
{
    /* Version 2 models parse with other features: refused, not misread. */
    CHECK(refused_by_name(2, "model format version 2,"));
    CHECK(refused_by_name(99, "model format version 99,"));
}
