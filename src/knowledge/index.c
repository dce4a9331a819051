/*
 * index.c - the lookup structures behind every dictionary: interned words,
 * an open-addressing hash map and phrase tries whose edges live in that map.
 *
 * A phrase lookup costs one string hash per word plus one integer probe per
 * trie step, with no scans over entries, because the coder calls these for
 * every word of every sentence. Tables grow with malloc while loading and are
 * only read after pl_knowledge_freeze().
 *
 * Must not: know any dictionary format; the loaders decide what a phrase and
 * a payload mean.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("petrel: out of memory\n", stderr);
        abort();
    }
    return q;
}

void kb_reserve(void *pp, size_t *cap, size_t n, size_t elem)
{
    void **p = pp;
    if (n < *cap)
        return;
    size_t c = *cap ? *cap * 2 : 16;
    *p = xrealloc(*p, c * elem);
    *cap = c;
}

/* ---- map ------------------------------------------------------------------- */

static size_t mix64(uint64_t key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return (size_t)key;
}

static void map_grow(kb_map *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    kb_slot *slots = xrealloc(NULL, ncap * sizeof *slots);
    for (size_t j = 0; j < ncap; j++)
        slots[j].val = KB_NONE;
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].val == KB_NONE)
            continue;
        size_t j = mix64(m->slots[i].key) & (ncap - 1);
        while (slots[j].val != KB_NONE)
            j = (j + 1) & (ncap - 1);
        slots[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = slots;
    m->cap = ncap;
}

/* Slot index of key, or of the empty slot where it would go. */
static size_t map_slot(const kb_map *m, uint64_t key)
{
    size_t j = mix64(key) & (m->cap - 1);
    while (m->slots[j].val != KB_NONE && m->slots[j].key != key)
        j = (j + 1) & (m->cap - 1);
    return j;
}

uint32_t *kb_map_put(kb_map *m, uint64_t key)
{
    /* The map never stores KB_NONE as a value, so a slot handed out for a new
     * key reads as empty until the caller fills it; reserve the room first. */
    if ((m->n + 1) * 2 >= m->cap) /* at most half full: short probe runs */
        map_grow(m);
    size_t j = map_slot(m, key);
    if (m->slots[j].val == KB_NONE) {
        m->slots[j].key = key;
        m->n++;
    }
    return &m->slots[j].val;
}

uint32_t kb_map_get(const kb_map *m, uint64_t key)
{
    if (!m->cap)
        return KB_NONE;
    return m->slots[map_slot(m, key)].val;
}

void kb_map_free(kb_map *m)
{
    free(m->slots);
    memset(m, 0, sizeof *m);
}

/* ---- words ------------------------------------------------------------------ */

static uint32_t hash_str(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a: short keys, good enough spread */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void strtab_grow(kb_strtab *t)
{
    size_t ncap = t->cap ? t->cap * 2 : 1024;
    uint32_t *slots = xrealloc(NULL, ncap * sizeof *slots);
    memset(slots, 0xff, ncap * sizeof *slots);
    for (size_t id = 0; id < t->n; id++) {
        size_t j = t->hash[id] & (ncap - 1);
        while (slots[j] != KB_NONE)
            j = (j + 1) & (ncap - 1);
        slots[j] = (uint32_t)id;
    }
    free(t->slots);
    t->slots = slots;
    t->cap = ncap;
}

static size_t strtab_slot(const kb_strtab *t, const char *s, size_t n, uint32_t h)
{
    size_t j = h & (t->cap - 1);
    for (;;) {
        uint32_t id = t->slots[j];
        if (id == KB_NONE)
            return j;
        const char *w = t->str[id];
        if (t->hash[id] == h && strncmp(w, s, n) == 0 && w[n] == '\0')
            return j;
        j = (j + 1) & (t->cap - 1);
    }
}

static uint32_t strtab_add(pl_knowledge *k, kb_strtab *t, const char *s, size_t n)
{
    if ((t->n + 1) * 2 >= t->cap)
        strtab_grow(t);
    uint32_t h = hash_str(s, n);
    size_t j = strtab_slot(t, s, n, h);
    if (t->slots[j] != KB_NONE)
        return t->slots[j];
    if (t->n == t->scap) { /* str and hash grow in step */
        t->scap = t->scap ? t->scap * 2 : 1024;
        t->str = xrealloc(t->str, t->scap * sizeof *t->str);
        t->hash = xrealloc(t->hash, t->scap * sizeof *t->hash);
    }
    uint32_t id = (uint32_t)t->n++;
    t->str[id] = pl_arena_strndup(&k->arena, s, n);
    t->hash[id] = h;
    t->slots[j] = id;
    return id;
}

char *kb_scratch(pl_knowledge *k, size_t n)
{
    if (n > k->scratch_cap) {
        k->scratch_cap = n * 2;
        k->scratch = xrealloc(k->scratch, k->scratch_cap);
    }
    return k->scratch;
}

uint32_t kb_intern(pl_knowledge *k, const char *s, size_t n, int upper)
{
    kb_strtab *t = &k->words;
    char local[256], *heap = NULL;
    if (upper) {
        /* Own buffer: s may point into k->scratch. */
        char *u = n < sizeof local ? local : (heap = xrealloc(NULL, n + 1));
        for (size_t i = 0; i < n; i++)
            u[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 'a' + 'A') : s[i];
        s = u;
    }
    uint32_t id = strtab_add(k, t, s, n);
    free(heap);
    return id;
}

uint32_t kb_find(const kb_strtab *t, const char *s)
{
    return s ? kb_find_n(t, s, strlen(s)) : KB_NONE;
}

uint32_t kb_find_n(const kb_strtab *t, const char *s, size_t n)
{
    if (!t->cap)
        return KB_NONE;
    return t->slots[strtab_slot(t, s, n, hash_str(s, n))];
}

const char *kb_str(const pl_knowledge *k, uint32_t id)
{
    return k->words.str[id];
}

void kb_strtab_free(kb_strtab *t)
{
    free(t->slots);
    free(t->str);
    free(t->hash);
    memset(t, 0, sizeof *t);
}

static int is_separator(char c)
{
    return c == '_' || kb_isblank((unsigned char)c);
}

void kb_split(pl_knowledge *k, kb_ids *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && is_separator(s[i]))
            i++;
        size_t start = i;
        while (i < n && !is_separator(s[i]))
            i++;
        if (i > start)
            *KB_PUSH(out->v, out->n, out->cap) = kb_intern(k, s + start, i - start, 1);
    }
}

pl_words kb_words(pl_knowledge *k, const uint32_t *ids, size_t n)
{
    const char **w = n ? pl_arena_alloc(&k->arena, n * sizeof *w) : NULL;
    for (size_t i = 0; i < n; i++)
        w[i] = kb_str(k, ids[i]);
    return (pl_words){w, (int)n};
}

const char *kb_join(pl_knowledge *k, const uint32_t *ids, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += strlen(kb_str(k, ids[i])) + 1;
    char *s = pl_arena_alloc(&k->arena, len + 1), *p = s;
    for (size_t i = 0; i < n; i++) {
        if (i)
            *p++ = ' ';
        size_t l = strlen(kb_str(k, ids[i]));
        memcpy(p, kb_str(k, ids[i]), l);
        p += l;
    }
    *p = '\0';
    return s;
}

/* ---- tries ------------------------------------------------------------------- */

static uint32_t trie_new_node(kb_trie *t)
{
    kb_reserve(&t->payload, &t->cap, t->nnodes, sizeof *t->payload);
    t->payload[t->nnodes] = KB_NONE;
    return (uint32_t)t->nnodes++;
}

static uint64_t edge_key(uint32_t node, uint32_t word)
{
    return (uint64_t)node << 32 | word;
}

uint32_t kb_trie_add(kb_trie *t, const uint32_t *ids, size_t n)
{
    if (!t->nnodes)
        trie_new_node(t); /* the root */
    uint32_t node = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t *child = kb_map_put(&t->edges, edge_key(node, ids[i]));
        if (*child == KB_NONE)
            *child = trie_new_node(t);
        node = *child;
    }
    return node;
}

/* Longest phrase of t along a sequence of words, given by a function that
 * yields the number of the i-th word (KB_NONE ends the walk). */
static int trie_walk(const kb_trie *t, int n, uint32_t (*word)(const void *, int),
                     const void *ud, uint32_t *out)
{
    int best = 0;
    uint32_t node = 0;
    if (!t->nnodes)
        return 0;
    for (int i = 0; i < n; i++) {
        uint32_t id = word(ud, i);
        if (id == KB_NONE)
            break;
        node = kb_map_get(&t->edges, edge_key(node, id));
        if (node == KB_NONE)
            break;
        if (t->payload[node] != KB_NONE) {
            best = i + 1;
            *out = t->payload[node];
        }
    }
    return best;
}

typedef struct string_words {
    const pl_knowledge *k;
    const char *const *words;
} string_words;

static uint32_t string_word(const void *ud, int i)
{
    const string_words *s = ud;
    return kb_find(&s->k->words, s->words[i]);
}

static uint32_t id_word(const void *ud, int i)
{
    return ((const uint32_t *)ud)[i];
}

int kb_trie_match(const pl_knowledge *k, const kb_trie *t, const char *const *words, int n,
                  uint32_t *out)
{
    string_words s = {k, words};
    return words ? trie_walk(t, n, string_word, &s, out) : 0;
}

int kb_trie_match_ids(const kb_trie *t, const uint32_t *ids, int n, uint32_t *out)
{
    return ids ? trie_walk(t, n, id_word, ids, out) : 0;
}

void kb_trie_free(kb_trie *t)
{
    kb_map_free(&t->edges);
    free(t->payload);
    memset(t, 0, sizeof *t);
}
