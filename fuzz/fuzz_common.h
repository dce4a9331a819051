/*
 * fuzz_common.h - helpers shared by the fuzz targets (docs/fuzzing.md):
 * a diagnostics sink that checks every message, and the input's own words
 * for dictionary lookups. Header-only (static inline), so each target is
 * still one .c file linked against the library.
 *
 * A check that fails calls abort(), which libFuzzer records as a crash.
 */
#ifndef PETREL_FUZZ_COMMON_H
#define PETREL_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/knowledge/knowledge.h"
#include "../src/util/diag.h"

/* What the checks read goes here, so that the reads are not optimised away. */
static size_t fuzz_sink;

static inline void fuzz_touch(const char *s)
{
    if (s)
        fuzz_sink += strlen(s);
}

/* Every diagnostic must be a "file:..." line that starts with the name the
 * reader was given (a const char * naming it is the pl_diag's ud). */
static inline void fuzz_on_diag(void *ud, const char *msg)
{
    const char *name = ud;
    if (!msg || !*msg || strncmp(msg, name, strlen(name)) != 0 || msg[strlen(name)] != ':')
        abort();
    fuzz_touch(msg);
}

/* A pl_diag that routes every message through fuzz_on_diag (not quiet, so the
 * formatting of messages built from the input is exercised too). */
static inline pl_diag fuzz_diag(const char *name)
{
    pl_diag d = {fuzz_on_diag, (void *)(uintptr_t)name, 0, 0};
    return d;
}

/* Up to max upper-cased words of the input, cut at blanks, '_' and the
 * dictionary punctuation "[]+{}", so that lookups of a dictionary's own
 * phrases can hit. Returns the number of words. */
static inline int fuzz_input_words(const uint8_t *data, size_t size, char *buf, size_t cap,
                                   const char **w, int max)
{
    static const char cut[] = " \t\r\n\f\v_[]+{}";
    int n = 0;
    size_t o = 0;
    for (size_t i = 0; i < size && n < max && o + 1 < cap;) {
        while (i < size && (!data[i] || strchr(cut, data[i])))
            i++;
        if (i == size)
            break;
        w[n++] = buf + o;
        while (i < size && o + 1 < cap && data[i] && !strchr(cut, data[i])) {
            char c = (char)data[i++];
            buf[o++] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
        }
        buf[o++] = '\0';
    }
    return n;
}

typedef int (*fuzz_loader)(pl_knowledge *, const char *, const char *, size_t, pl_diag *);
typedef void (*fuzz_lookup)(const pl_knowledge *, const char *const *, int);

/* The body every dictionary target shares: load the input `times` times
 * (a loader must accept any bytes), freeze, check that loading is then
 * refused, and run `lookup` over the fixed words and over the input's own
 * words. Returns the knowledge for the target's own checks; the caller
 * frees it. */
static inline pl_knowledge *fuzz_load_dictionary(const uint8_t *data, size_t size, const char *name,
                                                 fuzz_loader load, int times, fuzz_lookup lookup,
                                                 const char *const *fixed, int nfixed)
{
    pl_diag d = fuzz_diag(name);
    pl_knowledge *k = pl_knowledge_new();
    if (!k)
        abort();
    for (int i = 0; i < times; i++)
        if (load(k, name, (const char *)data, size, &d) != 0)
            abort();
    pl_knowledge_freeze(k);
    if (load(k, name, "", 0, &d) != -1)
        abort(); /* frozen */
    lookup(k, fixed, nfixed);
    char buf[512];
    const char *w[16];
    int n = fuzz_input_words(data, size, buf, sizeof buf, w, 16);
    lookup(k, w, n);
    return k;
}

#endif
