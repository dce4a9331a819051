/*
 * curate.c - the curation half of the public API: checking loaded
 * dictionaries, describing what each file holds, and looking a phrase up
 * (`petrel dict check`, `petrel dict lookup`).
 *
 * Must not: change the knowledge; lookups read it as coding does.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../knowledge/check.h"
#include "api_internal.h"

typedef struct out_fn {
    petrel_message_fn fn;
    void *ud;
} out_fn;

static void forward(void *ud, const char *line)
{
    const out_fn *o = ud;
    o->fn(o->ud, line);
}

long petrel_knowledge_check(const petrel_knowledge *pk, petrel_message_fn out, void *ud)
{
    out_fn o = {out, ud};
    return pl_knowledge_check(pk->k, forward, &o) + petrel_knowledge_errors(pk);
}

void petrel_knowledge_describe(const petrel_knowledge *pk, petrel_message_fn out, void *ud)
{
    pl_file_counts t[256];
    int n = pl_knowledge_file_counts(pk->k, t, 256);
    char line[512];
    for (int i = 0; i < n; i++) {
        snprintf(line, sizeof line, "%-48s %6d actors %5d agents %4d verb blocks %6d verb forms %6d patterns",
                 t[i].file, t[i].actors, t[i].agents, t[i].blocks, t[i].verb_forms, t[i].patterns);
        out(ud, line);
    }
    pl_knowledge_stats st;
    pl_knowledge_stats_get(pk->k, &st);
    snprintf(line, sizeof line,
             "total: %d actor entries (%d phrases), %d agent phrases, %d verb blocks, %d verb forms, "
             "%d patterns, %d synsets, %d discards",
             st.actors, st.actor_phrases, st.agents, st.verb_blocks, st.verb_forms, st.patterns,
             st.synsets, st.discards);
    out(ud, line);
}

static void format_range(const pl_dated_code *c, char *buf, size_t size)
{
    char from[32] = "", to[48] = "";
    if (c->from)
        snprintf(from, sizeof from, "%04d-%02d-%02d", c->from / 10000, c->from / 100 % 100, c->from % 100);
    if (c->to) { /* stored one past the last day; show the last day as written */
        int32_t last = c->to - 1;
        if (last % 100 == 0) /* to was the first of a month: the written end was the day before */
            snprintf(to, sizeof to, "before %04d-%02d-01", c->to / 10000, c->to / 100 % 100);
        else
            snprintf(to, sizeof to, "%04d-%02d-%02d", last / 10000, last / 100 % 100, last % 100);
    }
    if (!c->from && !c->to)
        snprintf(buf, size, "always");
    else
        snprintf(buf, size, "%s .. %s", from[0] ? from : "", to[0] ? to : "");
}

static void describe_actor(const pl_actor *a, const char *code, const char *how, const out_fn *o)
{
    char line[512];
    snprintf(line, sizeof line, "  %s -> %s   (%s %s, %s:%d)", how, code ? code : "no code on this date",
             "actor entry", a->name, a->file, a->line);
    o->fn(o->ud, line);
    for (int i = 0; i < a->ncodes; i++) {
        char range[96];
        format_range(&a->codes[i], range, sizeof range);
        snprintf(line, sizeof line, "    %c %-12s %s", code && a->codes[i].code == code ? '*' : ' ',
                 a->codes[i].code, range);
        o->fn(o->ud, line);
    }
}

/* One dictionary match in a phrase: an actor entry (with its code on the
 * date; titled: found by title and surname) or an agent. */
typedef struct phrase_match {
    const pl_actor *actor;
    const char *code; /* actor code on the date, or the agent's code */
    const pl_agent *agent;
    int titled;
} phrase_match;

typedef void (*match_fn)(void *ud, const phrase_match *m);

/* Words of phrase, upper-cased, split at blanks; a possessive 's and
 * punctuation at a word's end are dropped ("Pakistan's" -> PAKISTAN, but
 * "U.S." keeps its dots). Calls fn for each match, longest first, left to
 * right, as the recogniser finds them. Returns the number of matches. */
static int scan_phrase(const pl_knowledge *k, const char *phrase, int32_t when, match_fn fn,
                       void *ud)
{
    char *copy = strdup(phrase), *words[64];
    uint32_t ids[64];
    int n = 0;
    if (!copy)
        return 0;
    for (char *save = NULL, *w = strtok_r(copy, " \t\n", &save); w && n < 64;
         w = strtok_r(NULL, " \t\n", &save)) {
        size_t len = strlen(w);
        if (len > 2 && (w[len - 2] == '\'' && (w[len - 1] == 's' || w[len - 1] == 'S')))
            w[len -= 2] = '\0';
        while (len > 1 && strchr(",;:\"')", w[len - 1]) && !(w[len - 1] == '.' && strchr(w, '.') != w + len - 1))
            w[--len] = '\0';
        for (char *c = w; *c; c++)
            *c = (char)toupper((unsigned char)*c);
        words[n] = w;
        if (!pl_knowledge_word(k, w, &ids[n]))
            ids[n] = UINT32_MAX;
        n++;
    }
    int found = 0;
    for (int i = 0; i < n;) {
        phrase_match m = {0};
        int la = pl_actor_match_ids(k, ids + i, n - i, &m.actor);
        int lg = pl_agent_match_ids(k, ids + i, n - i, &m.agent);
        if (la && la >= lg) {
            m.agent = NULL;
            m.code = pl_actor_code(m.actor, when);
        } else if (lg) {
            m.actor = NULL;
            m.code = m.agent->code;
            la = lg;
        } else if (i > 0 && ids[i] != UINT32_MAX &&
                   (m.actor = pl_actor_titled(k, words[i - 1], ids[i], when, &m.code))) {
            m.titled = 1;
            la = 1;
        } else {
            i++;
            continue;
        }
        fn(ud, &m);
        found++;
        i += la;
    }
    free(copy);
    return found;
}

static int parse_day(const char *date, int32_t *when)
{
    int y, m, d;
    if (!date || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return -1;
    *when = y * 10000 + m * 100 + d;
    return 0;
}

static void print_match(void *ud, const phrase_match *m)
{
    const out_fn *o = ud;
    if (m->actor) {
        describe_actor(m->actor, m->code, m->titled ? "title + surname" : "phrase", o);
        return;
    }
    char line[512];
    snprintf(line, sizeof line, "  agent -> %s   (%s:%d)", m->agent->code, m->agent->file,
             m->agent->line);
    o->fn(o->ud, line);
}

int petrel_knowledge_lookup(const petrel_knowledge *pk, const char *phrase, const char *date,
                            petrel_message_fn out, void *ud)
{
    out_fn o = {out, ud};
    int32_t when;
    if (parse_day(date, &when) != 0)
        return -1;
    return scan_phrase(pk->k, phrase, when, print_match, &o);
}

typedef struct combined {
    char actor[48], role[16];
    int have_actor;
} combined;

/* The phrase's actor with the roles of its agents: the first actor, unless a
 * later one is more specific ("Palestinian leader Yasser Arafat": PSE, then
 * PSEGOV); the agents' role completes a bare country or group code
 * ("Pakistan's foreign minister" -> PAK + ~GOV = PAKGOV); an agent alone
 * gives "---GOV". */
static void combine(void *ud, const phrase_match *m)
{
    combined *c = ud;
    if (m->actor) {
        int specific = m->code && strlen(m->code) > 3;
        if (m->code && (!c->have_actor || (specific && strlen(c->actor) <= 3)))
            snprintf(c->actor, sizeof c->actor, "%s", m->code);
        c->have_actor |= m->code != NULL;
        return;
    }
    if (!c->role[0])
        snprintf(c->role, sizeof c->role, "%s", m->code[0] == '~' ? m->code + 1 : m->code);
}

int petrel_knowledge_phrase_code(const petrel_knowledge *pk, const char *phrase, const char *date,
                                 char *out, size_t size)
{
    int32_t when;
    combined c = {{0}, {0}, 0};
    if (parse_day(date, &when) != 0)
        return -1;
    scan_phrase(pk->k, phrase, when, combine, &c);
    if (c.have_actor)
        snprintf(out, size, "%s%s", c.actor, strlen(c.actor) <= 3 ? c.role : "");
    else if (c.role[0])
        snprintf(out, size, "---%s", c.role);
    else
        out[0] = '\0';
    return out[0] ? 1 : 0;
}
