/*
 * test_lemmatizer.c - the lemmatizer trained on a handful of hand-written
 * examples: irregular forms, suffix rules on words it never saw, UD casing,
 * digit groups, unknown tags, deterministic bytes, and truncated or corrupt
 * models that must be refused (or at least never crash).
 */
#include "test.h"

#include <stdlib.h>

#include "../src/parse/lemmatizer.h"

typedef struct example {
    const char *form, *upos, *xpos, *lemma;
} example;

static const example examples[] = {
    {"went", "VERB", "VBD", "go"},
    {"was", "AUX", "VBD", "be"},
    {"were", "AUX", "VBD", "be"},
    {"children", "NOUN", "NNS", "child"},
    {"better", "ADJ", "JJR", "good"},
    {"walked", "VERB", "VBD", "walk"},
    {"talked", "VERB", "VBD", "talk"},
    {"jumped", "VERB", "VBD", "jump"},
    {"played", "VERB", "VBD", "play"},
    {"cats", "NOUN", "NNS", "cat"},
    {"dogs", "NOUN", "NNS", "dog"},
    {"tables", "NOUN", "NNS", "table"},
    {"studies", "NOUN", "NNS", "study"},
    {"flies", "NOUN", "NNS", "fly"},
    {"parties", "NOUN", "NNS", "party"},
    {"cat", "NOUN", "NN", "cat"},
    {"the", "DET", "DT", "the"},
    {"The", "DET", "DT", "the"},
    {"I", "PRON", "PRP", "I"},
    {"me", "PRON", "PRP", "I"},
    {"Smith", "PROPN", "NNP", "Smith"},
    {"Germans", "PROPN", "NNPS", "German"},
    {"Italians", "PROPN", "NNPS", "Italian"},
    {"TEHRAN", "PROPN", "NNP", "Tehran"},
    {"Tehran", "PROPN", "NNP", "Tehran"},
    {"2", "NUM", "CD", "2"},
};
#define NEXAMPLES (sizeof examples / sizeof examples[0])

/* The model's bytes from the examples, added `rounds` times in the given order. */
static void train(pl_bytes_out *out, int reverse, int rounds)
{
    pl_lemma_trainer *t = pl_lemma_trainer_new();
    for (int r = 0; r < rounds; r++)
        for (size_t k = 0; k < NEXAMPLES; k++) {
            const example *e = &examples[reverse ? NEXAMPLES - 1 - k : k];
            pl_lemma_trainer_add(t, e->form, e->upos, e->xpos, e->lemma);
        }
    pl_lemma_trainer_add(t, "went", "VERB", "VBD", "wend"); /* outvoted by "go" */
    pl_lemma_trainer_add(t, NULL, "X", "X", "x");           /* ignored */
    pl_lemma_trainer_write(t, out);
    pl_lemma_trainer_free(t);
}

static pl_lemmatizer *load(const pl_bytes_out *o)
{
    pl_bytes_in in;
    pl_in_init(&in, o->buf, o->len);
    pl_lemmatizer *l = pl_lemmatizer_read(&in);
    CHECK(l != NULL);
    CHECK_INT(in.pos, o->len);
    return l;
}

#define LEMMA(form, upos, xpos) pl_lemmatize(l, form, upos, xpos, &a)

TEST(lemmatizer_irregulars_and_rules)
{
    pl_bytes_out o = {0};
    train(&o, 0, 2);
    pl_lemmatizer *l = load(&o);
    pl_arena a;
    pl_arena_init(&a, 0);
    if (l) {
        CHECK_STR(LEMMA("went", "VERB", "VBD"), "go");
        CHECK_STR(LEMMA("Went", "VERB", "VBD"), "go");
        CHECK_STR(LEMMA("were", "AUX", "VBD"), "be");
        CHECK_STR(LEMMA("children", "NOUN", "NNS"), "child");
        CHECK_STR(LEMMA("better", "ADJ", "JJR"), "good");
        /* suffix rules on unseen words */
        CHECK_STR(LEMMA("kicked", "VERB", "VBD"), "kick");
        CHECK_STR(LEMMA("birds", "NOUN", "NNS"), "bird");
        CHECK_STR(LEMMA("cities", "NOUN", "NNS"), "city");
        CHECK_STR(LEMMA("house", "NOUN", "NN"), "house");
    }
    pl_lemmatizer_free(l);
    pl_arena_free(&a);
    pl_out_free(&o);
}

TEST(lemmatizer_casing_and_fallbacks)
{
    pl_bytes_out o = {0};
    train(&o, 0, 1);
    pl_lemmatizer *l = load(&o);
    pl_arena a;
    pl_arena_init(&a, 0);
    if (l) {
        CHECK_STR(LEMMA("The", "DET", "DT"), "the");
        CHECK_STR(LEMMA("THE", "DET", "DT"), "the");
        CHECK_STR(LEMMA("Birds", "NOUN", "NNS"), "bird");
        CHECK_STR(LEMMA("I", "PRON", "PRP"), "I");
        CHECK_STR(LEMMA("i", "PRON", "PRP"), "I");
        CHECK_STR(LEMMA("I", "PRON", "NOSUCHTAG"), "I");
        CHECK_STR(LEMMA("Smith", "PROPN", "NNP"), "Smith");
        CHECK_STR(LEMMA("Jones", "PROPN", "NNP"), "Jones");
        CHECK_STR(LEMMA("Americans", "PROPN", "NNPS"), "American");
        CHECK_STR(LEMMA("TEHRAN", "PROPN", "NNP"), "Tehran");
        CHECK_STR(LEMMA("tehran", "PROPN", "NNP"), "Tehran");
        CHECK_STR(LEMMA("2,000", "NUM", "CD"), "2000");
        CHECK_STR(LEMMA("1,234,567.5", "NUM", "CD"), "1234567.5");
        CHECK_STR(LEMMA("12,34", "NUM", "CD"), "12,34");
        CHECK_STR(LEMMA("Hello", NULL, NULL), "hello");
        CHECK_STR(LEMMA("http://Example.com", "PROPN", "ADD"), "http://Example.com");
        CHECK_STR(LEMMA("", "X", "NN"), "");
        CHECK_STR(LEMMA(NULL, "X", "NN"), "");
    }
    pl_lemmatizer_free(l);
    pl_arena_free(&a);
    pl_out_free(&o);
}

TEST(lemmatizer_bytes_deterministic)
{
    pl_bytes_out o1 = {0}, o2 = {0};
    train(&o1, 0, 1);
    train(&o2, 1, 1); /* the same examples added in the opposite order */
    CHECK(o1.len > 0);
    CHECK(o1.len == o2.len && memcmp(o1.buf, o2.buf, o1.len) == 0);
    pl_out_free(&o1);
    pl_out_free(&o2);
}

TEST(lemmatizer_empty_model)
{
    pl_lemma_trainer *t = pl_lemma_trainer_new();
    pl_bytes_out o = {0};
    pl_lemma_trainer_write(t, &o);
    pl_lemma_trainer_free(t);
    pl_lemmatizer *l = load(&o);
    pl_arena a;
    pl_arena_init(&a, 0);
    if (l)
        CHECK_STR(LEMMA("Dogs", "NOUN", "NNS"), "dogs");
    pl_lemmatizer_free(l);
    pl_arena_free(&a);
    pl_out_free(&o);
}

TEST(lemmatizer_rejects_truncated)
{
    pl_bytes_out o = {0};
    train(&o, 0, 1);
    for (size_t n = 0; n < o.len; n++) {
        pl_bytes_in in;
        pl_in_init(&in, o.buf, n);
        pl_lemmatizer *l = pl_lemmatizer_read(&in);
        if (l)
            test_fail(__FILE__, __LINE__, "a model cut to %zu of %zu bytes loaded", n, o.len);
        CHECK(in.failed);
        pl_lemmatizer_free(l);
    }
    pl_bytes_in in;
    pl_in_init(&in, o.buf, o.len);
    in.failed = 1;
    CHECK(pl_lemmatizer_read(&in) == NULL);
    pl_out_free(&o);
}

/* Every byte flipped in turn: the model is refused or still answers safely. */
TEST(lemmatizer_survives_corruption)
{
    pl_bytes_out o = {0};
    train(&o, 0, 1);
    unsigned char *copy = malloc(o.len);
    pl_arena a;
    pl_arena_init(&a, 0);
    int refused = 0;
    for (size_t i = 0; copy && i < o.len; i++) {
        memcpy(copy, o.buf, o.len);
        copy[i] ^= 0xA5;
        pl_bytes_in in;
        pl_in_init(&in, copy, o.len);
        pl_lemmatizer *l = pl_lemmatizer_read(&in);
        refused += l == NULL;
        for (size_t k = 0; l && k < NEXAMPLES; k++)
            CHECK(LEMMA(examples[k].form, examples[k].upos, examples[k].xpos) != NULL);
        pl_lemmatizer_free(l);
        pl_arena_reset(&a);
    }
    CHECK(refused > 0);
    free(copy);
    pl_arena_free(&a);
    pl_out_free(&o);
}
