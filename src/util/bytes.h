/*
 * bytes.h - little-endian binary encoding for petrel's model files.
 *
 * A pl_bytes_out is a growable buffer the trainer writes with put_*; a
 * pl_bytes_in reads one back with get_*. Reading never goes past the end: a
 * read that would sets `failed`, returns 0 (or NULL), and every later read
 * fails too, so a loader checks `failed` once per section instead of after
 * every field. This module knows nothing of what the bytes mean.
 */
#ifndef PETREL_BYTES_H
#define PETREL_BYTES_H

#include <stddef.h>
#include <stdint.h>

typedef struct pl_bytes_out {
    unsigned char *buf;
    size_t len, cap;
    int failed; /* set when an allocation failed; the buffer is then unusable */
} pl_bytes_out;

void pl_out_free(pl_bytes_out *o);
void pl_out_u8(pl_bytes_out *o, uint8_t v);
void pl_out_u16(pl_bytes_out *o, uint16_t v);
void pl_out_u32(pl_bytes_out *o, uint32_t v);
void pl_out_u64(pl_bytes_out *o, uint64_t v);
void pl_out_f32(pl_bytes_out *o, float v);
void pl_out_raw(pl_bytes_out *o, const void *p, size_t n);
/* A string: u32 length, the bytes, then a NUL (so readers can point into it). */
void pl_out_str(pl_bytes_out *o, const char *s);

typedef struct pl_bytes_in {
    const unsigned char *p;
    size_t len, pos;
    int failed; /* set by the first read past the end or of a malformed string */
} pl_bytes_in;

void pl_in_init(pl_bytes_in *in, const void *p, size_t len);
uint8_t pl_in_u8(pl_bytes_in *in);
uint16_t pl_in_u16(pl_bytes_in *in);
uint32_t pl_in_u32(pl_bytes_in *in);
uint64_t pl_in_u64(pl_bytes_in *in);
float pl_in_f32(pl_bytes_in *in);
/* Pointer to n raw bytes inside the input (NULL and failed when short). */
const void *pl_in_raw(pl_bytes_in *in, size_t n);
/* The little-endian u64 at `at`, for decoding a record taken with one
 * pl_in_raw instead of one read per field (compilers make this one load). */
static inline uint64_t pl_le64(const unsigned char *at)
{
    return (uint64_t)at[0] | (uint64_t)at[1] << 8 | (uint64_t)at[2] << 16 |
           (uint64_t)at[3] << 24 | (uint64_t)at[4] << 32 | (uint64_t)at[5] << 40 |
           (uint64_t)at[6] << 48 | (uint64_t)at[7] << 56;
}
/* A string written by pl_out_str, pointing into the input; NULL on failure. */
const char *pl_in_str(pl_bytes_in *in);
/* A count of items of `item_size` bytes each that must still fit in the input;
 * fails (returns 0) when the remaining bytes cannot hold that many, so a
 * corrupt count never drives a huge allocation. */
uint32_t pl_in_count(pl_bytes_in *in, size_t item_size);

/* Sections trained apart and merged (an ensemble) must share the bytes
 * before their weights: 1 when what each in[i] read since start[i] is the
 * same in all k inputs, and then those bytes are written once to `out`. */
int pl_out_shared_span(pl_bytes_out *out, const pl_bytes_in *in, const size_t *start, int k);

#endif
