/*
 * lemmatizer.c - table-and-suffix-rule lemmatizer for UD English (see
 * lemmatizer.h).
 *
 * Every table lives in one open-addressing hash of entries keyed by (kind,
 * XPOS id, string): K_EXACT form -> lemma, K_LOWER lower-cased form -> lemma,
 * K_SUFFIX suffix of the lower-cased form -> rule, K_TAG XPOS -> its id. A
 * lookup is a few hashes of short strings and no allocation but the result.
 *
 * Training counts distinct (form, UPOS, XPOS, lemma) examples; rules are
 * chosen by how many word types they fit, table lemmas by token frequency,
 * ties by byte order, so the bytes depend only on the multiset of examples.
 * A table entry is kept only when the lookup without it would answer
 * differently for some training example. The trainer aborts on out-of-memory
 * (as the arena does); the reader returns NULL instead.
 *
 * Must not: keep pointers into the bytes it read, or write to a loaded model.
 */
#include "lemmatizer.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LEM_MAGIC        0x4d454c50u /* "PLEM" */
#define LEM_VERSION      1u
#define MAX_SUFFIX       6 /* longest suffix a rule is learned for */
#define MIN_SUFFIX_TYPES 2 /* word types a non-empty suffix needs to get a rule */
#define MAX_STRIP        255
#define MAX_TAGS         65535
#define ENTRY_BYTES      12 /* kind u8, tag u16, strip u8, key u32, value u32 */

enum {
    K_EXACT,
    K_LOWER,
    K_SUFFIX,
    K_TAG
};

typedef struct lem_entry {
    const char *key, *val; /* val: the lemma; for K_SUFFIX the text to append */
    uint32_t keylen, hash;
    uint32_t aux; /* K_SUFFIX: bytes to strip; K_TAG: the tag's id */
    uint16_t tag; /* XPOS id (0 for K_TAG) */
    uint8_t kind;
} lem_entry;

struct pl_lemmatizer {
    char *pool; /* the strings entries point into (NULL while training) */
    lem_entry *e;
    uint32_t n;
    uint32_t *slot; /* entry index + 1; 0 is an empty slot */
    uint32_t mask;
    uint32_t max_suffix;
};

/* ---- hashing and lookup (shared by the trainer and run time) ---- */

static uint32_t entry_hash(unsigned kind, unsigned tag, const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    h = (h ^ kind) * 16777619u;
    h = (h ^ (tag & 0xffu)) * 16777619u;
    h = (h ^ (tag >> 8)) * 16777619u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static const lem_entry *find(const pl_lemmatizer *l, unsigned kind, unsigned tag, const char *s,
                             size_t n)
{
    uint32_t h = entry_hash(kind, tag, s, n);
    for (uint32_t i = h & l->mask;; i = (i + 1) & l->mask) {
        uint32_t at = l->slot[i];
        if (!at)
            return NULL;
        const lem_entry *e = &l->e[at - 1];
        if (e->hash == h && e->kind == kind && e->tag == tag && e->keylen == n &&
            memcmp(e->key, s, n) == 0)
            return e;
    }
}

/* Hash l->e[0..n) into fresh slots; a repeated key keeps its first entry. */
static int index_build(pl_lemmatizer *l)
{
    size_t cap = 16;
    while (cap < 2 * (size_t)l->n + 1)
        cap *= 2;
    l->slot = calloc(cap, sizeof *l->slot);
    if (!l->slot)
        return 0;
    l->mask = (uint32_t)(cap - 1);
    l->max_suffix = 0;
    for (uint32_t i = 0; i < l->n; i++) {
        lem_entry *e = &l->e[i];
        e->keylen = (uint32_t)strlen(e->key);
        e->hash = entry_hash(e->kind, e->tag, e->key, e->keylen);
        if (e->kind == K_SUFFIX && e->keylen > l->max_suffix)
            l->max_suffix = e->keylen;
        if (find(l, e->kind, e->tag, e->key, e->keylen))
            continue;
        uint32_t j = e->hash & l->mask;
        while (l->slot[j])
            j = (j + 1) & l->mask;
        l->slot[j] = i + 1;
    }
    return 1;
}

/* ---- run time ---- */

static int tag_id(const pl_lemmatizer *l, const char *xpos)
{
    const lem_entry *e = xpos ? find(l, K_TAG, 0, xpos, strlen(xpos)) : NULL;
    return e ? (int)e->aux : -1;
}

/* UD English keeps the case of proper nouns and lower-cases the rest. */
static int keep_case(const char *upos, const char *xpos)
{
    return (upos && strcmp(upos, "PROPN") == 0) || (xpos && strncmp(xpos, "NNP", 3) == 0);
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* "2,000" or "1,234,567.89": digit groups, which UD lemmas write without commas. */
static int is_grouped_number(const char *s)
{
    size_t i = 0;
    while (is_digit(s[i]))
        i++;
    if (i == 0 || i > 3 || s[i] != ',')
        return 0;
    while (s[i] == ',') {
        for (size_t k = 1; k <= 3; k++)
            if (!is_digit(s[i + k]))
                return 0;
        i += 4;
    }
    if (s[i] == '.' && is_digit(s[i + 1]))
        for (i++; is_digit(s[i]); i++)
            ;
    return s[i] == '\0';
}

static const char *without_commas(const char *s, size_t n, pl_arena *a)
{
    char *out = pl_arena_alloc(a, n + 1), *o = out;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ',')
            *o++ = s[i];
    *o = '\0';
    return out;
}

/* ASCII lower-casing; `s` itself when it has no capital. */
static const char *ascii_lower(const char *s, size_t n, pl_arena *a)
{
    size_t i = 0;
    while (i < n && !(s[i] >= 'A' && s[i] <= 'Z'))
        i++;
    if (i == n)
        return s;
    char *t = pl_arena_strndup(a, s, n);
    for (; i < n; i++)
        if (t[i] >= 'A' && t[i] <= 'Z')
            t[i] = (char)(t[i] - 'A' + 'a');
    return t;
}

/* The rule of the longest suffix of low[0..n) that has one for this tag. */
static const lem_entry *longest_rule(const pl_lemmatizer *l, const char *low, size_t n,
                                     unsigned tag)
{
    size_t m = n < l->max_suffix ? n : l->max_suffix;
    for (size_t k = m + 1; k-- > 0;) {
        const lem_entry *e = find(l, K_SUFFIX, tag, low + n - k, k);
        if (e)
            return e;
    }
    return NULL;
}

/* base[0..n) rewritten by `rule` (unchanged when there is none or it strips too much). */
static const char *rewrite(const char *base, size_t n, const lem_entry *rule, pl_arena *a)
{
    size_t strip = 0;
    const char *append = "";
    if (rule && rule->aux <= n) {
        strip = rule->aux;
        append = rule->val;
    }
    size_t keep = n - strip, m = strlen(append);
    char *out = pl_arena_alloc(a, keep + m + 1);
    memcpy(out, base, keep);
    memcpy(out + keep, append, m + 1);
    return out;
}

/* The lemma from the rules alone: digit groups, then the suffix rules. */
static const char *derive_lemma(const pl_lemmatizer *l, const char *form, const char *low, size_t n,
                                int tag, int keep, pl_arena *a)
{
    if (is_grouped_number(form))
        return without_commas(form, n, a);
    const lem_entry *rule = tag >= 0 ? longest_rule(l, low, n, (unsigned)tag) : NULL;
    const char *out = rewrite(keep ? form : low, n, rule, a);
    return !keep && strcmp(out, "i") == 0 ? "I" : out;
}

/* The lemma of a form the exact table does not hold. */
static const char *unseen_lemma(const pl_lemmatizer *l, const char *form, const char *low, size_t n,
                                int tag, int keep, pl_arena *a)
{
    const lem_entry *e = tag >= 0 ? find(l, K_LOWER, (unsigned)tag, low, n) : NULL;
    return e ? e->val : derive_lemma(l, form, low, n, tag, keep, a);
}

const char *pl_lemmatize(const pl_lemmatizer *l, const char *form, const char *upos,
                         const char *xpos, pl_arena *a)
{
    if (!form)
        form = "";
    size_t n = strlen(form);
    int tag = tag_id(l, xpos);
    const lem_entry *e = tag >= 0 ? find(l, K_EXACT, (unsigned)tag, form, n) : NULL;
    if (e)
        return e->val;
    return unseen_lemma(l, form, ascii_lower(form, n, a), n, tag, keep_case(upos, xpos), a);
}

/* ---- reading ---- */

void pl_lemmatizer_free(pl_lemmatizer *l)
{
    if (!l)
        return;
    free(l->pool);
    free(l->e);
    free(l->slot);
    free(l);
}

static int read_tag(pl_bytes_in *in, pl_lemmatizer *l, lem_entry *e, uint32_t id, uint32_t plen)
{
    uint32_t off = pl_in_u32(in);
    if (in->failed || off >= plen)
        return 0;
    *e = (lem_entry){.key = l->pool + off, .val = "", .aux = id, .kind = K_TAG};
    return 1;
}

static int read_entry(pl_bytes_in *in, pl_lemmatizer *l, lem_entry *e, uint32_t ntags,
                      uint32_t plen)
{
    e->kind = pl_in_u8(in);
    e->tag = pl_in_u16(in);
    e->aux = pl_in_u8(in);
    uint32_t key = pl_in_u32(in), val = pl_in_u32(in);
    if (in->failed || e->kind > K_SUFFIX || e->tag >= ntags || key >= plen || val >= plen ||
        (e->kind != K_SUFFIX && e->aux != 0))
        return 0;
    e->key = l->pool + key;
    e->val = l->pool + val;
    return 1;
}

/* Copy the string pool; it must end in a NUL so every offset names a string. */
static int read_pool(pl_bytes_in *in, pl_lemmatizer *l, uint32_t *plen)
{
    *plen = pl_in_count(in, 1);
    const char *p = pl_in_raw(in, *plen);
    if (!p || *plen == 0 || p[*plen - 1] != '\0')
        return 0;
    l->pool = malloc(*plen);
    if (!l->pool)
        return 0;
    memcpy(l->pool, p, *plen);
    return 1;
}

static int read_body(pl_bytes_in *in, pl_lemmatizer *l)
{
    uint32_t plen;
    if (pl_in_u32(in) != LEM_MAGIC || pl_in_u32(in) != LEM_VERSION || !read_pool(in, l, &plen))
        return 0;
    uint32_t ntags = pl_in_count(in, 4);
    uint32_t nent = pl_in_count(in, ENTRY_BYTES);
    if (in->failed || ntags > MAX_TAGS)
        return 0;
    l->n = ntags + nent;
    l->e = calloc(l->n ? l->n : 1, sizeof *l->e);
    if (!l->e)
        return 0;
    for (uint32_t i = 0; i < ntags; i++)
        if (!read_tag(in, l, &l->e[i], i, plen))
            return 0;
    for (uint32_t i = 0; i < nent; i++)
        if (!read_entry(in, l, &l->e[ntags + i], ntags, plen))
            return 0;
    return index_build(l);
}

pl_lemmatizer *pl_lemmatizer_read(pl_bytes_in *in)
{
    if (in->failed)
        return NULL;
    pl_lemmatizer *l = calloc(1, sizeof *l);
    if (l && read_body(in, l))
        return l;
    in->failed = 1;
    pl_lemmatizer_free(l);
    return NULL;
}

/* ---- training: collecting examples ---- */

typedef struct lem_example {
    const char *form, *upos, *xpos, *lemma; /* in one allocation, owned */
    uint32_t count, hash;
} lem_example;

struct pl_lemma_trainer {
    lem_example *ex;
    uint32_t n, cap;
    uint32_t *slot; /* example index + 1; 0 is an empty slot */
    uint32_t mask;
};

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        abort();
    return q;
}

pl_lemma_trainer *pl_lemma_trainer_new(void)
{
    pl_lemma_trainer *t = xrealloc(NULL, sizeof *t);
    *t = (pl_lemma_trainer){0};
    t->mask = 1023;
    t->slot = xrealloc(NULL, (t->mask + 1) * sizeof *t->slot);
    memset(t->slot, 0, (t->mask + 1) * sizeof *t->slot);
    return t;
}

void pl_lemma_trainer_free(pl_lemma_trainer *t)
{
    if (!t)
        return;
    for (uint32_t i = 0; i < t->n; i++)
        free((char *)t->ex[i].form);
    free(t->ex);
    free(t->slot);
    free(t);
}

static uint32_t fields_hash(const char *const f[4])
{
    uint32_t h = 2166136261u;
    for (int k = 0; k < 4; k++)
        for (const char *s = f[k];; s++) {
            h = (h ^ (unsigned char)*s) * 16777619u;
            if (!*s)
                break;
        }
    return h;
}

static int same_fields(const lem_example *e, const char *const f[4])
{
    return strcmp(e->form, f[0]) == 0 && strcmp(e->upos, f[1]) == 0 && strcmp(e->xpos, f[2]) == 0 &&
           strcmp(e->lemma, f[3]) == 0;
}

static void slot_insert(pl_lemma_trainer *t, uint32_t index)
{
    uint32_t j = t->ex[index].hash & t->mask;
    while (t->slot[j])
        j = (j + 1) & t->mask;
    t->slot[j] = index + 1;
}

/* Keep the example hash at most half full. */
static void ensure_room(pl_lemma_trainer *t)
{
    if (2 * ((size_t)t->n + 1) <= (size_t)t->mask + 1)
        return;
    size_t cap = 2 * ((size_t)t->mask + 1);
    t->slot = xrealloc(t->slot, cap * sizeof *t->slot);
    memset(t->slot, 0, cap * sizeof *t->slot);
    t->mask = (uint32_t)(cap - 1);
    for (uint32_t i = 0; i < t->n; i++)
        slot_insert(t, i);
}

static void add_example(pl_lemma_trainer *t, const char *const f[4], uint32_t h)
{
    size_t len[4], total = 0;
    for (int k = 0; k < 4; k++)
        total += (len[k] = strlen(f[k]) + 1);
    char *s = xrealloc(NULL, total);
    const char *at[4];
    for (int k = 0; k < 4; k++) {
        memcpy(s, f[k], len[k]);
        at[k] = s;
        s += len[k];
    }
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 256;
        t->ex = xrealloc(t->ex, t->cap * sizeof *t->ex);
    }
    t->ex[t->n] = (lem_example){at[0], at[1], at[2], at[3], 1, h};
    slot_insert(t, t->n++);
}

void pl_lemma_trainer_add(pl_lemma_trainer *t, const char *form, const char *upos, const char *xpos,
                          const char *lemma)
{
    if (!form || !lemma)
        return;
    const char *const f[4] = {form, upos ? upos : "", xpos ? xpos : "", lemma};
    uint32_t h = fields_hash(f);
    ensure_room(t);
    for (uint32_t i = h & t->mask; t->slot[i]; i = (i + 1) & t->mask) {
        lem_example *e = &t->ex[t->slot[i] - 1];
        if (e->hash == h && same_fields(e, f)) {
            e->count++;
            return;
        }
    }
    add_example(t, f, h);
}

/* ---- training: learning ---- */

typedef struct lem_item {
    const lem_example *ex;
    char *lower, *lower_lemma; /* owned */
    uint16_t tag;
} lem_item;

typedef struct lem_work {
    const char **tags; /* distinct XPOS in byte order; the index is the id */
    uint32_t ntags;
    lem_item *item;
    size_t n;
} lem_work;

typedef struct lem_list {
    lem_entry *e;
    uint32_t n, cap;
} lem_list;

static void list_push(lem_list *l, unsigned kind, uint16_t tag, const char *key, const char *val,
                      uint32_t aux)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 256;
        l->e = xrealloc(l->e, l->cap * sizeof *l->e);
    }
    l->e[l->n++] =
        (lem_entry){.key = key, .val = val, .aux = aux, .tag = tag, .kind = (uint8_t)kind};
}

static void list_append(lem_list *to, const lem_list *from)
{
    for (uint32_t i = 0; i < from->n; i++)
        list_push(to, from->e[i].kind, from->e[i].tag, from->e[i].key, from->e[i].val,
                  from->e[i].aux);
}

/* A lemmatizer over the list's entries, for predicting during training. */
static pl_lemmatizer index_of(lem_list *list)
{
    pl_lemmatizer l = {.e = list->e, .n = list->n};
    if (!index_build(&l))
        abort();
    return l;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sort and drop repeats in place; returns the new count. */
static size_t sort_unique(const char **s, size_t n)
{
    qsort(s, n, sizeof *s, cmp_str);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || strcmp(s[m - 1], s[i]) != 0)
            s[m++] = s[i];
    return m;
}

static char *lower_dup(const char *s)
{
    size_t n = strlen(s);
    char *t = xrealloc(NULL, n + 1);
    for (size_t i = 0; i <= n; i++)
        t[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
    return t;
}

static void work_init(lem_work *w, const pl_lemma_trainer *t)
{
    w->tags = xrealloc(NULL, t->n * sizeof *w->tags);
    for (uint32_t i = 0; i < t->n; i++)
        w->tags[i] = t->ex[i].xpos;
    size_t ntags = sort_unique(w->tags, t->n);
    w->ntags = (uint32_t)(ntags < MAX_TAGS ? ntags : MAX_TAGS);
    w->item = xrealloc(NULL, t->n * sizeof *w->item);
    w->n = 0;
    for (uint32_t i = 0; i < t->n; i++) {
        const char **at = bsearch(&t->ex[i].xpos, w->tags, w->ntags, sizeof *w->tags, cmp_str);
        if (at)
            w->item[w->n++] = (lem_item){&t->ex[i], lower_dup(t->ex[i].form),
                                         lower_dup(t->ex[i].lemma), (uint16_t)(at - w->tags)};
    }
}

static void work_free(lem_work *w)
{
    for (size_t i = 0; i < w->n; i++) {
        free(w->item[i].lower);
        free(w->item[i].lower_lemma);
    }
    free(w->item);
    free(w->tags);
}

/* -- suffix rules -- */

typedef struct lem_cand {
    const char *suffix, *append;
    uint32_t strip;
    uint16_t tag;
} lem_cand;

static int cmp_type(const void *pa, const void *pb)
{
    const lem_item *a = pa, *b = pb;
    if (a->tag != b->tag)
        return a->tag < b->tag ? -1 : 1;
    int c = strcmp(a->lower, b->lower);
    return c ? c : strcmp(a->lower_lemma, b->lower_lemma);
}

static int cmp_cand(const void *pa, const void *pb)
{
    const lem_cand *a = pa, *b = pb;
    if (a->tag != b->tag)
        return a->tag < b->tag ? -1 : 1;
    int c = strcmp(a->suffix, b->suffix);
    if (c)
        return c;
    if (a->strip != b->strip)
        return a->strip < b->strip ? -1 : 1;
    return strcmp(a->append, b->append);
}

static int same_rule(const lem_cand *a, const lem_cand *b)
{
    return a->strip == b->strip && strcmp(a->append, b->append) == 0;
}

/* Candidates from one word type: its rewrite under each of its suffixes. */
static void add_cands(const lem_item *it, lem_cand **c, size_t *n, size_t *cap)
{
    const char *f = it->lower, *l = it->lower_lemma;
    size_t lcp = 0, len = strlen(f);
    while (f[lcp] && f[lcp] == l[lcp])
        lcp++;
    if (len - lcp > MAX_STRIP || strcmp(it->ex->lemma, "_") == 0)
        return;
    for (size_t k = 0; k <= len && k <= MAX_SUFFIX; k++) {
        if (*n == *cap) {
            *cap = *cap ? 2 * *cap : 1024;
            *c = xrealloc(*c, *cap * sizeof **c);
        }
        (*c)[(*n)++] = (lem_cand){f + len - k, l + lcp, (uint32_t)(len - lcp), it->tag};
    }
}

/* The most frequent rule of the group c[0..n) (sorted, so ties go to the first). */
static const lem_cand *best_rule(const lem_cand *c, size_t n)
{
    const lem_cand *best = c;
    size_t best_n = 0;
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && same_rule(&c[i], &c[j]); j++)
            ;
        if (j - i > best_n) {
            best = &c[i];
            best_n = j - i;
        }
    }
    return best;
}

/* Drop each rule that its longest shorter suffix with a rule already gives. */
static void prune_rules(lem_list *rules, lem_list *fin)
{
    pl_lemmatizer l = index_of(rules);
    for (uint32_t i = 0; i < rules->n; i++) {
        const lem_entry *e = &rules->e[i];
        const lem_entry *p = e->keylen ? longest_rule(&l, e->key + 1, e->keylen - 1, e->tag) : NULL;
        if (!p || p->aux != e->aux || strcmp(p->val, e->val) != 0)
            list_push(fin, K_SUFFIX, e->tag, e->key, e->val, e->aux);
    }
    free(l.slot);
}

static void learn_rules(lem_work *w, lem_list *fin)
{
    qsort(w->item, w->n, sizeof *w->item, cmp_type);
    lem_cand *c = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < w->n; i++)
        if (i == 0 || cmp_type(&w->item[i - 1], &w->item[i]) != 0)
            add_cands(&w->item[i], &c, &n, &cap);
    if (n)
        qsort(c, n, sizeof *c, cmp_cand);
    lem_list rules = {0};
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && c[j].tag == c[i].tag && strcmp(c[j].suffix, c[i].suffix) == 0; j++)
            ;
        const lem_cand *b = best_rule(c + i, j - i);
        if (j - i >= MIN_SUFFIX_TYPES || !*c[i].suffix)
            list_push(&rules, K_SUFFIX, b->tag, b->suffix, b->append, b->strip);
    }
    prune_rules(&rules, fin);
    free(rules.e);
    free(c);
}

/* -- lemma tables -- */

static const char *item_key(const lem_item *it, unsigned kind)
{
    return kind == K_LOWER ? it->lower : it->ex->form;
}

static int cmp_table(const lem_item *a, const lem_item *b, unsigned kind)
{
    if (a->tag != b->tag)
        return a->tag < b->tag ? -1 : 1;
    int c = strcmp(item_key(a, kind), item_key(b, kind));
    return c ? c : strcmp(a->ex->lemma, b->ex->lemma);
}

static int cmp_lower(const void *a, const void *b)
{
    return cmp_table(a, b, K_LOWER);
}

static int cmp_exact(const void *a, const void *b)
{
    return cmp_table(a, b, K_EXACT);
}

/* The most frequent lemma of the group it[0..n), sorted by lemma. */
static const char *best_lemma(const lem_item *it, size_t n)
{
    const char *best = it[0].ex->lemma;
    uint64_t best_n = 0;
    for (size_t i = 0, j; i < n; i = j) {
        uint64_t sum = 0;
        for (j = i; j < n && strcmp(it[j].ex->lemma, it[i].ex->lemma) == 0; j++)
            sum += it[j].ex->count;
        if (sum > best_n) {
            best = it[i].ex->lemma;
            best_n = sum;
        }
    }
    return best;
}

/* Whether the lookup without this table entry already gives `lemma` for
 * every example of the group. A proper noun's lower-case entry always stays:
 * the rules keep its case as written, and the entry is what maps the casings
 * training did not show ("TEHRAN") to the lemma ("Tehran"). */
static int group_predicted(const pl_lemmatizer *l, const lem_item *it, size_t n, unsigned kind,
                           const char *lemma, pl_arena *a)
{
    for (size_t i = 0; i < n; i++) {
        const lem_example *e = it[i].ex;
        size_t len = strlen(e->form);
        int keep = keep_case(e->upos, e->xpos);
        if (keep && kind == K_LOWER)
            return 0;
        const char *p = kind == K_LOWER
                            ? derive_lemma(l, e->form, it[i].lower, len, it[i].tag, keep, a)
                            : unseen_lemma(l, e->form, it[i].lower, len, it[i].tag, keep, a);
        if (strcmp(p, lemma) != 0)
            return 0;
    }
    return 1;
}

static void learn_table(lem_work *w, lem_list *fin, unsigned kind)
{
    qsort(w->item, w->n, sizeof *w->item, kind == K_LOWER ? cmp_lower : cmp_exact);
    pl_lemmatizer l = index_of(fin);
    pl_arena a;
    pl_arena_init(&a, 0);
    lem_list add = {0};
    for (size_t i = 0, j; i < w->n; i = j) {
        const lem_item *g = &w->item[i];
        for (j = i + 1; j < w->n && w->item[j].tag == g->tag &&
                        strcmp(item_key(&w->item[j], kind), item_key(g, kind)) == 0;
             j++)
            ;
        const char *lemma = best_lemma(g, j - i);
        if (!group_predicted(&l, g, j - i, kind, lemma, &a))
            list_push(&add, kind, g->tag, item_key(g, kind), lemma, 0);
        pl_arena_reset(&a);
    }
    pl_arena_free(&a);
    free(l.slot);
    list_append(fin, &add);
    free(add.e);
}

/* -- writing -- */

static uint32_t pool_offset(const char **s, const uint32_t *off, size_t n, const char *key)
{
    const char **at = bsearch(&key, s, n, sizeof *s, cmp_str);
    return off[at - s]; /* every string was put in the pool */
}

static void serialize(const lem_work *w, const lem_list *fin, pl_bytes_out *out)
{
    size_t n = 0;
    const char **s = xrealloc(NULL, (w->ntags + 2 * (size_t)fin->n + 1) * sizeof *s);
    s[n++] = "";
    for (uint32_t i = 0; i < w->ntags; i++)
        s[n++] = w->tags[i];
    for (uint32_t i = 0; i < fin->n; i++) {
        s[n++] = fin->e[i].key;
        s[n++] = fin->e[i].val;
    }
    n = sort_unique(s, n);
    uint32_t *off = xrealloc(NULL, n * sizeof *off), plen = 0;
    for (size_t i = 0; i < n; i++) {
        off[i] = plen;
        plen += (uint32_t)strlen(s[i]) + 1;
    }
    pl_out_u32(out, LEM_MAGIC);
    pl_out_u32(out, LEM_VERSION);
    pl_out_u32(out, plen);
    for (size_t i = 0; i < n; i++)
        pl_out_raw(out, s[i], strlen(s[i]) + 1);
    pl_out_u32(out, w->ntags);
    pl_out_u32(out, fin->n);
    for (uint32_t i = 0; i < w->ntags; i++)
        pl_out_u32(out, pool_offset(s, off, n, w->tags[i]));
    for (uint32_t i = 0; i < fin->n; i++) {
        const lem_entry *e = &fin->e[i];
        pl_out_u8(out, e->kind);
        pl_out_u16(out, e->tag);
        pl_out_u8(out, (uint8_t)e->aux);
        pl_out_u32(out, pool_offset(s, off, n, e->key));
        pl_out_u32(out, pool_offset(s, off, n, e->val));
    }
    free(off);
    free(s);
}

void pl_lemma_trainer_write(const pl_lemma_trainer *t, pl_bytes_out *out)
{
    lem_work w;
    work_init(&w, t);
    lem_list fin = {0};
    learn_rules(&w, &fin);
    learn_table(&w, &fin, K_LOWER);
    learn_table(&w, &fin, K_EXACT);
    serialize(&w, &fin, out);
    free(fin.e);
    work_free(&w);
}
