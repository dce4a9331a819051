/*
 * dateline.h - recognise a news dateline at the start of a sentence:
 * "CEBU CITY: -- Cordova Mayor ...", "ISLAMABAD (AFP) -", "KABUL --".
 *
 * A dateline names where a story was filed, not who did anything. When a
 * sentence comes with a parse that includes its dateline, petrel does not
 * code it (PETRARCH's validation suite calls this error="dateline"); by
 * petrel's own conventions the raw-text pipeline (api/text.c) skips the
 * dateline before parsing and codes the rest.
 *
 * Must not: change the sentence.
 */
#ifndef PETREL_DATELINE_H
#define PETREL_DATELINE_H

#include "../parse/sentence.h"

/* Number of tokens of the leading dateline (place words and the dash or
 * colon that ends it), or 0 when the sentence does not start with one. */
int pl_dateline_length(const pl_sentence *s);

#endif
