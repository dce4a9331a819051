/*
 * patterns.c - compiling verb pattern lines into pl_pattern elements, and
 * expanding synsets (nested ones too) into word alternatives.
 *
 *   - * (FOR {FINANCIAL AID})            [0231]
 *   - SO IN_AND_*_OUT_AGAIN NOW          [074]
 *   - * NEW_&TIETYPES_RELATIONS          [903:904]
 *
 * '*' verb, '$' source, '+' target, '%' compound actor, '^' any phrase,
 * ( ) a prepositional phrase, { } a noun phrase, &NAME a synset, other
 * tokens words. A '_' ties the element before it to the next one
 * (adjacent). "&NAME_REST" is read as the longest defined synset name
 * followed by '_' and the rest, so both &FIGHT_OF_WORDS (a synset) and
 * &TIETYPES_RELATIONS (synset, then RELATIONS) work. "TO/FOR" is one
 * element with the alternatives TO and FOR.
 *
 * Must not: rank or match patterns; the coder does.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct pat_build {
    pl_knowledge *k;
    const char *file;
    long line;
    pl_diag *d;
    pl_pat_elem *e;
    size_t n, cap;
} pat_build;

static int is_special(char c)
{
    return c && strchr("*$+%^(){}", c) != NULL;
}

static int is_word_char(char c)
{
    return c && !kb_isblank((unsigned char)c) && c != '_' && !is_special(c);
}

static int is_name_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static pl_pat_elem *push(pat_build *b, pl_pat_kind kind)
{
    pl_pat_elem *e = KB_PUSH(b->e, b->n, b->cap);
    *e = (pl_pat_elem){kind, 0, NULL, 0, NULL};
    return e;
}

/* ---- synsets ---------------------------------------------------------------------- */

kb_synset *kb_synset_find(const pl_knowledge *k, const char *name, size_t n)
{
    uint32_t id = kb_find_n(&k->words, name, n);
    uint32_t i = id == KB_NONE ? KB_NONE : kb_map_get(&k->synset_by_name, id);
    return i == KB_NONE ? NULL : k->synsets[i];
}

typedef struct alt_list {
    pl_words *v;
    size_t n, cap;
} alt_list;

static int same_words(pl_words a, pl_words b)
{
    if (a.n != b.n)
        return 0;
    for (int i = 0; i < a.n; i++)
        if (a.w[i] != b.w[i]) /* interned: equal words share one pointer */
            return 0;
    return 1;
}

static void add_alt(alt_list *l, pl_words w)
{
    for (size_t i = 0; i < l->n; i++)
        if (same_words(l->v[i], w))
            return;
    *KB_PUSH(l->v, l->n, l->cap) = w;
}

/* The term with its last word pluralised. */
static pl_words plural_of(pl_knowledge *k, pl_words t)
{
    const char **w = pl_arena_alloc(&k->arena, (size_t)t.n * sizeof *w);
    memcpy(w, t.w, (size_t)t.n * sizeof *w);
    size_t len = strlen(w[t.n - 1]);
    char *buf = kb_scratch(k, len + 4);
    size_t plen = kb_plural(w[t.n - 1], len, buf);
    w[t.n - 1] = kb_str(k, kb_intern(k, buf, plen, 0));
    return (pl_words){w, t.n};
}

static void expand_synset(pl_knowledge *k, kb_synset *s, pl_diag *d);

static void add_member(pl_knowledge *k, kb_synset *s, const kb_syn_member *m, alt_list *l,
                       pl_diag *d)
{
    if (m->ref == KB_NONE) {
        add_alt(l, m->words);
        if (!m->noplural && !s->noplural)
            add_alt(l, plural_of(k, m->words));
        return;
    }
    uint32_t i = kb_map_get(&k->synset_by_name, m->ref);
    kb_synset *sub = i == KB_NONE ? NULL : k->synsets[i];
    if (!sub) {
        pl_diag_report(d, s->file, m->line, "undefined synset &%s", kb_str(k, m->ref));
        return;
    }
    expand_synset(k, sub, d);
    if (sub->state != 2) {
        pl_diag_report(d, s->file, m->line, "synset &%s includes itself through &%s; ignored",
                       s->name, sub->name);
        return;
    }
    for (int j = 0; j < sub->nalts; j++)
        add_alt(l, sub->alts[j]);
}

/* Synsets with fewer alternatives are scanned: an index would not pay. */
enum {
    INDEX_ALTS_FROM = 8
};

static int alt_ref_order(const void *pa, const void *pb)
{
    const pl_alt_ref *a = pa, *b = pb;
    uintptr_t x = (uintptr_t)a->first, y = (uintptr_t)b->first;
    if (x != y)
        return x < y ? -1 : 1;
    return a->alt - b->alt;
}

/* The coder looks up a synset's alternatives by the word at hand rather
 * than trying each of them at every token (see pl_elem_alts_with). */
static const pl_alt_ref *index_alts(pl_knowledge *k, const pl_words *alts, int n)
{
    if (n < INDEX_ALTS_FROM)
        return NULL;
    pl_alt_ref *v = pl_arena_alloc(&k->arena, (size_t)n * sizeof *v);
    for (int i = 0; i < n; i++)
        v[i] = (pl_alt_ref){alts[i].w[0], i};
    qsort(v, (size_t)n, sizeof *v, alt_ref_order);
    return v;
}

static void expand_synset(pl_knowledge *k, kb_synset *s, pl_diag *d)
{
    if (s->state)
        return; /* done, or being expanded further up (a cycle) */
    s->state = 1;
    alt_list l = {0};
    for (size_t i = 0; i < s->n; i++)
        add_member(k, s, &s->m[i], &l, d);
    s->alts = l.n ? pl_arena_alloc(&k->arena, l.n * sizeof *s->alts) : NULL;
    if (l.n)
        memcpy(s->alts, l.v, l.n * sizeof *s->alts);
    s->nalts = (int)l.n;
    s->by_first = index_alts(k, s->alts, s->nalts);
    s->state = 2;
    free(l.v);
}

/* ---- tokens --------------------------------------------------------------------------- */

static pl_words one_word(pl_knowledge *k, const char *s, size_t n)
{
    uint32_t id = kb_intern(k, s, n, 0);
    return kb_words(k, &id, 1);
}

/* A word, or "A/B/C" alternatives. */
static void push_word(pat_build *b, const char *s, size_t n)
{
    alt_list l = {0};
    for (size_t i = 0; i < n;) {
        const char *slash = memchr(s + i, '/', n - i);
        size_t end = slash ? (size_t)(slash - s) : n;
        if (end > i)
            add_alt(&l, one_word(b->k, s + i, end - i));
        i = end + 1;
    }
    if (!l.n) /* only slashes: keep it literally */
        add_alt(&l, one_word(b->k, s, n));
    pl_words *alts = pl_arena_alloc(&b->k->arena, l.n * sizeof *alts);
    memcpy(alts, l.v, l.n * sizeof *alts);
    pl_pat_elem *e = push(b, PE_WORDS);
    e->alts = alts;
    e->nalts = (int)l.n;
    free(l.v);
}

/* "&NAME..." at s: pushes the synset's terms, or the literal token when no
 * synset is defined; returns the characters used. */
static size_t synset_ref(pat_build *b, const char *s)
{
    size_t run = 1;
    while (is_name_char(s[run]))
        run++;
    while (run > 1 && s[run - 1] == '_')
        run--; /* a trailing '_' ties the synset to what follows */
    for (size_t len = run; len > 1; len--) {
        if (len < run && s[len] != '_')
            continue;
        kb_synset *syn = kb_synset_find(b->k, s + 1, len - 1);
        if (!syn)
            continue;
        expand_synset(b->k, syn, b->d);
        pl_pat_elem *e = push(b, PE_WORDS);
        e->alts = syn->alts;
        e->nalts = syn->nalts;
        e->by_first = syn->by_first;
        return len;
    }
    pl_diag_report(b->d, b->file, b->line, "undefined synset %.*s; kept as a literal word",
                   (int)run, s);
    push_word(b, s, run);
    return run;
}

static pl_pat_kind special_kind(char c)
{
    switch (c) {
    case '*':
        return PE_VERB;
    case '$':
        return PE_SOURCE;
    case '+':
        return PE_TARGET;
    case '%':
        return PE_COMPOUND;
    case '^':
        return PE_SKIP;
    case '(':
        return PE_PP_OPEN;
    case ')':
        return PE_PP_CLOSE;
    case '{':
        return PE_NP_OPEN;
    default:
        return PE_NP_CLOSE;
    }
}

static void tokenize(pat_build *b, const char *s)
{
    for (size_t i = 0; s[i];) {
        char c = s[i];
        if (kb_isblank((unsigned char)c)) {
            i++;
        } else if (c == '_') {
            if (b->n)
                b->e[b->n - 1].adjacent = 1;
            i++;
        } else if (is_special(c)) {
            push(b, special_kind(c));
            i++;
        } else if (c == '&') {
            i += synset_ref(b, s + i);
        } else {
            size_t j = i;
            while (is_word_char(s[j]))
                j++;
            push_word(b, s + i, j - i);
            i = j;
        }
    }
    if (b->n)
        b->e[b->n - 1].adjacent = 0; /* "* OFF_": nothing follows to tie to */
}

/* Brackets balanced, ( ) never inside { } or ( ), one '*' outside brackets.
 * Returns the index of the verb, or -1 after a diagnostic. */
static int check(pat_build *b)
{
    int pp = 0, np = 0, verb = -1;
    const char *why = NULL;
    for (size_t i = 0; i < b->n && !why; i++) {
        pl_pat_kind kind = b->e[i].kind, prev = i ? b->e[i - 1].kind : PE_WORDS;
        int empty = (kind == PE_PP_CLOSE && prev == PE_PP_OPEN) ||
                    (kind == PE_NP_CLOSE && prev == PE_NP_OPEN);
        if (kind == PE_PP_OPEN && (pp || np))
            why = "'(' inside ( ) or { }";
        else if (kind == PE_NP_OPEN && np)
            why = "'{' inside { }";
        else if ((kind == PE_PP_CLOSE && (!pp || np)) || (kind == PE_NP_CLOSE && !np))
            why = "unbalanced brackets";
        else if ((kind == PE_PP_CLOSE || kind == PE_NP_CLOSE) && empty)
            why = "empty brackets";
        else if (kind == PE_VERB && (pp || np))
            why = "'*' inside brackets";
        else if (kind == PE_VERB && verb >= 0)
            why = "more than one '*'";
        pp += (kind == PE_PP_OPEN) - (kind == PE_PP_CLOSE);
        np += (kind == PE_NP_OPEN) - (kind == PE_NP_CLOSE);
        if (kind == PE_VERB)
            verb = (int)i;
    }
    if (!why && (pp || np))
        why = "unclosed bracket";
    if (!why && verb < 0)
        why = "pattern has no '*'";
    if (why) {
        pl_diag_report(b->d, b->file, b->line, "%s; pattern skipped", why);
        return -1;
    }
    return verb;
}

int kb_compile_pattern(pl_knowledge *k, const char *file, const kb_raw_line *raw, pl_pattern *out,
                       pl_diag *d)
{
    const char *t = raw->text;
    size_t n = strlen(t);
    const char *open = strrchr(t, '[');
    if (!n || t[n - 1] != ']' || !open) {
        pl_diag_report(d, file, raw->line, "pattern has no [CODE] at its end; skipped");
        return -1;
    }
    const char *active, *passive;
    if (kb_parse_code(k, open + 1, (size_t)(t + n - 1 - open - 1), &active, &passive) < 0) {
        pl_diag_report(d, file, raw->line, "bad code %s; pattern skipped", open);
        return -1;
    }
    size_t blen = (size_t)(open - t);
    char *body = malloc(blen + 1);
    if (!body)
        abort();
    for (size_t i = 0; i < blen; i++)
        body[i] = t[i] >= 'a' && t[i] <= 'z' ? (char)(t[i] - 'a' + 'A') : t[i];
    body[blen] = '\0';
    pat_build b = {.k = k, .file = file, .line = raw->line, .d = d};
    tokenize(&b, body);
    free(body);
    int verb = check(&b);
    if (verb >= 0) {
        pl_pat_elem *e = pl_arena_alloc(&k->arena, b.n * sizeof *e);
        memcpy(e, b.e, b.n * sizeof *e);
        *out = (pl_pattern){e, (int)b.n, verb, active, passive, t, file, (int)raw->line, -1};
        for (int i = 0; i < (int)b.n; i++)
            if (e[i].kind == PE_WORDS && (out->anchor < 0 || e[i].nalts < e[out->anchor].nalts))
                out->anchor = i;
    }
    free(b.e);
    return verb >= 0 ? 0 : -1;
}
