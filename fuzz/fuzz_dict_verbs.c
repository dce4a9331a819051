/*
 * fuzz_dict_verbs.c - libFuzzer target for the verb dictionary reader
 * (src/knowledge/verbs.c, patterns.c; CAMEO.2.0.txt format: synsets, verb
 * blocks and forms, patterns, transformations): load arbitrary bytes,
 * freeze, look up a few common verbs and the input's own words, walk every
 * form, block, pattern and transformation, free.
 *
 * Checks (knowledge.h): loading from memory succeeds and is refused once
 * frozen; a lookup returns forms of that word, longest multi-word forms
 * first, each in a block; every dictionary word is upper-case; a pattern
 * has its verb element where verb_at says, element kinds are in range and
 * only word elements have alternatives; every diagnostic names the input.
 *
 * Must not: keep state between inputs (fuzz_sink only keeps reads alive).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/knowledge/knowledge.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_word(const char *w)
{
    if (!w)
        abort();
    for (const char *p = w; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            abort();
}

static void check_words(const pl_words *ws)
{
    if (ws->n < 0 || (ws->n > 0 && !ws->w))
        abort();
    for (int i = 0; i < ws->n; i++)
        check_word(ws->w[i]);
}

static void check_pattern(const pl_pattern *p)
{
    if (!p->elem || p->nelem < 1 || p->verb_at < 0 || p->verb_at >= p->nelem ||
        p->elem[p->verb_at].kind != PE_VERB || !p->active || !p->passive || !p->text || !p->file)
        abort();
    fuzz_touch(p->active);
    fuzz_touch(p->passive);
    fuzz_touch(p->text);
    fuzz_touch(p->file);
    for (int e = 0; e < p->nelem; e++) {
        const pl_pat_elem *el = &p->elem[e];
        if (el->kind < PE_WORDS || el->kind > PE_NP_CLOSE)
            abort();
        /* A synset that expands to no terms gives a PE_WORDS element with no
         * alternatives (the pattern cannot match); the coder allows for it. */
        if (el->nalts < 0 || (el->nalts > 0 && !el->alts) || (el->kind != PE_WORDS && el->nalts))
            abort();
        for (int a = 0; a < el->nalts; a++)
            check_words(&el->alts[a]);
    }
}

static void check_block(const pl_verb_block *b)
{
    if (!b || !b->name || !b->active || !b->passive || b->npatterns < 0 ||
        (b->npatterns > 0 && !b->patterns))
        abort();
    fuzz_touch(b->name);
    fuzz_touch(b->active);
    fuzz_touch(b->passive);
    fuzz_touch(b->file);
    for (int p = 0; p < b->npatterns; p++)
        check_pattern(&b->patterns[p]);
}

static void lookup(const pl_knowledge *k, const char *word)
{
    int prev = -1;
    for (const pl_verb_form *f = pl_verb_lookup(k, word); f; f = f->next) {
        if (!f->word || strcmp(f->word, word) != 0 || !f->active || !f->passive)
            abort();
        check_word(f->word);
        check_words(&f->before);
        check_words(&f->after);
        int len = f->before.n + f->after.n;
        if (prev >= 0 && len > prev)
            abort(); /* longest multi-word forms first */
        prev = len;
        fuzz_touch(f->active);
        fuzz_touch(f->passive);
        fuzz_touch(f->file);
        check_block(f->block);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const common[] = {"SAY", "ACCUSE", "ACCUSED", "ACCUSES", "MEET",
                                         "MET", "ASK",    "CHARGE",  "CHARGED", "WIRE"};
    pl_diag d = fuzz_diag("fuzz.verbs");
    pl_knowledge *k = pl_knowledge_new();
    if (!k)
        return 0;
    if (pl_load_verbs_mem(k, "fuzz.verbs", (const char *)data, size, &d) != 0)
        abort();
    pl_knowledge_freeze(k);
    if (pl_load_verbs_mem(k, "fuzz.verbs", "", 0, &d) != -1)
        abort(); /* frozen */
    for (size_t i = 0; i < sizeof common / sizeof common[0]; i++)
        lookup(k, common[i]);
    char buf[512];
    const char *w[16];
    int n = fuzz_input_words(data, size, buf, sizeof buf, w, 16);
    for (int i = 0; i < n; i++)
        lookup(k, w[i]);
    int nt = -1;
    const pl_transform *t = pl_transforms(k, &nt);
    if (nt < 0 || (nt > 0 && !t))
        abort();
    for (int i = 0; i < nt; i++) {
        if (!t[i].lower_verb || !t[i].upper_verb || !t[i].out_code || !t[i].text)
            abort();
        fuzz_touch(t[i].lower_verb);
        fuzz_touch(t[i].upper_verb);
        fuzz_touch(t[i].out_code);
        fuzz_touch(t[i].text);
        fuzz_touch(t[i].file);
        fuzz_sink += (size_t)(t[i].upper_src + t[i].lower_src + t[i].lower_tgt + t[i].out_src +
                              t[i].out_tgt);
    }
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    if (s.verb_forms < 0 || s.patterns < 0 || s.transforms != nt)
        abort();
    fuzz_sink += s.bytes;
    pl_knowledge_free(k);
    return 0;
}
