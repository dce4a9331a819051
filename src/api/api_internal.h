/*
 * api_internal.h - what the two halves of the public API share: the
 * knowledge and coder handles, the date check, and coding one parsed
 * sentence (petrel.c), used by both the Penn Treebank entry point
 * (petrel.c) and the plain-text ones (text.c).
 *
 * Must not: be included outside src/api/.
 */
#ifndef PETREL_API_INTERNAL_H
#define PETREL_API_INTERNAL_H

#include "petrel.h"

#include "../code/coder.h"
#include "../enrich/places.h"
#include "../enrich/quotes.h"
#include "../knowledge/knowledge.h"
#include "../parse/sentence.h"
#include "../recognise/coref.h"
#include "../util/arena.h"
#include "../util/diag.h"

struct petrel_knowledge {
    pl_knowledge *k;
    pl_diag diag;
    petrel_message_fn on_message;
    void *ud;
};

struct petrel_coder {
    const petrel_knowledge *pk;
    pl_arena arena;   /* reset for every sentence */
    pl_arena scratch; /* the tokenizer's, reset for every sentence it finds */
    pl_coder_opts opts;       /* opts.coref points to memory */
    pl_coref memory;          /* the actors of the document so far */
    pl_explain explain;
    petrel_event *events;
    int cap;
    pl_quote_state quotes; /* a quote left open by the document's previous sentence */
    pl_gazetteer *places;  /* the built-in gazetteer, loaded by the first document */
};

/* Clear *out and the coder's arena for a new sentence (the next of the
 * document); the date as an
 * integer YYYYMMDD, or -1 (out->status PETREL_BAD_DATE) if malformed. */
long pl_api_begin(petrel_coder *c, const char *date, petrel_result *out);

/* Code a parsed sentence (tokens with norm, tags and tree) dated d: the
 * dateline check, discards, the explanation, events with their evidence. */
petrel_status pl_api_code_sentence(petrel_coder *c, const pl_sentence *s, long d,
                                   petrel_result *out);

/* The evidence span of tokens [start, end) of s, its text in the coder's arena. */
petrel_span pl_api_span(petrel_coder *c, const pl_sentence *s, int start, int end);

/* Annotate the events of a document's sentence (enrich.c): date, place, quote. */
void pl_api_enrich(petrel_coder *c, const pl_sentence *s, long d, petrel_result *r);

#endif
