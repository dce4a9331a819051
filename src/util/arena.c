/*
 * arena.c - bump allocator (see arena.h for why).
 */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pl_arena_block {
    pl_arena_block *prev;
    size_t size;
    _Alignas(16) unsigned char data[];
};

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fputs("petrel: out of memory\n", stderr);
        abort();
    }
    return p;
}

void pl_arena_init(pl_arena *a, size_t block_size)
{
    a->head = NULL;
    a->next = a->end = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
}

void pl_arena_free(pl_arena *a)
{
    pl_arena_block *b = a->head;
    while (b) {
        pl_arena_block *prev = b->prev;
        free(b);
        b = prev;
    }
    a->head = NULL;
    a->next = a->end = NULL;
}

void pl_arena_reset(pl_arena *a)
{
    pl_arena_block *keep = NULL, *b = a->head;
    while (b) {
        pl_arena_block *prev = b->prev;
        if (!keep || b->size > keep->size) {
            if (keep)
                free(keep);
            keep = b;
        } else {
            free(b);
        }
        b = prev;
    }
    if (keep)
        keep->prev = NULL;
    a->head = keep;
    a->next = keep ? keep->data : NULL;
    a->end = keep ? keep->data + keep->size : NULL;
}

void *pl_arena_alloc_block(pl_arena *a, size_t n)
{
    size_t size = a->block_size > n ? a->block_size : n;
    pl_arena_block *b = xmalloc(sizeof *b + size);
    b->size = size;
    b->prev = a->head;
    a->head = b;
    a->next = b->data + n;
    a->end = b->data + size;
    return b->data;
}

void *pl_arena_zalloc(pl_arena *a, size_t n)
{
    return memset(pl_arena_alloc(a, n), 0, n);
}

char *pl_arena_strndup(pl_arena *a, const char *s, size_t n)
{
    char *d = pl_arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *pl_arena_strdup(pl_arena *a, const char *s)
{
    return pl_arena_strndup(a, s, strlen(s));
}

size_t pl_arena_bytes(const pl_arena *a)
{
    size_t total = 0;
    for (const pl_arena_block *b = a->head; b; b = b->prev)
        total += sizeof *b + b->size;
    return total;
}
