/*
 * main.c - runs every registered test (optionally only those whose name
 * contains argv[1]) and ends with "N passed, M failed".
 */
#include "test.h"

#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct {
    const char *name, *file;
    test_fn fn;
} test_case;

static test_case cases[1024];
static int ncases;
static int current_failed, current_skipped;

void test_register(const char *name, const char *file, test_fn fn)
{
    if (ncases < (int)(sizeof cases / sizeof cases[0]))
        cases[ncases++] = (test_case){name, file, fn};
}

void test_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "  %s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    current_failed = 1;
}

void test_skip(const char *why)
{
    fprintf(stderr, "  skipped: %s\n", why);
    current_skipped = 1;
}

const char *test_shared_path(const char *rel)
{
    static char buf[8][4096];
    static int slot;
    const char *root = getenv("PETREL_SHARED");
    if (!root || !*root)
        root = "../shared";
    char *p = buf[slot++ % 8];
    snprintf(p, 4096, "%s/%s", root, rel);
    return access(p, R_OK) == 0 ? p : NULL;
}

const char *test_petrel_bin(void)
{
    const char *b = getenv("PETREL_BIN");
    return b && *b ? b : "./petrel";
}

static int by_file_then_name(const void *a, const void *b)
{
    const test_case *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    return c ? c : strcmp(x->name, y->name);
}

int main(int argc, char **argv)
{
    const char *filter = argc > 1 ? argv[1] : NULL;
    int passed = 0, failed = 0, skipped = 0;
    qsort(cases, (size_t)ncases, sizeof cases[0], by_file_then_name);
    for (int i = 0; i < ncases; i++) {
        if (filter && !strstr(cases[i].name, filter))
            continue;
        current_failed = current_skipped = 0;
        cases[i].fn();
        if (current_failed) {
            failed++;
            fprintf(stderr, "FAIL %s (%s)\n", cases[i].name, cases[i].file);
        } else if (current_skipped) {
            skipped++;
        } else {
            passed++;
        }
    }
    if (skipped)
        printf("%d skipped\n", skipped);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
