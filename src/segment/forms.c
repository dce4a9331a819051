/*
 * forms.c - character classes and the forms a token carries besides its
 * surface: the analysis form (utf8proc NFC, then petrel's mapping of
 * typographic punctuation and odd spaces to ASCII, invalid bytes as U+FFFD)
 * and the norm (the analysis form upper-cased with utf8proc).
 *
 * ASCII tokens, nearly all of them, take a fast path with no utf8proc call.
 *
 * Must not: change token boundaries or offsets, or keep Unicode tables of
 * its own beyond the short typographic mapping.
 */
#include "seg_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ASCII classes; bytes >= 0x80 go through utf8proc. */
static seg_class ascii_class(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        return SEG_C_LOWER;
    if (c >= 'A' && c <= 'Z')
        return SEG_C_UPPER;
    if (c >= '0' && c <= '9')
        return SEG_C_DIGIT;
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return SEG_C_SPACE;
    if (c < ' ' || c == 0x7f)
        return SEG_C_OTHER;
    if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '|' ||
        c == '~' || c == '`')
        return SEG_C_SYMBOL;
    return SEG_C_PUNCT;
}

static seg_class unicode_class(int32_t cp)
{
    /* Zero-width space, word joiner and the byte-order mark separate tokens. */
    if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x85)
        return SEG_C_SPACE;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return SEG_C_UPPER;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return SEG_C_LOWER;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return SEG_C_DIGIT;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return SEG_C_MARK;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
        return SEG_C_SPACE;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return SEG_C_PUNCT;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
        return SEG_C_SYMBOL;
    default:
        return SEG_C_OTHER;
    }
}

size_t seg_decode(const unsigned char *s, size_t n, int32_t *cp, seg_class *cls)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        *cls = ascii_class(s[0]);
        return 1;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)(n < 4 ? n : 4), &c);
    if (k <= 0 || c < 0) {
        *cp = -1;
        *cls = SEG_C_INVALID;
        return 1;
    }
    *cp = c;
    *cls = unicode_class(c);
    return (size_t)k;
}

/* ---- analysis form ---------------------------------------------------------- */

typedef struct typographic {
    int32_t cp;
    const char *ascii;
} typographic;

/* Sorted by code point. */
static const typographic typographic_map[] = {
    {0x0060, "'"},  {0x00A0, " "},  {0x00AB, "\""}, {0x00B4, "'"},  {0x00BB, "\""},  {0x2002, " "},
    {0x2003, " "},  {0x2004, " "},  {0x2005, " "},  {0x2006, " "},  {0x2007, " "},   {0x2008, " "},
    {0x2009, " "},  {0x200A, " "},  {0x2010, "-"},  {0x2011, "-"},  {0x2012, "-"},   {0x2013, "--"},
    {0x2014, "--"}, {0x2015, "--"}, {0x2018, "'"},  {0x2019, "'"},  {0x201A, "'"},   {0x201B, "'"},
    {0x201C, "\""}, {0x201D, "\""}, {0x201E, "\""}, {0x201F, "\""}, {0x2026, "..."}, {0x202F, " "},
    {0x2032, "'"},  {0x2033, "\""}, {0x2039, "'"},  {0x203A, "'"},  {0x205F, " "},   {0x2212, "-"},
    {0x3000, " "},
};

static const char *typographic_ascii(int32_t cp)
{
    size_t lo = 0, hi = sizeof typographic_map / sizeof typographic_map[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (typographic_map[mid].cp == cp)
            return typographic_map[mid].ascii;
        if (typographic_map[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Bytes that the analysis form leaves alone: ASCII other than the backquote. */
static int needs_analysis(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || c == '`')
            return 1;
    }
    return 0;
}

/* Longest output per input byte: "..." (3) for a 3-byte ellipsis, U+FFFD (3)
 * for one invalid byte; NFC never grows a string by more than 3 times. */
#define ANALYSIS_GROWTH 3

/* Maps the characters of s[0..n) (valid or not) into out; returns the length. */
static size_t map_typographic(const unsigned char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        seg_class cls;
        size_t k = seg_decode(s + i, n - i, &cp, &cls);
        const char *ascii = cp < 0 ? "\xEF\xBF\xBD" : typographic_ascii(cp);
        if (ascii) {
            size_t an = strlen(ascii);
            memcpy(out + o, ascii, an);
            o += an;
        } else {
            memcpy(out + o, s + i, k);
            o += k;
        }
        i += k;
    }
    out[o] = '\0';
    return o;
}

const char *seg_analysis(const char *s, size_t n, pl_arena *a)
{
    if (!needs_analysis(s, n))
        return s;
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    const unsigned char *src = (const unsigned char *)s;
    size_t srcn = n;
    if (m >= 0 && nfc) {
        src = nfc;
        srcn = (size_t)m;
    }
    char *out = pl_arena_alloc(a, srcn * ANALYSIS_GROWTH + 1);
    map_typographic(src, srcn, out);
    free(nfc);
    return out;
}

const char *seg_upper(const char *s, pl_arena *a)
{
    size_t n = strlen(s);
    /* A character may grow by one byte (U+0250 -> U+2C6F); longer growth is
     * refused below, so twice the input is always enough. */
    char *out = pl_arena_alloc(a, n * 2 + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
            i++;
            continue;
        }
        int32_t cp;
        seg_class cls;
        size_t k = seg_decode((const unsigned char *)s + i, n - i, &cp, &cls);
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t en = cp < 0 ? 0 : utf8proc_encode_char(utf8proc_toupper(cp), enc);
        if (en <= 0 || (size_t)en > k + 1) {
            memcpy(out + o, s + i, k); /* kept as it is */
            o += k;
        } else {
            memcpy(out + o, enc, (size_t)en);
            o += (size_t)en;
        }
        i += k;
    }
    out[o] = '\0';
    return out;
}
