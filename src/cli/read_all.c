/*
 * read_all.c - a whole input (a file or stdin) in memory, for the commands
 * that take plain text documents.
 *
 * Must not: interpret the bytes.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

char *cli_read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (ferror(f) || n + 1 < cap)
            break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger)
            break;
        buf = bigger;
        cap *= 2;
    }
    if (!buf || ferror(f) || n + 1 >= cap) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}
