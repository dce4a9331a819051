/*
 * arena.h - bump allocator for per-sentence and per-load scratch memory.
 *
 * Everything a stage builds for one sentence (tokens, trees, matches, events)
 * lives in one arena that is reset, not freed piece by piece, before the next
 * sentence. That keeps the hot path free of malloc/free and keeps memory flat
 * however large the input. Knowledge loaded once uses its own long-lived arena.
 *
 * Must not: be shared between threads without external locking.
 */
#ifndef PETREL_ARENA_H
#define PETREL_ARENA_H

#include <stddef.h>

typedef struct pl_arena_block pl_arena_block;

typedef struct pl_arena {
    pl_arena_block *head;  /* current block; older blocks chained behind it */
    unsigned char *next;   /* free space of the current block: [next, end) */
    unsigned char *end;
    size_t block_size;     /* default size of new blocks */
} pl_arena;

void pl_arena_init(pl_arena *a, size_t block_size);
void pl_arena_free(pl_arena *a);
/* Release everything but keep the largest block for reuse. */
void pl_arena_reset(pl_arena *a);
/* A new block for an allocation the current one cannot hold. */
void *pl_arena_alloc_block(pl_arena *a, size_t n);

/* Aligned allocation; aborts the process on out-of-memory (there is no
 * useful recovery). Inline because the coder makes a million of these per
 * ten thousand sentences: the usual case is a compare and an add. */
static inline void *pl_arena_alloc(pl_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->next) <= n)   /* <=: even 0 bytes get a real address */
        return pl_arena_alloc_block(a, n);
    void *p = a->next;
    a->next += n;
    return p;
}

void *pl_arena_zalloc(pl_arena *a, size_t n);
char *pl_arena_strndup(pl_arena *a, const char *s, size_t n);
char *pl_arena_strdup(pl_arena *a, const char *s);
/* Total bytes held (for benchmarks and memory checks). */
size_t pl_arena_bytes(const pl_arena *a);

#endif
