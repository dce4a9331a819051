/*
 * text.c - the plain-text half of the public API (include/petrel.h): model
 * handles, and coding a sentence or a whole document of plain text
 * (tokenize -> tag, lemmatize, parse -> code -> evidence).
 *
 * Must not: tokenize, parse or code by itself (segment/, parse/ and code/
 * do), or keep state outside the handles: a model is only read, so any
 * number of coders in any number of threads may share it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../clean/dateline.h"
#include "../knowledge/knowledge.h"
#include "../parse/model.h"
#include "../segment/segment.h"
#include "../util/diag.h"
#include "api_internal.h"

struct petrel_model {
    pl_model *m;
};

static petrel_model *wrap_model(pl_model *m)
{
    if (!m)
        return NULL;
    petrel_model *pm = malloc(sizeof *pm);
    if (!pm) {
        pl_model_free(m);
        return NULL;
    }
    pm->m = m;
    return pm;
}

petrel_model *petrel_model_load_builtin(petrel_message_fn on_message, void *ud)
{
    pl_diag d = {on_message, ud, 0, 0};
    return wrap_model(pl_model_load_builtin(&d));
}

petrel_model *petrel_model_load_file(const char *path, petrel_message_fn on_message, void *ud)
{
    pl_diag d = {on_message, ud, 0, 0};
    return wrap_model(pl_model_load_file(path, &d));
}

void petrel_model_free(petrel_model *m)
{
    if (!m)
        return;
    pl_model_free(m->m);
    free(m);
}

/* ---- one sentence ------------------------------------------------------------------
 * The tokenizer hands over its sentences one at a time in memory it reuses;
 * their words are copied, one after another, into a single sentence. */

typedef struct joined {
    pl_arena *a;
    pl_sentence s;
    int cap, mwt_cap;
} joined;

/* Grow an arena array of `size`-byte items to hold `need`; *cap is updated. */
static void *grow(pl_arena *a, void *v, int n, int need, int *cap, size_t size)
{
    if (need <= *cap)
        return v;
    int c = *cap ? *cap : 32;
    while (c < need)
        c *= 2;
    void *bigger = pl_arena_alloc(a, size * (size_t)c);
    if (n)
        memcpy(bigger, v, size * (size_t)n);
    *cap = c;
    return bigger;
}

static const char *copy_string(pl_arena *a, const char *s)
{
    return s ? pl_arena_strdup(a, s) : NULL;
}

static int join_sentence(void *ud, pl_sentence *part)
{
    joined *j = ud;
    pl_sentence *s = &j->s;
    s->tok = grow(j->a, s->tok, s->n, s->n + part->n, &j->cap, sizeof *s->tok);
    s->mwt = grow(j->a, s->mwt, s->nmwt, s->nmwt + part->nmwt, &j->mwt_cap, sizeof *s->mwt);
    for (int i = 0; i < part->nmwt; i++) {
        pl_multiword m = part->mwt[i];
        m.first += s->n;
        m.last += s->n;
        m.form = copy_string(j->a, m.form);
        m.start += part->doc_offset;
        m.end += part->doc_offset;
        s->mwt[s->nmwt++] = m;
    }
    for (int i = 0; i < part->n; i++) {
        pl_token t = part->tok[i];
        t.form = copy_string(j->a, t.form);
        t.norm = copy_string(j->a, t.norm);
        t.analysis = copy_string(j->a, t.analysis);
        t.start += part->doc_offset;
        t.end += part->doc_offset;
        s->tok[s->n++] = t;
    }
    return 0;
}

/* ---- hyphenated words ----------------------------------------------------------------
 * PETRARCH's dictionaries write some hyphenated words whole ("AL-QAEDA",
 * "BARAD-DUR"), as Penn Treebank tokenizers leave them, while the tokenizer
 * splits them as UD EWT does (Al - Qaeda). The words around a hyphen written
 * without blanks are joined again, before parsing, when the dictionaries know
 * the whole word. */

static int in_multiword(const pl_sentence *s, int i)
{
    for (int m = 0; m < s->nmwt; m++)
        if (s->mwt[m].first <= i && i <= s->mwt[m].last)
            return 1;
    return 0;
}

/* Are tokens i-1, i, i+1 a known word written "X-Y"? Its norm goes to buf. */
static int joinable(const petrel_coder *c, const pl_sentence *s, int i, char *buf, size_t size)
{
    const pl_token *a = &s->tok[i - 1], *h = &s->tok[i], *b = &s->tok[i + 1];
    if (strcmp(h->form, "-") != 0 || a->end != h->start || h->end != b->start ||
        in_multiword(s, i - 1) || in_multiword(s, i) || in_multiword(s, i + 1))
        return 0;
    if ((size_t)snprintf(buf, size, "%s-%s", a->norm, b->norm) >= size)
        return 0;
    uint32_t id;
    return pl_knowledge_word(c->pk->k, buf, &id) != NULL;
}

static void join_hyphenated(petrel_coder *c, pl_sentence *s)
{
    char word[256];
    for (int i = 1; i + 1 < s->n; i++) {
        if (!joinable(c, s, i, word, sizeof word))
            continue;
        pl_token *a = &s->tok[i - 1];
        a->end = s->tok[i + 1].end;
        a->form = pl_arena_strndup(&c->arena, s->text + a->start, a->end - a->start);
        a->norm = pl_arena_strdup(&c->arena, word);
        a->analysis = NULL;
        memmove(&s->tok[i], &s->tok[i + 2], (size_t)(s->n - i - 2) * sizeof *s->tok);
        s->n -= 2;
        for (int m = 0; m < s->nmwt; m++)
            if (s->mwt[m].first > i) {
                s->mwt[m].first -= 2;
                s->mwt[m].last -= 2;
            }
        i--; /* the joined word may join the next one too: "X-Y-Z" */
    }
}

/* ---- datelines ----------------------------------------------------------------------
 * A wire story's first sentence opens with its dateline ("HARARE -",
 * "KABUL (AP) --"), which says where the story was filed. By petrel's
 * conventions the sentence after it is parsed and coded without it. With
 * PETRARCH's dictionaries alone the sentence is left whole, and reported as
 * a dateline, as PETRARCH's validation suite expects. */

static void skip_dateline(const petrel_coder *c, pl_sentence *s)
{
    if (!pl_knowledge_petrel_conventions(c->pk->k))
        return;
    int len = pl_dateline_length(s);
    if (len <= 0 || len >= s->n)
        return; /* no dateline, or nothing after it */
    s->tok += len;
    s->n -= len;
    int kept = 0;
    for (int m = 0; m < s->nmwt; m++) {
        pl_multiword w = s->mwt[m];
        if (w.first < len)
            continue;
        w.first -= len;
        w.last -= len;
        s->mwt[kept++] = w;
    }
    s->nmwt = kept;
}

/* Tag, lemmatize and parse a segmented sentence, then code it. */
static petrel_status parse_and_code(petrel_coder *c, const petrel_model *m, pl_sentence *s, long d,
                                    petrel_result *out)
{
    skip_dateline(c, s);
    join_hyphenated(c, s);
    pl_model_annotate(m->m, s, &c->arena);
    return pl_api_code_sentence(c, s, d, out);
}

petrel_status petrel_code_text(petrel_coder *c, const petrel_model *m, const char *text,
                               const char *date, petrel_result *out)
{
    long d = pl_api_begin(c, date, out);
    if (d < 0)
        return out->status;
    if (!text || !m)
        return out->status = PETREL_BAD_PARSE;
    joined j = {&c->arena, {0}, 0, 0};
    j.s.text = text;
    pl_segment_text(text, strlen(text), &c->scratch, join_sentence, &j);
    return parse_and_code(c, m, &j.s, d, out);
}

/* ---- documents ---------------------------------------------------------------------- */

typedef struct document {
    petrel_coder *c;
    const petrel_model *m;
    const char *date;
    petrel_sentence_fn fn;
    void *ud;
    int index;
} document;

static int code_one(void *ud, pl_sentence *s)
{
    document *doc = ud;
    petrel_result r;
    long d = pl_api_begin(doc->c, doc->date, &r);
    if (d >= 0 && parse_and_code(doc->c, doc->m, s, d, &r) == PETREL_OK)
        pl_api_enrich(doc->c, s, d, &r);
    petrel_sentence ps = {++doc->index, s->text, (long)s->doc_offset};
    return doc->fn(doc->ud, &ps, &r);
}

long petrel_code_document(petrel_coder *c, const petrel_model *m, const char *text, size_t len,
                          const char *date, petrel_sentence_fn fn, void *ud)
{
    document doc = {c, m, date, fn, ud, 0};
    petrel_coder_begin_document(c);
    return pl_segment_text(text, len, &c->scratch, code_one, &doc);
}
