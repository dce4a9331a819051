/*
 * treebank_fixture.h - a tiny CoNLL-U treebank written in a test, read into
 * sentences, for tests that train a tagger or a model in memory.
 */
#ifndef PETREL_TEST_TREEBANK_FIXTURE_H
#define PETREL_TEST_TREEBANK_FIXTURE_H

#include "../src/parse/sentence.h"
#include "../src/util/arena.h"

/* Reads the sentences of `conllu` into out (at most max), each `copies`
 * times in a row; returns how many were stored. */
int treebank_fixture_read(const char *conllu, int copies, pl_arena *a, pl_sentence *out, int max);
/* A copy of s whose tokens (allocated in a) can be annotated again. */
pl_sentence treebank_fixture_copy(const pl_sentence *s, pl_arena *a);

#endif
