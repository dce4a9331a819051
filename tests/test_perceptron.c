/*
 * test_perceptron.c - the shipped perceptron model: rows written by hand in
 * the model format, read back, and scored. Rows of every density (the
 * reader keeps full rows dense and short ones sparse), extreme weights whose
 * sums overflow 16 bits, keys the model does not know, a class count that is
 * not a multiple of the vector block, and malformed bytes that must be
 * refused.
 */
#include "test.h"

#include <stdint.h>

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
