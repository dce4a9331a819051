/*
 * verbs.c - the verb dictionary (CAMEO.2.0.txt format): synsets, verb blocks
 * with their forms, patterns and transformations.
 *
 *   &CURRENCY            a synset; "+TERM" lines below it are members
 *   +MONEY
 *   ---  ASK   [---]  ---                          a block: name and default code
 *   +ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]        compound verb, particle after
 *   KLM_NOP_+RST [002]                             compound verb, words before
 *   QUERY {QUERYING QUERIES QUERIED}               listed forms (plus the base)
 *   ASK [020]                                      regular forms generated
 *   - * (FOR {FINANCIAL AID}) [0231]               a pattern (see patterns.c)
 *   ~ a (a b ATTACK) SAY = a b 015                 a transformation
 *
 * Synsets may be defined anywhere, even after their use, so patterns are
 * compiled when the whole file has been read. A "+" line is a synset member
 * only right after a synset label; inside a block it is a compound verb.
 * The first definition of a form wins. Codes stay strings, as written.
 *
 * Must not: convert codes to numbers or match anything.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct compound {
    kb_ids before, after;
    uint32_t verb;
} compound;

typedef struct verb_load {
    pl_knowledge *k;
    const char *file;
    pl_diag *d;
    pl_verb_block *block; /* current block; NULL before the first header */
    kb_synset *syn;       /* synset taking "+" members; NULL inside a block */
    int bad_synset;       /* after a bad label: its "+" members are skipped */
    kb_raw_line *pats, *trans;
    size_t npats, pats_cap, ntrans, trans_cap;
    compound stem, form;
    kb_ids words;
} verb_load;

int kb_parse_code(pl_knowledge *k, const char *s, size_t n, const char **active,
                  const char **passive)
{
    const char *colon = memchr(s, ':', n);
    size_t an = colon ? (size_t)(colon - s) : n;
    if (colon && memchr(colon + 1, ':', n - an - 1))
        return -1;
    const char *part[2] = {s, colon ? colon + 1 : s + n};
    size_t len[2] = {an, colon ? n - an - 1 : 0};
    const char **out[2] = {active, passive};
    for (int i = 0; i < 2; i++) {
        const char *p = kb_trim(part[i], &len[i]);
        if (len[i] == 3 && memcmp(p, "---", 3) == 0)
            len[i] = 0; /* "---": no code */
        /* Interned, so the thousands of repeated codes are stored once. */
        *out[i] = kb_str(k, kb_intern(k, p, len[i], 0));
    }
    return 0;
}

/* "[CODE]" at s: sets the codes and returns the character after ']', or
 * NULL after a diagnostic. */
static const char *code_field(verb_load *L, const char *s, long line, const char **active,
                              const char **passive)
{
    const char *close = strchr(s, ']');
    if (!close) {
        pl_diag_report(L->d, L->file, line, "'[' without ']'");
        return NULL;
    }
    if (kb_parse_code(L->k, s + 1, (size_t)(close - s - 1), active, passive) < 0) {
        pl_diag_report(L->d, L->file, line, "bad code %.*s", (int)(close - s + 1), s);
        return NULL;
    }
    return close + 1;
}

/* ---- blocks ----------------------------------------------------------------------- */

static void block_header(verb_load *L, const char *s, long line)
{
    pl_knowledge *k = L->k;
    s += 3;
    const char *open = strchr(s, '[');
    size_t n = open ? (size_t)(open - s) : strlen(s);
    while (!open && n && (s[n - 1] == '-' || kb_isblank((unsigned char)s[n - 1])))
        n--; /* "--- NAME ---" without a code */
    pl_verb_block *b = pl_arena_zalloc(&k->arena, sizeof *b);
    b->name = kb_collapse(k, s, n);
    b->active = b->passive = kb_str(k, kb_intern(k, "", 0, 0));
    b->file = L->file;
    b->line = (int)line;
    const char *rest = open ? code_field(L, open, line, &b->active, &b->passive) : NULL;
    if (rest) {
        while (*rest == '-' || kb_isblank((unsigned char)*rest))
            rest++;
        if (*rest == '[')
            pl_diag_report(L->d, L->file, line, "block %s has a second code %s; the first is used",
                           b->name, rest);
        else if (*rest)
            pl_diag_report(L->d, L->file, line, "text after the block code ignored: \"%s\"", rest);
    }
    if (!*b->name)
        pl_diag_report(L->d, L->file, line, "block header without a name");
    *KB_PUSH(k->blocks, k->nblocks, k->blocks_cap) = b;
    L->block = b;
    L->syn = NULL;
    L->bad_synset = 0;
}

/* ---- forms ------------------------------------------------------------------------- */

/* Verb words in s[0..n): blanks and '_' separate words, and a leading '+'
 * marks the verb itself ("KLM_NOP_+RST"). Without a '+' the first word is
 * the verb and the rest follow it ("LASH OUT"). */
static int parse_compound(verb_load *L, const char *s, size_t n, compound *c, long line)
{
    c->before.n = c->after.n = 0;
    c->verb = KB_NONE;
    L->words.n = 0;
    int plus_at = -1;
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == '_' || kb_isblank((unsigned char)s[i])))
            i++;
        size_t start = i;
        while (i < n && s[i] != '_' && !kb_isblank((unsigned char)s[i]))
            i++;
        if (i == start)
            continue;
        int plus = s[start] == '+';
        if (memchr(s + start + plus, '+', i - start - plus) || (plus && plus_at >= 0) ||
            (plus && i - start == 1)) {
            pl_diag_report(L->d, L->file, line, "bad verb \"%.*s\": one '+' before the verb word",
                           (int)n, s);
            return -1;
        }
        if (plus)
            plus_at = (int)L->words.n;
        *KB_PUSH(L->words.v, L->words.n, L->words.cap) =
            kb_intern(L->k, s + start + plus, i - start - plus, 1);
    }
    if (!L->words.n) {
        pl_diag_report(L->d, L->file, line, "verb line without a verb");
        return -1;
    }
    size_t at = plus_at < 0 ? 0 : (size_t)plus_at;
    c->verb = L->words.v[at];
    for (size_t i = 0; i < L->words.n; i++) {
        kb_ids *side = i < at ? &c->before : &c->after;
        if (i != at)
            *KB_PUSH(side->v, side->n, side->cap) = L->words.v[i];
    }
    return 0;
}

static int same_ids(pl_words w, const kb_ids *ids, const pl_knowledge *k)
{
    if ((size_t)w.n != ids->n)
        return 0;
    for (size_t i = 0; i < ids->n; i++)
        if (w.w[i] != kb_str(k, ids->v[i]))
            return 0;
    return 1;
}

/* Links f into its word's chain: longer forms first, file order among equals. */
static void link_form(pl_knowledge *k, kb_form *f, uint32_t index)
{
    uint32_t *head = kb_map_put(&k->form_by_word, f->word);
    kb_form *prev = NULL, *cur = *head == KB_NONE ? NULL : k->forms[*head];
    while (cur && cur->len >= f->len) {
        prev = cur;
        cur = cur->next;
    }
    f->next = cur;
    f->f.next = cur ? &cur->f : NULL;
    if (prev) {
        prev->next = f;
        prev->f.next = &f->f;
    } else {
        *head = index;
    }
}

/* A form already defined by another block: the words before, the verb, after. */
static void note_form_redefinition(verb_load *L, uint32_t word, const compound *c,
                                   const kb_form *prev, long line)
{
    kb_ids ids = {0};
    for (size_t i = 0; i < c->before.n; i++)
        *KB_PUSH(ids.v, ids.n, ids.cap) = c->before.v[i];
    *KB_PUSH(ids.v, ids.n, ids.cap) = word;
    for (size_t i = 0; i < c->after.n; i++)
        *KB_PUSH(ids.v, ids.n, ids.cap) = c->after.v[i];
    kb_note_redefinition(L->k, "verb form", ids.v, ids.n, L->file, line, prev->f.file,
                         prev->f.line);
    free(ids.v);
}

static void add_form(verb_load *L, uint32_t word, const compound *c, const char *active,
                     const char *passive, long line)
{
    pl_knowledge *k = L->k;
    uint32_t head = kb_map_get(&k->form_by_word, word);
    for (kb_form *f = head == KB_NONE ? NULL : k->forms[head]; f; f = f->next)
        if (same_ids(f->f.before, &c->before, k) && same_ids(f->f.after, &c->after, k)) {
            if (f->f.block != L->block)
                note_form_redefinition(L, word, c, f, line);
            return; /* the first definition wins */
        }
    kb_form *f = pl_arena_zalloc(&k->arena, sizeof *f);
    f->word = word;
    f->len = (int)(c->before.n + c->after.n);
    f->f = (pl_verb_form){.word = kb_str(k, word),
                          .before = kb_words(k, c->before.v, c->before.n),
                          .after = kb_words(k, c->after.v, c->after.n),
                          .active = active,
                          .passive = passive,
                          .block = L->block,
                          .file = L->file,
                          .line = (int)line};
    *KB_PUSH(k->forms, k->nforms, k->forms_cap) = f;
    link_form(k, f, (uint32_t)(k->nforms - 1));
}

typedef size_t (*inflector)(const char *, size_t, char *);

static void add_regular_forms(verb_load *L, const char *active, const char *passive, long line)
{
    static const inflector make[] = {kb_plural, kb_past, kb_gerund};
    const char *stem = kb_str(L->k, L->stem.verb);
    size_t n = strlen(stem);
    for (size_t i = 0; i < sizeof make / sizeof make[0]; i++) {
        char *buf = kb_scratch(L->k, n + 5);
        size_t len = make[i](stem, n, buf);
        add_form(L, kb_intern(L->k, buf, len, 0), &L->stem, active, passive, line);
    }
}

/* "{A B +C_D}": each listed form; a plain word keeps the stem's particles. */
static void add_listed_forms(verb_load *L, const char *s, size_t n, const char *active,
                             const char *passive, long line)
{
    for (size_t i = 0; i < n;) {
        while (i < n && kb_isblank((unsigned char)s[i]))
            i++;
        size_t start = i;
        while (i < n && !kb_isblank((unsigned char)s[i]))
            i++;
        if (i == start)
            continue;
        const char *t = s + start;
        size_t tn = i - start;
        if (!memchr(t, '_', tn) && !memchr(t, '+', tn))
            add_form(L, kb_intern(L->k, t, tn, 1), &L->stem, active, passive, line);
        else if (parse_compound(L, t, tn, &L->form, line) == 0)
            add_form(L, L->form.verb, &L->form, active, passive, line);
    }
}

static void verb_line(verb_load *L, const char *s, long line)
{
    if (!L->block) {
        pl_diag_report(L->d, L->file, line, "verb outside any --- block ---");
        return;
    }
    const char *brace = strchr(s, '{'), *bracket = strchr(s, '[');
    const char *stem_end = brace && (!bracket || brace < bracket) ? brace : bracket;
    size_t stem_len = stem_end ? (size_t)(stem_end - s) : strlen(s);
    const char *listed = NULL, *p = s + stem_len;
    size_t nlisted = 0;
    if (stem_end && stem_end == brace) {
        const char *close = strchr(brace, '}');
        if (!close) {
            pl_diag_report(L->d, L->file, line, "'{' without '}'");
            return;
        }
        listed = brace + 1;
        nlisted = (size_t)(close - listed);
        p = kb_skip_blanks(close + 1);
    }
    const char *active = L->block->active, *passive = L->block->passive;
    if (*p == '[' && !(p = code_field(L, p, line, &active, &passive)))
        return;
    if (*kb_skip_blanks(p))
        pl_diag_report(L->d, L->file, line, "text after the verb ignored: \"%s\"",
                       kb_skip_blanks(p));
    if (parse_compound(L, s, stem_len, &L->stem, line) < 0)
        return;
    add_form(L, L->stem.verb, &L->stem, active, passive, line);
    if (listed)
        add_listed_forms(L, listed, nlisted, active, passive, line);
    else
        add_regular_forms(L, active, passive, line);
}

/* ---- synsets ----------------------------------------------------------------------- */

/* Synset name s[0..n) without '&': upper-cased id, trailing '_' dropped (it
 * means "no plurals" on a label). */
static uint32_t synset_name(verb_load *L, const char *s, size_t n, int *noplural)
{
    *noplural = 0;
    while (n && s[n - 1] == '_') {
        n--;
        *noplural = 1;
    }
    return n ? kb_intern(L->k, s, n, 1) : KB_NONE;
}

static void synset_label(verb_load *L, const char *s, long line)
{
    pl_knowledge *k = L->k;
    size_t n = strlen(++s);
    s = kb_trim(s, &n);
    int noplural;
    uint32_t id = synset_name(L, s, n, &noplural);
    for (size_t i = 0; i < n; i++)
        if (kb_isblank((unsigned char)s[i]))
            id = KB_NONE;
    L->bad_synset = id == KB_NONE;
    L->syn = NULL;
    if (id == KB_NONE) {
        pl_diag_report(L->d, L->file, line, "bad synset label; its members are skipped");
        return;
    }
    uint32_t *slot = kb_map_put(&k->synset_by_name, id);
    if (*slot != KB_NONE) {
        pl_diag_report(L->d, L->file, line, "synset &%s defined again; members added",
                       kb_str(k, id));
        L->syn = k->synsets[*slot];
        L->syn->state = 0; /* expanded by an earlier file: expand again when next used */
        return;
    }
    *slot = (uint32_t)k->nsynsets;
    kb_synset *syn = pl_arena_zalloc(&k->arena, sizeof *syn);
    syn->name = kb_str(k, id);
    syn->noplural = noplural;
    syn->file = L->file;
    *KB_PUSH(k->synsets, k->nsynsets, k->synsets_cap) = syn;
    L->syn = syn;
}

static void synset_member(verb_load *L, const char *s, long line)
{
    kb_synset *syn = L->syn;
    size_t n = strlen(++s);
    s = kb_trim(s, &n);
    kb_syn_member m = {.ref = KB_NONE, .line = line};
    if (*s == '&') {
        m.ref = synset_name(L, s + 1, n - 1, &m.noplural);
    } else {
        m.noplural = n && s[n - 1] == '_';
        L->words.n = 0;
        kb_split(L->k, &L->words, s, n);
        m.words = kb_words(L->k, L->words.v, L->words.n);
    }
    if (m.ref == KB_NONE && !m.words.n) {
        pl_diag_report(L->d, L->file, line, "empty synset member");
        return;
    }
    *KB_PUSH(syn->m, syn->n, syn->cap) = m;
}

/* ---- transformations ------------------------------------------------------------------ */

/* Splits s in place on blanks, keeping at most max tokens; returns how many
 * there were. */
static size_t tokens(char *s, char **tok, size_t max)
{
    size_t n = 0;
    for (char *p = s;;) {
        while (kb_isblank((unsigned char)*p))
            p++;
        if (!*p)
            return n;
        if (n < max)
            tok[n] = p;
        n++;
        while (*p && !kb_isblank((unsigned char)*p))
            p++;
        if (*p)
            *p++ = '\0';
    }
}

static int is_var(const char *t, int output)
{
    int letter = (*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z');
    return t[1] == '\0' && (letter || (!output && (*t == '.' || *t == '_')));
}

/* Block name of the verb word v ("Q": any verb). */
static const char *verb_block_name(verb_load *L, char *v)
{
    if (strcmp(v, "Q") == 0)
        return "Q";
    for (char *p = v; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    const pl_verb_form *f = pl_verb_lookup(L->k, v), *first = f;
    while (f && (f->before.n || f->after.n))
        f = f->next; /* prefer the plain form */
    f = f ? f : first;
    return f ? f->block->name : NULL;
}

static void transformation(verb_load *L, const kb_raw_line *r)
{
    char *s = pl_arena_strdup(&L->k->arena, r->text), *eq = strchr(s, '=');
    char *lt[6], *rt[4];
    for (char *p = s; *p; p++)
        if (*p == '(' || *p == ')')
            *p = ' ';
    if (!eq) {
        pl_diag_report(L->d, L->file, r->line, "transformation without '='");
        return;
    }
    *eq = '\0';
    if (tokens(s, lt, 6) != 5 || tokens(eq + 1, rt, 4) != 3 || !is_var(lt[0], 0) ||
        !is_var(lt[1], 0) || !is_var(lt[2], 0) || !is_var(rt[0], 1) || !is_var(rt[1], 1)) {
        pl_diag_report(L->d, L->file, r->line,
                       "expected \"~ a (b c LOWERVERB) UPPERVERB = x y CODE\"");
        return;
    }
    const char *lower = verb_block_name(L, lt[3]), *upper = verb_block_name(L, lt[4]);
    if (!lower || !upper) {
        pl_diag_report(L->d, L->file, r->line, "transformation uses unknown verb %s",
                       lower ? lt[4] : lt[3]);
        return;
    }
    pl_knowledge *k = L->k;
    *KB_PUSH(k->transforms, k->ntransforms, k->transforms_cap) =
        (pl_transform){.upper_src = lt[0][0],
                       .lower_src = lt[1][0],
                       .lower_tgt = lt[2][0],
                       .lower_verb = lower,
                       .upper_verb = upper,
                       .out_src = rt[0][0],
                       .out_tgt = rt[1][0],
                       .out_code = kb_str(k, kb_intern(k, rt[2], strlen(rt[2]), 0)),
                       .text = r->text,
                       .file = L->file,
                       .line = (int)r->line};
}

/* ---- the file ---------------------------------------------------------------------------- */

static void raw_line(verb_load *L, kb_raw_line **v, size_t *n, size_t *cap, const char *s,
                     long line)
{
    *KB_PUSH(*v, *n, *cap) = (kb_raw_line){L->block, kb_collapse(L->k, s, strlen(s)), line};
}

static void read_line(verb_load *L, const char *s, long line)
{
    if (strncmp(s, "---", 3) == 0) {
        block_header(L, s, line);
    } else if (*s == '-') {
        if (L->block)
            raw_line(L, &L->pats, &L->npats, &L->pats_cap, s + 1, line);
        else
            pl_diag_report(L->d, L->file, line, "pattern outside any --- block ---");
    } else if (*s == '&') {
        synset_label(L, s, line);
    } else if (*s == '~') {
        raw_line(L, &L->trans, &L->ntrans, &L->trans_cap, s + 1, line);
    } else if (*s == '+' && (L->syn || L->bad_synset)) {
        if (L->syn)
            synset_member(L, s, line);
    } else {
        verb_line(L, s, line);
    }
}

/* Patterns go into one array in file order; a block's are contiguous because
 * only a header changes the current block. */
static void compile_patterns(verb_load *L)
{
    pl_knowledge *k = L->k;
    pl_pattern *all = L->npats ? pl_arena_alloc(&k->arena, L->npats * sizeof *all) : NULL;
    size_t n = 0;
    pl_verb_block *cur = NULL;
    for (size_t i = 0; i < L->npats; i++) {
        const kb_raw_line *r = &L->pats[i];
        if (r->block != cur) {
            cur = r->block;
            cur->patterns = all + n;
        }
        if (kb_compile_pattern(k, L->file, r, &all[n], L->d) == 0) {
            n++;
            cur->npatterns++;
        }
    }
    k->npatterns += (int)n;
}

int pl_load_verbs_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d)
{
    const char *file = kb_begin_load(k, name, d);
    if (!file)
        return -1;
    verb_load L = {.k = k, .file = file, .d = d};
    kb_lines in;
    kb_lines_init(&in, file, buf, len, d);
    for (char *s; (s = kb_lines_next(&in));)
        read_line(&L, s, in.line);
    kb_lines_free(&in);
    compile_patterns(&L);
    for (size_t i = 0; i < L.ntrans; i++)
        transformation(&L, &L.trans[i]);
    free(L.pats);
    free(L.trans);
    free(L.stem.before.v);
    free(L.stem.after.v);
    free(L.form.before.v);
    free(L.form.after.v);
    free(L.words.v);
    return 0;
}
