/*
 * test_perceptron.c - the shipped perceptron model: rows written by hand in
 * the model format, read back, and scored. Rows of every density (the
 * reader keeps full rows dense and short ones sparse), extreme weights whose
 * sums overflow 16 bits, keys the model does not know, a class count that is
 * not a multiple of the vector block, and malformed bytes that must be
 * refused. Then the mean of trained models (an ensemble): of a model with
 * itself, scored against its members, with small weights dropped, and of
 * members that do not match.
 */
#include "test.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/parse/perceptron.h"

enum { NCLASS = 37, NROWS = 120 };

/* Row r has r % NCLASS + 1 weights (so every density occurs), on classes
 * spread over the row; extreme values on the fullest rows. */
static int row_len(int r)
{
    return r % NCLASS + 1;
}

static int row_class(int r, int j)
{
    return (j * 7 + r) % NCLASS;
}

static int16_t row_weight(int r, int j)
{
    if (row_len(r) == NCLASS)
        return j % 2 ? INT16_MAX : INT16_MIN;
    return (int16_t)((r * 131 + j * 17) % 2001 - 1000);
}

static uint64_t row_key(int r)
{
    return pl_fkey(0x7e57, (uint64_t)r);
}

static void write_model(pl_bytes_out *out, int nclass, int nrows)
{
    pl_out_u32(out, (uint32_t)nclass);
    pl_out_f32(out, 1.0f);
    pl_out_u32(out, (uint32_t)nrows);
    for (int r = 0; r < nrows; r++) {
        pl_out_u64(out, row_key(r));
        pl_out_u8(out, (uint8_t)row_len(r));
        for (int j = 0; j < row_len(r); j++) {
            pl_out_u8(out, (uint8_t)row_class(r, j));
            pl_out_u16(out, (uint16_t)row_weight(r, j));
        }
    }
}

static pl_pmodel *read_model(const pl_bytes_out *bytes)
{
    pl_bytes_in in;
    pl_in_init(&in, bytes->buf, bytes->len);
    return pl_pmodel_read(&in);
}

TEST(perceptron_scores_every_row_density)
{
    pl_bytes_out bytes = {0};
    write_model(&bytes, NCLASS, NROWS);
    pl_pmodel *m = read_model(&bytes);
    CHECK(m != NULL);
    if (!m)
        return;
    CHECK_INT(pl_pmodel_classes(m), NCLASS);
    /* Every row, some twice, and keys the model does not have. */
    uint64_t keys[NROWS + 12];
    int64_t want[NCLASS] = {0};
    int nkeys = 0;
    for (int r = 0; r < NROWS; r++) {
        keys[nkeys++] = row_key(r);
        if (r % 11 == 0)
            keys[nkeys++] = pl_fkey(0xabc, (uint64_t)r);
        for (int j = 0; j < row_len(r); j++)
            want[row_class(r, j)] += row_weight(r, j);
    }
    int32_t scores[NCLASS] = {0};
    pl_pmodel_score(m, keys, nkeys, scores);
    for (int c = 0; c < NCLASS; c++)
        CHECK_INT(scores[c], want[c]);
    pl_pmodel_free(m);
    pl_out_free(&bytes);
}

TEST(perceptron_sums_full_rows_past_16_bits)
{
    pl_bytes_out bytes = {0};
    write_model(&bytes, NCLASS, NROWS);
    pl_pmodel *m = read_model(&bytes);
    CHECK(m != NULL);
    if (!m)
        return;
    /* Row NCLASS - 1 is full: class (7j + r) % NCLASS gets MIN or MAX. */
    int r = NCLASS - 1;
    uint64_t keys[40];
    for (int k = 0; k < 40; k++)
        keys[k] = row_key(r);
    int32_t scores[NCLASS] = {0};
    pl_pmodel_score(m, keys, 40, scores);
    CHECK_INT(scores[row_class(r, 0)], 40 * INT16_MIN);
    CHECK_INT(scores[row_class(r, 1)], 40 * INT16_MAX);
    /* Scores are added to, not overwritten. */
    pl_pmodel_score(m, keys, 1, scores);
    CHECK_INT(scores[row_class(r, 0)], 41 * INT16_MIN);
    pl_pmodel_free(m);
    pl_out_free(&bytes);
}

TEST(perceptron_refuses_bad_rows)
{
    pl_bytes_out bytes = {0};
    write_model(&bytes, NCLASS, NROWS);
    pl_bytes_in in;
    pl_in_init(&in, bytes.buf, bytes.len - 1);
    CHECK(pl_pmodel_read(&in) == NULL);
    CHECK(in.failed);
    /* A class past the last one: row 0 is (key, 1, class 0, weight). */
    bytes.buf[12 + 8 + 1] = NCLASS;
    pl_in_init(&in, bytes.buf, bytes.len);
    CHECK(pl_pmodel_read(&in) == NULL);
    pl_out_free(&bytes);

    pl_bytes_out wide = {0};
    write_model(&wide, 300, 1);
    pl_in_init(&in, wide.buf, wide.len);
    CHECK(pl_pmodel_read(&in) == NULL);
    pl_out_free(&wide);
}

/* ---- the mean of models (ensembles) ---------------------------------------- */

/* A model trained by a few perceptron updates, as pl_ptrain_write writes it. */
static void trained_model(pl_bytes_out *out, int nclass, uint64_t salt)
{
    pl_ptrain *t = pl_ptrain_new(nclass);
    for (int i = 0; i < 200; i++) {
        uint64_t keys[3] = {pl_fkey(0x11, (uint64_t)(i + (int)salt) % 7),
                            pl_fkey(0x5a1, (uint64_t)i % 5), 42};
        pl_ptrain_update(t, keys, 3, (i * (int)salt) % nclass, (i * 3 + 1) % nclass);
    }
    pl_ptrain_write(t, 1, out);
    pl_ptrain_free(t);
}

static int mean_of(const pl_bytes_out *members, int k, int min_weight, pl_bytes_out *out)
{
    pl_bytes_in in[4];
    for (int i = 0; i < k; i++)
        pl_in_init(&in[i], members[i].buf, members[i].len);
    int ok = pl_pmodel_mean(in, k, min_weight, out);
    for (int i = 0; ok && i < k; i++)
        ok = in[i].pos == in[i].len; /* each input is left after its model */
    return ok;
}

static float scale_of(const pl_bytes_out *model)
{
    pl_bytes_in in;
    pl_in_init(&in, model->buf, model->len);
    pl_in_u32(&in);
    return pl_in_f32(&in);
}

TEST(perceptron_mean_of_a_model_with_itself_is_that_model)
{
    pl_bytes_out one[2] = {{0}}, mean = {0};
    trained_model(&one[0], 5, 1);
    trained_model(&one[1], 5, 1);
    CHECK(mean_of(one, 2, 0, &mean));
    CHECK(mean.len == one[0].len && memcmp(mean.buf, one[0].buf, mean.len) == 0);
    pl_out_free(&one[0]);
    pl_out_free(&one[1]);
    pl_out_free(&mean);
}

/* Every key of either member scores the mean of the members' scores (a key
 * only one member has counts as zero in the other), to within rounding. */
TEST(perceptron_mean_scores_the_members_average)
{
    enum { NC = 6 };
    pl_bytes_out member[2] = {{0}}, mean = {0};
    trained_model(&member[0], NC, 1);
    trained_model(&member[1], NC, 2);
    CHECK(mean_of(member, 2, 0, &mean));
    pl_pmodel *a = read_model(&member[0]), *b = read_model(&member[1]), *m = read_model(&mean);
    CHECK(a && b && m);
    float sa = scale_of(&member[0]), sb = scale_of(&member[1]), sm = scale_of(&mean);
    int mismatches = 0, scored = 0;
            for (uint64_t v = 0; v < 7; v++) {
            uint64_t key = pl_fkey(0x11, v);
            int32_t ka[NC] = {0}, kb[NC] = {0}, km[NC] = {0};
            pl_pmodel_score(a, &key, 1, ka);
            pl_pmodel_score(b, &key, 1, kb);
            pl_pmodel_score(m, &key, 1, km);
            for (int c = 0; c < NC; c++) {
                double want = (ka[c] * (double)sa + kb[c] * (double)sb) / 2;
                mismatches += fabs(km[c] * (double)sm - want) > sm;
                scored += ka[c] != 0 || kb[c] != 0;
            }
        }
    CHECK(scored > 20);
    CHECK_INT(mismatches, 0);
    pl_pmodel_free(a);
    pl_pmodel_free(b);
    pl_pmodel_free(m);
    pl_out_free(&member[0]);
    pl_out_free(&member[1]);
    pl_out_free(&mean);
}

/* With min_weight, small mean weights are dropped and large ones kept. */
TEST(perceptron_mean_drops_weights_below_min_weight)
{
    pl_bytes_out member[2] = {{0}}, all = {0}, pruned = {0};
    trained_model(&member[0], 6, 1);
    trained_model(&member[1], 6, 2);
    CHECK(mean_of(member, 2, 0, &all));
    CHECK(mean_of(member, 2, 2000, &pruned));
    pl_pmodel *m = read_model(&all), *p = read_model(&pruned);
    CHECK(m && p);
    int kept = 0, dropped = 0, wrong = 0;
            for (uint64_t v = 0; v < 7; v++) {
            uint64_t key = pl_fkey(0x11, v);
            int32_t km[6] = {0}, kp[6] = {0};
            pl_pmodel_score(m, &key, 1, km);
            pl_pmodel_score(p, &key, 1, kp);
            for (int c = 0; c < 6; c++) {
                int small = abs(km[c]) < 2000;
                wrong += small ? kp[c] != 0 : kp[c] != km[c];
                kept += !small;
                dropped += small && km[c] != 0;
            }
        }
    CHECK(kept > 0 && dropped > 0);
    CHECK_INT(wrong, 0);
    CHECK(pruned.len < all.len);
    pl_pmodel_free(m);
    pl_pmodel_free(p);
    pl_out_free(&member[0]);
    pl_out_free(&member[1]);
    pl_out_free(&all);
    pl_out_free(&pruned);
}

TEST(perceptron_mean_refuses_members_that_do_not_match)
{
    pl_bytes_out member[2] = {{0}}, out = {0};
    trained_model(&member[0], 5, 1);
    trained_model(&member[1], 6, 2);
    CHECK(!mean_of(member, 2, 0, &out)); /* 5 classes and 6 */
    /* Rows out of key order: the merge could not line them up. */
    pl_bytes_out unsorted = {0};
    pl_out_u32(&unsorted, 5);
    pl_out_f32(&unsorted, 1.0f);
    pl_out_u32(&unsorted, 2);
    for (uint64_t key = 9; key >= 8; key--) {
        pl_out_u64(&unsorted, key);
        pl_out_u8(&unsorted, 1);
        pl_out_u8(&unsorted, 0);
        pl_out_u16(&unsorted, 7);
    }
    pl_out_free(&member[1]);
    member[1] = unsorted;
    CHECK(!mean_of(member, 2, 0, &out));
    member[1].len -= 2; /* truncated */
    CHECK(!mean_of(member, 2, 0, &out));
    pl_out_free(&member[0]);
    pl_out_free(&member[1]);
    pl_out_free(&out);
}
