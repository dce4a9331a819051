/*
 * actors.c - actor dictionaries: phrases (a base line plus "+" synonyms)
 * sharing an ordered list of codes, each valid in a half-open date range.
 *
 *   CROATIA_                       base phrase, no inline code
 *   +ZAGREB_                       synonym
 *   	[YUGHRV <910625]            tab-indented date lines: <d  >d  d1-d2  d
 *   UFFE_ELLEMANN_JENSEN_  [IGOEUREEC 820701-821231][IGOEUREEC 870701-871231]
 *
 * The group is stored when the next base line starts and at the end of the
 * file (PETRARCH2 loses the last group). Phrases defined again accumulate
 * codes in order. Dates are YYMMDD (YY <= 30 means 20YY) or YYYYMMDD; codes
 * are upper-cased.
 *
 * Must not: decide which code applies on a date; pl_actor_code() does that.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct actor_load {
    pl_knowledge *k;
    const char *file;
    pl_diag *d;
    kb_ids words; /* all phrases of the group, back to back */
    size_t *ends; /* end of each phrase in words */
    size_t nphrases, ends_cap;
    pl_dated_code *codes;
    size_t ncodes, codes_cap;
    long line;     /* of the base line */
    int bad_codes; /* codes of the group already reported */
} actor_load;

/* YYMMDD or YYYYMMDD into YYYYMMDD; 0 when malformed. */
static int32_t parse_date(const char *s, size_t n)
{
    int32_t v = 0;
    if (n != 6 && n != 8)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    if (n == 6)
        v += (v / 10000 <= 30 ? 2000 : 1900) * 10000;
    int month = v / 100 % 100, day = v % 100;
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return 0;
    return v;
}

/* The date part of a code, blanks already removed: "", "<d", ">d", "d1-d2" or
 * "d". "d-d" is the single day d (PETRARCH 1 accepts it; as a half-open range
 * it would never apply). */
static int parse_range(const char *s, size_t n, pl_dated_code *c)
{
    c->from = c->to = 0;
    if (!n)
        return 0;
    const char *dash = memchr(s, '-', n);
    if (*s == '<')
        return (c->to = parse_date(s + 1, n - 1)) ? 0 : -1;
    if (*s == '>')
        return (c->from = parse_date(s + 1, n - 1)) ? 0 : -1;
    if (!dash)
        return (c->from = parse_date(s, n)) ? 0 : -1;
    /* A range includes both of its days, as TABARI documents it (the
     * validation suite's DATE-11 is coded on the last day of a range).
     * YYYYMMDD + 1 sorts between the last day and the next one. */
    c->from = parse_date(s, (size_t)(dash - s));
    c->to = parse_date(dash + 1, n - (size_t)(dash - s) - 1);
    if (c->to)
        c->to++;
    return c->from && c->to && c->from < c->to ? 0 : -1;
}

/* One "[CODE date]" body s[0..n) onto the group. */
static void add_code(actor_load *L, const char *s, size_t n, long line)
{
    s = kb_trim(s, &n);
    size_t clen = 0;
    while (clen < n && !kb_isblank((unsigned char)s[clen]))
        clen++;
    if (!clen) {
        pl_diag_report(L->d, L->file, line, "empty code []");
        L->bad_codes++;
        return;
    }
    char date[32] = {0};
    size_t dn = 0;
    for (size_t i = clen; i < n; i++) /* "> 140608" means ">140608" */
        if (!kb_isblank((unsigned char)s[i]) && dn++ < sizeof date)
            date[dn - 1] = s[i];
    pl_dated_code c;
    /* 17 characters hold the longest valid form, "YYYYMMDD-YYYYMMDD" */
    if (dn > sizeof date || parse_range(date, dn, &c) < 0) {
        pl_diag_report(L->d, L->file, line, "bad date restriction in [%.*s]", (int)n, s);
        L->bad_codes++;
        return;
    }
    c.code = kb_code(L->k, s, clen);
    *KB_PUSH(L->codes, L->ncodes, L->codes_cap) = c;
}

/* All "[...]" groups in s; only blanks may separate them. */
static void add_codes(actor_load *L, const char *s, long line)
{
    for (;;) {
        s = kb_skip_blanks(s);
        if (!*s)
            return;
        const char *close = strchr(s, ']');
        if (*s != '[' || !close) {
            pl_diag_report(L->d, L->file, line, "%s: \"%s\"",
                           *s == '[' ? "'[' without ']'" : "text after the code ignored", s);
            L->bad_codes += *s == '[';
            return;
        }
        add_code(L, s + 1, (size_t)(close - s - 1), line);
        s = close + 1;
    }
}

/* Phrase s[0..n) as a member of the group. */
static void add_phrase(actor_load *L, const char *s, size_t n, long line)
{
    size_t before = L->words.n;
    kb_split(L->k, &L->words, s, n);
    if (L->words.n == before) {
        pl_diag_report(L->d, L->file, line, "empty actor phrase");
        return;
    }
    *KB_PUSH(L->ends, L->nphrases, L->ends_cap) = L->words.n;
}

static pl_actor *new_actor(pl_knowledge *k, const char *name, const pl_dated_code *codes,
                           size_t ncodes, const char *file, long line)
{
    pl_actor *a = pl_arena_zalloc(&k->arena, sizeof *a);
    pl_dated_code *c = ncodes ? pl_arena_alloc(&k->arena, ncodes * sizeof *c) : NULL;
    if (ncodes)
        memcpy(c, codes, ncodes * sizeof *c);
    *a = (pl_actor){name, c, (int)ncodes, file, (int)line, 0};
    *KB_PUSH(k->actors, k->nactors, k->actors_cap) = a;
    return a;
}

/* A phrase already defined by an earlier group gets its own entry holding
 * the earlier codes followed by this group's. */
static uint32_t merged_actor(pl_knowledge *k, const pl_actor *old, const pl_actor *add)
{
    size_t n = (size_t)old->ncodes + (size_t)add->ncodes;
    pl_dated_code *c = n ? pl_arena_alloc(&k->arena, n * sizeof *c) : NULL;
    if (old->ncodes)
        memcpy(c, old->codes, (size_t)old->ncodes * sizeof *c);
    if (add->ncodes)
        memcpy(c + old->ncodes, add->codes, (size_t)add->ncodes * sizeof *c);
    new_actor(k, old->name, c, n, old->file, old->line)->merged = 1;
    return (uint32_t)(k->nactors - 1);
}

/* The last word of a dated entry of two words or more is taken as a
 * surname ("the Trump administration"), unless it names an institution:
 * "Ministry of Peshmerga Affairs" must not make "Affairs Minister" Iraqi. */
static int institution_word(const char *w)
{
    static const char *const words[] = {
        "AFFAIRS",    "FORCES",    "FORCE",          "MINISTRY",       "PARTY",        "ARMY",
        "COUNCIL",    "COMMITTEE", "FRONT",          "MOVEMENT",       "BRIGADE",      "BRIGADES",
        "GROUP",      "UNIT",      "UNITS",          "GUARD",          "GUARDS",       "FIGHTERS",
        "MILITIA",    "MILITIAS",  "PARAMILITARIES", "ORGANISATION",   "ORGANIZATION", "UNION",
        "LEAGUE",     "ALLIANCE",  "AGENCY",         "SERVICE",        "SERVICES",     "POLICE",
        "COMMISSION", "COURT",     "GOVERNMENT",     "ADMINISTRATION", "ASSEMBLY",     "PARLIAMENT",
        "CONGRESS",   "OFFICE",    "DEPARTMENT",     "COMMAND",        "CORPS",        "NAVY",
        "COALITION",  "AUTHORITY", "BUREAU",         "INTELLIGENCE",   "SECURITY",     "DEFENCE",
        "DEFENSE",    "STATE",     "REPUBLIC",       "BANK",           "FUND",         "COMPANY"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (!strcmp(w, words[i]))
            return 1;
    return 0;
}

static void flush_group(actor_load *L)
{
    pl_knowledge *k = L->k;
    if (L->nphrases && !L->ncodes && !L->bad_codes)
        pl_diag_report(L->d, L->file, L->line, "actor %s has no code; skipped",
                       kb_join(k, L->words.v, L->ends[0]));
    L->bad_codes = 0;
    if (!L->nphrases || !L->ncodes) {
        L->words.n = L->nphrases = L->ncodes = 0;
        return;
    }
    const char *name = kb_join(k, L->words.v, L->ends[0]);
    pl_actor *a = new_actor(k, name, L->codes, L->ncodes, L->file, L->line);
    uint32_t self = (uint32_t)(k->nactors - 1);
    k->actor_groups++;
    int dated = 0;
    for (size_t c = 0; c < L->ncodes; c++)
        dated |= L->codes[c].from || L->codes[c].to;
    for (size_t i = 0, start = 0; i < L->nphrases; start = L->ends[i++]) {
        uint32_t last = L->words.v[L->ends[i] - 1];
        if (dated && L->ends[i] - start >= 2 && !institution_word(kb_join(k, &last, 1)))
            *KB_PUSH(k->surnames, k->nsurnames, k->surnames_cap) = (kb_surname){last, self};
        uint32_t node = kb_trie_add(&k->actor_trie, L->words.v + start, L->ends[i] - start);
        uint32_t old = k->actor_trie.payload[node];
        if (old == KB_NONE) {
            k->actor_trie.nphrases++;
            k->actor_trie.payload[node] = self;
        } else if (old < self) { /* entries made by this flush are already right */
            const pl_actor *prev = k->actors[old];
            kb_note_redefinition(k, "actor", L->words.v + start, L->ends[i] - start, L->file,
                                 L->line, prev->file, prev->line);
            uint32_t merged = merged_actor(k, prev, a);
            k->actor_trie.payload[node] = merged;
        }
    }
    L->words.n = L->nphrases = L->ncodes = 0;
}

/* Consecutive base lines before any code belong together, as in TABARI and
 * PETRARCH 1 ("LEONID_BREZHNEV_" then "SECRETARY_BREZHNEV" then the date
 * lines): the codes that follow apply to all of them. */
static int group_open(const actor_load *L)
{
    return L->nphrases && !L->ncodes && !L->bad_codes;
}

/* "PHRASE [CODE]..." or "+PHRASE [CODE]...": the phrase, then its codes. */
static void phrase_line(actor_load *L, const char *s, long line)
{
    const char *bracket = strchr(s, '[');
    size_t n = bracket ? (size_t)(bracket - s) : strlen(s);
    add_phrase(L, s, n, line);
    if (bracket)
        add_codes(L, bracket, line);
}

int pl_load_actors_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d)
{
    const char *file = kb_begin_load(k, name, d);
    if (!file)
        return -1;
    actor_load L = {.k = k, .file = file, .d = d};
    kb_lines in;
    kb_lines_init(&in, file, buf, len, d);
    for (char *s; (s = kb_lines_next(&in));) {
        if (*s == '[' || *s == '+') {
            if (!L.nphrases) {
                pl_diag_report(d, file, in.line, "%s before any actor phrase",
                               *s == '[' ? "code line" : "synonym");
                continue;
            }
            if (*s == '[')
                add_codes(&L, s, in.line);
            else
                phrase_line(&L, s + 1, in.line);
            continue;
        }
        if (!group_open(&L)) {
            flush_group(&L);
            L.line = in.line;
        }
        phrase_line(&L, s, in.line);
    }
    flush_group(&L); /* the last group counts too */
    kb_lines_free(&in);
    free(L.words.v);
    free(L.ends);
    free(L.codes);
    return 0;
}
