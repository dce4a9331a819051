/*
 * check.c - curation checks over loaded dictionaries (`petrel dict check`):
 * phrases and verb forms defined twice, overlapping date ranges within an
 * actor entry, actor codes built from unknown parts, event codes missing from
 * the CAMEO table, and CAMEO codes that no verb or pattern can produce.
 *
 * Syntax errors are the loaders' business (they report while reading); this
 * module only looks at what was loaded. Must not: modify the knowledge.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "check.h"
#include "internal.h"

/* CAMEO role and sector codes that may follow a country code ("PAKGOV"),
 * religions included ("IRQSHI"). */
static const char *const known_roles[] = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
    "PTY", "NGO", "IGO", "MNC", "REL", "SET", "UNO", "MOS", "SHI", "SUN", "CHR", "CTH", "PRO",
    "ORT", "JEW", "HIN", "BUD", "SIK", "ALQ", "TAL", "HMS", "HEZ", "IMG", "ETH", "REG"};

/* Codes that start an international actor; any units may follow them. */
static const char *const international[] = {"IGO", "NGO", "IMG", "MNC", "NGM", "INT"};

typedef struct check_run {
    const pl_knowledge *k;
    pl_check_fn fn;
    void *ud;
    long problems;
    char (*countries)[4]; /* every three-letter code an entry carries alone, sorted */
    size_t ncountries, countries_cap;
} check_run;

static void problem(check_run *r, const char *file, int line, const char *fmt, ...)
{
    char msg[512];
    int n = snprintf(msg, sizeof msg, "%s:%d: ", file ? file : "-", line);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    va_end(ap);
    r->fn(r->ud, msg);
    r->problems++;
}

static int in_list(const char *unit, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strncmp(unit, list[i], 3) == 0)
            return 1;
    return 0;
}

int pl_actor_code_international(const char *code)
{
    return code && strlen(code) >= 3 &&
           in_list(code, international, sizeof international / sizeof international[0]);
}

static int cmp3(const void *a, const void *b)
{
    return strncmp(a, b, 3);
}

/* A country is any three-letter code some entry carries on its own ("PAK"). */
static void collect_countries(check_run *r)
{
    const pl_knowledge *k = r->k;
    for (size_t i = 0; i < k->nactors; i++)
        for (int c = 0; c < k->actors[i]->ncodes; c++) {
            const char *code = k->actors[i]->codes[c].code;
            if (strlen(code) == 3)
                memcpy(*KB_PUSH(r->countries, r->ncountries, r->countries_cap), code, 4);
        }
    if (r->ncountries)
        qsort(r->countries, r->ncountries, sizeof *r->countries, cmp3);
}

static int is_country(const check_run *r, const char *unit)
{
    return r->ncountries && bsearch(unit, r->countries, r->ncountries, sizeof *r->countries, cmp3);
}

/* International codes name their organisation freely after the type
 * (IGOAFRAU, IGOG20); country codes are a country and three-letter roles. */
static const char *bad_actor_code(const check_run *r, const char *code)
{
    size_t n = strlen(code);
    for (size_t i = 0; i < n; i++)
        if (!((code[i] >= 'A' && code[i] <= 'Z') || (code[i] >= '0' && code[i] <= '9')))
            return "has a character other than A-Z and 0-9";
    if (pl_actor_code_international(code))
        return NULL;
    if (n == 0 || n % 3 != 0)
        return "is not made of three-letter parts";
    if (!is_country(r, code))
        return "does not start with a known country or international type";
    for (size_t i = 3; i < n; i += 3)
        if (!in_list(code + i, known_roles, sizeof known_roles / sizeof known_roles[0]))
            return "has a role that is not a CAMEO role";
    return NULL;
}

static int overlap(const pl_dated_code *a, const pl_dated_code *b)
{
    if (!(a->from || a->to) || !(b->from || b->to))
        return 0; /* an unrestricted entry is the default, never a conflict */
    int32_t a_end = a->to ? a->to : INT32_MAX, b_end = b->to ? b->to : INT32_MAX;
    return a->from < b_end && b->from < a_end;
}

static void check_actor(check_run *r, const pl_actor *a)
{
    for (int i = 0; i < a->ncodes; i++) {
        const char *why = bad_actor_code(r, a->codes[i].code);
        if (why)
            problem(r, a->file, a->line, "%s: code %s %s", a->name, a->codes[i].code, why);
        for (int j = i + 1; j < a->ncodes; j++)
            if (overlap(&a->codes[i], &a->codes[j]))
                problem(r, a->file, a->line, "%s: the date ranges of %s and %s overlap", a->name,
                        a->codes[i].code, a->codes[j].code);
    }
}

/* Marks a code as produced; a code missing from the table is a problem. */
static void event_code(check_run *r, unsigned char *seen, const char *code, const char *file,
                       int line)
{
    if (!code || !*code)
        return;
    const pl_cameo_code *c = pl_cameo_find(code);
    if (!c) {
        problem(r, file, line, "event code %s is not in the CAMEO table", code);
        return;
    }
    seen[c - pl_cameo_at(0)] = 1;
}

static void check_verbs(check_run *r)
{
    const pl_knowledge *k = r->k;
    unsigned char seen[512] = {0};
    for (size_t b = 0; b < k->nblocks; b++) {
        const pl_verb_block *blk = k->blocks[b];
        event_code(r, seen, blk->active, blk->file, blk->line);
        event_code(r, seen, blk->passive, blk->file, blk->line);
        for (int p = 0; p < blk->npatterns; p++) {
            const pl_pattern *pat = &blk->patterns[p];
            event_code(r, seen, pat->active, pat->file, pat->line);
            event_code(r, seen, pat->passive, pat->file, pat->line);
        }
    }
    for (size_t f = 0; f < k->nforms; f++) {
        const pl_verb_form *form = &k->forms[f]->f;
        if (form->active != form->block->active)
            event_code(r, seen, form->active, form->file, form->line);
        if (form->passive != form->block->passive)
            event_code(r, seen, form->passive, form->file, form->line);
    }
    if (k->nblocks == 0)
        return;
    for (int i = 0; i < pl_cameo_count() && i < (int)sizeof seen; i++)
        if (!seen[i])
            problem(r, k->blocks[0]->file, 0, "CAMEO code %s (%s) is produced by no verb or pattern",
                    pl_cameo_at(i)->code, pl_cameo_at(i)->name);
}

long pl_knowledge_check(const pl_knowledge *k, pl_check_fn fn, void *ud)
{
    check_run r = {.k = k, .fn = fn, .ud = ud};
    collect_countries(&r);
    for (size_t i = 0; i < k->nredefs; i++) {
        const pl_redefinition *d = &k->redefs[i];
        problem(&r, d->file, d->line, "%s %s is already defined at %s:%d", d->what, d->phrase,
                d->prev_file, d->prev_line);
    }
    for (size_t i = 0; i < k->nactors; i++)
        if (!k->actors[i]->merged)
            check_actor(&r, k->actors[i]);
    check_verbs(&r);
    free(r.countries);
    return r.problems;
}

/* ---- counts ------------------------------------------------------------------- */

static pl_file_counts *counts_for(pl_file_counts *t, int *n, int cap, const char *file)
{
    for (int i = 0; i < *n; i++)
        if (t[i].file == file || strcmp(t[i].file, file) == 0)
            return &t[i];
    if (*n == cap)
        return NULL;
    t[*n] = (pl_file_counts){.file = file};
    return &t[(*n)++];
}

int pl_knowledge_file_counts(const pl_knowledge *k, pl_file_counts *t, int cap)
{
    int n = 0;
    pl_file_counts *c;
    for (size_t i = 0; i < k->nactors; i++)
        if (!k->actors[i]->merged && (c = counts_for(t, &n, cap, k->actors[i]->file)))
            c->actors++;
    for (size_t i = 0; i < k->nagents; i++)
        if ((c = counts_for(t, &n, cap, k->agents[i]->file)))
            c->agents++;
    for (size_t b = 0; b < k->nblocks; b++)
        if ((c = counts_for(t, &n, cap, k->blocks[b]->file))) {
            c->blocks++;
            c->patterns += k->blocks[b]->npatterns;
        }
    for (size_t f = 0; f < k->nforms; f++)
        if ((c = counts_for(t, &n, cap, k->forms[f]->f.file)))
            c->verb_forms++;
    return n;
}
