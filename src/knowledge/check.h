/*
 * check.h - curation checks and counts over loaded dictionaries, for
 * `petrel dict check` (check.c).
 */
#ifndef PETREL_KNOWLEDGE_CHECK_H
#define PETREL_KNOWLEDGE_CHECK_H

#include "knowledge.h"

typedef void (*pl_check_fn)(void *ud, const char *problem);

/* Reports every problem as "file:line: what" through fn; returns how many. */
long pl_knowledge_check(const pl_knowledge *k, pl_check_fn fn, void *ud);

/* What each file contributed. */
typedef struct pl_file_counts {
    const char *file;
    int actors, agents, blocks, verb_forms, patterns;
} pl_file_counts;

/* Fills t[0..cap) in load order; returns the number of files. */
int pl_knowledge_file_counts(const pl_knowledge *k, pl_file_counts *t, int cap);

#endif
