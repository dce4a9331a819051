/*
 * test_coref.c - actors resolved across the sentences of a document
 * (src/recognise/coref.h) through the public API: pronouns, definite
 * descriptions, surnames, each with a case where nothing earlier fits; a new
 * document forgets the old one; the event names its antecedent. Uses the
 * built-in knowledge and model; skipped when there is no model.
 */
#include "test.h"

#include <stdlib.h>
#include <string.h>

#include "petrel.h"

static void ignore(void *ud, const char *line)
{
    (void)ud;
    (void)line;
}

/* One coded event of a document, copied out of the coder's memory. */
typedef struct seen_event {
    int sentence;
    char source[32], target[32], code[8], antecedent[128];
    int antecedent_sentence;
} seen_event;

typedef struct seen {
    seen_event ev[32];
    int n;
} seen;

static void copy(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src ? src : "");
}

static void keep(seen *out, int sentence, const petrel_result *r)
{
    for (int i = 0; i < r->nevents && out->n < 32; i++) {
        seen_event *e = &out->ev[out->n++];
        const petrel_event *pe = &r->events[i];
        e->sentence = sentence;
        copy(e->source, sizeof e->source, pe->source);
        copy(e->target, sizeof e->target, pe->target);
        copy(e->code, sizeof e->code, pe->code);
        copy(e->antecedent, sizeof e->antecedent, pe->source_antecedent);
        e->antecedent_sentence = pe->source_antecedent_sentence;
    }
}

static int on_sentence(void *ud, const petrel_sentence *s, const petrel_result *r)
{
    keep(ud, s->index, r);
    return 0;
}

typedef struct fixture {
    petrel_knowledge *k;
    petrel_model *m;
    petrel_coder *c;
} fixture;

static int fixture_open(fixture *f)
{
    f->m = petrel_model_load_builtin(ignore, NULL);
    if (!f->m) {
        fprintf(stderr, "  (skipped: no built-in model)\n");
        return -1;
    }
    f->k = petrel_knowledge_new(ignore, NULL);
    petrel_knowledge_load_builtin(f->k);
    petrel_knowledge_freeze(f->k);
    f->c = petrel_coder_new(f->k);
    return 0;
}

static void fixture_close(fixture *f)
{
    petrel_coder_free(f->c);
    petrel_knowledge_free(f->k);
    petrel_model_free(f->m);
}

static seen code_doc(fixture *f, const char *text, const char *date)
{
    seen s;
    memset(&s, 0, sizeof s);
    petrel_code_document(f->c, f->m, text, strlen(text), date, on_sentence, &s);
    return s;
}

/* The first event of sentence `sentence` whose source was resolved across
 * sentences, or NULL. */
static const seen_event *resolved_source(const seen *s, int sentence)
{
    for (int i = 0; i < s->n; i++)
        if (s->ev[i].sentence == sentence && s->ev[i].antecedent[0])
            return &s->ev[i];
    return NULL;
}

/* Does the document give sentence 2 a resolved source with this code? */
static void check_resolves(fixture *f, const char *text, const char *date, const char *code)
{
    seen s = code_doc(f, text, date);
    const seen_event *e = resolved_source(&s, 2);
    CHECK(e != NULL);
    if (e)
        CHECK_STR(e->source, code);
}

static void check_unresolved(fixture *f, const char *text, const char *date)
{
    seen s = code_doc(f, text, date);
    CHECK(resolved_source(&s, 2) == NULL);
}

TEST(coref_he_takes_the_person_of_an_earlier_sentence)
{
    fixture f;
    if (fixture_open(&f))
        return;
    check_resolves(&f, "Imran Khan visited Kabul on Monday. He urged the Taliban to stop attacks.",
                   "2019-07-24", "PAKGOV");
    /* the same person in 2016 was in opposition */
    check_resolves(&f, "Imran Khan visited Kabul on Monday. He urged the Taliban to stop attacks.",
                   "2016-07-24", "PAKOPP");
    fixture_close(&f);
}

TEST(coref_he_without_an_earlier_person_stays_unresolved)
{
    fixture f;
    if (fixture_open(&f))
        return;
    check_unresolved(&f,
                     "Pakistan closed the border on Monday. He urged the Taliban to stop attacks.",
                     "2019-07-24");
    fixture_close(&f);
}

TEST(coref_the_antecedent_text_and_sentence_are_in_the_event)
{
    fixture f;
    if (fixture_open(&f))
        return;
    seen s = code_doc(&f,
                      "Rain fell in Lahore on Monday. Imran Khan visited Kabul on Tuesday. "
                      "He urged the Taliban to stop attacks.",
                      "2019-07-24");
    const seen_event *e = resolved_source(&s, 3);
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->antecedent, "Imran Khan");
        CHECK_INT(e->antecedent_sentence, 2);
        CHECK_STR(e->target, "AFGREB");
    }
    fixture_close(&f);
}

TEST(coref_the_minister_takes_a_person_in_a_government_role)
{
    fixture f;
    if (fixture_open(&f))
        return;
    check_resolves(&f,
                   "Imran Khan visited Kabul on Monday. The minister urged the Taliban to stop "
                   "attacks.",
                   "2019-07-24", "PAKGOV");
    /* in opposition (2016) he is no minister */
    check_unresolved(&f,
                     "Imran Khan visited Kabul on Monday. The minister urged the Taliban to stop "
                     "attacks.",
                     "2016-07-24");
    fixture_close(&f);
}

TEST(coref_the_group_takes_an_earlier_group)
{
    fixture f;
    if (fixture_open(&f))
        return;
    check_resolves(&f,
                   "The Taliban attacked a police post in Kandahar. The group also criticised "
                   "Pakistan.",
                   "2019-07-24", "AFGREB");
    check_unresolved(&f, "India criticised China on Monday. The group also criticised Pakistan.",
                     "2019-07-24");
    fixture_close(&f);
}

TEST(coref_the_country_takes_an_earlier_country)
{
    fixture f;
    if (fixture_open(&f))
        return;
    check_resolves(&f,
                   "India tested a missile on Monday. The country also accused Pakistan of "
                   "spying.",
                   "2019-07-24", "IND");
    check_unresolved(&f, "Imran Khan spoke on Monday. The country also accused India of spying.",
                     "2019-07-24");
    fixture_close(&f);
}

TEST(coref_it_takes_an_earlier_country)
{
    fixture f;
    if (fixture_open(&f))
        return;
    check_resolves(&f, "India tested a missile on Monday. It also accused Pakistan of spying.",
                   "2019-07-24", "IND");
    check_unresolved(&f, "Imran Khan spoke on Monday. It also accused India of spying.",
                     "2019-07-24");
    fixture_close(&f);
}

TEST(coref_a_surname_alone_takes_the_person_named_in_full)
{
    fixture f;
    if (fixture_open(&f))
        return;
    check_resolves(&f,
                   "Imran Khan visited Kabul on Monday. Khan urged the Taliban to stop attacks.",
                   "2019-07-24", "PAKGOV");
    check_unresolved(&f,
                     "Nawaz Sharif visited Kabul on Monday. Khan urged the Taliban to stop "
                     "attacks.",
                     "2019-07-24");
    fixture_close(&f);
}

TEST(coref_a_new_document_forgets_the_old_one)
{
    fixture f;
    if (fixture_open(&f))
        return;
    code_doc(&f, "Imran Khan visited Kabul on Monday.", "2019-07-24");
    seen s = code_doc(&f, "He urged the Taliban to stop attacks.", "2019-07-24");
    CHECK(resolved_source(&s, 1) == NULL);
    /* sentence by sentence, the memory lasts until begin_document */
    petrel_result r;
    petrel_code_text(f.c, f.m, "Imran Khan visited Kabul on Monday.", "2019-07-24", &r);
    petrel_code_text(f.c, f.m, "He urged the Taliban to stop attacks.", "2019-07-24", &r);
    seen t = {0};
    keep(&t, 2, &r);
    CHECK(resolved_source(&t, 2) != NULL);
    petrel_coder_begin_document(f.c);
    petrel_code_text(f.c, f.m, "He urged the Taliban to stop attacks.", "2019-07-24", &r);
    seen u = {0};
    keep(&u, 1, &r);
    CHECK(resolved_source(&u, 1) == NULL);
    fixture_close(&f);
}
