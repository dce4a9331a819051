/*
 * perceptron.c - averaged perceptron: training table and shipped model
 * (see perceptron.h).
 *
 * Averaging is lazy per row: a row remembers the clock of its last change,
 * and before the next change its weights are added to the totals once for
 * every instance that passed since. That keeps an update O(features x
 * classes) instead of touching every weight on every instance.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, MADV_HUGEPAGE (Linux and the BSDs have both) */
#include "perceptron.h"

#include <sys/mman.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("petrel: out of memory\n", stderr);
        abort();
    }
    return p;
}

/* ---- training ------------------------------------------------------------ */

typedef struct train_row {
    uint64_t key;
    uint64_t stamp; /* clock when w was last changed */
    uint32_t count; /* updates this feature took part in */
    float *w;
    double *tot;
} train_row;

struct pl_ptrain {
    int nclass;
    uint64_t clock;
    train_row *rows;
    long nrows, caprows;
    int32_t *slot; /* open addressing: row index + 1, 0 = empty */
    uint64_t mask;
};

pl_ptrain *pl_ptrain_new(int nclass)
{
    pl_ptrain *t = xcalloc(1, sizeof *t);
    t->nclass = nclass;
    t->mask = (1u << 16) - 1;
    t->slot = xcalloc(t->mask + 1, sizeof *t->slot);
    return t;
}

void pl_ptrain_free(pl_ptrain *t)
{
    if (!t)
        return;
    for (long i = 0; i < t->nrows; i++) {
        free(t->rows[i].w);
        free(t->rows[i].tot);
    }
    free(t->rows);
    free(t->slot);
    free(t);
}

long pl_ptrain_features(const pl_ptrain *t)
{
    return t->nrows;
}

static uint64_t slot_of(uint64_t key, uint64_t mask)
{
    return (key ^ (key >> 29)) & mask;
}

static long find_row(const pl_ptrain *t, uint64_t key)
{
    for (uint64_t i = slot_of(key, t->mask);; i = (i + 1) & t->mask) {
        int32_t s = t->slot[i];
        if (s == 0)
            return -1;
        if (t->rows[s - 1].key == key)
            return s - 1;
    }
}

static void grow_slots(pl_ptrain *t)
{
    free(t->slot);
    t->mask = t->mask * 2 + 1;
    t->slot = xcalloc(t->mask + 1, sizeof *t->slot);
    for (long r = 0; r < t->nrows; r++) {
        uint64_t i = slot_of(t->rows[r].key, t->mask);
        while (t->slot[i])
            i = (i + 1) & t->mask;
        t->slot[i] = (int32_t)(r + 1);
    }
}

static long add_row(pl_ptrain *t, uint64_t key)
{
    if ((uint64_t)(t->nrows + 1) * 2 > t->mask)
        grow_slots(t);
    if (t->nrows == t->caprows) {
        t->caprows = t->caprows ? t->caprows * 2 : 4096;
        train_row *r = realloc(t->rows, (size_t)t->caprows * sizeof *r);
        if (!r) {
            fputs("petrel: out of memory\n", stderr);
            abort();
        }
        t->rows = r;
    }
    train_row *row = &t->rows[t->nrows];
    *row = (train_row){.key = key, .stamp = t->clock};
    row->w = xcalloc((size_t)t->nclass, sizeof *row->w);
    row->tot = xcalloc((size_t)t->nclass, sizeof *row->tot);
    uint64_t i = slot_of(key, t->mask);
    while (t->slot[i])
        i = (i + 1) & t->mask;
    t->slot[i] = (int32_t)(++t->nrows);
    return t->nrows - 1;
}

void pl_ptrain_score(const pl_ptrain *t, const uint64_t *keys, int nkeys, float *scores)
{
    for (int k = 0; k < nkeys; k++) {
        long r = find_row(t, keys[k]);
        if (r < 0)
            continue;
        const float *w = t->rows[r].w;
        for (int c = 0; c < t->nclass; c++)
            scores[c] += w[c];
    }
}

/* Bring a row's totals up to the current clock. */
static void settle_row(const pl_ptrain *t, train_row *row)
{
    double elapsed = (double)(t->clock - row->stamp);
    if (elapsed > 0)
        for (int c = 0; c < t->nclass; c++)
            row->tot[c] += elapsed * row->w[c];
    row->stamp = t->clock;
}

void pl_ptrain_update(pl_ptrain *t, const uint64_t *keys, int nkeys, int truth, int guess)
{
    t->clock++;
    if (truth == guess)
        return;
    for (int k = 0; k < nkeys; k++) {
        long r = find_row(t, keys[k]);
        if (r < 0)
            r = add_row(t, keys[k]);
        train_row *row = &t->rows[r];
        settle_row(t, row);
        row->w[truth] += 1.0f;
        row->w[guess] -= 1.0f;
        row->count++;
    }
}

static int cmp_row_key(const void *a, const void *b)
{
    uint64_t x = (*(const train_row *const *)a)->key, y = (*(const train_row *const *)b)->key;
    return (x > y) - (x < y);
}

/* Averaged weight of class c in a settled row. */
static double average(const pl_ptrain *t, const train_row *row, int c)
{
    return t->clock ? row->tot[c] / (double)t->clock : 0.0;
}

void pl_ptrain_write(pl_ptrain *t, int min_count, pl_bytes_out *out)
{
    train_row **kept = xcalloc((size_t)t->nrows, sizeof *kept);
    long nkept = 0;
    double maxabs = 0;
    for (long r = 0; r < t->nrows; r++) {
        train_row *row = &t->rows[r];
        if (row->count < (uint32_t)min_count)
            continue;
        settle_row(t, row);
        kept[nkept++] = row;
        for (int c = 0; c < t->nclass; c++)
            maxabs = fmax(maxabs, fabs(average(t, row, c)));
    }
    qsort(kept, (size_t)nkept, sizeof *kept, cmp_row_key);
    double scale = maxabs > 0 ? maxabs / 32767.0 : 1.0;

    /* Quantize once into a flat buffer so the rows can be written in order. */
    int16_t *q = xcalloc((size_t)nkept * (size_t)t->nclass, sizeof *q);
    long nfeat = 0;
    for (long i = 0; i < nkept; i++) {
        int nonzero = 0;
        for (int c = 0; c < t->nclass; c++) {
            double v = round(average(t, kept[i], c) / scale);
            q[nfeat * t->nclass + c] = (int16_t)v;
            nonzero |= v != 0;
        }
        if (nonzero)
            kept[nfeat++] = kept[i];
    }
    pl_out_u32(out, (uint32_t)t->nclass);
    pl_out_f32(out, (float)scale);
    pl_out_u32(out, (uint32_t)nfeat);
    for (long i = 0; i < nfeat; i++) {
        const int16_t *row = q + i * t->nclass;
        int n = 0;
        for (int c = 0; c < t->nclass; c++)
            n += row[c] != 0;
        pl_out_u64(out, kept[i]->key);
        pl_out_u8(out, (uint8_t)n);
        for (int c = 0; c < t->nclass; c++)
            if (row[c]) {
                pl_out_u8(out, (uint8_t)c);
                pl_out_u16(out, (uint16_t)row[c]);
            }
    }
    free(q);
    free(kept);
}

/* ---- training order ------------------------------------------------------ */

uint64_t pl_rng_next(uint64_t *state)
{
    uint64_t x = *state ? *state : 0x2545f4914f6cdd1dULL;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545f4914f6cdd1dULL;
}

void pl_shuffle(int *order, int n, uint64_t *rng)
{
    for (int i = 0; i < n; i++)
        order[i] = i;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)(pl_rng_next(rng) % (uint64_t)(i + 1));
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
    }
}

/* ---- shipped model ------------------------------------------------------- */

typedef struct model_slot {
    uint32_t fp;  /* upper half of the key */
    uint32_t row; /* feature index + 1; 0 = empty */
} model_slot;

/* Class and weight side by side, so a row is one contiguous run of memory. */
typedef struct model_entry {
    uint16_t cls;
    int16_t w;
} model_entry;

struct pl_pmodel {
    int nclass;
    float scale;
    uint32_t nfeat;
    uint64_t mask;
    model_slot *slots;
    uint32_t *first; /* nfeat + 1 offsets into entry */
    model_entry *entry;
    size_t slots_bytes, entry_bytes; /* mapped sizes, for big_free */
};

/* The slot table and the entries of a shipped model are tens of megabytes,
 * written once at load: zeroed pages straight from the kernel, in huge pages
 * where it allows them, fault in a few hundred times instead of thousands. */
static void *big_zalloc(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        fprintf(stderr, "petrel: out of memory (%zu bytes)\n", bytes);
        abort();
    }
#ifdef MADV_HUGEPAGE
    madvise(p, bytes, MADV_HUGEPAGE);
#endif
    return p;
}

static void big_free(void *p, size_t bytes)
{
    if (p)
        munmap(p, bytes);
}

void pl_pmodel_free(pl_pmodel *m)
{
    if (!m)
        return;
    big_free(m->slots, m->slots_bytes);
    free(m->first);
    big_free(m->entry, m->entry_bytes);
    free(m);
}

int pl_pmodel_classes(const pl_pmodel *m)
{
    return m->nclass;
}

static void insert_slot(pl_pmodel *m, uint64_t key, uint32_t row)
{
    uint64_t i = slot_of(key, m->mask);
    while (m->slots[i].row != 0)
        i = (i + 1) & m->mask;
    m->slots[i] = (model_slot){(uint32_t)(key >> 32), row};
}

/* One row: key, count, then count (class u8, weight i16 LE) entries, read
 * with one bounds check. m->entry has room for every entry the remaining
 * bytes could hold, so rows are appended without reallocating. */
static int read_row(pl_pmodel *m, pl_bytes_in *in, uint32_t f, uint32_t *nent, uint64_t *key)
{
    *key = pl_in_u64(in);
    int n = pl_in_u8(in);
    const unsigned char *b = in->failed || n > m->nclass ? NULL : pl_in_raw(in, (size_t)n * 3);
    if (!b)
        return 0;
    model_entry *e = m->entry + *nent;
    for (int j = 0; j < n; j++, b += 3) {
        if (b[0] >= m->nclass)
            return 0;
        e[j] = (model_entry){b[0], (int16_t)(uint16_t)(b[1] | b[2] << 8)};
    }
    *nent += (uint32_t)n;
    m->first[f + 1] = *nent;
    return 1;
}

/* Inserting a million keys into a table of megabytes is one cache miss
 * each; prefetching the slot a few keys ahead lets the misses overlap. */
static void insert_all(pl_pmodel *m, const uint64_t *keys, uint32_t n)
{
    enum { AHEAD = 16 };
    for (uint32_t f = 0; f < n; f++) {
        if (f + AHEAD < n)
            __builtin_prefetch(&m->slots[slot_of(keys[f + AHEAD], m->mask)], 1);
        insert_slot(m, keys[f], f + 1);
    }
}

pl_pmodel *pl_pmodel_read(pl_bytes_in *in)
{
    int nclass = (int)pl_in_u32(in);
    float scale = pl_in_f32(in);
    /* A row is at least 9 bytes (key + count). */
    uint32_t nfeat = pl_in_count(in, 9);
    if (in->failed || nclass <= 0 || nclass > 256 || !(scale > 0) || !isfinite(scale)) {
        in->failed = 1;
        return NULL;
    }
    pl_pmodel *m = xcalloc(1, sizeof *m);
    m->nclass = nclass;
    m->scale = scale;
    m->nfeat = nfeat;
    uint64_t size = 16;
    while (size < (uint64_t)nfeat * 2)
        size *= 2;
    m->mask = size - 1;
    m->slots_bytes = size * sizeof *m->slots;
    m->slots = big_zalloc(m->slots_bytes);
    m->first = xcalloc((size_t)nfeat + 1, sizeof *m->first);
    /* Each entry takes 3 bytes of input; pages never written stay unmapped. */
    m->entry_bytes = ((in->len - in->pos) / 3 + 1) * sizeof *m->entry;
    m->entry = big_zalloc(m->entry_bytes);
    uint64_t *keys = xcalloc((size_t)nfeat + 1, sizeof *keys);
    uint32_t nent = 0;
    for (uint32_t f = 0; f < nfeat; f++)
        if (!read_row(m, in, f, &nent, &keys[f])) {
            in->failed = 1;
            free(keys);
            pl_pmodel_free(m);
            return NULL;
        }
    insert_all(m, keys, nfeat);
    free(keys);
    return m;
}

static long find_feature(const pl_pmodel *m, uint64_t key)
{
    uint32_t fp = (uint32_t)(key >> 32);
    for (uint64_t i = slot_of(key, m->mask);; i = (i + 1) & m->mask) {
        const model_slot *s = &m->slots[i];
        if (s->row == 0)
            return -1;
        if (s->fp == fp)
            return (long)s->row - 1;
    }
}

/* Scoring is bound by memory latency, not arithmetic: a sentence touches a
 * few thousand rows scattered over megabytes. So the slots of all keys are
 * prefetched before any is probed, and the rows of all hits before any is
 * added, letting the misses overlap instead of queueing one after another. */
enum { MAX_SCORED_KEYS = 256 };

void pl_pmodel_score(const pl_pmodel *m, const uint64_t *keys, int nkeys, int32_t *scores)
{
    long hit[MAX_SCORED_KEYS];
    int nhit = 0;
    if (nkeys > MAX_SCORED_KEYS)
        nkeys = MAX_SCORED_KEYS;
    for (int k = 0; k < nkeys; k++)
        __builtin_prefetch(&m->slots[slot_of(keys[k], m->mask)]);
    for (int k = 0; k < nkeys; k++) {
        long f = find_feature(m, keys[k]);
        if (f < 0)
            continue;
        hit[nhit++] = f;
        __builtin_prefetch(&m->entry[m->first[f]]);
    }
    for (int h = 0; h < nhit; h++) {
        // cppcheck-suppress uninitvar ; hit[0..nhit) was written above
        const model_entry *e = m->entry + m->first[hit[h]], *end = m->entry + m->first[hit[h] + 1];
        for (; e < end; e++)
            scores[e->cls] += e->w;
    }
}
