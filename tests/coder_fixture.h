/*
 * coder_fixture.h - coding hand-written CoNLL-U trees with small
 * dictionaries written in the tests (test_coder_ud.c, test_coder_news.c).
 */
#ifndef PETREL_CODER_FIXTURE_H
#define PETREL_CODER_FIXTURE_H

#include <stddef.h>

#include "../src/code/coder.h"
#include "../src/knowledge/knowledge.h"

/* Knowledge from verb, actor and agent dictionaries held in strings, by
 * petrel's conventions or PETRARCH's, frozen; a load problem fails the test. */
pl_knowledge *fixture_knowledge(const char *verbs, const char *actors, const char *agents,
                                int petrel_conventions);

/* Codes the one sentence of `conllu` on 2011-01-05 with k; its events as
 * "SRC TGT CODE;" into buf. */
const char *fixture_code(const pl_knowledge *k, const char *conllu, int require_dyad, char *buf,
                         size_t size);

/* The same with coder options of the test's choosing (new-actor mode). */
const char *fixture_code_with(const pl_knowledge *k, const char *conllu, const pl_coder_opts *o,
                              char *buf, size_t size);

#endif
