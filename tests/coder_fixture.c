/*
 * coder_fixture.c - coding hand-written CoNLL-U trees with small
 * dictionaries written in the tests (coder_fixture.h).
 */
#include "coder_fixture.h"

#include <stdio.h>
#include <string.h>

#include "../src/code/coder.h"
#include "../src/read/conllu.h"
#include "test.h"

pl_knowledge *fixture_knowledge(const char *verbs, const char *actors, const char *agents,
                                int petrel_conventions)
{
    pl_diag d = {0};
    pl_knowledge *k = pl_knowledge_new();
    int rc = pl_load_verbs_mem(k, "verbs", verbs, strlen(verbs), &d) |
             pl_load_actors_mem(k, "actors", actors, strlen(actors), &d) |
             pl_load_agents_mem(k, "agents", agents, strlen(agents), &d);
    if (petrel_conventions)
        pl_knowledge_use_petrel_conventions(k);
    pl_knowledge_freeze(k);
    CHECK_INT(rc, 0);
    CHECK_INT(d.errors, 0);
    return k;
}

const char *fixture_code(const pl_knowledge *k, const char *conllu, int require_dyad, char *buf,
                         size_t size)
{
    pl_coder_opts o = {require_dyad, 0, NULL};
    return fixture_code_with(k, conllu, &o, buf, size);
}

const char *fixture_code_with(const pl_knowledge *k, const char *conllu, const pl_coder_opts *o,
                              char *buf, size_t size)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_conllu_reader r;
    pl_conllu_open_buffer(&r, conllu, strlen(conllu), "test", NULL);
    pl_sentence s;
    pl_conllu_meta meta;
    buf[0] = '\0';
    if (pl_conllu_next(&r, &a, &s, &meta) == 1) {
        pl_coded out;
        pl_code_sentence(k, &s, 20110105, o, &a, &out, NULL);
        size_t len = 0;
        for (int i = 0; i < out.n && len < size; i++)
            len += (size_t)snprintf(buf + len, size - len, "%s %s %s;", out.ev[i].source,
                                    out.ev[i].target, out.ev[i].code);
    } else {
        test_fail(__FILE__, __LINE__, "the CoNLL-U sentence did not read");
    }
    pl_conllu_close(&r);
    pl_arena_free(&a);
    return buf;
}
