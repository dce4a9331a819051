/*
 * bytes.c - little-endian binary encoding for model files (see bytes.h).
 *
 * Values are written byte by byte in little-endian order so a model trained on
 * one machine loads on any other; nothing here depends on struct layout.
 */
#include "bytes.h"

#include <stdlib.h>
#include <string.h>

void pl_out_free(pl_bytes_out *o)
{
    free(o->buf);
    o->buf = NULL;
    o->len = o->cap = 0;
}

static unsigned char *out_reserve(pl_bytes_out *o, size_t n)
{
    if (o->failed)
        return NULL;
    if (o->len + n > o->cap) {
        size_t cap = o->cap ? o->cap : 4096;
        while (cap < o->len + n)
            cap *= 2;
        unsigned char *b = realloc(o->buf, cap);
        if (!b) {
            o->failed = 1;
            return NULL;
        }
        o->buf = b;
        o->cap = cap;
    }
    unsigned char *at = o->buf + o->len;
    o->len += n;
    return at;
}

static void out_le(pl_bytes_out *o, uint64_t v, int nbytes)
{
    unsigned char *at = out_reserve(o, (size_t)nbytes);
    if (!at)
        return;
    for (int i = 0; i < nbytes; i++)
        at[i] = (unsigned char)(v >> (8 * i));
}

void pl_out_u8(pl_bytes_out *o, uint8_t v) { out_le(o, v, 1); }
void pl_out_u16(pl_bytes_out *o, uint16_t v) { out_le(o, v, 2); }
void pl_out_u32(pl_bytes_out *o, uint32_t v) { out_le(o, v, 4); }
void pl_out_u64(pl_bytes_out *o, uint64_t v) { out_le(o, v, 8); }

void pl_out_f32(pl_bytes_out *o, float v)
{
    uint32_t u;
    memcpy(&u, &v, sizeof u);
    out_le(o, u, 4);
}

void pl_out_raw(pl_bytes_out *o, const void *p, size_t n)
{
    unsigned char *at = out_reserve(o, n);
    if (at && n)
        memcpy(at, p, n);
}

void pl_out_str(pl_bytes_out *o, const char *s)
{
    size_t n = strlen(s);
    pl_out_u32(o, (uint32_t)n);
    pl_out_raw(o, s, n + 1);
}

void pl_in_init(pl_bytes_in *in, const void *p, size_t len)
{
    in->p = p;
    in->len = len;
    in->pos = 0;
    in->failed = 0;
}

const void *pl_in_raw(pl_bytes_in *in, size_t n)
{
    if (in->failed || n > in->len - in->pos) {
        in->failed = 1;
        return NULL;
    }
    const void *at = in->p + in->pos;
    in->pos += n;
    return at;
}

static uint64_t in_le(pl_bytes_in *in, int nbytes)
{
    const unsigned char *at = pl_in_raw(in, (size_t)nbytes);
    uint64_t v = 0;
    if (!at)
        return 0;
    for (int i = 0; i < nbytes; i++)
        v |= (uint64_t)at[i] << (8 * i);
    return v;
}

uint8_t pl_in_u8(pl_bytes_in *in) { return (uint8_t)in_le(in, 1); }
uint16_t pl_in_u16(pl_bytes_in *in) { return (uint16_t)in_le(in, 2); }
uint32_t pl_in_u32(pl_bytes_in *in) { return (uint32_t)in_le(in, 4); }
uint64_t pl_in_u64(pl_bytes_in *in) { return in_le(in, 8); }

float pl_in_f32(pl_bytes_in *in)
{
    uint32_t u = (uint32_t)in_le(in, 4);
    float v;
    memcpy(&v, &u, sizeof v);
    return v;
}

const char *pl_in_str(pl_bytes_in *in)
{
    uint32_t n = pl_in_u32(in);
    const char *s = pl_in_raw(in, (size_t)n + 1);
    if (!s || s[n] != '\0' || memchr(s, '\0', n)) {
        in->failed = 1;
        return NULL;
    }
    return s;
}

uint32_t pl_in_count(pl_bytes_in *in, size_t item_size)
{
    uint32_t n = pl_in_u32(in);
    if (in->failed)
        return 0;
    if (item_size && (size_t)n > (in->len - in->pos) / item_size) {
        in->failed = 1;
        return 0;
    }
    return n;
}

int pl_out_shared_span(pl_bytes_out *out, const pl_bytes_in *in, const size_t *start, int k)
{
    size_t len = in[0].pos - start[0];
    for (int i = 1; i < k; i++)
        if (in[i].pos - start[i] != len || memcmp(in[i].p + start[i], in[0].p + start[0], len))
            return 0;
    pl_out_raw(out, in[0].p + start[0], len);
    return 1;
}
