/*
 * wordhash.c - word atoms for features (see wordhash.h).
 *
 * Lower-casing is ASCII only: non-ASCII bytes are hashed as they are, which
 * is enough for features (the same word always gives the same atoms).
 */
#include "wordhash.h"

#include <string.h>

uint64_t pl_hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h ^ (h >> 31);
}

static char shape_class(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return 'X';
    if (c >= 'a' && c <= 'z')
        return 'x';
    if (c >= '0' && c <= '9')
        return 'd';
    if (c >= 0x80)
        return 'u';
    return (char)c;
}

/* Character classes with runs collapsed: Pakistan -> Xx, U.S. -> X.X.,
 * 1,000 -> d,d. Only the first 32 classes count. */
static uint64_t shape_of(const char *w, size_t n)
{
    char buf[32];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof buf; i++) {
        char c = shape_class((unsigned char)w[i]);
        if (k == 0 || buf[k - 1] != c)
            buf[k++] = c;
    }
    return pl_hash_bytes(buf, k) ^ 0x5ea9e;
}

void pl_word_atoms_of(const char *word, pl_word_atoms *out)
{
    char low[64] = {0};
    size_t n = strlen(word);
    size_t m = n < sizeof low ? n : sizeof low;
    for (size_t i = 0; i < m; i++) {
        unsigned char c = (unsigned char)word[i];
        low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out->form = pl_hash_bytes(word, n);
    out->lower = n <= sizeof low ? pl_hash_bytes(low, n) : out->form ^ 1;
    for (size_t k = 0; k < PL_MAX_AFFIX; k++) {
        size_t len = k + 1 < m ? k + 1 : m;
        out->suffix[k] = pl_hash_bytes(low + m - len, len) + k;
        out->prefix[k] = pl_hash_bytes(low, len) + 16 + k;
    }
    out->shape = shape_of(word, n);
}
