/*
 * scan.c - the tokenizer: document bytes to surface tokens, one at a time,
 * following UD English EWT. Text is cut at whitespace into chunks, and each
 * chunk into tokens:
 *
 *   words      letters, digits and marks, joined by "." (U.S, 3.5, Amazon.com),
 *              "," and ":" and "/" inside numbers (1,000 11:30 11/01/01),
 *              "@" (e-mail), "_" (but not between capitalised words,
 *              PETRARCH's spelling of a name's space: Dol_Amroth -> Dol
 *              Amroth), "&" in short names (AT&T), apostrophes
 *              (don't, O'Brien) and a hyphen only after a prefix EWT keeps
 *              (e-mail, non-stop) or inside a phone number; a number stops
 *              before letters other than s/st/nd/rd/th (5kg -> 5 kg)
 *   periods    kept by abbreviations (Gen.), initials (J.) and dotted
 *              abbreviations (U.S.); the sentence splitter may split them off
 *   clitics    n't 's 'm 'd 'll 've 're and plural possessive ' become split
 *              points of a multiword token, as do apostrophe-less
 *              contractions (dont, cannot, gonna)
 *   URLs       kept whole, minus trailing punctuation; emoticons kept whole
 *   punct      runs of . ! ? (... ?!), of one repeated character (-- '' **),
 *              otherwise one character; currency symbols alone ($ 1)
 *   invalid    each byte that is not UTF-8 is a token of its own
 *
 * Must not: read past the length it was given, allocate, or look further
 * back than the start of the current chunk.
 */
#include "seg_internal.h"

#include <string.h>

void seg_scanner_init(seg_scanner *sc, const char *text, size_t len)
{
    sc->text = (const unsigned char *)text;
    sc->len = len;
    sc->pos = 0;
    sc->chunk_start = 0;
    sc->chunk_end = 0;
}

static int is_word_class(seg_class c)
{
    return c == SEG_C_LOWER || c == SEG_C_UPPER || c == SEG_C_DIGIT || c == SEG_C_MARK;
}

static int is_letter_class(seg_class c)
{
    return c == SEG_C_LOWER || c == SEG_C_UPPER;
}

static int ascii_lower_eq(const unsigned char *s, size_t n, const char *lower)
{
    if (strlen(lower) != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != (unsigned char)lower[i])
            return 0;
    }
    return 1;
}

static int ascii_lower_prefix(const unsigned char *s, size_t n, const char *lower)
{
    size_t m = strlen(lower);
    return n >= m && ascii_lower_eq(s, m, lower);
}

/* Class of the character at p (SEG_C_SPACE past the chunk). */
static seg_class class_at(const seg_scanner *sc, size_t p)
{
    if (p >= sc->chunk_end)
        return SEG_C_SPACE;
    int32_t cp;
    seg_class c;
    seg_decode(sc->text + p, sc->chunk_end - p, &cp, &c);
    return c;
}

/* Length of an apostrophe at p (' ’ `), 0 if there is none. */
static size_t apostrophe_at(const seg_scanner *sc, size_t p)
{
    const unsigned char *s = sc->text;
    if (p >= sc->chunk_end)
        return 0;
    if (s[p] == '\'' || s[p] == '`')
        return 1;
    if (p + 3 <= sc->chunk_end && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0x99)
        return 3;
    return 0;
}

/* ---- whitespace and chunks ------------------------------------------------- */

/* Skips whitespace at sc->pos and says how much there was. */
static seg_gap skip_space(seg_scanner *sc)
{
    const unsigned char *s = sc->text;
    size_t p = sc->pos;
    int lines = 0, paragraph = 0, any = 0;
    while (p < sc->len) {
        unsigned char c = s[p];
        if (c == '\n' || c == '\r') {
            lines++;
            p += (c == '\r' && p + 1 < sc->len && s[p + 1] == '\n') ? 2 : 1;
        } else if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
            p++;
        } else if (c < 0x80) {
            break;
        } else {
            int32_t cp;
            seg_class cls;
            size_t k = seg_decode(s + p, sc->len - p, &cp, &cls);
            if (cls != SEG_C_SPACE)
                break;
            paragraph |= cp == 0x2029;
            lines += cp == 0x2028 || cp == 0x85;
            p += k;
        }
        any = 1;
    }
    sc->pos = p;
    if (paragraph || lines >= 2)
        return SEG_GAP_PARAGRAPH;
    return lines ? SEG_GAP_LINE : any ? SEG_GAP_SPACE : SEG_GAP_NONE;
}

static int ascii_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static int ascii_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

/* "Dol_Amroth": PETRARCH's dictionaries write the space inside a name as
 * "_", and so do texts written in their spelling. An underscore at p
 * between two capitalised words (Upper lower...) of the chunk that starts
 * at `from` is such a space: the chunk ends before it and the scanner
 * skips it as a blank. Other underscores (snake_case, __init__) join. */
static int name_underscore_at(const seg_scanner *sc, size_t from, size_t p)
{
    const unsigned char *s = sc->text;
    if (p >= sc->len || s[p] != '_' || p + 2 >= sc->len || !ascii_upper(s[p + 1]) ||
        !ascii_lower(s[p + 2]))
        return 0;
    size_t q = p;
    while (q > from && ascii_lower(s[q - 1]))
        q--;
    if (!(q < p && q > from && ascii_upper(s[q - 1]) && (q - 1 == from || s[q - 2] == '_')))
        return 0;
    /* not inside an address: John_Smith@example.org, .../wiki/08_Garrett_Gayle */
    for (size_t r = from; r < sc->len && s[r] > ' '; r++)
        if (s[r] == '@' || s[r] == '/' || s[r] == '%' || s[r] == ':' || s[r] == '=')
            return 0;
    return 1;
}

static size_t find_chunk_end(const seg_scanner *sc, size_t p)
{
    const unsigned char *s = sc->text;
    size_t from = p;
    while (p < sc->len) {
        unsigned char c = s[p];
        if (c < 0x80) {
            if (c == ' ' || (c >= '\t' && c <= '\r') || name_underscore_at(sc, from, p))
                break;
            p++;
            continue;
        }
        int32_t cp;
        seg_class cls;
        size_t k = seg_decode(s + p, sc->len - p, &cp, &cls);
        if (cls == SEG_C_SPACE)
            break;
        p += k;
    }
    return p;
}

/* ---- URLs, emoticons, punctuation ------------------------------------------ */

static size_t url_prefix(const unsigned char *s, size_t n)
{
    static const char *const prefixes[] = {"http://", "https://", "ftp://", "www.", "mailto:"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (ascii_lower_prefix(s, n, prefixes[i]))
            return strlen(prefixes[i]);
    return 0;
}

/* Length of a URL at s (the rest of the chunk, n bytes), 0 if none. Trailing
 * punctuation is not part of it, nor a closing bracket it does not open. */
static size_t url_length(const unsigned char *s, size_t n)
{
    size_t prefix = url_prefix(s, n);
    if (!prefix)
        return 0;
    int open = 0, close = 0;
    for (size_t i = 0; i < n; i++) {
        open += s[i] == '(';
        close += s[i] == ')';
    }
    size_t e = n;
    while (e > prefix) {
        unsigned char c = s[e - 1];
        if (c == ')' && close > open) {
            close--;
        } else if (!strchr(".,;:!?'\"]}>", c) || c == '\0') {
            break;
        }
        e--;
    }
    return e > prefix ? e : 0;
}

static int is_terminal_byte(unsigned char c)
{
    return c == '.' || c == '!' || c == '?';
}

/* Is there an ellipsis character (U+2026) at p? */
static int ellipsis_at(const seg_scanner *sc, size_t p)
{
    const unsigned char *s = sc->text;
    return p + 3 <= sc->chunk_end && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0xA6;
}

/* End of a run of . ! ? and U+2026 starting at p; two or more periods
 * are an ellipsis of their own (...?  -> ... ?). */
static size_t terminal_run(const seg_scanner *sc, size_t p)
{
    if (p + 1 < sc->chunk_end && sc->text[p] == '.' && sc->text[p + 1] == '.') {
        while (p < sc->chunk_end && sc->text[p] == '.')
            p++;
        return p;
    }
    for (;;) {
        if (p < sc->chunk_end && is_terminal_byte(sc->text[p]))
            p++;
        else if (ellipsis_at(sc, p))
            p += 3;
        else
            return p;
    }
}

/* ASCII punctuation whose repetitions form one token: -- '' ** << == */
static int repeats_as_one(unsigned char c)
{
    return c && strchr("-*=~<>'_#+^|\\:", c) != NULL;
}

static int curly_single_quote_at(const seg_scanner *sc, size_t p)
{
    const unsigned char *s = sc->text;
    return p + 3 <= sc->chunk_end && s[p] == 0xE2 && s[p + 1] == 0x80 &&
           (s[p + 2] == 0x98 || s[p + 2] == 0x99);
}

/* An apostrophe-initial clitic standing alone ('s 'll n't written apart):
 * its length, 0 if there is none at p. */
static size_t lone_clitic(const seg_scanner *sc, size_t p)
{
    static const char *const clitics[] = {"s", "m", "d", "ll", "ve", "re"};
    size_t a = apostrophe_at(sc, p);
    if (!a || p != sc->chunk_start)
        return 0;
    size_t q = p + a;
    while (q < sc->chunk_end && is_letter_class(class_at(sc, q)) && sc->text[q] < 0x80)
        q++;
    if (class_at(sc, q) != SEG_C_SPACE && class_at(sc, q) != SEG_C_PUNCT)
        return 0;
    for (size_t i = 0; i < sizeof clitics / sizeof clitics[0]; i++)
        if (ascii_lower_eq(sc->text + p + a, q - p - a, clitics[i]))
            return q - p;
    return 0;
}

/* ---- words ------------------------------------------------------------------- */

typedef struct word_state {
    size_t start;
    size_t apostrophe;     /* offset of the last inner apostrophe (0: none) */
    size_t apostrophe_len; /* its length in bytes */
    int number;            /* only digits and number joiners so far */
    int email;             /* an @ joined the word */
    int hyphens;           /* hyphens joined */
    int slashes;           /* slashes joined */
    int dots;              /* inner periods joined */
    int short_parts;       /* every part between periods is 1-2 letters */
    size_t part_chars;     /* characters in the current part */
    int part_letters;      /* the current part has only letters */
    seg_class last;        /* class of the last letter or digit */
} word_state;

/* Is the letter run at p an ordinal or plural suffix of a number (1960s 2nd)? */
static int number_suffix_at(const seg_scanner *sc, size_t p)
{
    static const char *const suffixes[] = {"s", "st", "nd", "rd", "th", "d"};
    size_t q = p;
    while (q < sc->chunk_end && sc->text[q] < 0x80 && is_letter_class(class_at(sc, q)))
        q++;
    if (is_word_class(class_at(sc, q)))
        return 0;
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
        if (ascii_lower_eq(sc->text + p, q - p, suffixes[i]))
            return 1;
    return 0;
}

/* Consumes word characters from p; stops where a number meets letters that
 * are not its suffix. Returns the end. */
static size_t word_run(const seg_scanner *sc, size_t p, word_state *w)
{
    while (p < sc->chunk_end) {
        int32_t cp;
        seg_class c;
        size_t k = seg_decode(sc->text + p, sc->chunk_end - p, &cp, &c);
        if (!is_word_class(c))
            break;
        if (is_letter_class(c)) {
            if (w->number && w->last == SEG_C_DIGIT && !number_suffix_at(sc, p))
                break;
            w->number = 0;
        } else if (c == SEG_C_DIGIT) {
            w->part_letters = 0;
        }
        if (c != SEG_C_MARK) {
            w->last = c;
            w->part_chars++;
        }
        p += k;
    }
    return p;
}

/* Three digits and then no digit: the group after a thousands comma. */
static int thousands_group_at(const seg_scanner *sc, size_t p)
{
    for (int i = 0; i < 3; i++)
        if (class_at(sc, p + (size_t)i) != SEG_C_DIGIT || sc->text[p + (size_t)i] >= 0x80)
            return 0;
    return class_at(sc, p + 3) != SEG_C_DIGIT;
}

/* Digits, a hyphen and a digit at p: the rest of a phone number (713-853-1696). */
static int phone_rest_at(const seg_scanner *sc, size_t p)
{
    while (p < sc->chunk_end && sc->text[p] >= '0' && sc->text[p] <= '9')
        p++;
    return p + 1 < sc->chunk_end && sc->text[p] == '-' && sc->text[p + 1] >= '0' &&
           sc->text[p + 1] <= '9';
}

/* Up to three digits, a hyphen at q and four digits: 853-3242, 3-5213. */
static int local_number_at(const seg_scanner *sc, size_t q, const word_state *w)
{
    if (q - w->start > 3 || q + 5 > sc->chunk_end)
        return 0;
    for (size_t i = w->start; i < q; i++)
        if (sc->text[i] < '0' || sc->text[i] > '9')
            return 0;
    for (size_t i = q + 1; i < q + 5; i++)
        if (sc->text[i] < '0' || sc->text[i] > '9')
            return 0;
    return class_at(sc, q + 5) != SEG_C_DIGIT;
}

static int hyphen_joins(const seg_scanner *sc, size_t q, const word_state *w)
{
    if (w->email)
        return 1;
    if (w->number)
        return w->hyphens > 0 || phone_rest_at(sc, q + 1) || local_number_at(sc, q, w);
    return w->hyphens == 0 && seg_is_hyphen_prefix((const char *)sc->text + w->start, q - w->start);
}

/* Digits, a slash and a digit at p: the rest of a date (11/01/01). */
static int date_rest_at(const seg_scanner *sc, size_t p)
{
    while (p < sc->chunk_end && sc->text[p] >= '0' && sc->text[p] <= '9')
        p++;
    return p + 1 < sc->chunk_end && sc->text[p] == '/' && sc->text[p + 1] >= '0' &&
           sc->text[p + 1] <= '9';
}

/* Is the chain of dotted parts from p a name: three parts or more
 * (alt.animals.cat), or ending in a host or file ending (Amazon.com,
 * report.doc)? Two plain words glued by a period (small.circles) are not. */
static int dotted_name_at(const seg_scanner *sc, size_t p)
{
    for (int parts = 2;; parts++) {
        size_t q = p;
        while (q < sc->chunk_end && sc->text[q] < 0x80 && is_word_class(class_at(sc, q)))
            q++;
        if (q + 1 < sc->chunk_end && sc->text[q] == '.' && is_word_class(class_at(sc, q + 1))) {
            p = q + 1;
            continue;
        }
        if (q < sc->chunk_end && sc->text[q] == '@')
            return 1; /* john.doe@example.org */
        return !is_word_class(class_at(sc, q)) &&
               (parts >= 3 || seg_is_dotted_ending((const char *)sc->text + p, q - p));
    }
}

/* Does the period at q join what follows (3.5 U.S e.g Amazon.com a@b.org)? */
static int period_joins(const seg_scanner *sc, size_t q, seg_class next, const word_state *w)
{
    if (w->email || w->dots)
        return 1;
    if (w->number)
        return !is_letter_class(next) || number_suffix_at(sc, q + 1) || dotted_name_at(sc, q + 1);
    if (w->part_chars <= 2 && w->part_letters)
        return 1; /* U.S e.g Ph.D */
    return dotted_name_at(sc, q + 1);
}

/* Length of a joiner at q that keeps the word going, 0 if the word ends. */
static size_t joiner_length(const seg_scanner *sc, size_t q, word_state *w)
{
    unsigned char c = sc->text[q];
    size_t a = apostrophe_at(sc, q);
    seg_class next = class_at(sc, q + (a ? a : 1));
    if (!is_word_class(next))
        return 0;
    if (a)
        return is_letter_class(w->last) && is_letter_class(next) ? a : 0;
    switch (c) {
    case '.':
        return period_joins(sc, q, next, w);
    case ',':
        return w->number && thousands_group_at(sc, q + 1);
    case ':':
        return w->number && next == SEG_C_DIGIT;
    case '/':
        return w->number && next == SEG_C_DIGIT && (w->slashes || date_rest_at(sc, q + 1));
    case '@':
        w->email = 1;
        return 1;
    case '_':
        return 1;
    case '&':
        return is_letter_class(w->last) && is_letter_class(next) && q - w->start <= 3;
    case '-':
        return hyphen_joins(sc, q, w);
    default:
        return 0;
    }
}

/* Notes a joiner of n bytes at q in the word state. */
static void joined(const seg_scanner *sc, size_t q, size_t n, word_state *w)
{
    unsigned char c = sc->text[q];
    if (apostrophe_at(sc, q)) {
        w->apostrophe = q - w->start;
        w->apostrophe_len = n;
        w->number = 0;
    } else if (c == '.') {
        w->dots++;
        if (w->part_chars > 2 || !w->part_letters)
            w->short_parts = 0;
        w->part_chars = 0;
        w->part_letters = 1;
    } else if (c == '-') {
        w->hyphens++;
    } else if (c == '/') {
        w->slashes++;
    } else if (c == '@' || c == '_' || c == '&') {
        w->number = 0;
    }
}

/* Digit after a period and blanks: "No. 5". */
static int number_follows(const seg_scanner *sc, size_t p)
{
    while (p < sc->len && (sc->text[p] == ' ' || sc->text[p] == '\t'))
        p++;
    return p < sc->len && sc->text[p] >= '0' && sc->text[p] <= '9';
}

/* Does the word [w->start, q) keep the period at q? */
static int keeps_period(const seg_scanner *sc, size_t q, const word_state *w)
{
    const char *s = (const char *)sc->text + w->start;
    size_t n = q - w->start;
    if (q + 1 < sc->chunk_end && sc->text[q + 1] == '.')
        return 0; /* an ellipsis follows */
    if (w->dots && w->short_parts && w->part_letters && w->part_chars <= 2 && !w->email)
        return 1; /* U.S. e.g. p.m. */
    if (n == 1 && s[0] >= 'A' && s[0] <= 'Z' && s[0] != 'I')
        return 1; /* initial */
    if (w->dots)
        return 0;
    if (seg_is_abbreviation(s, n))
        return 1;
    return seg_is_number_abbreviation(s, n) && number_follows(sc, q + 1);
}

/* A plural possessive apostrophe at q (parents'), unless the chunk opened
 * with a quote that it closes. */
static size_t possessive_apostrophe(const seg_scanner *sc, size_t q, const word_state *w)
{
    size_t a = apostrophe_at(sc, q);
    if (!a || sc->text[q] == '`' || q == w->start)
        return 0;
    unsigned char last = sc->text[q - 1];
    if (last != 's' && last != 'S')
        return 0;
    if (is_word_class(class_at(sc, q + a)) || apostrophe_at(sc, sc->chunk_start))
        return 0;
    if (sc->chunk_start + 3 <= sc->chunk_end && sc->text[sc->chunk_start] == 0xE2 &&
        sc->text[sc->chunk_start + 1] == 0x80 && sc->text[sc->chunk_start + 2] == 0x98)
        return 0; /* opened with ‘ */
    return a;
}

/* Split point of a clitic after the apostrophe (don't -> do|n't, Bush's ->
 * Bush|'s), 0 if the word has none. */
static uint32_t clitic_split(const seg_scanner *sc, size_t end, const word_state *w)
{
    static const char *const clitics[] = {"s", "m", "d", "ll", "ve", "re"};
    if (!w->apostrophe)
        return 0;
    const unsigned char *s = sc->text + w->start;
    size_t ap = w->apostrophe, after = ap + w->apostrophe_len, n = end - w->start;
    for (size_t i = 0; i < sizeof clitics / sizeof clitics[0]; i++)
        if (ascii_lower_eq(s + after, n - after, clitics[i]))
            return (uint32_t)ap;
    if (ap >= 2 && ascii_lower_eq(s + after, n - after, "t") &&
        (s[ap - 1] == 'n' || s[ap - 1] == 'N'))
        return (uint32_t)(ap - 1);
    return 0;
}

static void set_word_splits(const seg_scanner *sc, size_t end, const word_state *w, seg_token *t)
{
    uint32_t at = clitic_split(sc, end, w);
    if (at) {
        t->split[0] = at;
        t->nsplit = 1;
    } else if (!w->apostrophe && !w->dots && end - w->start <= 8) {
        t->nsplit = (uint8_t)seg_contraction_splits((const char *)sc->text + w->start,
                                                    end - w->start, t->split);
    }
}

static void scan_word(const seg_scanner *sc, seg_token *t)
{
    word_state w = {0};
    w.start = t->start;
    w.number = class_at(sc, t->start) == SEG_C_DIGIT;
    w.short_parts = 1;
    w.part_letters = 1;
    w.last = SEG_C_OTHER;
    size_t q = t->start;
    for (;;) {
        q = word_run(sc, q, &w);
        if (q >= sc->chunk_end || is_letter_class(class_at(sc, q)))
            break; /* the chunk ends, or a number stopped before letters */
        size_t j = joiner_length(sc, q, &w);
        if (!j)
            break;
        joined(sc, q, j, &w);
        q += j;
    }
    t->kind = SEG_WORD;
    size_t pa = possessive_apostrophe(sc, q, &w);
    if (pa) {
        t->split[0] = (uint32_t)(q - t->start);
        t->nsplit = 1;
        t->end = q + pa;
        return;
    }
    if (q < sc->chunk_end && sc->text[q] == '.' && keeps_period(sc, q, &w)) {
        t->kind = SEG_ABBREV;
        t->end = q + 1;
        return;
    }
    t->end = q;
    set_word_splits(sc, q, &w, t);
}

/* ---- tokens ------------------------------------------------------------------ */

static void scan_other(const seg_scanner *sc, seg_token *t, int32_t cp, seg_class cls, size_t k)
{
    size_t p = t->start;
    const unsigned char *s = sc->text;
    size_t e = seg_emoticon((const char *)s + p, sc->chunk_end - p);
    if (e && !is_word_class(class_at(sc, p + e)) && (p == sc->chunk_start || cp != ':')) {
        t->kind = SEG_SYMBOL;
        t->end = p + e;
        return;
    }
    size_t clitic = lone_clitic(sc, p);
    if (clitic) {
        t->kind = SEG_WORD;
        t->end = p + clitic;
        return;
    }
    t->kind = cls == SEG_C_SYMBOL ? SEG_SYMBOL : SEG_PUNCT;
    if ((cp < 0x80 && is_terminal_byte((unsigned char)cp)) || cp == 0x2026) {
        t->end = terminal_run(sc, p);
        return;
    }
    size_t q = p + k;
    if (cp < 0x80 && repeats_as_one((unsigned char)cp))
        while (q < sc->chunk_end && s[q] == (unsigned char)cp)
            q++;
    if (cp == 0x2018 || cp == 0x2019)
        while (curly_single_quote_at(sc, q))
            q += 3; /* ’’ and ‘’ as EWT has them */
    t->end = q;
}

static void scan_token(const seg_scanner *sc, seg_token *t)
{
    size_t p = t->start;
    int32_t cp;
    seg_class cls;
    size_t k = seg_decode(sc->text + p, sc->chunk_end - p, &cp, &cls);
    if (cls == SEG_C_INVALID) {
        t->kind = SEG_INVALID;
        t->end = p + 1;
        return;
    }
    size_t url = url_length(sc->text + p, sc->chunk_end - p);
    if (url) {
        t->kind = SEG_URL;
        t->end = p + url;
        return;
    }
    if (is_word_class(cls)) {
        scan_word(sc, t);
        return;
    }
    scan_other(sc, t, cp, cls, k);
}

int seg_scan(seg_scanner *sc, seg_token *tok)
{
    seg_gap gap = SEG_GAP_NONE;
    if (sc->pos >= sc->chunk_end) {
        gap = skip_space(sc);
        if (gap == SEG_GAP_NONE && sc->pos == sc->chunk_end &&
            name_underscore_at(sc, sc->chunk_start, sc->pos)) {
            sc->pos++;            /* the chunk ended at a name's "_": a blank */
            gap = SEG_GAP_SPACE;
        }
        if (sc->pos >= sc->len)
            return 0;
        sc->chunk_start = sc->pos;
        sc->chunk_end = find_chunk_end(sc, sc->pos);
    }
    memset(tok, 0, sizeof *tok);
    tok->start = sc->pos;
    tok->gap = (uint8_t)gap;
    scan_token(sc, tok);
    sc->pos = tok->end;
    return 1;
}
