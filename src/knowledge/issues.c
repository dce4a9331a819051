/*
 * issues.c - the issue dictionary (Phoenix.IssueCoding.txt): phrases that tag
 * a sentence with an issue such as OIL or LANDMINE.
 *
 *   n:preschool [EARLY_CHILDHOOD_EDUCATION]    PRESCHOOL, PRESCHOOLS
 *   v:retaliate [RETALIATION]                  RETALIATE(S), RETALIATED, RETALIATING
 *   early+childhood education [...]            EARLY CHILDHOOD / EARLY-CHILDHOOD EDUCATION
 *   pre+n:school [...]                         PRE SCHOOL(S) / PRE-SCHOOL(S)
 *   ~a head start        ~~edison electric company     ignore phrases (code "")
 *
 * A marker inflects the end of its token, so "n:pick+pocket" gives
 * PICK-POCKETS, not PICKS-POCKET. <ISSUE ...> tag lines are skipped. The last
 * definition of a phrase wins.
 *
 * Must not: count issues per sentence; the coder does.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Limits that keep a hostile line from expanding without bound. */
#define MAX_PLUS             8
#define MAX_PHRASES_PER_LINE 4096

typedef struct span {
    size_t off, len;
} span;

typedef struct issue_load {
    pl_knowledge *k;
    const char *file;
    pl_diag *d;
    long line;
    kb_map code_index; /* code id -> index in k->issue_codes */
    char *pool;        /* texts of all variants of the current line */
    size_t npool, pool_cap;
    span *var; /* variants, grouped by token */
    size_t nvar, var_cap;
    span *tok; /* per token: first variant, count */
    size_t ntok, tok_cap;
    char *text; /* one phrase being assembled */
    size_t text_cap;
    kb_ids ids;
    int budget;
} issue_load;

static uint32_t code_index(issue_load *L, const char *s, size_t n)
{
    pl_knowledge *k = L->k;
    uint32_t id = kb_intern(k, s, n, 0);
    uint32_t *slot = kb_map_put(&L->code_index, id);
    if (*slot == KB_NONE) {
        *KB_PUSH(k->issue_codes, k->nissue_codes, k->issue_codes_cap) = kb_str(k, id);
        *slot = (uint32_t)(k->nissue_codes - 1);
    }
    return *slot;
}

static void pool_put(issue_load *L, const char *s, size_t n)
{
    if (L->npool + n > L->pool_cap) {
        L->pool_cap = (L->npool + n) * 2;
        L->pool = realloc(L->pool, L->pool_cap);
        if (!L->pool)
            abort();
    }
    memcpy(L->pool + L->npool, s, n);
    L->npool += n;
}

/* One variant: the token's lead with each '+' as blank or hyphen (bits of
 * mask), then the inflected last part. */
static void add_variant(issue_load *L, const char *lead, size_t nlead, unsigned mask,
                        const char *last, size_t nlast)
{
    span *v = KB_PUSH(L->var, L->nvar, L->var_cap);
    v->off = L->npool;
    for (size_t i = 0, bit = 0; i < nlead; i++) {
        char c = lead[i];
        if (c == '+')
            c = (mask >> bit++) & 1 ? '-' : ' ';
        pool_put(L, &c, 1);
    }
    pool_put(L, last, nlast);
    v->len = L->npool - v->off;
}

/* Strips "n:" / "v:" markers from token t (at its start or after a '+'),
 * upper-cases it into out and returns the marker letter, 0 if none, or -1. */
static int clean_token(issue_load *L, const char *t, size_t n, char *out, size_t *nout)
{
    int kind = 0;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int part_start = i == 0 || t[i - 1] == '+';
        if (part_start && n - i > 2 && t[i + 1] == ':') {
            char m = (char)(t[i] | 0x20);
            if (m != 'n' && m != 'v') {
                pl_diag_report(L->d, L->file, L->line,
                               "unknown marker \"%.2s\" (n: or v: expected)", t + i);
                return -1;
            }
            kind = m;
            i += 2;
            continue;
        }
        char c = t[i++];
        out[o++] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    *nout = o;
    return kind;
}

static int token_variants(issue_load *L, const char *t, size_t n)
{
    char *clean = malloc(n + 1), *form = malloc(n + 8);
    if (!clean || !form)
        abort();
    size_t nc = 0;
    int kind = clean_token(L, t, n, clean, &nc);
    size_t plus = 0, last = 0;
    for (size_t i = 0; i < nc; i++)
        if (clean[i] == '+') {
            plus++;
            last = i + 1;
        }
    if (kind >= 0 && plus > MAX_PLUS) {
        pl_diag_report(L->d, L->file, L->line, "too many '+' in one word");
        kind = -1;
    }
    if (kind >= 0) {
        span *tk = KB_PUSH(L->tok, L->ntok, L->tok_cap);
        tk->off = L->nvar;
        const char *w = clean + last;
        size_t nw = nc - last;
        for (unsigned mask = 0; mask < 1u << plus; mask++) {
            add_variant(L, clean, last, mask, w, nw);
            if (kind == 'n') {
                add_variant(L, clean, last, mask, form, kb_plural(w, nw, form));
            } else if (kind == 'v') {
                add_variant(L, clean, last, mask, form, kb_plural(w, nw, form));
                add_variant(L, clean, last, mask, form, kb_past(w, nw, form));
                add_variant(L, clean, last, mask, form, kb_gerund(w, nw, form));
            }
        }
        tk->len = L->nvar - tk->off;
    }
    free(clean);
    free(form);
    return kind < 0 ? -1 : 0;
}

static void store(issue_load *L, size_t n, uint32_t code)
{
    pl_knowledge *k = L->k;
    L->ids.n = 0;
    kb_split(k, &L->ids, L->text, n);
    if (!L->ids.n)
        return;
    uint32_t node = kb_trie_add(&k->issue_trie, L->ids.v, L->ids.n);
    if (k->issue_trie.payload[node] == KB_NONE)
        k->issue_trie.nphrases++;
    k->issue_trie.payload[node] = code;
}

static void text_put(issue_load *L, size_t at, const char *s, size_t n)
{
    if (at + n + 1 > L->text_cap) {
        L->text_cap = (at + n + 1) * 2;
        L->text = realloc(L->text, L->text_cap);
        if (!L->text)
            abort();
    }
    memcpy(L->text + at, s, n);
}

/* Every combination of the variants of tokens i.. after text[0..done). */
static int combine(issue_load *L, size_t i, size_t done, uint32_t code)
{
    if (i == L->ntok) {
        if (L->budget-- <= 0) {
            pl_diag_report(L->d, L->file, L->line, "expands to more than %d phrases; rest dropped",
                           MAX_PHRASES_PER_LINE);
            return -1;
        }
        store(L, done, code);
        return 0;
    }
    for (size_t v = L->tok[i].off; v < L->tok[i].off + L->tok[i].len; v++) {
        text_put(L, done, L->pool + L->var[v].off, L->var[v].len);
        text_put(L, done + L->var[v].len, " ", 1);
        if (combine(L, i + 1, done + L->var[v].len + 1, code) < 0)
            return -1;
    }
    return 0;
}

static void phrase(issue_load *L, const char *s, size_t n, uint32_t code)
{
    L->npool = L->nvar = L->ntok = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && kb_isblank((unsigned char)s[i]))
            i++;
        size_t start = i;
        while (i < n && !kb_isblank((unsigned char)s[i]))
            i++;
        if (i > start && token_variants(L, s + start, i - start) < 0)
            return;
    }
    if (!L->ntok) {
        pl_diag_report(L->d, L->file, L->line, "empty issue phrase");
        return;
    }
    L->budget = MAX_PHRASES_PER_LINE;
    combine(L, 0, 0, code);
}

static void issue_line(issue_load *L, const char *s)
{
    if (*s == '~') { /* "~" and "~~" both only cancel issue coding */
        s += s[1] == '~' ? 2 : 1;
        phrase(L, s, strlen(s), code_index(L, "", 0));
        return;
    }
    const char *open = strchr(s, '['), *close = open ? strchr(open, ']') : NULL;
    if (!close) {
        pl_diag_report(L->d, L->file, L->line, "issue phrase has no [CODE]");
        return;
    }
    size_t clen = (size_t)(close - open - 1);
    const char *c = kb_trim(open + 1, &clen);
    if (!clen) {
        pl_diag_report(L->d, L->file, L->line, "empty issue code");
        return;
    }
    if (*kb_skip_blanks(close + 1))
        pl_diag_report(L->d, L->file, L->line, "text after the code ignored: \"%s\"", close + 1);
    phrase(L, s, (size_t)(open - s), code_index(L, c, clen));
}

int pl_load_issues_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d)
{
    const char *file = kb_begin_load(k, name, d);
    if (!file)
        return -1;
    issue_load L = {.k = k, .file = file, .d = d};
    kb_lines in;
    kb_lines_init(&in, file, buf, len, d);
    for (char *s; (s = kb_lines_next(&in));) {
        L.line = in.line;
        if (*s != '<') /* <ISSUE CATEGORY=...> and </ISSUE> group lines only */
            issue_line(&L, s);
    }
    kb_lines_free(&in);
    kb_map_free(&L.code_index);
    free(L.pool);
    free(L.var);
    free(L.tok);
    free(L.text);
    free(L.ids.v);
    return 0;
}
