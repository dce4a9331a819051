/*
 * agents.c - the agent dictionary: phrases such as MINISTER or
 * HUMAN_RIGHTS_BODY that carry an agent code (~GOV, NGO~).
 *
 *   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution marker
 *   CONGRESS!PERSON! [~LEG]                       CONGRESSMAN, CONGRESSMEN, ...
 *   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plural
 *   MEDIA {} [~MED]                               no plural
 *   AMBASSADOR [~GOV]                             automatic plural AMBASSADORS
 *
 * Phrases made from a marker get no automatic plural: the marker lists hold
 * the plural forms already. The last definition of a phrase wins.
 *
 * Must not: decide how agent codes combine with actors; the coder does.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct marker {
    const char *name; /* without the '!' */
    const char **items;
    size_t n, cap;
} marker;

typedef struct agent_load {
    pl_knowledge *k;
    const char *file;
    pl_diag *d;
    marker *markers;
    size_t nmarkers, markers_cap;
    kb_ids ids;
    char *text; /* expansion buffer */
    size_t text_cap;
    int budget; /* phrases the current line may still make */
} agent_load;

/* Markers multiply: a hostile line could ask for billions of phrases. */
#define MAX_PHRASES_PER_LINE 4096

static marker *find_marker(agent_load *L, const char *s, size_t n)
{
    for (size_t i = 0; i < L->nmarkers; i++)
        if (strlen(L->markers[i].name) == n && memcmp(L->markers[i].name, s, n) == 0)
            return &L->markers[i];
    return NULL;
}

/* "!NAME! = a, b, c" */
static void define_marker(agent_load *L, const char *s, long line)
{
    const char *close = strchr(s + 1, '!'), *eq = strchr(s, '=');
    if (!close || close > eq || close == s + 1) {
        pl_diag_report(L->d, L->file, line, "bad substitution marker; expected !NAME! = a, b");
        return;
    }
    marker *m = find_marker(L, s + 1, (size_t)(close - s - 1));
    if (m) {
        pl_diag_report(L->d, L->file, line, "marker !%s! defined again; the new list replaces it",
                       m->name);
        m->n = 0;
    } else {
        m = KB_PUSH(L->markers, L->nmarkers, L->markers_cap);
        *m = (marker){pl_arena_strndup(&L->k->arena, s + 1, (size_t)(close - s - 1)), NULL, 0, 0};
    }
    for (const char *p = eq + 1; *p;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        const char *item = kb_trim(p, &n);
        if (n)
            *KB_PUSH(m->items, m->n, m->cap) = pl_arena_strndup(&L->k->arena, item, n);
        p = comma ? comma + 1 : p + strlen(p);
    }
    if (!m->n)
        pl_diag_report(L->d, L->file, line, "marker !%s! has no words", m->name);
}

static void store(agent_load *L, const char *s, size_t n, uint32_t agent)
{
    pl_knowledge *k = L->k;
    L->ids.n = 0;
    kb_split(k, &L->ids, s, n);
    if (!L->ids.n)
        return;
    uint32_t node = kb_trie_add(&k->agent_trie, L->ids.v, L->ids.n);
    uint32_t old = k->agent_trie.payload[node];
    if (old == KB_NONE) {
        k->agent_trie.nphrases++;
    } else if (old != agent) {
        const pl_agent *prev = k->agents[old], *now = k->agents[agent];
        kb_note_redefinition(k, "agent", L->ids.v, L->ids.n, now->file, now->line, prev->file,
                             prev->line);
    }
    k->agent_trie.payload[node] = agent;
}

/* The phrase with its last word pluralised. */
static void store_plural(agent_load *L, const char *s, size_t n, uint32_t agent)
{
    char *p = kb_scratch(L->k, n + 4);
    memcpy(p, s, n);
    size_t w = n;
    while (w && p[w - 1] != ' ' && p[w - 1] != '_')
        w--;
    for (size_t i = w; i < n; i++)
        if (p[i] >= 'a' && p[i] <= 'z')
            p[i] = (char)(p[i] - 'a' + 'A');
    size_t len = w + kb_plural(p + w, n - w, p + w);
    /* store() interns via kb_split, which copies before touching scratch. */
    store(L, p, len, agent);
}

static void text_put(agent_load *L, size_t at, const char *s, size_t n)
{
    if (at + n + 1 > L->text_cap) {
        L->text_cap = (at + n + 1) * 2;
        L->text = realloc(L->text, L->text_cap);
        if (!L->text)
            abort();
    }
    memcpy(L->text + at, s, n);
}

/* Stores every phrase that s[0..n) yields once each !MARKER! is replaced by
 * its words; L->text[0..done) already holds the expanded start. */
static int expand(agent_load *L, size_t done, const char *s, size_t n, uint32_t agent, long line)
{
    const char *open = memchr(s, '!', n);
    const char *close = open ? memchr(open + 1, '!', n - (size_t)(open - s) - 1) : NULL;
    if (!close) {
        if (L->budget-- <= 0) {
            pl_diag_report(L->d, L->file, line,
                           "markers expand to more than %d phrases; rest dropped",
                           MAX_PHRASES_PER_LINE);
            return -1;
        }
        text_put(L, done, s, n);
        store(L, L->text, done + n, agent);
        return 0;
    }
    const marker *m = find_marker(L, open + 1, (size_t)(close - open - 1));
    if (!m) {
        pl_diag_report(L->d, L->file, line, "undefined marker %.*s", (int)(close - open + 1), open);
        return -1;
    }
    size_t lead = (size_t)(open - s), rest = n - (size_t)(close + 1 - s);
    text_put(L, done, s, lead);
    for (size_t i = 0; i < m->n; i++) {
        size_t len = strlen(m->items[i]);
        text_put(L, done + lead, m->items[i], len);
        if (expand(L, done + lead + len, close + 1, rest, agent, line) < 0)
            return -1;
    }
    return 0;
}

static void phrase_and_plural(agent_load *L, const char *head, size_t n, uint32_t agent, long line)
{
    const char *brace = memchr(head, '{', n);
    size_t plen = brace ? (size_t)(brace - head) : n;
    const char *phrase = kb_trim(head, &plen);
    if (!plen) {
        pl_diag_report(L->d, L->file, line, "agent line has no phrase");
        return;
    }
    const char *plural = NULL;
    size_t qlen = 0;
    if (brace) {
        const char *close = memchr(brace, '}', n - (size_t)(brace - head));
        if (!close) {
            pl_diag_report(L->d, L->file, line, "'{' without '}'");
            return;
        }
        qlen = (size_t)(close - brace - 1);
        plural = kb_trim(brace + 1, &qlen);
    }
    int marked = memchr(phrase, '!', plen) != NULL;
    L->budget = MAX_PHRASES_PER_LINE;
    if (expand(L, 0, phrase, plen, agent, line) < 0)
        return;
    if (plural && qlen)
        expand(L, 0, plural, qlen, agent, line);
    else if (!plural && !marked)
        store_plural(L, phrase, plen, agent);
}

static void agent_line(agent_load *L, const char *s, long line)
{
    const char *open = strchr(s, '['), *close = open ? strchr(open, ']') : NULL;
    if (!open || !close) {
        pl_diag_report(L->d, L->file, line, "agent line has no [CODE]");
        return;
    }
    size_t clen = (size_t)(close - open - 1);
    kb_trim(open + 1, &clen);
    if (!clen) {
        pl_diag_report(L->d, L->file, line, "empty agent code");
        return;
    }
    if (*kb_skip_blanks(close + 1))
        pl_diag_report(L->d, L->file, line, "text after the code ignored: \"%s\"", close + 1);
    pl_agent *a = pl_arena_zalloc(&L->k->arena, sizeof *a);
    *a = (pl_agent){kb_code(L->k, open + 1, (size_t)(close - open - 1)), L->file, (int)line};
    *KB_PUSH(L->k->agents, L->k->nagents, L->k->agents_cap) = a;
    phrase_and_plural(L, s, (size_t)(open - s), (uint32_t)(L->k->nagents - 1), line);
}

int pl_load_agents_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d)
{
    const char *file = kb_begin_load(k, name, d);
    if (!file)
        return -1;
    agent_load L = {.k = k, .file = file, .d = d};
    kb_lines in;
    kb_lines_init(&in, file, buf, len, d);
    for (char *s; (s = kb_lines_next(&in));) {
        if (*s == '!' && strchr(s, '=') && !strchr(s, '['))
            define_marker(&L, s, in.line);
        else
            agent_line(&L, s, in.line);
    }
    kb_lines_free(&in);
    for (size_t i = 0; i < L.nmarkers; i++)
        free(L.markers[i].items);
    free(L.markers);
    free(L.ids.v);
    free(L.text);
    return 0;
}
