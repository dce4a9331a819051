/*
 * ud_eval.c - CoNLL 2018 parser metrics (see ud_eval.h).
 *
 * A document keeps the characters of its tokens (spaces removed), token and
 * sentence spans over them, and per word its span (the whole token's for a
 * word of a multiword token), lower-cased form, tags, lemma, universal
 * relation and head as an index into the document's words. Spans are byte
 * offsets: over the same characters they order and compare exactly as the
 * script's character offsets do.
 *
 * Alignment follows the script: outside multiword tokens a gold and a
 * system word align when their spans are equal; a "multiword span" (the
 * smallest stretch that contains a multiword token and every multiword
 * token it touches, gold or system) is aligned by LCS over lower-cased forms.
 *
 * Must not: print, read files, or depend on sentence boundaries to align.
 */
#include "ud_eval.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "../util/arena.h"

#define HEAD_ROOT        (-1L)
#define HEAD_NOT_ALIGNED (-2L) /* system head whose word has no gold partner */
#define HEAD_INVALID     (-3L) /* head index outside its sentence */

typedef struct span {
    size_t start, end;
} span;

typedef struct ud_word {
    span sp;
    int multiword;     /* part of a multiword token: sp is the token's */
    const char *lower; /* lower-cased form, compared inside multiword spans */
    const char *upos, *xpos, *lemma;
    char deprel[16]; /* universal part only */
    long head;       /* word index in the document, or HEAD_* */
} ud_word;

struct pl_ud_doc {
    pl_arena strings;
    char *chars; /* the tokens' characters, spaces removed */
    size_t nchars, chars_cap;
    span *tokens, *sentences;
    size_t ntokens, tokens_cap, nsentences, sentences_cap;
    ud_word *words;
    size_t nwords, words_cap;
};

/* ---- growing arrays --------------------------------------------------------------- */

static void *reserve(void *p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return p;
    size_t n = *cap ? *cap : 256;
    while (n < need)
        n *= 2;
    void *q = realloc(p, n * elem);
    if (!q) {
        fputs("petrel: out of memory\n", stderr);
        abort();
    }
    *cap = n;
    return q;
}

pl_ud_doc *pl_ud_doc_new(void)
{
    pl_ud_doc *d = calloc(1, sizeof *d);
    if (!d) {
        fputs("petrel: out of memory\n", stderr);
        abort();
    }
    pl_arena_init(&d->strings, 0);
    return d;
}

void pl_ud_doc_free(pl_ud_doc *d)
{
    if (!d)
        return;
    pl_arena_free(&d->strings);
    free(d->chars);
    free(d->tokens);
    free(d->sentences);
    free(d->words);
    free(d);
}

long pl_ud_doc_sentences(const pl_ud_doc *d)
{
    return (long)d->nsentences;
}

long pl_ud_doc_words(const pl_ud_doc *d)
{
    return (long)d->nwords;
}

/* ---- characters ------------------------------------------------------------------- */

/* Calls keep(ud, bytes, n, codepoint) for every character of s that is not a
 * space separator (Zs); an invalid byte is passed alone with codepoint -1. */
typedef void (*char_fn)(void *ud, const char *bytes, size_t n, int32_t cp);

static void for_each_nonspace(const char *s, char_fn keep, void *ud)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    while (*p) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        if (n <= 0) {
            keep(ud, (const char *)p, 1, -1);
            p++;
            continue;
        }
        if (utf8proc_category(cp) != UTF8PROC_CATEGORY_ZS)
            keep(ud, (const char *)p, (size_t)n, cp);
        p += n;
    }
}

static void count_bytes(void *ud, const char *bytes, size_t n, int32_t cp)
{
    (void)bytes;
    (void)cp;
    *(size_t *)ud += n;
}

static size_t nonspace_length(const char *s)
{
    size_t n = 0;
    for_each_nonspace(s, count_bytes, &n);
    return n;
}

static void append_chars(void *ud, const char *bytes, size_t n, int32_t cp)
{
    pl_ud_doc *d = ud;
    (void)cp;
    d->chars = reserve(d->chars, &d->chars_cap, d->nchars + n, 1);
    memcpy(d->chars + d->nchars, bytes, n);
    d->nchars += n;
}

typedef struct lowering {
    char *out;
    size_t len;
} lowering;

static void append_lower(void *ud, const char *bytes, size_t n, int32_t cp)
{
    lowering *l = ud;
    if (cp < 0) {
        memcpy(l->out + l->len, bytes, n);
        l->len += n;
        return;
    }
    l->len +=
        (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)l->out + l->len);
}

/* Lower-cased copy of s; spaces removed too when `strip` (as the script
 * strips plain words but not the words of a multiword token). */
static const char *lower_copy(pl_arena *a, const char *s, int strip)
{
    size_t n = strlen(s);
    lowering l = {pl_arena_alloc(a, 4 * n + 1), 0}; /* a character never grows past 4 bytes */
    if (strip) {
        for_each_nonspace(s, append_lower, &l);
    } else {
        for (const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s; *p;) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate(p, -1, &cp);
            append_lower(&l, (const char *)p, k > 0 ? (size_t)k : 1, k > 0 ? cp : -1);
            p += k > 0 ? k : 1;
        }
    }
    l.out[l.len] = '\0';
    return l.out;
}

/* ---- adding sentences ------------------------------------------------------------- */

static const char *form_of(const char *form)
{
    return form ? form : "";
}

/* Multiword token starting at word w, or NULL. */
static const pl_multiword *multiword_at(const pl_sentence *s, int w)
{
    for (int m = 0; m < s->nmwt; m++)
        if (s->mwt[m].first == w && s->mwt[m].last >= w && s->mwt[m].last < s->n)
            return &s->mwt[m];
    return NULL;
}

static int surface_forms_nonempty(const pl_sentence *s)
{
    for (int w = 0; w < s->n;) {
        const pl_multiword *m = multiword_at(s, w);
        const char *form = m ? m->form : s->tok[w].form;
        if (nonspace_length(form_of(form)) == 0)
            return 0;
        w = m ? m->last + 1 : w + 1;
    }
    return 1;
}

static span add_token(pl_ud_doc *d, const char *form)
{
    span sp = {d->nchars, 0};
    for_each_nonspace(form_of(form), append_chars, d);
    sp.end = d->nchars;
    d->tokens = reserve(d->tokens, &d->tokens_cap, d->ntokens + 1, sizeof *d->tokens);
    d->tokens[d->ntokens++] = sp;
    return sp;
}

static void universal_relation(char out[16], const char *deprel)
{
    size_t n = deprel ? strcspn(deprel, ":") : 0;
    if (n > 15)
        n = 15;
    memcpy(out, deprel ? deprel : "", n);
    out[n] = '\0';
}

static void add_word(pl_ud_doc *d, const pl_sentence *s, int w, span sp, int multiword, size_t base)
{
    const pl_token *t = &s->tok[w];
    d->words = reserve(d->words, &d->words_cap, d->nwords + 1, sizeof *d->words);
    ud_word *u = &d->words[d->nwords++];
    u->sp = sp;
    u->multiword = multiword;
    u->lower = lower_copy(&d->strings, form_of(t->form), !multiword);
    u->upos = pl_arena_strdup(&d->strings, t->upos);
    u->xpos = pl_arena_strdup(&d->strings, t->xpos);
    u->lemma = pl_arena_strdup(&d->strings, form_of(t->lemma));
    universal_relation(u->deprel, t->deprel);
    if (t->head < 0)
        u->head = t->head == -1 ? HEAD_ROOT : HEAD_INVALID;
    else
        u->head = t->head < s->n ? (long)(base + (size_t)t->head) : HEAD_INVALID;
}

int pl_ud_doc_add(pl_ud_doc *d, const pl_sentence *s)
{
    if (s->n <= 0)
        return 0;
    if (!surface_forms_nonempty(s))
        return -1;
    size_t base = d->nwords, start = d->nchars;
    for (int w = 0; w < s->n;) {
        const pl_multiword *m = multiword_at(s, w);
        span sp = add_token(d, m ? m->form : s->tok[w].form);
        int last = m ? m->last : w;
        for (; w <= last; w++)
            add_word(d, s, w, sp, m != NULL, base);
    }
    d->sentences = reserve(d->sentences, &d->sentences_cap, d->nsentences + 1, sizeof(span));
    d->sentences[d->nsentences++] = (span){start, d->nchars};
    return 0;
}

/* ---- scores ----------------------------------------------------------------------- */

static const char *const metric_names[PL_UD_NMETRICS] = {"Tokens", "Sentences", "Words", "UPOS",
                                                         "XPOS",   "Lemmas",    "UAS",   "LAS"};

const char *pl_ud_metric_name(pl_ud_metric m)
{
    return m >= 0 && m < PL_UD_NMETRICS ? metric_names[m] : "?";
}

double pl_ud_precision(const pl_ud_score *s)
{
    return s->system ? (double)s->correct / (double)s->system : 0.0;
}

double pl_ud_recall(const pl_ud_score *s)
{
    return s->gold ? (double)s->correct / (double)s->gold : 0.0;
}

double pl_ud_f1(const pl_ud_score *s)
{
    long total = s->system + s->gold;
    return total ? 2.0 * (double)s->correct / (double)total : 0.0;
}

double pl_ud_aligned_accuracy(const pl_ud_score *s)
{
    if (s->aligned < 0)
        return -1.0;
    return s->aligned ? (double)s->correct / (double)s->aligned : 0.0;
}

/* Spans that start and end at the same place, walking both lists in order. */
static pl_ud_score spans_score(const span *gold, size_t ng, const span *sys, size_t ns)
{
    pl_ud_score sc = {0, (long)ng, (long)ns, -1};
    size_t gi = 0, si = 0;
    while (gi < ng && si < ns) {
        if (sys[si].start < gold[gi].start) {
            si++;
        } else if (gold[gi].start < sys[si].start) {
            gi++;
        } else {
            sc.correct += gold[gi].end == sys[si].end;
            gi++;
            si++;
        }
    }
    return sc;
}

/* ---- alignment -------------------------------------------------------------------- */

typedef struct alignment {
    const pl_ud_doc *gold, *sys;
    long *gold_of_sys;            /* aligned gold word of each system word, or -1 */
    size_t *pair_gold, *pair_sys; /* aligned pairs in order */
    size_t npairs;
} alignment;

static void align_pair(alignment *al, size_t g, size_t s)
{
    al->pair_gold[al->npairs] = g;
    al->pair_sys[al->npairs++] = s;
    al->gold_of_sys[s] = (long)g;
}

static int beyond_end(const pl_ud_doc *d, size_t i, size_t mw_end)
{
    if (i >= d->nwords)
        return 1;
    const ud_word *w = &d->words[i];
    return w->multiword ? w->sp.start >= mw_end : w->sp.end > mw_end;
}

static size_t extend_end(const ud_word *w, size_t mw_end)
{
    return w->multiword && w->sp.end > mw_end ? w->sp.end : mw_end;
}

typedef struct mw_range {
    size_t gs, ss, ge, se; /* gold and system words [gs, ge) and [ss, se) */
} mw_range;

/* The smallest multiword span from gold word gi and system word si, one of
 * which is in a multiword token. */
static mw_range find_multiword_span(const alignment *al, size_t gi, size_t si)
{
    const ud_word *g = &al->gold->words[gi], *s = &al->sys->words[si];
    size_t mw_end;
    if (g->multiword) {
        mw_end = g->sp.end;
        if (!s->multiword && s->sp.start < g->sp.start)
            si++;
    } else {
        mw_end = s->sp.end;
        if (!g->multiword && g->sp.start < s->sp.start)
            gi++;
    }
    mw_range r = {gi, si, gi, si};
    while (!beyond_end(al->gold, r.ge, mw_end) || !beyond_end(al->sys, r.se, mw_end)) {
        if (r.ge < al->gold->nwords &&
            (r.se >= al->sys->nwords ||
             al->gold->words[r.ge].sp.start <= al->sys->words[r.se].sp.start)) {
            mw_end = extend_end(&al->gold->words[r.ge], mw_end);
            r.ge++;
        } else {
            mw_end = extend_end(&al->sys->words[r.se], mw_end);
            r.se++;
        }
    }
    return r;
}

static int same_lower_form(const alignment *al, size_t g, size_t s)
{
    return strcmp(al->gold->words[g].lower, al->sys->words[s].lower) == 0;
}

/* lcs[g * ns + s]: longest common subsequence of gold words g.. and system
 * words s.. of the range (0 past either end). */
static size_t *compute_lcs(const alignment *al, const mw_range *r, size_t ng, size_t ns)
{
    size_t *lcs = calloc(ng * ns, sizeof *lcs);
    if (!lcs) {
        fputs("petrel: out of memory\n", stderr);
        abort();
    }
    for (size_t g = ng; g-- > 0;) {
        for (size_t s = ns; s-- > 0;) {
            size_t v = 0;
            if (same_lower_form(al, r->gs + g, r->ss + s))
                v = 1 + (g + 1 < ng && s + 1 < ns ? lcs[(g + 1) * ns + s + 1] : 0);
            size_t down = g + 1 < ng ? lcs[(g + 1) * ns + s] : 0;
            size_t right = s + 1 < ns ? lcs[g * ns + s + 1] : 0;
            v = v > down ? v : down;
            lcs[g * ns + s] = v > right ? v : right;
        }
    }
    return lcs;
}

static void align_multiword_span(alignment *al, const mw_range *r)
{
    size_t ng = r->ge - r->gs, ns = r->se - r->ss;
    if (ng == 0 || ns == 0)
        return;
    size_t *lcs = compute_lcs(al, r, ng, ns);
    size_t g = 0, s = 0;
    while (g < ng && s < ns) {
        if (same_lower_form(al, r->gs + g, r->ss + s)) {
            align_pair(al, r->gs + g, r->ss + s);
            g++;
            s++;
        } else if (lcs[g * ns + s] == (g + 1 < ng ? lcs[(g + 1) * ns + s] : 0)) {
            g++;
        } else {
            s++;
        }
    }
    free(lcs);
}

static void align_words(alignment *al)
{
    const pl_ud_doc *gold = al->gold, *sys = al->sys;
    size_t gi = 0, si = 0;
    while (gi < gold->nwords && si < sys->nwords) {
        const ud_word *g = &gold->words[gi], *s = &sys->words[si];
        if (g->multiword || s->multiword) {
            mw_range r = find_multiword_span(al, gi, si);
            align_multiword_span(al, &r);
            gi = r.ge;
            si = r.se;
        } else if (g->sp.start == s->sp.start && g->sp.end == s->sp.end) {
            align_pair(al, gi++, si++);
        } else if (g->sp.start <= s->sp.start) {
            gi++;
        } else {
            si++;
        }
    }
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("petrel: out of memory\n", stderr);
        abort();
    }
    return p;
}

static void alignment_init(alignment *al, const pl_ud_doc *gold, const pl_ud_doc *sys)
{
    size_t most = gold->nwords < sys->nwords ? gold->nwords : sys->nwords;
    al->gold = gold;
    al->sys = sys;
    al->gold_of_sys = xcalloc(sys->nwords, sizeof *al->gold_of_sys);
    for (size_t i = 0; i < sys->nwords; i++)
        al->gold_of_sys[i] = -1;
    al->pair_gold = xcalloc(most, sizeof *al->pair_gold);
    al->pair_sys = xcalloc(most, sizeof *al->pair_sys);
    al->npairs = 0;
}

static void alignment_free(alignment *al)
{
    free(al->gold_of_sys);
    free(al->pair_gold);
    free(al->pair_sys);
}

/* ---- metrics over aligned words --------------------------------------------------- */

/* The system word's head as a gold word index (or HEAD_ROOT / HEAD_NOT_ALIGNED). */
static long system_head_in_gold(const alignment *al, const ud_word *s)
{
    if (s->head == HEAD_ROOT)
        return HEAD_ROOT;
    if (s->head < 0)
        return HEAD_NOT_ALIGNED;
    long g = al->gold_of_sys[s->head];
    return g >= 0 ? g : HEAD_NOT_ALIGNED;
}

static int lemma_matches(const ud_word *g, const ud_word *s)
{
    return g->lemma[0] == '\0' || strcmp(g->lemma, s->lemma) == 0;
}

static int head_matches(const alignment *al, const ud_word *g, const ud_word *s)
{
    return g->head != HEAD_INVALID && g->head == system_head_in_gold(al, s);
}

/* Is the aligned pair correct under metric m (one of UPOS..LAS)? */
static int pair_correct(const alignment *al, pl_ud_metric m, const ud_word *g, const ud_word *s)
{
    switch (m) {
    case PL_UD_UPOS:
        return strcmp(g->upos, s->upos) == 0;
    case PL_UD_XPOS:
        return strcmp(g->xpos, s->xpos) == 0;
    case PL_UD_LEMMAS:
        return lemma_matches(g, s);
    case PL_UD_UAS:
        return head_matches(al, g, s);
    case PL_UD_LAS:
        return head_matches(al, g, s) && strcmp(g->deprel, s->deprel) == 0;
    default:
        return 0;
    }
}

static pl_ud_score aligned_score(const alignment *al, pl_ud_metric m)
{
    pl_ud_score sc = {0, (long)al->gold->nwords, (long)al->sys->nwords, (long)al->npairs};
    for (size_t i = 0; i < al->npairs; i++)
        sc.correct += pair_correct(al, m, &al->gold->words[al->pair_gold[i]],
                                   &al->sys->words[al->pair_sys[i]]);
    return sc;
}

static int same_characters(const pl_ud_doc *gold, const pl_ud_doc *sys, char *err, size_t size)
{
    size_t n = gold->nchars < sys->nchars ? gold->nchars : sys->nchars, i = 0;
    while (i < n && gold->chars[i] == sys->chars[i])
        i++;
    if (i == n && gold->nchars == sys->nchars)
        return 1;
    size_t gn = gold->nchars - i < 20 ? gold->nchars - i : 20;
    size_t sn = sys->nchars - i < 20 ? sys->nchars - i : 20;
    snprintf(err, size,
             "the tokens of the gold and system files spell different text: from character %zu "
             "gold has '%.*s', system '%.*s'",
             i, (int)gn, gold->chars ? gold->chars + i : "", (int)sn,
             sys->chars ? sys->chars + i : "");
    return 0;
}

int pl_ud_evaluate(const pl_ud_doc *gold, const pl_ud_doc *system, pl_ud_score *out, char *err,
                   size_t errsize)
{
    if (!same_characters(gold, system, err, errsize))
        return -1;
    out[PL_UD_TOKENS] = spans_score(gold->tokens, gold->ntokens, system->tokens, system->ntokens);
    out[PL_UD_SENTENCES] =
        spans_score(gold->sentences, gold->nsentences, system->sentences, system->nsentences);
    alignment al;
    alignment_init(&al, gold, system);
    align_words(&al);
    out[PL_UD_WORDS] = (pl_ud_score){(long)al.npairs, (long)gold->nwords, (long)system->nwords, -1};
    for (int m = PL_UD_UPOS; m <= PL_UD_LAS; m++)
        out[m] = aligned_score(&al, (pl_ud_metric)m);
    alignment_free(&al);
    return 0;
}
