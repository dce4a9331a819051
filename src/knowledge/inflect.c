/*
 * inflect.c - regular English noun plurals and verb forms for dictionary
 * words (synset terms, agents, issue phrases, verb stems).
 *
 * These are the sane rules, not PETRARCH2's (which makes DOLLARES and
 * WORRYED): Y after a consonant becomes IES/IED, S X Z CH SH take ES, a final
 * E is dropped before ING except in EE/YE/OE, and IE becomes YING.
 *
 * Must not: guess irregular forms; dictionaries list those explicitly.
 */
#include "internal.h"

#include <string.h>

static int is_vowel(char c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

static int ends_with(const char *w, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    return n >= m && memcmp(w + n - m, suffix, m) == 0;
}

/* "...Y" after a consonant: the Y turns into IE before S and D. */
static int consonant_y(const char *w, size_t n)
{
    return n >= 2 && w[n - 1] == 'Y' && !is_vowel(w[n - 2]);
}

static size_t with_suffix(const char *w, size_t keep, const char *suffix, char *out)
{
    size_t m = strlen(suffix);
    memmove(out, w, keep);
    memcpy(out + keep, suffix, m);
    return keep + m;
}

size_t kb_plural(const char *w, size_t n, char *out)
{
    if (consonant_y(w, n))
        return with_suffix(w, n - 1, "IES", out);
    if (ends_with(w, n, "S") || ends_with(w, n, "X") || ends_with(w, n, "Z") ||
        ends_with(w, n, "CH") || ends_with(w, n, "SH"))
        return with_suffix(w, n, "ES", out);
    return with_suffix(w, n, "S", out);
}

size_t kb_past(const char *w, size_t n, char *out)
{
    if (ends_with(w, n, "E"))
        return with_suffix(w, n, "D", out);
    if (consonant_y(w, n))
        return with_suffix(w, n - 1, "IED", out);
    return with_suffix(w, n, "ED", out);
}

size_t kb_gerund(const char *w, size_t n, char *out)
{
    if (n > 2 && ends_with(w, n, "IE"))
        return with_suffix(w, n - 2, "YING", out); /* DIE -> DYING */
    if (n > 1 && ends_with(w, n, "E") && !ends_with(w, n, "EE") && !ends_with(w, n, "YE") &&
        !ends_with(w, n, "OE"))
        return with_suffix(w, n - 1, "ING", out);
    return with_suffix(w, n, "ING", out);
}
