/*
 * test_text_api.c - the plain-text half of the public API (petrel.h):
 * model handles, petrel_code_text, petrel_code_document (sentence indexes,
 * offsets, spans into the sentence text, hyphenated dictionary words,
 * datelines), and one model shared by coders in two threads. Uses the built-in model, or the model file named by
 * PETREL_TEST_MODEL; skipped when there is neither.
 */
#include "test.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "petrel.h"

static const char verbs[] = "--- CRITICIZE [111] ---\nCRITICIZE\n\n"
                            "--- ATTACK [190] ---\nATTACK\n";
static const char actors[] = "PAKISTAN [PAK]\nINDIA [IND]\nCHINA [CHN]\nAFGHANISTAN [AFG]\n"
                             "AL-QAEDA [ALQ]\n";

static void ignore(void *ud, const char *line)
{
    (void)ud;
    (void)line;
}

static petrel_model *test_model(void)
{
    const char *path = getenv("PETREL_TEST_MODEL");
    if (path && *path)
        return petrel_model_load_file(path, ignore, NULL);
    return petrel_model_load_builtin(ignore, NULL);
}

/* Knowledge from the two small dictionaries above, written to a temporary folder. */
static petrel_knowledge *test_knowledge(void)
{
    char dir[] = "/tmp/petrel-text-XXXXXX", v[64], a[64];
    if (!mkdtemp(dir))
        return NULL;
    snprintf(v, sizeof v, "%s/verbs.txt", dir);
    snprintf(a, sizeof a, "%s/actors.txt", dir);
    FILE *fv = fopen(v, "w"), *fa = fopen(a, "w");
    if (fv)
        fputs(verbs, fv);
    if (fa)
        fputs(actors, fa);
    if (fv)
        fclose(fv);
    if (fa)
        fclose(fa);
    petrel_knowledge *k = petrel_knowledge_new(ignore, NULL);
    int rc = petrel_knowledge_load(k, PETREL_VERBS, v) | petrel_knowledge_load(k, PETREL_ACTORS, a);
    petrel_knowledge_freeze(k);
    unlink(v);
    unlink(a);
    rmdir(dir);
    if (rc != 0) {
        petrel_knowledge_free(k);
        return NULL;
    }
    return k;
}

static void count(void *ud, const char *line)
{
    (void)line;
    ++*(int *)ud;
}

TEST(text_api_model_load_errors)
{
    int messages = 0;
    CHECK(petrel_model_load_file("/nonexistent/model.pmodel", count, &messages) == NULL);
    CHECK(messages > 0);
    char path[] = "/tmp/petrel-model-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd >= 0) {
        CHECK_INT(write(fd, "not a model", 11), 11);
        close(fd);
        messages = 0;
        CHECK(petrel_model_load_file(path, count, &messages) == NULL);
        CHECK(messages > 0);
        unlink(path);
    }
    petrel_model_free(NULL); /* like free(NULL) */
}

TEST(text_api_code_text)
{
    petrel_model *m = test_model();
    if (!m)
        SKIP("no built-in model and no PETREL_TEST_MODEL");
    petrel_knowledge *k = test_knowledge();
    CHECK(k != NULL);
    petrel_coder *c = petrel_coder_new(k);
    petrel_result r;
    const char *text = "  Pakistan criticized India.";
    CHECK_INT(petrel_code_text(c, m, text, "2011-01-05", &r), PETREL_OK);
    CHECK_INT(r.nevents, 1);
    CHECK_INT(r.ntokens, 4);
    if (r.nevents == 1) {
        const petrel_event *e = &r.events[0];
        CHECK_STR(e->source, "PAK");
        CHECK_STR(e->target, "IND");
        CHECK_STR(e->code, "111");
        CHECK_STR(e->verb_span.text, "criticized");
        CHECK_INT(e->verb_span.start, 1);
        CHECK_INT(e->verb_span.byte_start, 11); /* offsets into text, blanks included */
        CHECK_INT(e->verb_span.byte_end, 21);
        CHECK_INT(e->target_span.byte_start, 22);
    }
    /* two sentences by the tokenizer's rules are still one sentence here */
    CHECK_INT(petrel_code_text(c, m, "Pakistan criticized India. China attacked Afghanistan.",
                               "2011-01-05", &r),
              PETREL_OK);
    CHECK_INT(r.ntokens, 8);
    /* the tokenizer splits Al - Qaeda; the dictionaries know AL-QAEDA whole */
    CHECK_INT(petrel_code_text(c, m, "Al-Qaeda has attacked India.", "2011-01-05", &r), PETREL_OK);
    CHECK_INT(r.ntokens, 5);
    CHECK(r.nevents == 1 && !strcmp(r.events[0].source, "ALQ") &&
          !strcmp(r.events[0].source_span.text, "Al-Qaeda"));
    CHECK_INT(petrel_code_text(c, m, text, "2011-02-30", &r), PETREL_BAD_DATE);
    CHECK_INT(petrel_code_text(c, m, "", "2011-01-05", &r), PETREL_OK);
    CHECK_INT(r.nevents, 0);
    CHECK_INT(petrel_code_text(c, m, NULL, "2011-01-05", &r), PETREL_BAD_PARSE);
    petrel_coder_free(c);
    petrel_knowledge_free(k);
    petrel_model_free(m);
}

TEST(text_api_dateline_skipped_by_petrel_conventions)
{
    petrel_model *m = test_model();
    if (!m)
        SKIP("no built-in model and no PETREL_TEST_MODEL");
    const char *text = "ISLAMABAD - Pakistan criticized India on Monday.";
    petrel_result r;
    /* PETRARCH's dictionaries alone: the sentence is reported as a dateline */
    petrel_knowledge *k = test_knowledge();
    CHECK(k != NULL);
    petrel_coder *c = petrel_coder_new(k);
    CHECK_INT(petrel_code_text(c, m, text, "2011-01-05", &r), PETREL_DATELINE);
    CHECK_INT(r.nevents, 0);
    petrel_coder_free(c);
    petrel_knowledge_free(k);
    /* petrel's own knowledge: the words after the dateline are coded */
    k = petrel_knowledge_new(ignore, NULL);
    CHECK_INT(petrel_knowledge_load_builtin(k), 0);
    petrel_knowledge_freeze(k);
    c = petrel_coder_new(k);
    CHECK_INT(petrel_code_text(c, m, text, "2011-01-05", &r), PETREL_OK);
    CHECK_INT(r.ntokens, 6);
    CHECK(r.nevents == 1 && !strcmp(r.events[0].source, "PAK") &&
          !strcmp(r.events[0].target, "IND") && r.events[0].code[0] == '1' &&
          r.events[0].code[1] == '1');
    if (r.nevents == 1)
        CHECK_INT(r.events[0].source_span.byte_start, 12); /* offsets still into the text */
    /* a dateline with nothing after it stays a dateline */
    CHECK_INT(petrel_code_text(c, m, "ISLAMABAD --", "2011-01-05", &r), PETREL_DATELINE);
    petrel_coder_free(c);
    petrel_knowledge_free(k);
    petrel_model_free(m);
}

typedef struct seen {
    int n;
    int index[8], nevents[8];
    long offset[8];
    char first_event[8][32];
    int verb_byte[8];
} seen;

static int on_sentence(void *ud, const petrel_sentence *s, const petrel_result *r)
{
    seen *v = ud;
    if (v->n == 8)
        return 1;
    v->index[v->n] = s->index;
    v->offset[v->n] = s->offset;
    v->nevents[v->n] = r->nevents;
    v->verb_byte[v->n] = r->nevents ? r->events[0].verb_span.byte_start : -1;
    if (r->nevents)
        snprintf(v->first_event[v->n], sizeof v->first_event[0], "%s %s %s", r->events[0].source,
                 r->events[0].target, r->events[0].code);
    v->n++;
    return 0;
}

static int stop_at_once(void *ud, const petrel_sentence *s, const petrel_result *r)
{
    (void)ud;
    (void)s;
    (void)r;
    return 1;
}

TEST(text_api_code_document)
{
    petrel_model *m = test_model();
    if (!m)
        SKIP("no built-in model and no PETREL_TEST_MODEL");
    petrel_knowledge *k = test_knowledge();
    petrel_coder *c = petrel_coder_new(k);
    const char *doc = "Pakistan criticized India.\n\nChina attacked Afghanistan.";
    seen v = {0};
    CHECK_INT(petrel_code_document(c, m, doc, strlen(doc), "2011-01-05", on_sentence, &v), 2);
    CHECK_INT(v.n, 2);
    CHECK_INT(v.index[0], 1);
    CHECK_INT(v.index[1], 2);
    CHECK_INT(v.offset[0], 0);
    CHECK_INT(v.offset[1], 28);
    CHECK_STR(v.first_event[0], "PAK IND 111");
    CHECK_STR(v.first_event[1], "CHN AFG 190");
    CHECK_INT(v.verb_byte[1], 6); /* into the sentence, not the document */
    CHECK_INT(petrel_code_document(c, m, doc, strlen(doc), "2011-01-05", stop_at_once, NULL), -1);
    petrel_coder_free(c);
    petrel_knowledge_free(k);
    petrel_model_free(m);
}

/* ---- one model, two threads ------------------------------------------------------- */

typedef struct worker {
    const petrel_knowledge *k;
    const petrel_model *m;
    int coded; /* sentences that gave PAK IND 111 */
} worker;

static void *work(void *ud)
{
    worker *w = ud;
    petrel_coder *c = petrel_coder_new(w->k);
    for (int i = 0; i < 50; i++) {
        petrel_result r;
        if (petrel_code_text(c, w->m, "Pakistan criticized India.", "2011-01-05", &r) ==
                PETREL_OK &&
            r.nevents == 1 && !strcmp(r.events[0].source, "PAK") &&
            !strcmp(r.events[0].code, "111"))
            w->coded++;
    }
    petrel_coder_free(c);
    return NULL;
}

TEST(text_api_model_shared_by_threads)
{
    petrel_model *m = test_model();
    if (!m)
        SKIP("no built-in model and no PETREL_TEST_MODEL");
    petrel_knowledge *k = test_knowledge();
    worker w[2] = {{k, m, 0}, {k, m, 0}};
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        CHECK_INT(pthread_create(&t[i], NULL, work, &w[i]), 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    CHECK_INT(w[0].coded, 50);
    CHECK_INT(w[1].coded, 50);
    petrel_knowledge_free(k);
    petrel_model_free(m);
}
