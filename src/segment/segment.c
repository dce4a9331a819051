/*
 * segment.c - news text to sentences (segment.h): takes the scanner's
 * surface tokens through a small window, decides after each token whether a
 * sentence ends there, and hands each sentence to the caller as a
 * pl_sentence built in the scratch arena.
 *
 * A sentence ends
 *   - always before a blank line (paragraph break) and at the end of the text;
 *   - after . ! ? (and closing quotes or brackets glued to them) when the next
 *     word does not start in lower case; after an ellipsis only before a
 *     capital;
 *   - after an abbreviation or initial that keeps its period only when the
 *     next word clearly starts a sentence ("The", "He", ...); the period is
 *     then split off as EWT does (U.S. -> U.S + .);
 *   - after SEG_MAX_TOKENS tokens whatever comes next, so memory stays flat.
 * Single line breaks do not end sentences.
 *
 * Must not: keep more than one sentence (plus lookahead) of tokens, change
 * the text, or call the callback with an empty sentence.
 */
#include "segment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seg_internal.h"

/* Longest sentence, in surface tokens; a longer one is cut. */
#define SEG_MAX_TOKENS 400
/* Tokens looked at past the one being decided. */
#define SEG_LOOKAHEAD  2

typedef struct window {
    seg_token *tok;
    size_t n, cap;
} window;

typedef struct segmenter {
    const char *text;
    seg_scanner sc;
    window w;
    int scanned_all;
    pl_arena *scratch;
    pl_sentence_fn fn;
    void *ud;
} segmenter;

static void window_reserve(window *w, size_t need)
{
    if (need <= w->cap)
        return;
    size_t cap = w->cap ? w->cap * 2 : 64;
    while (cap < need)
        cap *= 2;
    seg_token *t = realloc(w->tok, cap * sizeof *t);
    if (!t) {
        fputs("petrel: out of memory\n", stderr);
        abort();
    }
    w->tok = t;
    w->cap = cap;
}

/* Reads tokens until the window holds `want` of them or the text ends. */
static void fill(segmenter *g, size_t want)
{
    while (g->w.n < want && !g->scanned_all) {
        window_reserve(&g->w, g->w.n + 1);
        if (!seg_scan(&g->sc, &g->w.tok[g->w.n]))
            g->scanned_all = 1;
        else
            g->w.n++;
    }
}

/* ---- what a token is ------------------------------------------------------- */

static const unsigned char *bytes_of(const segmenter *g, const seg_token *t)
{
    return (const unsigned char *)g->text + t->start;
}

static size_t length_of(const seg_token *t)
{
    return t->end - t->start;
}

static int token_is(const segmenter *g, const seg_token *t, const char *s)
{
    return length_of(t) == strlen(s) && memcmp(bytes_of(g, t), s, length_of(t)) == 0;
}

/* Class of the first character of a token. */
static seg_class first_class(const segmenter *g, const seg_token *t)
{
    int32_t cp;
    seg_class c;
    seg_decode(bytes_of(g, t), length_of(t), &cp, &c);
    return c;
}

/* . ! ? ... ?! and the ellipsis character: punctuation of . ! ? only. */
static int is_terminal(const segmenter *g, const seg_token *t)
{
    if (t->kind != SEG_PUNCT)
        return 0;
    const unsigned char *s = bytes_of(g, t);
    for (size_t i = 0; i < length_of(t); i++)
        if (s[i] != '.' && s[i] != '!' && s[i] != '?' && s[i] != 0xE2 && s[i] != 0x80 &&
            s[i] != 0xA6)
            return 0;
    return 1;
}

/* An ellipsis: two or more periods or U+2026, nothing else. */
static int is_ellipsis(const segmenter *g, const seg_token *t)
{
    const unsigned char *s = bytes_of(g, t);
    size_t n = length_of(t);
    if (n >= 2 && s[0] == '.' && s[1] == '.')
        return 1;
    return n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA6;
}

static int is_closing_bracket(const segmenter *g, const seg_token *t)
{
    return token_is(g, t, ")") || token_is(g, t, "]") || token_is(g, t, "}") ||
           token_is(g, t, "\xE2\x80\x9D") || token_is(g, t, "\xE2\x80\x99") ||
           token_is(g, t, "\xC2\xBB");
}

static int is_plain_quote(const segmenter *g, const seg_token *t)
{
    return token_is(g, t, "\"") || token_is(g, t, "'") || token_is(g, t, "''");
}

/* Token i closes something glued to the token before it: ) ] ” or a
 * straight quote that nothing is glued to after it. */
static int is_closing(const segmenter *g, size_t i)
{
    const seg_token *t = &g->w.tok[i];
    if (t->kind != SEG_PUNCT || t->gap != SEG_GAP_NONE || i == 0)
        return 0;
    if (is_closing_bracket(g, t))
        return 1;
    if (!is_plain_quote(g, t))
        return 0;
    if (i + 1 >= g->w.n)
        return 1;
    const seg_token *next = &g->w.tok[i + 1];
    return next->gap != SEG_GAP_NONE || next->kind == SEG_PUNCT;
}

/* Opening quote or bracket: skipped when looking at how a sentence starts. */
static int is_opening(const segmenter *g, const seg_token *t)
{
    return t->kind == SEG_PUNCT && (is_plain_quote(g, t) || token_is(g, t, "(") ||
                                    token_is(g, t, "[") || token_is(g, t, "\xE2\x80\x9C") ||
                                    token_is(g, t, "\xE2\x80\x98") || token_is(g, t, "\xC2\xAB"));
}

static int is_emoticon(const segmenter *g, const seg_token *t)
{
    return t->kind == SEG_SYMBOL &&
           seg_emoticon((const char *)bytes_of(g, t), length_of(t)) == length_of(t);
}

/* Punctuation that continues a sentence: , ; : and closing brackets. */
static int continues_sentence(const segmenter *g, const seg_token *t)
{
    return t->kind == SEG_PUNCT && (token_is(g, t, ",") || token_is(g, t, ";") ||
                                    token_is(g, t, ":") || is_closing_bracket(g, t));
}

/* ---- sentence ends ------------------------------------------------------------- */

/* The first word-like token from i on, skipping opening quotes and brackets. */
static const seg_token *first_word_from(const segmenter *g, size_t i)
{
    while (i + 1 < g->w.n && is_opening(g, &g->w.tok[i]))
        i++;
    return &g->w.tok[i];
}

/* Can token i start a sentence after the terminal punctuation `term`? */
static int may_start_after(const segmenter *g, size_t i, const seg_token *term)
{
    const seg_token *next = &g->w.tok[i];
    if (continues_sentence(g, next) || is_terminal(g, next) || is_emoticon(g, next))
        return 0;
    seg_class c = first_class(g, first_word_from(g, i));
    if (is_ellipsis(g, term))
        return c == SEG_C_UPPER;
    return 1;
}

/* Does token i clearly start a sentence, even after an abbreviation? */
static int clearly_starts(const segmenter *g, size_t i)
{
    const seg_token *t = first_word_from(g, i);
    return t->kind == SEG_WORD &&
           seg_is_sentence_starter((const char *)bytes_of(g, t), length_of(t));
}

/* Does the sentence end after the abbreviation `t`, before token i? "etc."
 * ends one before any capital, the others only before a clear start. */
static int ends_abbreviated(const segmenter *g, const seg_token *t, size_t i)
{
    if (token_is(g, t, "etc.") && first_class(g, first_word_from(g, i)) == SEG_C_UPPER)
        return 1;
    return clearly_starts(g, i);
}

/* Splits the period off the abbreviation at i (at a sentence end: U.S + .). */
static void split_period(segmenter *g, size_t i)
{
    window_reserve(&g->w, g->w.n + 1);
    seg_token *t = g->w.tok;
    memmove(t + i + 2, t + i + 1, (g->w.n - i - 1) * sizeof *t);
    g->w.n++;
    t[i + 1] = t[i];
    t[i + 1].start = t[i].end - 1;
    t[i + 1].kind = SEG_PUNCT;
    t[i + 1].gap = SEG_GAP_NONE;
    t[i + 1].nsplit = 0;
    t[i].end--;
    t[i].kind = SEG_WORD;
}

/* Is the period at j that of a list item opening the sentence ("2. The")? */
static int is_list_marker(const segmenter *g, size_t j)
{
    const seg_token *t = g->w.tok;
    size_t i = 0;
    while (i < j && t[i].kind == SEG_PUNCT && !is_terminal(g, &t[i]))
        i++;
    return i + 1 == j && token_is(g, &t[j], ".") && t[i].kind == SEG_WORD &&
           length_of(&t[i]) <= 2 && first_class(g, &t[i]) == SEG_C_DIGIT;
}

/* Number of tokens in the sentence if one ends after token k, else 0. */
static size_t sentence_end_after(segmenter *g, size_t k)
{
    if (k + 1 >= g->w.n || k + 1 >= SEG_MAX_TOKENS)
        return k + 1;
    const seg_token *next = &g->w.tok[k + 1];
    if (next->gap == SEG_GAP_PARAGRAPH)
        return k + 1;
    if (is_closing(g, k + 1))
        return 0;
    size_t j = k;
    while (j > 0 && is_closing(g, j))
        j--;
    const seg_token *term = &g->w.tok[j];
    if (is_terminal(g, term)) {
        if (j < k && first_class(g, next) == SEG_C_LOWER)
            return 0; /* "Why?" asked Bush. */
        if (is_list_marker(g, j))
            return 0;
        return may_start_after(g, k + 1, term) ? k + 1 : 0;
    }
    if (term->kind == SEG_ABBREV && j == k && ends_abbreviated(g, term, k + 1)) {
        split_period(g, k);
        return k + 2;
    }
    return 0;
}

/* ---- building a sentence ------------------------------------------------------- */

/* "its" before "not", "a", "really"...: it + s, as EWT has it. */
static void split_its(segmenter *g, size_t count)
{
    for (size_t i = 0; i + 1 < count; i++) {
        seg_token *t = &g->w.tok[i];
        const char *s = (const char *)bytes_of(g, t);
        if (t->kind != SEG_WORD || t->nsplit || length_of(t) != 3 || (s[0] != 'i' && s[0] != 'I') ||
            (s[1] != 't' && s[1] != 'T') || (s[2] != 's' && s[2] != 'S'))
            continue;
        const seg_token *next = &g->w.tok[i + 1];
        if (seg_follows_its_is((const char *)bytes_of(g, next), length_of(next))) {
            t->split[0] = 2;
            t->nsplit = 1;
        }
    }
}

/* Fills one word: bytes [from, to) of the document; base is the sentence start. */
static void fill_word(segmenter *g, pl_token *w, size_t from, size_t to, size_t base)
{
    char *form = pl_arena_strndup(g->scratch, g->text + from, to - from);
    memset(w, 0, sizeof *w);
    w->form = form;
    w->analysis = seg_analysis(form, to - from, g->scratch);
    w->norm = seg_upper(w->analysis, g->scratch);
    w->lemma = "";
    w->start = (uint32_t)(from - base);
    w->end = (uint32_t)(to - base);
    w->head = -1;
}

static void build_sentence(segmenter *g, size_t count, pl_sentence *s)
{
    const seg_token *t = g->w.tok;
    size_t base = t[0].start, nwords = 0, nmwt = 0;
    for (size_t i = 0; i < count; i++) {
        nwords += 1 + t[i].nsplit;
        nmwt += t[i].nsplit > 0;
    }
    memset(s, 0, sizeof *s);
    s->text = pl_arena_strndup(g->scratch, g->text + base, t[count - 1].end - base);
    s->doc_offset = (uint32_t)base;
    s->tok = pl_arena_alloc(g->scratch, nwords * sizeof *s->tok);
    s->mwt = nmwt ? pl_arena_alloc(g->scratch, nmwt * sizeof *s->mwt) : NULL;
    for (size_t i = 0; i < count; i++) {
        size_t from = t[i].start;
        if (t[i].nsplit) {
            pl_multiword *m = &s->mwt[s->nmwt++];
            m->first = s->n;
            m->last = s->n + t[i].nsplit;
            m->form = pl_arena_strndup(g->scratch, g->text + t[i].start, length_of(&t[i]));
            m->start = (uint32_t)(t[i].start - base);
            m->end = (uint32_t)(t[i].end - base);
        }
        for (int k = 0; k < t[i].nsplit; k++) {
            size_t to = t[i].start + t[i].split[k];
            fill_word(g, &s->tok[s->n++], from, to, base);
            from = to;
        }
        fill_word(g, &s->tok[s->n++], from, t[i].end, base);
    }
}

/* Hands the first `count` tokens to the callback as a sentence and drops
 * them from the window. Returns the callback's answer. */
static int emit(segmenter *g, size_t count)
{
    pl_sentence s;
    pl_arena_reset(g->scratch);
    split_its(g, count);
    build_sentence(g, count, &s);
    int stop = g->fn(g->ud, &s);
    memmove(g->w.tok, g->w.tok + count, (g->w.n - count) * sizeof *g->w.tok);
    g->w.n -= count;
    return stop;
}

long pl_segment_text(const char *text, size_t len, pl_arena *scratch, pl_sentence_fn fn, void *ud)
{
    segmenter g = {0};
    g.text = text;
    g.scratch = scratch;
    g.fn = fn;
    g.ud = ud;
    seg_scanner_init(&g.sc, text ? text : "", text ? len : 0);
    long sentences = 0;
    size_t k = 0;
    for (;;) {
        fill(&g, k + 1 + SEG_LOOKAHEAD);
        if (k >= g.w.n)
            break;
        size_t count = sentence_end_after(&g, k);
        if (!count) {
            k++;
            continue;
        }
        sentences++;
        if (emit(&g, count)) {
            sentences = -1;
            break;
        }
        k = 0;
    }
    free(g.w.tok);
    return sentences;
}

/* ---- pre-tokenized text ------------------------------------------------------- */

int pl_segment_tokenized(const char *line, size_t len, pl_arena *a, pl_sentence *out)
{
    memset(out, 0, sizeof *out);
    out->text = "";
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        len--;
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += line[i] != ' ' && (i == 0 || line[i - 1] == ' ');
    if (!n)
        return 0;
    char *text = pl_arena_strndup(a, line, len);
    out->text = text;
    out->tok = pl_arena_alloc(a, n * sizeof *out->tok);
    segmenter g = {0};
    g.text = text;
    g.scratch = a;
    for (size_t i = 0; i < len;) {
        if (line[i] == ' ') {
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && line[j] != ' ')
            j++;
        fill_word(&g, &out->tok[out->n++], i, j, 0);
        i = j;
    }
    return out->n;
}
