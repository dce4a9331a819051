/*
 * enrich.c - what petrel_code_document adds to each event of a document
 * beyond source, code and target: when it happened (the document's date,
 * moved by what the sentence says), where (the place the sentence names,
 * from the built-in gazetteer), the speech it was reported in (who said it),
 * and the CAMEO facts about its code (petrel_cameo_lookup).
 *
 * Each coder loads its own copy of the gazetteer when it codes its first
 * document (a few milliseconds), so coders on different threads share
 * nothing and nothing is loaded for callers that never code documents.
 *
 * Must not: change which events exist or their actors; it only annotates
 * the events the coder produced, in the coder's per-sentence arena.
 */
#include <stdio.h>
#include <string.h>

#include "../enrich/dates.h"
#include "../knowledge/cameo.h"
#include "../knowledge/knowledge.h"
#include "api_internal.h"

static const petrel_span no_span = {-1, -1, -1, -1, ""};

/* The event's date: the document date d (YYYYMMDD as an integer) moved by
 * the date expression of the sentence closest to the event's verb. */
static void date_event(petrel_coder *c, const pl_sentence *s, long d, petrel_event *e)
{
    pl_event_date when;
    int verb = e->verb_span.byte_start;
    pl_event_date_find(s->text, strlen(s->text), (int)(d / 10000), (int)(d / 100 % 100),
                       (int)(d % 100), verb, &when);
    char buf[32];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", when.year, when.month, when.day);
    e->date = pl_arena_strdup(&c->arena, buf);
    e->date_basis = when.basis;
    e->date_span = no_span;
    if (when.byte_start >= 0) {
        e->date_span.byte_start = when.byte_start;
        e->date_span.byte_end = when.byte_end;
        e->date_span.text = pl_arena_strndup(&c->arena, s->text + when.byte_start,
                                             (size_t)(when.byte_end - when.byte_start));
    }
}

/* The actor code of a quote's speaker: the source of an event of the same
 * sentence whose source is the speaker ("X said": an 010 statement by X),
 * else "---". */
static const char *speaker_code(const petrel_result *r, const pl_quote *q)
{
    for (int i = 0; q->speaker_start >= 0 && i < r->nevents; i++) {
        const petrel_span *sp = &r->events[i].source_span;
        if (sp->start >= 0 && sp->start < q->speaker_end && q->speaker_start < sp->end)
            return r->events[i].source;
    }
    return "---";
}

static const petrel_quote *event_quote(petrel_coder *c, const pl_sentence *s,
                                       const petrel_result *r, const pl_quote *q, int nq,
                                       const petrel_event *e)
{
    if (e->verb_span.byte_start < 0)
        return NULL;
    const pl_quote *hit = pl_quote_at(q, nq, (uint32_t)e->verb_span.byte_start);
    if (!hit)
        return NULL;
    petrel_quote *pq = pl_arena_alloc(&c->arena, sizeof *pq);
    pq->speaker = speaker_code(r, hit);
    pq->speaker_span = pl_api_span(c, s, hit->speaker_start, hit->speaker_end);
    pq->verb_span = pl_api_span(c, s, hit->verb, hit->verb + 1);
    pq->span = no_span;
    pq->span.byte_start = (int)hit->start;
    pq->span.byte_end = (int)hit->end;
    pq->span.text = pl_arena_strndup(&c->arena, s->text + hit->start, hit->end - hit->start);
    pq->direct = hit->direct;
    return pq;
}

static const pl_gazetteer *gazetteer(petrel_coder *c)
{
    if (!c->places) {
        const char *name;
        size_t size;
        const char *data = pl_builtin_places(&name, &size);
        pl_diag quiet = {NULL, NULL, 0, 1};
        if (data)
            c->places = pl_gazetteer_load_mem(name, data, size, &quiet);
    }
    return c->places;
}

/* The place the sentence names as where things happen, or NULL. */
static const petrel_place *sentence_place(petrel_coder *c, const pl_sentence *s)
{
    const pl_gazetteer *g = gazetteer(c);
    if (!g || s->n == 0)
        return NULL;
    const char **words = pl_arena_alloc(&c->arena, (size_t)s->n * sizeof *words);
    for (int i = 0; i < s->n; i++)
        words[i] = s->tok[i].form;
    const pl_place *p;
    int ntok;
    int at = pl_gazetteer_locate(g, words, s->n, &p, &ntok);
    if (at < 0)
        return NULL;
    petrel_place *pp = pl_arena_alloc(&c->arena, sizeof *pp);
    *pp = (petrel_place){p->name, p->kind, p->country, p->adm1, p->lat, p->lon,
                         pl_api_span(c, s, at, at + ntok)};
    return pp;
}

void pl_api_enrich(petrel_coder *c, const pl_sentence *s, long d, petrel_result *r)
{
    const petrel_place *place = r->nevents ? sentence_place(c, s) : NULL;
    enum { MAX_QUOTES = 16 };
    pl_quote q[MAX_QUOTES];
    int nq = pl_quotes_find(s, &c->quotes, q, MAX_QUOTES);
    for (int i = 0; i < r->nevents; i++) {
        petrel_event *e = &c->events[i];
        date_event(c, s, d, e);
        e->place = place;
        e->quote = event_quote(c, s, r, q, nq, e);
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
