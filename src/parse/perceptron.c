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

/* Most classes a model may have: a row stores its classes as bytes. */
enum { MAX_WIDTH = 256 };

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

/* ---- the mean of trained models ------------------------------------------ */

/* One member's rows, read in key order. */
typedef struct member_rows {
    pl_bytes_in in;
    float scale;
    uint32_t left; /* rows not read yet */
    int has_row;   /* key and entries hold the current row */
    uint64_t key;
    int n; /* entries of the current row: class u8, weight i16 */
    const unsigned char *entries;
} member_rows;

/* Reads the next row; 0 when the bytes are malformed or out of key order. */
static int member_next(member_rows *m, int nclass)
{
    if (m->left == 0) {
        m->has_row = 0;
        return 1;
    }
    m->left--;
    const unsigned char *head = pl_in_raw(&m->in, 9);
    if (!head)
        return 0;
    uint64_t key = pl_le64(head);
    int n = head[8];
    const unsigned char *e = pl_in_raw(&m->in, (size_t)n * 3);
    if (!e || (m->has_row && key <= m->key))
        return 0;
    for (int j = 0; j < n; j++)
        if (e[3 * j] >= nclass)
            return 0;
    m->has_row = 1;
    m->key = key;
    m->n = n;
    m->entries = e;
    return 1;
}

static int members_open(member_rows *m, const pl_bytes_in *in, int k, int *nclass)
{
    for (int i = 0; i < k; i++) {
        m[i] = (member_rows){.in = in[i]};
        int c = (int)pl_in_u32(&m[i].in);
        m[i].scale = pl_in_f32(&m[i].in);
        m[i].left = pl_in_count(&m[i].in, 9);
        if (m[i].in.failed || c <= 0 || c > MAX_WIDTH || (i > 0 && c != *nclass) ||
            !(m[i].scale > 0) || !isfinite(m[i].scale))
            return 0;
        *nclass = c;
        if (!member_next(&m[i], c))
            return 0;
    }
    return 1;
}

/* The mean of the rows with the smallest key into mean[0..nclass), those
 * members moved on: 1, 0 when no rows are left, -1 on malformed bytes. */
static int next_mean_row(member_rows *m, int k, int nclass, uint64_t *key, double *mean)
{
    int first = -1;
    for (int i = 0; i < k; i++)
        if (m[i].has_row && (first < 0 || m[i].key < m[first].key))
            first = i;
    if (first < 0)
        return 0;
    *key = m[first].key;
    memset(mean, 0, (size_t)nclass * sizeof *mean);
    for (int i = 0; i < k; i++) {
        if (!m[i].has_row || m[i].key != *key)
            continue;
        for (const unsigned char *e = m[i].entries, *end = e + 3 * m[i].n; e < end; e += 3)
            mean[e[0]] += (double)(int16_t)(uint16_t)(e[1] | e[2] << 8) * m[i].scale / k;
        if (!member_next(&m[i], nclass))
            return -1;
    }
    return 1;
}

int pl_pmodel_mean(pl_bytes_in *in, int k, int min_weight, pl_bytes_out *out)
{
    member_rows *m = xcalloc((size_t)k, sizeof *m);
    double mean[MAX_WIDTH], maxabs = 0;
    uint64_t key;
    int nclass = 0, r;
    /* First pass: the largest mean weight sets the quantization scale. */
    int ok = members_open(m, in, k, &nclass);
    while (ok && (r = next_mean_row(m, k, nclass, &key, mean)) != 0) {
        ok = r > 0;
        for (int c = 0; ok && c < nclass; c++)
            maxabs = fmax(maxabs, fabs(mean[c]));
    }
    double scale = maxabs > 0 ? maxabs / 32767.0 : 1.0;
    /* Second pass: quantize and write the rows that keep a weight. */
    pl_bytes_out rows = {0};
    uint32_t nfeat = 0;
    ok = ok && members_open(m, in, k, &nclass);
    while (ok && (r = next_mean_row(m, k, nclass, &key, mean)) > 0) {
        int16_t q[MAX_WIDTH];
        int n = 0;
        for (int c = 0; c < nclass; c++) {
            double v = round(mean[c] / scale);
            q[c] = fabs(v) >= min_weight ? (int16_t)v : 0;
            n += q[c] != 0;
        }
        if (n == 0)
            continue;
        nfeat++;
        pl_out_u64(&rows, key);
        pl_out_u8(&rows, (uint8_t)n);
        for (int c = 0; c < nclass; c++)
            if (q[c]) {
                pl_out_u8(&rows, (uint8_t)c);
                pl_out_u16(&rows, (uint16_t)q[c]);
            }
    }
    ok = ok && r == 0 && !rows.failed;
    if (ok) {
        pl_out_u32(out, (uint32_t)nclass);
        pl_out_f32(out, (float)scale);
        pl_out_u32(out, nfeat);
        pl_out_raw(out, rows.buf, rows.len);
        for (int i = 0; i < k; i++)
            in[i] = m[i].in;
    }
    pl_out_free(&rows);
    free(m);
    return ok;
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

/* A row is kept dense (one int16 per class, padded to a multiple of
 * DENSE_BLOCK) when it has at least width / DENSE_SHARE weights, and sparse
 * (class, weight pairs) otherwise. The few dense rows are the common
 * features (tags, tag pairs, the bias) that nearly every instance hits, so
 * most of the adding is in them, and a dense row is added with whole vector
 * registers instead of one scattered add per weight. */
enum { DENSE_BLOCK = 16, DENSE_SHARE = 8 };

/* A slot's ref: 0 = empty, else the row's index + 1, REF_DENSE set when it
 * indexes the dense rows. */
#define REF_DENSE 0x80000000u
#define REF_INDEX 0x7fffffffu

typedef struct model_slot {
    uint32_t fp;  /* upper half of the key */
    uint32_t ref; /* see REF_DENSE */
} model_slot;

/* Class and weight side by side, so a sparse row is one contiguous run of
 * memory; the entry before the run holds the row's length in cls. */
typedef struct model_entry {
    uint16_t cls;
    int16_t w;
} model_entry;

enum { ENTRIES_PER_LINE = 64 / sizeof(model_entry), WEIGHTS_PER_LINE = 64 / sizeof(int16_t) };

/* Adds dense rows to total[0..width). */
typedef void add_dense_fn(int width, const int16_t *const *rows, int nrows, int32_t *total);

struct pl_pmodel {
    int nclass;
    int width;  /* nclass rounded up to DENSE_BLOCK: the weights of a dense row */
    int stride; /* width rounded up to whole cache lines: dense rows start on one */
    float scale;
    uint32_t nfeat;
    uint64_t mask;
    model_slot *slots;
    model_entry *sparse;                        /* sparse rows, each after its length */
    int16_t *dense;                             /* dense rows, width weights each */
    uint32_t nsparse, ndense;                   /* entries and rows used */
    size_t slots_bytes, sparse_bytes, dense_bytes; /* mapped sizes, for big_free */
    add_dense_fn *add_dense;                    /* the fastest this CPU runs */
};

/* Dense rows are added one block of classes at a time, the block's sums
 * kept in registers across all rows: a loop the compiler vectorizes, once
 * for the baseline instruction set and, where the compiler and CPU can, once
 * for AVX2 (which widens 8 weights to 32 bits in one instruction). */
static inline __attribute__((always_inline)) void
add_dense_rows(int width, const int16_t *const *rows, int nrows, int32_t *total)
{
    for (int b = 0; b < width; b += DENSE_BLOCK) {
        int32_t sum[DENSE_BLOCK];
        memcpy(sum, total + b, sizeof sum);
        int r = 0;
        for (; r + 1 < nrows; r += 2)
            for (int c = 0; c < DENSE_BLOCK; c++)
                sum[c] += rows[r][b + c] + rows[r + 1][b + c];
        for (; r < nrows; r++)
            for (int c = 0; c < DENSE_BLOCK; c++)
                sum[c] += rows[r][b + c];
        memcpy(total + b, sum, sizeof sum);
    }
}

static void add_dense_baseline(int width, const int16_t *const *rows, int nrows, int32_t *total)
{
    add_dense_rows(width, rows, nrows, total);
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2"))) static void add_dense_avx2(int width, const int16_t *const *rows,
                                                          int nrows, int32_t *total)
{
    add_dense_rows(width, rows, nrows, total);
}

static add_dense_fn *best_add_dense(void)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") ? add_dense_avx2 : add_dense_baseline;
}
#else
static add_dense_fn *best_add_dense(void)
{
    return add_dense_baseline;
}
#endif

/* The slot table and the rows of a shipped model are tens of megabytes,
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
    big_free(m->sparse, m->sparse_bytes);
    big_free(m->dense, m->dense_bytes);
    free(m);
}

int pl_pmodel_classes(const pl_pmodel *m)
{
    return m->nclass;
}

static void insert_slot(pl_pmodel *m, uint64_t key, uint32_t ref)
{
    uint64_t i = slot_of(key, m->mask);
    while (m->slots[i].ref != 0)
        i = (i + 1) & m->mask;
    m->slots[i] = (model_slot){(uint32_t)(key >> 32), ref};
}

static int dense_enough(const pl_pmodel *m, int n)
{
    return n * DENSE_SHARE >= m->width;
}

/* Where the next sparse row of n weights starts: moved to the next cache
 * line when it would straddle two and fits in one, so the single line
 * pl_pmodel_score prefetches holds the whole row. */
static void align_sparse(pl_pmodel *m, int n)
{
    uint32_t first = m->nsparse, last = first + (uint32_t)n;
    if (first / ENTRIES_PER_LINE != last / ENTRIES_PER_LINE && n < ENTRIES_PER_LINE)
        m->nsparse = last / ENTRIES_PER_LINE * ENTRIES_PER_LINE;
}

/* One row: key, count, then count (class u8, weight i16 LE) entries, read
 * with two bounds checks. The row arrays have room for every row the input
 * could hold (big_zalloc), so rows are appended without reallocating. */
static int read_row(pl_pmodel *m, pl_bytes_in *in, uint64_t *key, uint32_t *ref)
{
    const unsigned char *head = pl_in_raw(in, 9);
    if (!head)
        return 0;
    *key = pl_le64(head);
    int n = head[8];
    const unsigned char *b = n > m->nclass ? NULL : pl_in_raw(in, (size_t)n * 3);
    if (!b)
        return 0;
    int dense = dense_enough(m, n);
    if (!dense)
        align_sparse(m, n);
    int16_t *row = m->dense + (size_t)m->ndense * (size_t)m->stride;
    model_entry *e = m->sparse + m->nsparse;
    for (int j = 0; j < n; j++, b += 3) {
        int16_t w = (int16_t)(uint16_t)(b[1] | b[2] << 8);
        if (b[0] >= m->nclass)
            return 0;
        if (dense)
            row[b[0]] = w;
        else
            e[j + 1] = (model_entry){b[0], w};
    }
    if (dense) {
        *ref = REF_DENSE | ++m->ndense;
    } else {
        e[0].cls = (uint16_t)n;
        *ref = m->nsparse + 1;
        m->nsparse += (uint32_t)n + 1;
    }
    return 1;
}


/* Inserting a million keys into a table of megabytes is one cache miss
 * each; prefetching the slot a few keys ahead lets the misses overlap. */
static void insert_all(pl_pmodel *m, const uint64_t *keys, const uint32_t *refs, uint32_t n)
{
    enum { AHEAD = 16 };
    for (uint32_t f = 0; f < n; f++) {
        if (f + AHEAD < n)
            __builtin_prefetch(&m->slots[slot_of(keys[f + AHEAD], m->mask)], 1);
        insert_slot(m, keys[f], refs[f]);
    }
}

/* Room for the rows: every row is at least 9 bytes of input plus 3 per
 * weight, so the remaining bytes bound both the sparse entries and the dense
 * rows; a sparse row also takes an entry for its length and fewer than a
 * line's entries of alignment. */
static int alloc_rows(pl_pmodel *m, size_t remaining, uint32_t nfeat)
{
    size_t entries = remaining / 3 + ((size_t)nfeat + 1) * ENTRIES_PER_LINE;
    size_t dense_rows = remaining / (9 + 3 * (size_t)((m->width + DENSE_SHARE - 1) / DENSE_SHARE)) + 1;
    if (entries > REF_INDEX || dense_rows > REF_INDEX)
        return 0;
    m->sparse_bytes = entries * sizeof *m->sparse;
    m->sparse = big_zalloc(m->sparse_bytes);
    m->dense_bytes = dense_rows * (size_t)m->stride * sizeof *m->dense;
    m->dense = big_zalloc(m->dense_bytes);
    return 1;
}

static pl_pmodel *read_fail(pl_bytes_in *in, pl_pmodel *m, void *keys, void *refs)
{
    in->failed = 1;
    free(keys);
    free(refs);
    pl_pmodel_free(m);
    return NULL;
}

pl_pmodel *pl_pmodel_read(pl_bytes_in *in)
{
    int nclass = (int)pl_in_u32(in);
    float scale = pl_in_f32(in);
    /* A row is at least 9 bytes (key + count). */
    uint32_t nfeat = pl_in_count(in, 9);
    if (in->failed || nclass <= 0 || nclass > MAX_WIDTH || !(scale > 0) || !isfinite(scale))
        return read_fail(in, NULL, NULL, NULL);
    pl_pmodel *m = xcalloc(1, sizeof *m);
    m->nclass = nclass;
    m->width = (nclass + DENSE_BLOCK - 1) / DENSE_BLOCK * DENSE_BLOCK;
    m->stride = (m->width + WEIGHTS_PER_LINE - 1) / WEIGHTS_PER_LINE * WEIGHTS_PER_LINE;
    m->scale = scale;
    m->nfeat = nfeat;
    m->add_dense = best_add_dense();
    uint64_t size = 16;
    while (size < (uint64_t)nfeat * 2)
        size *= 2;
    m->mask = size - 1;
    m->slots_bytes = size * sizeof *m->slots;
    m->slots = big_zalloc(m->slots_bytes);
    if (!alloc_rows(m, in->len - in->pos, nfeat))
        return read_fail(in, m, NULL, NULL);
    uint64_t *keys = xcalloc((size_t)nfeat + 1, sizeof *keys);
    uint32_t *refs = xcalloc((size_t)nfeat + 1, sizeof *refs);
    for (uint32_t f = 0; f < nfeat; f++)
        if (!read_row(m, in, &keys[f], &refs[f]))
            return read_fail(in, m, keys, refs);
    insert_all(m, keys, refs, nfeat);
    free(keys);
    free(refs);
    return m;
}

static uint32_t find_ref(const pl_pmodel *m, uint64_t key)
{
    uint32_t fp = (uint32_t)(key >> 32);
    for (uint64_t i = slot_of(key, m->mask);; i = (i + 1) & m->mask) {
        const model_slot *s = &m->slots[i];
        if (s->ref == 0 || s->fp == fp)
            return s->ref;
    }
}

static const int16_t *dense_row(const pl_pmodel *m, uint32_t ref)
{
    return m->dense + (size_t)((ref & REF_INDEX) - 1) * (size_t)m->stride;
}

static void prefetch_dense(const pl_pmodel *m, const int16_t *row)
{
    const char *p = (const char *)row, *end = (const char *)(row + m->width);
    for (; p < end; p += 64)
        __builtin_prefetch(p);
    __builtin_prefetch(end - 1);
}

static void add_sparse(const model_entry *len, int32_t *total)
{
    for (const model_entry *e = len + 1, *end = e + len->cls; e < end; e++)
        total[e->cls] += e->w;
}

/* Scoring is bound by memory latency, not arithmetic: a sentence touches a
 * few thousand rows scattered over megabytes. So the slots of all keys are
 * prefetched before any is probed, and the rows of all hits before any is
 * added, letting the misses overlap instead of queueing one after another. */
enum { MAX_SCORED_KEYS = 256 };

void pl_pmodel_score(const pl_pmodel *m, const uint64_t *keys, int nkeys, int32_t *scores)
{
    const int16_t *dense[MAX_SCORED_KEYS];
    const model_entry *sparse[MAX_SCORED_KEYS];
    int ndense = 0, nsparse = 0;
    if (nkeys > MAX_SCORED_KEYS)
        nkeys = MAX_SCORED_KEYS;
    for (int k = 0; k < nkeys; k++)
        __builtin_prefetch(&m->slots[slot_of(keys[k], m->mask)]);
    for (int k = 0; k < nkeys; k++) {
        uint32_t ref = find_ref(m, keys[k]);
        if (ref & REF_DENSE) {
            dense[ndense] = dense_row(m, ref);
            prefetch_dense(m, dense[ndense++]);
        } else if (ref) {
            sparse[nsparse] = m->sparse + ref - 1;
            __builtin_prefetch(sparse[nsparse++]);
        }
    }
    /* Rows are added to a copy padded to whole blocks. */
    int32_t total[MAX_WIDTH];
    size_t bytes = (size_t)m->nclass * sizeof *total;
    memcpy(total, scores, bytes);
    memset(total + m->nclass, 0, (size_t)(m->width - m->nclass) * sizeof *total);
    if (ndense)
        m->add_dense(m->width, dense, ndense, total);
    for (int h = 0; h < nsparse; h++)
        add_sparse(sparse[h], total);
    memcpy(scores, total, bytes);
}
