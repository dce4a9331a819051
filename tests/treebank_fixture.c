/*
 * treebank_fixture.c - see treebank_fixture.h.
 */
#include "treebank_fixture.h"

#include <string.h>

#include "../src/read/conllu.h"
#include "diags.h"

int treebank_fixture_read(const char *conllu, int copies, pl_arena *a, pl_sentence *out, int max)
{
    diags dg = {0};
    pl_diag d = {diags_collect, &dg, 0, 0};
    pl_conllu_reader r;
    pl_conllu_open_buffer(&r, conllu, strlen(conllu), "tiny.conllu", &d);
    int n = 0;
    pl_sentence s;
    pl_conllu_meta m;
    while (n + copies <= max && pl_conllu_next(&r, a, &s, &m))
        for (int k = 0; k < copies; k++)
            out[n++] = s;
    pl_conllu_close(&r);
    return n;
}

pl_sentence treebank_fixture_copy(const pl_sentence *s, pl_arena *a)
{
    pl_sentence copy = *s;
    copy.tok = pl_arena_alloc(a, (size_t)s->n * sizeof *copy.tok);
    memcpy(copy.tok, s->tok, (size_t)s->n * sizeof *copy.tok);
    return copy;
}
