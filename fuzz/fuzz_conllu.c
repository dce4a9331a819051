/*
 * fuzz_conllu.c - libFuzzer target for the CoNLL-U reader
 * (src/read/conllu.c), writer (src/write/conllu_write.c) and the CoNLL 2018
 * evaluator (src/eval/ud_eval.c): any bytes are read as a CoNLL-U buffer.
 * Every sentence returned must keep the reader's promises (words, one root,
 * heads in range and acyclic, offsets inside the text, multiword tokens in
 * order over existing words); written back and read again it must come out
 * as one sentence, without a complaint, with the same words, tags, heads and
 * multiword tokens. All sentences scored against themselves must score 100%
 * on every metric. Every diagnostic must name the input ("fuzz.conllu:").
 *
 * Must not: keep state between inputs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/eval/ud_eval.h"
#include "../src/read/conllu.h"
#include "../src/write/conllu_write.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_heads(const pl_sentence *s)
{
    int roots = 0;
    for (int i = 0; i < s->n; i++) {
        int h = s->tok[i].head, steps = 0;
        if (h < -1 || h >= s->n || h == i)
            abort();
        roots += h == -1;
        while (h != -1 && steps++ <= s->n)
            h = s->tok[h].head;
        if (h != -1)
            abort(); /* a cycle */
    }
    if (roots != 1)
        abort();
}

static void check_tag(const char *tag, size_t size)
{
    if (strnlen(tag, size) == size)
        abort(); /* not terminated */
    fuzz_touch(tag);
}

static void check_sentence(const pl_sentence *s, const pl_conllu_meta *m)
{
    if (s->n < 1 || !s->tok || !s->text || !m->sent_id || !m->text || m->line < 1)
        abort();
    size_t len = strlen(s->text);
    check_heads(s);
    for (int i = 0; i < s->n; i++) {
        const pl_token *t = &s->tok[i];
        if (!t->form || !*t->form || !t->norm || !t->lemma || t->start > t->end || t->end > len)
            abort();
        fuzz_touch(t->form);
        fuzz_touch(t->norm);
        fuzz_touch(t->lemma);
        check_tag(t->upos, sizeof t->upos);
        check_tag(t->xpos, sizeof t->xpos);
        check_tag(t->deprel, sizeof t->deprel);
    }
    for (int k = 0; k < s->nmwt; k++) {
        const pl_multiword *w = &s->mwt[k];
        int after = k ? s->mwt[k - 1].last : -1;
        if (w->first <= after || w->last < w->first || w->last >= s->n || !w->form ||
            w->start > w->end || w->end > len)
            abort();
    }
}

/* The writer turns carriage returns into blanks; such fields are not compared. */
static int has_cr(const pl_token *t)
{
    return strchr(t->form, '\r') || strchr(t->lemma, '\r') || strchr(t->upos, '\r') ||
           strchr(t->xpos, '\r') || strchr(t->deprel, '\r');
}

/* Reads exactly one sentence from buf, which must be s again. */
static void check_round_trip(const pl_sentence *s, const char *buf, size_t n)
{
    pl_diag d = fuzz_diag("fuzz.conllu");
    pl_conllu_reader r;
    pl_conllu_open_buffer(&r, buf, n, "fuzz.conllu", &d);
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence t;
    pl_conllu_meta m;
    if (!pl_conllu_next(&r, &a, &t, &m) || d.errors || t.n != s->n || t.nmwt != s->nmwt)
        abort();
    for (int i = 0; i < s->n; i++) {
        const pl_token *x = &s->tok[i], *y = &t.tok[i];
        if (x->head != y->head)
            abort();
        if (!has_cr(x) &&
            (strcmp(x->upos, y->upos) || strcmp(x->xpos, y->xpos) || strcmp(x->deprel, y->deprel) ||
             strcmp(x->form, y->form) || strcmp(x->lemma, y->lemma)))
            abort();
    }
    for (int k = 0; k < s->nmwt; k++)
        if (s->mwt[k].first != t.mwt[k].first || s->mwt[k].last != t.mwt[k].last)
            abort();
    if (pl_conllu_next(&r, &a, &t, &m))
        abort();
    pl_conllu_close(&r);
    pl_arena_free(&a);
}

static void write_and_reread(const pl_sentence *s, const pl_conllu_meta *m)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f)
        return;
    pl_conllu_header h = {m->sent_id, m->newdoc, m->newpar};
    pl_conllu_write(f, &h, s);
    if (fclose(f) != 0)
        abort();
    check_round_trip(s, buf, n);
    free(buf);
}

static void check_self_score(const pl_ud_doc *doc)
{
    pl_ud_score sc[PL_UD_NMETRICS];
    char err[256];
    if (pl_ud_evaluate(doc, doc, sc, err, sizeof err) != 0)
        abort();
    for (int m = 0; m < PL_UD_NMETRICS; m++)
        if (sc[m].correct != sc[m].gold || sc[m].gold != sc[m].system)
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pl_diag d = fuzz_diag("fuzz.conllu");
    pl_conllu_reader r;
    pl_conllu_open_buffer(&r, (const char *)data, size, "fuzz.conllu", &d);
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ud_doc *doc = pl_ud_doc_new();
    pl_sentence s;
    pl_conllu_meta m;
    while (pl_conllu_next(&r, &a, &s, &m)) {
        check_sentence(&s, &m);
        write_and_reread(&s, &m);
        pl_ud_doc_add(doc, &s);
        pl_arena_reset(&a);
    }
    check_self_score(doc);
    pl_ud_doc_free(doc);
    pl_conllu_close(&r);
    pl_arena_free(&a);
    return 0;
}
