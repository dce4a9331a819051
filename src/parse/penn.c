/*
 * penn.c - Penn Treebank label table, UPOS defaults and closed-class word
 * lists for the PTB -> UD converter (see penn.h).
 *
 * Lookups are binary searches over sorted const tables, so the converter's
 * per-node cost stays a handful of short comparisons.
 *
 * Must not: keep state or allocate.
 */
#include "penn.h"

#include <string.h>

typedef struct label_entry {
    const char *name;
    pl_pcat cat;
} label_entry;

/* Sorted by strcmp (byte order) for bsearch-style lookup. */
static const label_entry labels[] = {
        {"#", PC_HASH},
        {"$", PC_DOLLAR},
        {"''", PC_RQUOTE},
        {",", PC_COMMA},
        {"-LCB-", PC_LRB},
        {"-LRB-", PC_LRB},
        {"-LSB-", PC_LRB},
        {"-NONE-", PC_NONE},
        {"-RCB-", PC_RRB},
        {"-RRB-", PC_RRB},
        {"-RSB-", PC_RRB},
        {".", PC_PERIOD},
        {":", PC_COLON},
        {"ADD", PC_ADD},
        {"ADJP", PC_ADJP},
        {"ADVP", PC_ADVP},
        {"AFX", PC_AFX},
        {"AUX", PC_AUX},
        {"AUXB", PC_AUXB},
        {"AUXD", PC_AUXD},
        {"AUXG", PC_AUXG},
        {"AUXN", PC_AUXN},
        {"AUXP", PC_AUXP},
        {"AUXZ", PC_AUXZ},
        {"CC", PC_CC},
        {"CD", PC_CD},
        {"CONJP", PC_CONJP},
        {"DT", PC_DT},
        {"EX", PC_EX},
        {"FRAG", PC_FRAG},
        {"FW", PC_FW},
        {"GW", PC_GW},
        {"HYPH", PC_HYPH},
        {"IN", PC_IN},
        {"INTJ", PC_INTJ},
        {"JJ", PC_JJ},
        {"JJR", PC_JJR},
        {"JJS", PC_JJS},
        {"LS", PC_LS},
        {"LST", PC_LST},
        {"MD", PC_MD},
        {"NAC", PC_NAC},
        {"NE", PC_NE},
        {"NEC", PC_NEC},
        {"NFP", PC_NFP},
        {"NML", PC_NML},
        {"NN", PC_NN},
        {"NNP", PC_NNP},
        {"NNPS", PC_NNPS},
        {"NNS", PC_NNS},
        {"NP", PC_NP},
        {"NX", PC_NX},
        {"PDT", PC_PDT},
        {"POS", PC_POS},
        {"PP", PC_PP},
        {"PRN", PC_PRN},
        {"PRP", PC_PRP},
        {"PRP$", PC_PRPS},
        {"PRT", PC_PRT},
        {"QP", PC_QP},
        {"RB", PC_RB},
        {"RBR", PC_RBR},
        {"RBS", PC_RBS},
        {"ROOT", PC_ROOT},
        {"RP", PC_RP},
        {"RRC", PC_RRC},
        {"S", PC_S},
        {"SBAR", PC_SBAR},
        {"SBARQ", PC_SBARQ},
        {"SINV", PC_SINV},
        {"SQ", PC_SQ},
        {"SYM", PC_SYM},
        {"TO", PC_TO},
        {"TOP", PC_ROOT},
        {"UCP", PC_UCP},
        {"UH", PC_UH},
        {"VB", PC_VB},
        {"VBD", PC_VBD},
        {"VBG", PC_VBG},
        {"VBN", PC_VBN},
        {"VBP", PC_VBP},
        {"VBZ", PC_VBZ},
        {"VP", PC_VP},
        {"WDT", PC_WDT},
        {"WHADJP", PC_WHADJP},
        {"WHADVP", PC_WHADVP},
        {"WHNP", PC_WHNP},
        {"WHPP", PC_WHPP},
        {"WP", PC_WP},
        {"WP$", PC_WPS},
        {"WRB", PC_WRB},
        {"X", PC_X},
        {"XX", PC_XX},
        {"``", PC_LQUOTE},
};

/* strcmp of key[0..n) against name, inline: labels are a few bytes and a
 * libc call per probe costs more than the comparison. */
static int cmp_key(const char *key, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)key[i], b = (unsigned char)name[i];
        if (a != b)
            return b ? (int)a - (int)b : 1;
    }
    return name[n] ? -1 : 0;
}

static pl_pcat lookup(const char *key, size_t n)
{
    size_t lo = 0, hi = sizeof labels / sizeof labels[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_key(key, n, labels[mid].name);
        if (c == 0)
            return labels[mid].cat;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return PC_OTHER;
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

/* "-LRB-" and "-NONE-" start with a dash; anything else ends its bare
 * label at the first '-' or '=' (function tags, coindexes). */
static size_t bare_length(const char *label)
{
    if (label[0] == '-') {
        const char *e = strchr(label + 1, '-');
        return e ? (size_t)(e - label) + 1 : strlen(label);
    }
    size_t n = 0;
    while (label[n] && label[n] != '-' && label[n] != '=')
        n++;
    return n;
}

pl_pcat pl_penn_category(const char *label, unsigned *ftags, size_t *base_len)
{
    size_t n = bare_length(label);
    unsigned ft = 0;
    for (const char *p = label + n; *p;) {
        while (*p == '-' || *p == '=')
            p++;
        size_t k = 0;
        while (p[k] && p[k] != '-' && p[k] != '=')
            k++;
        ft |= ftag_bit(p, k);
        p += k;
    }
    if (ftags)
        *ftags = ft;
    if (base_len)
        *base_len = n;
    return n == 0 ? PC_ROOT : lookup(label, n);
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

/* Lists are short and sorted by nothing: a miss costs a few first-byte
 * comparisons, and they are only consulted for verbs and clause heads. */
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
    static const char *const l[] = {"be", "is", "are", "was", "were", "am", "been", "being",
                                    "'s", "'re", "'m", "ai", NULL};
    return in_list(w, l);
}

int pl_word_is_have(const char *w)
{
    static const char *const l[] = {"have", "has", "had", "having", "'ve", "'d", NULL};
    return in_list(w, l);
}

int pl_word_is_do(const char *w)
{
    static const char *const l[] = {"do", "does", "did", NULL};
    return in_list(w, l);
}

int pl_word_is_get(const char *w)
{
    static const char *const l[] = {"get", "gets", "got", "gotten", "getting", NULL};
    return in_list(w, l);
}

int pl_word_is_copula_like(const char *w)
{
    static const char *const l[] = {"become", "becomes", "became", "becoming", "remain",
                                    "remains", "remained", "remaining", "seem", "seems",
                                    "seemed", "seeming", NULL};
    return in_list(w, l);
}

int pl_word_is_question_verb(const char *w)
{
    static const char *const l[] = {
        "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering",
        "know", "knows", "knew", "known", "knowing", "see", "sees", "saw", "seen",
        "decide", "decides", "decided", "deciding", "determine", "determines", "determined",
        "check", "checks", "checked", "doubt", "doubts", "doubted", "inquire", "inquired",
        NULL};
    return in_list(w, l);
}

int pl_word_is_temporal_noun(const char *w)
{
    static const char *const deictic[] = {"today", "yesterday", "tomorrow", "tonight", NULL};
    static const char *const names[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.", NULL};
    if (in_list(w, deictic))
        return 1;
    return in_list(w, names) ? 2 : 0;
}

int pl_word_is_time_unit(const char *w)
{
    static const char *const l[] = {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "night",
        "nights", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings",
        "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries",
        "weekend", "weekends", "time", "spring", "summer", "autumn", "fall", "winter",
        "season", "quarter", "period", NULL};
    return in_list(w, l);
}

int pl_word_is_time_modifier(const char *w)
{
    static const char *const l[] = {
        "last", "next", "this", "that", "these", "those", "each", "every", "early",
        "earlier", "late", "later", "same", "previous", "following", "coming", "past",
        "recent", "current", "whole", "entire", NULL};
    return in_list(w, l);
}
