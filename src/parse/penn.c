/*
 * penn.c - Penn Treebank label table, UPOS defaults and closed-class word
 * lists for the PTB -> UD converter (see penn.h).
 *
 * Labels and words are packed into integer keys (up to 8 bytes): labels
 * are looked up in a perfect hash (a multiplication and a comparison),
 * each word list is a switch, so the converter's per-node cost stays a
 * handful of integer operations.
 *
 * Must not: keep state or allocate.
 */
#include "penn.h"

#include <stdint.h>
#include <string.h>

/* A string of up to 8 bytes packed into an integer, one byte each. A label
 * or word has no NUL, so the packed key of a string of up to 8 bytes is
 * unique. */
#define K1(a)                ((uint64_t)(unsigned char)(a))
#define K2(a, b)             (K1(a) << 8 | K1(b))
#define K3(a, b, c)          (K2(a, b) << 8 | K1(c))
#define K4(a, b, c, d)       (K3(a, b, c) << 8 | K1(d))
#define K5(a, b, c, d, e)    (K4(a, b, c, d) << 8 | K1(e))
#define K6(a, b, c, d, e, f) (K5(a, b, c, d, e) << 8 | K1(f))
#define K7(a, b, c, d, e, f, g)    (K6(a, b, c, d, e, f) << 8 | K1(g))
#define K8(a, b, c, d, e, f, g, h) (K7(a, b, c, d, e, f, g) << 8 | K1(h))

/* Labels are looked up once per node, so the table is a perfect hash: one
 * multiplication and one comparison. The multiplier was searched for so
 * that no two labels share a slot; if a new label did, the compiler would
 * reject the table (-Woverride-init, part of -Wextra; clang warns by
 * default) and a new multiplier must be found. */
#define LABEL_SLOT(key)  ((size_t)(((key) * 0x285473FFA6D47D6Du) >> 56))
#define LABEL(key, cat) [LABEL_SLOT(key)] = {key, cat}

typedef struct label_slot {
    uint64_t key;       /* 0: empty */
    unsigned char cat;  /* pl_pcat */
} label_slot;

static const label_slot label_table[256] = {
    LABEL(K1('#'), PC_HASH),
    LABEL(K1('$'), PC_DOLLAR),
    LABEL(K2('\'', '\''), PC_RQUOTE),
    LABEL(K1(','), PC_COMMA),
    LABEL(K5('-', 'L', 'C', 'B', '-'), PC_LRB),
    LABEL(K5('-', 'L', 'R', 'B', '-'), PC_LRB),
    LABEL(K5('-', 'L', 'S', 'B', '-'), PC_LRB),
    LABEL(K6('-', 'N', 'O', 'N', 'E', '-'), PC_NONE),
    LABEL(K5('-', 'R', 'C', 'B', '-'), PC_RRB),
    LABEL(K5('-', 'R', 'R', 'B', '-'), PC_RRB),
    LABEL(K5('-', 'R', 'S', 'B', '-'), PC_RRB),
    LABEL(K1('.'), PC_PERIOD),
    LABEL(K1(':'), PC_COLON),
    LABEL(K3('A', 'D', 'D'), PC_ADD),
    LABEL(K4('A', 'D', 'J', 'P'), PC_ADJP),
    LABEL(K4('A', 'D', 'V', 'P'), PC_ADVP),
    LABEL(K3('A', 'F', 'X'), PC_AFX),
    LABEL(K3('A', 'U', 'X'), PC_AUX),
    LABEL(K4('A', 'U', 'X', 'B'), PC_AUXB),
    LABEL(K4('A', 'U', 'X', 'D'), PC_AUXD),
    LABEL(K4('A', 'U', 'X', 'G'), PC_AUXG),
    LABEL(K4('A', 'U', 'X', 'N'), PC_AUXN),
    LABEL(K4('A', 'U', 'X', 'P'), PC_AUXP),
    LABEL(K4('A', 'U', 'X', 'Z'), PC_AUXZ),
    LABEL(K2('C', 'C'), PC_CC),
    LABEL(K2('C', 'D'), PC_CD),
    LABEL(K5('C', 'O', 'N', 'J', 'P'), PC_CONJP),
    LABEL(K2('D', 'T'), PC_DT),
    LABEL(K2('E', 'X'), PC_EX),
    LABEL(K4('F', 'R', 'A', 'G'), PC_FRAG),
    LABEL(K2('F', 'W'), PC_FW),
    LABEL(K2('G', 'W'), PC_GW),
    LABEL(K4('H', 'Y', 'P', 'H'), PC_HYPH),
    LABEL(K2('I', 'N'), PC_IN),
    LABEL(K4('I', 'N', 'T', 'J'), PC_INTJ),
    LABEL(K2('J', 'J'), PC_JJ),
    LABEL(K3('J', 'J', 'R'), PC_JJR),
    LABEL(K3('J', 'J', 'S'), PC_JJS),
    LABEL(K2('L', 'S'), PC_LS),
    LABEL(K3('L', 'S', 'T'), PC_LST),
    LABEL(K2('M', 'D'), PC_MD),
    LABEL(K3('N', 'A', 'C'), PC_NAC),
    LABEL(K2('N', 'E'), PC_NE),
    LABEL(K3('N', 'E', 'C'), PC_NEC),
    LABEL(K3('N', 'F', 'P'), PC_NFP),
    LABEL(K3('N', 'M', 'L'), PC_NML),
    LABEL(K2('N', 'N'), PC_NN),
    LABEL(K3('N', 'N', 'P'), PC_NNP),
    LABEL(K4('N', 'N', 'P', 'S'), PC_NNPS),
    LABEL(K3('N', 'N', 'S'), PC_NNS),
    LABEL(K2('N', 'P'), PC_NP),
    LABEL(K2('N', 'X'), PC_NX),
    LABEL(K3('P', 'D', 'T'), PC_PDT),
    LABEL(K3('P', 'O', 'S'), PC_POS),
    LABEL(K2('P', 'P'), PC_PP),
    LABEL(K3('P', 'R', 'N'), PC_PRN),
    LABEL(K3('P', 'R', 'P'), PC_PRP),
    LABEL(K4('P', 'R', 'P', '$'), PC_PRPS),
    LABEL(K3('P', 'R', 'T'), PC_PRT),
    LABEL(K2('Q', 'P'), PC_QP),
    LABEL(K2('R', 'B'), PC_RB),
    LABEL(K3('R', 'B', 'R'), PC_RBR),
    LABEL(K3('R', 'B', 'S'), PC_RBS),
    LABEL(K4('R', 'O', 'O', 'T'), PC_ROOT),
    LABEL(K2('R', 'P'), PC_RP),
    LABEL(K3('R', 'R', 'C'), PC_RRC),
    LABEL(K1('S'), PC_S),
    LABEL(K4('S', 'B', 'A', 'R'), PC_SBAR),
    LABEL(K5('S', 'B', 'A', 'R', 'Q'), PC_SBARQ),
    LABEL(K4('S', 'I', 'N', 'V'), PC_SINV),
    LABEL(K2('S', 'Q'), PC_SQ),
    LABEL(K3('S', 'Y', 'M'), PC_SYM),
    LABEL(K2('T', 'O'), PC_TO),
    LABEL(K3('T', 'O', 'P'), PC_ROOT),
    LABEL(K3('U', 'C', 'P'), PC_UCP),
    LABEL(K2('U', 'H'), PC_UH),
    LABEL(K2('V', 'B'), PC_VB),
    LABEL(K3('V', 'B', 'D'), PC_VBD),
    LABEL(K3('V', 'B', 'G'), PC_VBG),
    LABEL(K3('V', 'B', 'N'), PC_VBN),
    LABEL(K3('V', 'B', 'P'), PC_VBP),
    LABEL(K3('V', 'B', 'Z'), PC_VBZ),
    LABEL(K2('V', 'P'), PC_VP),
    LABEL(K3('W', 'D', 'T'), PC_WDT),
    LABEL(K6('W', 'H', 'A', 'D', 'J', 'P'), PC_WHADJP),
    LABEL(K6('W', 'H', 'A', 'D', 'V', 'P'), PC_WHADVP),
    LABEL(K4('W', 'H', 'N', 'P'), PC_WHNP),
    LABEL(K4('W', 'H', 'P', 'P'), PC_WHPP),
    LABEL(K2('W', 'P'), PC_WP),
    LABEL(K3('W', 'P', '$'), PC_WPS),
    LABEL(K3('W', 'R', 'B'), PC_WRB),
    LABEL(K1('X'), PC_X),
    LABEL(K2('X', 'X'), PC_XX),
    LABEL(K2('`', '`'), PC_LQUOTE),
};

static pl_pcat lookup_key(uint64_t key)
{
    const label_slot *e = &label_table[LABEL_SLOT(key)];
    return e->key == key ? (pl_pcat)e->cat : PC_OTHER;
}

static unsigned ftag_bit(const char *s, size_t n)
{
    if (n == 3 && memcmp(s, "SBJ", 3) == 0)
        return FT_SBJ;
    if (n == 3 && memcmp(s, "TMP", 3) == 0)
        return FT_TMP;
    if (n == 3 && memcmp(s, "PRD", 3) == 0)
        return FT_PRD;
    if (n == 3 && memcmp(s, "LGS", 3) == 0)
        return FT_LGS;
    return 0;
}

/* Bytes that end a bare label: NUL and the function tag separators. */
static const unsigned char ends_bare[256] = {[0] = 1, ['-'] = 1, ['='] = 1};

static uint64_t pack_key(const char *s, size_t n)
{
    uint64_t key = 0;
    for (size_t i = 0; i < n; i++)
        key = key << 8 | (unsigned char)s[i];
    return key;
}

/* "-LRB-" and "-NONE-" start with a dash; anything else ends its bare
 * label at the first '-' or '=' (function tags, coindexes). *key gets the
 * packed bare label, 0 (no table entry) when it is longer than 8 bytes. */
static size_t bare_label(const char *label, uint64_t *key)
{
    size_t n = 0;
    uint64_t k = 0;
    if (label[0] == '-') {
        const char *e = strchr(label + 1, '-');
        n = e ? (size_t)(e - label) + 1 : strlen(label);
        k = n <= 8 ? pack_key(label, n) : 0;
    } else {
        for (unsigned char ch; !ends_bare[ch = (unsigned char)label[n]]; n++)
            k = k << 8 | ch;
    }
    *key = n <= 8 ? k : 0;
    return n;
}

static unsigned function_tags(const char *p)
{
    unsigned ft = 0;
    while (*p) {
        while (*p == '-' || *p == '=')
            p++;
        size_t k = 0;
        while (p[k] && p[k] != '-' && p[k] != '=')
            k++;
        ft |= ftag_bit(p, k);
        p += k;
    }
    return ft;
}

static pl_pcat category_with_tags(const char *label, unsigned *ftags, size_t *base_len)
{
    uint64_t key;
    size_t n = bare_label(label, &key);
    if (ftags)
        *ftags = label[n] ? function_tags(label + n) : 0;
    if (base_len)
        *base_len = n;
    return n == 0 ? PC_ROOT : lookup_key(key);
}

/* Most labels are a bare tag of a few letters: packed on the way and looked
 * up at once; the rest ("-LRB-", "NP-SBJ", "", long ones) take the long
 * way. */
pl_pcat pl_penn_category(const char *label, unsigned *ftags, size_t *base_len)
{
    uint64_t key = 0;
    size_t n = 0;
    unsigned char ch;
    while (!ends_bare[ch = (unsigned char)label[n]] && n < 8) {
        key = key << 8 | ch;
        n++;
    }
    if (ch != '\0' || n == 0)
        return category_with_tags(label, ftags, base_len);
    if (ftags)
        *ftags = 0;
    if (base_len)
        *base_len = n;
    return lookup_key(key);
}

int pl_pc_is_finite(pl_pcat c)
{
    return c == PC_VBD || c == PC_VBZ || c == PC_VBP || c == PC_MD || c == PC_AUXD ||
           c == PC_AUXZ || c == PC_AUXP;
}

const char *pl_penn_upos(pl_pcat c)
{
    static const char *const upos[PC_COUNT] = {
        [PC_NP] = "NOUN", [PC_NX] = "NOUN", [PC_NML] = "NOUN", [PC_NAC] = "NOUN",
        [PC_NE] = "NOUN", [PC_NEC] = "NOUN", [PC_WHNP] = "PRON",
        [PC_VP] = "VERB", [PC_PP] = "ADP", [PC_WHPP] = "ADP", [PC_ADJP] = "ADJ",
        [PC_WHADJP] = "ADJ", [PC_ADVP] = "ADV", [PC_WHADVP] = "ADV", [PC_QP] = "NUM",
        [PC_CONJP] = "CCONJ", [PC_PRT] = "ADP", [PC_INTJ] = "INTJ",
        [PC_NN] = "NOUN", [PC_NNS] = "NOUN", [PC_NNP] = "PROPN", [PC_NNPS] = "PROPN",
        [PC_VB] = "VERB", [PC_VBD] = "VERB", [PC_VBG] = "VERB", [PC_VBN] = "VERB",
        [PC_VBP] = "VERB", [PC_VBZ] = "VERB",
        [PC_AUX] = "AUX", [PC_AUXB] = "AUX", [PC_AUXD] = "AUX", [PC_AUXG] = "AUX",
        [PC_AUXN] = "AUX", [PC_AUXP] = "AUX", [PC_AUXZ] = "AUX", [PC_MD] = "AUX",
        [PC_JJ] = "ADJ", [PC_JJR] = "ADJ", [PC_JJS] = "ADJ", [PC_AFX] = "ADJ",
        [PC_RB] = "ADV", [PC_RBR] = "ADV", [PC_RBS] = "ADV", [PC_WRB] = "ADV",
        [PC_CC] = "CCONJ", [PC_CD] = "NUM", [PC_DT] = "DET", [PC_PDT] = "DET",
        [PC_WDT] = "DET", [PC_EX] = "PRON", [PC_IN] = "ADP", [PC_RP] = "ADP",
        [PC_POS] = "PART", [PC_TO] = "PART", [PC_PRP] = "PRON", [PC_PRPS] = "PRON",
        [PC_WP] = "PRON", [PC_WPS] = "PRON", [PC_UH] = "INTJ", [PC_SYM] = "SYM",
        [PC_DOLLAR] = "SYM", [PC_HASH] = "SYM",
        [PC_COMMA] = "PUNCT", [PC_COLON] = "PUNCT", [PC_PERIOD] = "PUNCT",
        [PC_LQUOTE] = "PUNCT", [PC_RQUOTE] = "PUNCT", [PC_LRB] = "PUNCT",
        [PC_RRB] = "PUNCT", [PC_HYPH] = "PUNCT", [PC_NFP] = "PUNCT",
    };
    const char *u = (unsigned)c < PC_COUNT ? upos[c] : NULL;
    return u ? u : "X";
}

/* ---- words ------------------------------------------------------------- */

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

int pl_word_ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (lower(*a) != lower(*b))
            return 0;
    return *a == *b;
}

/* 'A'..'Z' to 'a'..'z' in every byte of x at once, as lower() does: a
 * byte's high bit after each addition says whether it is at least 'A' (more
 * than 'Z'), and no addition carries into the next byte. */
static uint64_t lower8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, low7 = 0x7F7F7F7F7F7F7F7Fu;
    uint64_t t = x & low7;
    uint64_t upper = (t + ones * (0x80 - 'A')) & ~(t + ones * (0x80 - 'Z' - 1)) & ~x & ~low7;
    return x | upper >> 2;   /* 0x80 >> 2: 'a' - 'A' */
}

/* A word of up to 8 bytes, lower-cased and packed like a label key, so
 * that each word list is one switch (a few integer comparisons, not a
 * string comparison per entry); 0 for "" and for longer words. A list's
 * words of up to 8 bytes are its switch cases (K1..K8), the longer ones
 * are in its "longer" array, checked one by one (in_list). */
static uint64_t word_key(const char *w)
{
    uint64_t key = 0;
    for (size_t i = 0; i < 8; i++) {
        if (!w[i])
            return lower8(key);
        key = key << 8 | (unsigned char)w[i];
    }
    return w[8] ? 0 : lower8(key);
}

/* The few list words longer than 8 bytes: a miss costs a few first-byte
 * comparisons. */
static int in_list(const char *w, const char *const *list)
{
    char c = lower(w[0]);
    for (; *list; list++)
        if ((*list)[0] == c && pl_word_ieq(w, *list))
            return 1;
    return 0;
}

int pl_word_is_be(const char *w)
{
    /* be is are was were am been being 's 're 'm ai */
    switch (word_key(w)) {
    case K2('b', 'e'): case K2('i', 's'): case K3('a', 'r', 'e'): case K3('w', 'a', 's'):
    case K4('w', 'e', 'r', 'e'): case K2('a', 'm'): case K4('b', 'e', 'e', 'n'):
    case K5('b', 'e', 'i', 'n', 'g'): case K2('\'', 's'): case K3('\'', 'r', 'e'):
    case K2('\'', 'm'): case K2('a', 'i'):
        return 1;
    default:
        return 0;
    }
}

int pl_word_is_have(const char *w)
{
    /* have has had having 've 'd */
    switch (word_key(w)) {
    case K4('h', 'a', 'v', 'e'): case K3('h', 'a', 's'): case K3('h', 'a', 'd'):
    case K6('h', 'a', 'v', 'i', 'n', 'g'): case K3('\'', 'v', 'e'): case K2('\'', 'd'):
        return 1;
    default:
        return 0;
    }
}

int pl_word_is_do(const char *w)
{
    /* do does did */
    switch (word_key(w)) {
    case K2('d', 'o'): case K4('d', 'o', 'e', 's'): case K3('d', 'i', 'd'):
        return 1;
    default:
        return 0;
    }
}

int pl_word_is_get(const char *w)
{
    /* get gets got gotten getting */
    switch (word_key(w)) {
    case K3('g', 'e', 't'): case K4('g', 'e', 't', 's'): case K3('g', 'o', 't'):
    case K6('g', 'o', 't', 't', 'e', 'n'): case K7('g', 'e', 't', 't', 'i', 'n', 'g'):
        return 1;
    default:
        return 0;
    }
}

int pl_word_is_copula_like(const char *w)
{
    /* become becomes became becoming remain remains remained remaining seem
     * seems seemed seeming */
    static const char *const longer[] = {"remaining", NULL};
    switch (word_key(w)) {
    case K6('b', 'e', 'c', 'o', 'm', 'e'): case K7('b', 'e', 'c', 'o', 'm', 'e', 's'):
    case K6('b', 'e', 'c', 'a', 'm', 'e'): case K8('b', 'e', 'c', 'o', 'm', 'i', 'n', 'g'):
    case K6('r', 'e', 'm', 'a', 'i', 'n'): case K7('r', 'e', 'm', 'a', 'i', 'n', 's'):
    case K8('r', 'e', 'm', 'a', 'i', 'n', 'e', 'd'): case K4('s', 'e', 'e', 'm'):
    case K5('s', 'e', 'e', 'm', 's'): case K6('s', 'e', 'e', 'm', 'e', 'd'):
    case K7('s', 'e', 'e', 'm', 'i', 'n', 'g'):
        return 1;
    case 0:
        return in_list(w, longer);
    default:
        return 0;
    }
}

int pl_word_is_question_verb(const char *w)
{
    /* ask asks asked asking wonder wonders wondered wondering know knows knew
     * known knowing see sees saw seen decide decides decided deciding determine
     * determines determined check checks checked doubt doubts doubted inquire
     * inquired */
    static const char *const longer[] = {"wondering", "determine", "determines", "determined",
                                         NULL};
    switch (word_key(w)) {
    case K3('a', 's', 'k'): case K4('a', 's', 'k', 's'): case K5('a', 's', 'k', 'e', 'd'):
    case K6('a', 's', 'k', 'i', 'n', 'g'): case K6('w', 'o', 'n', 'd', 'e', 'r'):
    case K7('w', 'o', 'n', 'd', 'e', 'r', 's'): case K8('w', 'o', 'n', 'd', 'e', 'r', 'e', 'd'):
    case K4('k', 'n', 'o', 'w'): case K5('k', 'n', 'o', 'w', 's'): case K4('k', 'n', 'e', 'w'):
    case K5('k', 'n', 'o', 'w', 'n'): case K7('k', 'n', 'o', 'w', 'i', 'n', 'g'):
    case K3('s', 'e', 'e'): case K4('s', 'e', 'e', 's'): case K3('s', 'a', 'w'):
    case K4('s', 'e', 'e', 'n'): case K6('d', 'e', 'c', 'i', 'd', 'e'):
    case K7('d', 'e', 'c', 'i', 'd', 'e', 's'): case K7('d', 'e', 'c', 'i', 'd', 'e', 'd'):
    case K8('d', 'e', 'c', 'i', 'd', 'i', 'n', 'g'): case K5('c', 'h', 'e', 'c', 'k'):
    case K6('c', 'h', 'e', 'c', 'k', 's'): case K7('c', 'h', 'e', 'c', 'k', 'e', 'd'):
    case K5('d', 'o', 'u', 'b', 't'): case K6('d', 'o', 'u', 'b', 't', 's'):
    case K7('d', 'o', 'u', 'b', 't', 'e', 'd'): case K7('i', 'n', 'q', 'u', 'i', 'r', 'e'):
    case K8('i', 'n', 'q', 'u', 'i', 'r', 'e', 'd'):
        return 1;
    case 0:
        return in_list(w, longer);
    default:
        return 0;
    }
}

int pl_word_is_temporal_noun(const char *w)
{
    /* 1: today yesterday tomorrow tonight
     * 2: monday tuesday wednesday thursday friday saturday sunday mondays
     * tuesdays wednesdays thursdays fridays saturdays sundays january february
     * march april may june july august september october november december jan.
     * feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. */
    static const char *const longer1[] = {"yesterday", NULL};
    static const char *const longer2[] = {"wednesday", "wednesdays", "thursdays", "saturdays",
                                          "september", NULL};
    switch (word_key(w)) {
    case K5('t', 'o', 'd', 'a', 'y'): case K8('t', 'o', 'm', 'o', 'r', 'r', 'o', 'w'):
    case K7('t', 'o', 'n', 'i', 'g', 'h', 't'):
        return 1;
    case K6('m', 'o', 'n', 'd', 'a', 'y'): case K7('t', 'u', 'e', 's', 'd', 'a', 'y'):
    case K8('t', 'h', 'u', 'r', 's', 'd', 'a', 'y'): case K6('f', 'r', 'i', 'd', 'a', 'y'):
    case K8('s', 'a', 't', 'u', 'r', 'd', 'a', 'y'): case K6('s', 'u', 'n', 'd', 'a', 'y'):
    case K7('m', 'o', 'n', 'd', 'a', 'y', 's'): case K8('t', 'u', 'e', 's', 'd', 'a', 'y', 's'):
    case K7('f', 'r', 'i', 'd', 'a', 'y', 's'): case K7('s', 'u', 'n', 'd', 'a', 'y', 's'):
    case K7('j', 'a', 'n', 'u', 'a', 'r', 'y'): case K8('f', 'e', 'b', 'r', 'u', 'a', 'r', 'y'):
    case K5('m', 'a', 'r', 'c', 'h'): case K5('a', 'p', 'r', 'i', 'l'): case K3('m', 'a', 'y'):
    case K4('j', 'u', 'n', 'e'): case K4('j', 'u', 'l', 'y'):
    case K6('a', 'u', 'g', 'u', 's', 't'): case K7('o', 'c', 't', 'o', 'b', 'e', 'r'):
    case K8('n', 'o', 'v', 'e', 'm', 'b', 'e', 'r'):
    case K8('d', 'e', 'c', 'e', 'm', 'b', 'e', 'r'): case K4('j', 'a', 'n', '.'):
    case K4('f', 'e', 'b', '.'): case K4('m', 'a', 'r', '.'): case K4('a', 'p', 'r', '.'):
    case K4('j', 'u', 'n', '.'): case K4('j', 'u', 'l', '.'): case K4('a', 'u', 'g', '.'):
    case K4('s', 'e', 'p', '.'): case K5('s', 'e', 'p', 't', '.'): case K4('o', 'c', 't', '.'):
    case K4('n', 'o', 'v', '.'): case K4('d', 'e', 'c', '.'):
        return 2;
    case 0:
        return in_list(w, longer1) ? 1 : in_list(w, longer2) ? 2 : 0;
    default:
        return 0;
    }
}

int pl_word_is_time_unit(const char *w)
{
    /* year years month months week weeks day days night nights morning mornings
     * afternoon afternoons evening evenings hour hours minute minutes decade
     * decades century centuries weekend weekends time spring summer autumn fall
     * winter season quarter period */
    static const char *const longer[] = {"afternoon", "afternoons", "centuries", NULL};
    switch (word_key(w)) {
    case K4('y', 'e', 'a', 'r'): case K5('y', 'e', 'a', 'r', 's'):
    case K5('m', 'o', 'n', 't', 'h'): case K6('m', 'o', 'n', 't', 'h', 's'):
    case K4('w', 'e', 'e', 'k'): case K5('w', 'e', 'e', 'k', 's'): case K3('d', 'a', 'y'):
    case K4('d', 'a', 'y', 's'): case K5('n', 'i', 'g', 'h', 't'):
    case K6('n', 'i', 'g', 'h', 't', 's'): case K7('m', 'o', 'r', 'n', 'i', 'n', 'g'):
    case K8('m', 'o', 'r', 'n', 'i', 'n', 'g', 's'): case K7('e', 'v', 'e', 'n', 'i', 'n', 'g'):
    case K8('e', 'v', 'e', 'n', 'i', 'n', 'g', 's'): case K4('h', 'o', 'u', 'r'):
    case K5('h', 'o', 'u', 'r', 's'): case K6('m', 'i', 'n', 'u', 't', 'e'):
    case K7('m', 'i', 'n', 'u', 't', 'e', 's'): case K6('d', 'e', 'c', 'a', 'd', 'e'):
    case K7('d', 'e', 'c', 'a', 'd', 'e', 's'): case K7('c', 'e', 'n', 't', 'u', 'r', 'y'):
    case K7('w', 'e', 'e', 'k', 'e', 'n', 'd'): case K8('w', 'e', 'e', 'k', 'e', 'n', 'd', 's'):
    case K4('t', 'i', 'm', 'e'): case K6('s', 'p', 'r', 'i', 'n', 'g'):
    case K6('s', 'u', 'm', 'm', 'e', 'r'): case K6('a', 'u', 't', 'u', 'm', 'n'):
    case K4('f', 'a', 'l', 'l'): case K6('w', 'i', 'n', 't', 'e', 'r'):
    case K6('s', 'e', 'a', 's', 'o', 'n'): case K7('q', 'u', 'a', 'r', 't', 'e', 'r'):
    case K6('p', 'e', 'r', 'i', 'o', 'd'):
        return 1;
    case 0:
        return in_list(w, longer);
    default:
        return 0;
    }
}

int pl_word_is_time_modifier(const char *w)
{
    /* last next this that these those each every early earlier late later same
     * previous following coming past recent current whole entire */
    static const char *const longer[] = {"following", NULL};
    switch (word_key(w)) {
    case K4('l', 'a', 's', 't'): case K4('n', 'e', 'x', 't'): case K4('t', 'h', 'i', 's'):
    case K4('t', 'h', 'a', 't'): case K5('t', 'h', 'e', 's', 'e'):
    case K5('t', 'h', 'o', 's', 'e'): case K4('e', 'a', 'c', 'h'):
    case K5('e', 'v', 'e', 'r', 'y'): case K5('e', 'a', 'r', 'l', 'y'):
    case K7('e', 'a', 'r', 'l', 'i', 'e', 'r'): case K4('l', 'a', 't', 'e'):
    case K5('l', 'a', 't', 'e', 'r'): case K4('s', 'a', 'm', 'e'):
    case K8('p', 'r', 'e', 'v', 'i', 'o', 'u', 's'): case K6('c', 'o', 'm', 'i', 'n', 'g'):
    case K4('p', 'a', 's', 't'): case K6('r', 'e', 'c', 'e', 'n', 't'):
    case K7('c', 'u', 'r', 'r', 'e', 'n', 't'): case K5('w', 'h', 'o', 'l', 'e'):
    case K6('e', 'n', 't', 'i', 'r', 'e'):
        return 1;
    case 0:
        return in_list(w, longer);
    default:
        return 0;
    }
}
