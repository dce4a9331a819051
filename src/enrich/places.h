/*
 * places.h - a gazetteer (countries, capitals, first-level divisions, cities,
 * towns, border crossings, regions) and the event location of a sentence.
 *
 * File format (knowledge/places.tsv): UTF-8, one place per line, seven
 * TAB-separated columns, the last one optional:
 *
 *   name  kind  country  adm1  lat  lon  [alternative names separated by '|']
 *
 *   kind     country, capital, adm1, city, town, crossing or region
 *   country  ISO 3166-1 alpha-3 code, upper case ("" only for a region)
 *   adm1     the first-level division the place is in; an adm1 row names
 *            itself; "" for countries and when unknown
 *   lat/lon  decimal degrees ("-12.5", "30.18"), within +-90 / +-180
 *
 * Blank lines and lines starting with '#' are comments; a trailing CR is
 * ignored. A bad line is reported as "file:line: what is wrong" and skipped.
 *
 * Names are compared by their letters and digits only, ASCII case folded:
 * "Mazar-i-Sharif", "Mazar - i - Sharif" (petrel's tokens) and
 * "MAZAR I SHARIF" are one name. When two places share a name (Kandahar
 * the city and the province, Georgia the country and the US state) the
 * lookup gives the one of the earlier kind in the list above (country,
 * capital, city, ...), then the earlier line.
 *
 * The gazetteer is built once and then only read, so any number of threads
 * may look up and locate in it at the same time.
 *
 * Must not: decide who did what (actors are the coder's business) or keep
 * any state between calls.
 */
#ifndef PETREL_PLACES_H
#define PETREL_PLACES_H

#include <stddef.h>

#include "../util/diag.h"

typedef struct pl_gazetteer pl_gazetteer;

typedef struct pl_place {
    const char *name, *kind, *country, *adm1; /* owned by the gazetteer */
    double lat, lon;
} pl_place;

/* Parse a places file held in memory (name is for messages). Bad lines are
 * reported through d (may be NULL: stderr) and skipped. NULL when memory
 * runs out. */
pl_gazetteer *pl_gazetteer_load_mem(const char *name, const char *data, size_t len, pl_diag *d);
void pl_gazetteer_free(pl_gazetteer *g);
int pl_gazetteer_count(const pl_gazetteer *g);
/* Number of places of one kind ("city", ...); 0 for an unknown kind. */
int pl_gazetteer_count_kind(const pl_gazetteer *g, const char *kind);

/* The place named by text[0..n) (any of its names, letters and digits
 * compared case-insensitively), or NULL. */
const pl_place *pl_gazetteer_lookup(const pl_gazetteer *g, const char *text, size_t n);

/* The event location of a sentence given as its tokens words[0..nwords).
 * Candidates are the longest place names starting with a capital letter
 * (so "chad" or "split" never match). The best candidate is one introduced
 * by a locative preposition ("in", "near", "at", "outside", "inside",
 * "around", "across from", also past "the northern city of") or forming a
 * leading dateline ("KABUL --"); then a city, town, crossing or capital over
 * an adm1 or region over a country; ties go to the first. Returns the token
 * index of the match, sets *out and *ntok (its length in tokens), or
 * returns -1 when no place is named. */
int pl_gazetteer_locate(const pl_gazetteer *g, const char *const *words, int nwords,
                        const pl_place **out, int *ntok);

#endif
