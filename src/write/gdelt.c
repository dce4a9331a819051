/*
 * gdelt.c - GDELT 2.0 event records (gdelt.h).
 *
 * Actor codes are split the CAMEO way GDELT uses: a three-letter country
 * first (PAKGOV -> country PAK, type GOV), or an international actor
 * (IGOUNO -> known group UNO, type IGO); then up to three role codes.
 *
 * Must not: merge or count events.
 */
#include "gdelt.h"

#include <string.h>

#include "petrel.h"

#include "../knowledge/knowledge.h"

/* The parts of an actor code in GDELT's columns. */
typedef struct actor_parts {
    char country[4], group[4], type[3][4];
} actor_parts;

static void copy3(char out[4], const char *p)
{
    size_t n = strnlen(p, 3);
    memcpy(out, p, n);
    out[n] = '\0';
}

static void split_actor(const char *code, actor_parts *a)
{
    memset(a, 0, sizeof *a);
    if (!code || strlen(code) < 3)
        return;
    const char *roles = code + 3;
    if (code[0] == '-') { /* "---REB": roles of no known country */
        for (int i = 0; i < 3 && strlen(roles) >= 3; i++, roles += 3)
            copy3(a->type[i], roles);
        return;
    }
    if (pl_actor_code_international(code)) {
        copy3(a->type[0], code);
        if (strlen(roles) >= 3) {
            copy3(a->group, roles);
            roles += 3;
        }
        for (int i = 1; i < 3 && strlen(roles) >= 3; i++, roles += 3)
            copy3(a->type[i], roles);
        return;
    }
    copy3(a->country, code);
    for (int i = 0; i < 3 && strlen(roles) >= 3; i++, roles += 3)
        copy3(a->type[i], roles);
}

/* Columns 6-15 (or 16-25): Code, Name, CountryCode, KnownGroupCode,
 * EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. */
static void write_actor(FILE *f, const char *code, const char *name)
{
    actor_parts a;
    split_actor(code, &a);
    int known = code && strcmp(code, "---") != 0;
    /* CAMEO writes an unknown country as "---"; GDELT leaves it out */
    const char *written = known && !strncmp(code, "---", 3) ? code + 3 : code;
    fprintf(f, "\t%s\t", known ? written : "");
    for (const char *p = known && name ? name : ""; *p; p++) /* upper case, as GDELT */
        fputc(*p == '\t' || *p == '\n' ? ' ' : *p >= 'a' && *p <= 'z' ? *p - 32 : *p, f);
    fprintf(f, "\t%s\t%s\t\t\t\t%s\t%s\t%s", a.country, a.group, a.type[0], a.type[1], a.type[2]);
}

/* An unknown location: Type 0 and seven empty fields. */
static void write_no_geo(FILE *f)
{
    fputs("\t0\t\t\t\t\t\t\t", f);
}

/* Columns 52-59: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
 * FeatureID. GDELT's types: 1 country, 4 world city, 5 world state. */
static void write_action_geo(FILE *f, const pl_store_event *e)
{
    if (!e->place || !*e->place) {
        write_no_geo(f);
        return;
    }
    int type = !strcmp(e->place_kind, "country")                                  ? 1
               : !strcmp(e->place_kind, "adm1") || !strcmp(e->place_kind, "region") ? 5
                                                                                     : 4;
    fprintf(f, "\t%d\t%s", type, e->place);
    if (*e->place_adm1 && type != 5)
        fprintf(f, ", %s", e->place_adm1);
    fprintf(f, "\t%s\t%s\t\t%.4f\t%.4f\t", e->place_country, e->place_country, e->lat, e->lon);
}

void pl_write_gdelt_event(FILE *f, const pl_store_event *e)
{
    int y = 0, m = 0, d = 0;
    sscanf(e->date, "%4d-%2d-%2d", &y, &m, &d);
    /* GDELT's FractionDate: the year plus the day of the year as a fraction */
    double fraction = y + ((m - 1) * 30 + d) / 365.0;
    fprintf(f, "%lld\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f", e->id, y, m, d, y, m, y, fraction);
    write_actor(f, e->source, e->source_text);
    write_actor(f, e->target, e->target_text);
    petrel_cameo c;
    int known = petrel_cameo_lookup(e->code, &c) == 0;
    fprintf(f, "\t%d\t%s\t%.3s\t%.2s\t%d\t%.1f\t%d\t%d\t%d\t0", e->first_sentence <= 3, e->code,
            e->code, e->code, known ? c.quad_class : 0, known ? c.goldstein : 0.0, e->mentions,
            e->sources, e->articles);
    write_no_geo(f); /* Actor1Geo */
    write_no_geo(f); /* Actor2Geo */
    write_action_geo(f, e);
    int ay = 0, am = 0, ad = 0;
    sscanf(e->added, "%4d-%2d-%2d", &ay, &am, &ad);
    fprintf(f, "\t%04d%02d%02d000000\t%s\n", ay, am, ad, e->url);
}
