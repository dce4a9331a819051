/*
 * cli_io.c - input and output the commands share: a whole input (a file or
 * stdin) in memory, for the commands that take plain text documents; and
 * output written atomically (to a temporary file renamed into place, so a
 * failed run never leaves half a file behind).
 *
 * Must not: interpret the bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

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

FILE *cli_output_open(const char *path, char *tmp, size_t size)
{
    if (!path)
        return stdout;
    snprintf(tmp, size, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f)
        perror(tmp);
    return f;
}

int cli_output_close(FILE *f, const char *path, const char *tmp, int ok)
{
    if (!path)
        return fflush(f) == 0 && ok ? 0 : 1;
    int closed = fclose(f) == 0;
    if (!closed || !ok) {
        unlink(tmp);
        return 1;
    }
    if (rename(tmp, path) != 0) {
        perror(path);
        unlink(tmp);
        return 1;
    }
    return 0;
}
