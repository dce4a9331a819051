/*
 * depparse.c - greedy arc-eager dependency parser (see depparse.h).
 *
 * The configuration is a stack, a buffer (the words from b on) and the arcs
 * built so far. ROOT is an extra node with index n at the end of the
 * buffer (Ballesteros & Nivre 2013), so the root word is chosen last, when
 * the whole sentence has been seen; a sentinel with index n + 1 at the bottom
 * of the stack stands for the empty stack. Four moves, the arc moves with a
 * relation:
 *   SHIFT       push b (never ROOT)
 *   REDUCE      pop s0 (it has a head, or the root word is already chosen
 *               and the buffer holds only ROOT)
 *   LEFT-rel    b is the head of s0; pop s0 (b = ROOT makes s0 the root word)
 *   RIGHT-rel   s0 is the head of b; push b
 * Only one word may hang from ROOT. Whatever has no head at the end is
 * attached to the root word afterwards.
 *
 * Training uses the dynamic oracle: the cost of a move is the number of gold
 * arcs it makes unreachable, so the parser learns from any configuration,
 * including the ones its own mistakes lead to.
 *
 * Features are Zhang & Nivre's (2011) and more: the words right of b0 with
 * b0 and s0, the third stack word, the relation s0 already has, the number
 * of commas between s0 and b0, and lemmas and suffixes that back off from
 * rare forms. Lemmas are the gold ones when training and the lemmatizer's
 * when parsing, as tags are jackknifed ones and the tagger's.
 *
 * Must not: tag or lemmatize (it reads the tags and lemmas it is given);
 * keep per-sentence state outside the arena.
 */
#include "depparse.h"

#include <stdlib.h>
#include <string.h>

#include "perceptron.h"
#include "punct.h"
#include "wordhash.h"

enum { MAX_LABELS = 126, LABEL_LEN = 16 };
enum { SHIFT, REDUCE, LEFT, RIGHT, NMOVES };

/* Atoms for positions that are empty or ROOT. */
#define ATOM_NONE 0x6e6f6e65ULL
#define ATOM_ROOT 0x726f6f74ULL

static int nclasses(int nlabel)
{
    return 2 + 2 * nlabel;
}

static int move_of(int cls, int nlabel)
{
    return cls < 2 ? cls : cls < 2 + nlabel ? LEFT : RIGHT;
}

static int label_of(int cls, int nlabel)
{
    return cls < 2 ? -1 : (cls - 2) % nlabel;
}

/* ---- configuration --------------------------------------------------------- */

typedef struct config {
    int n;                     /* words; ROOT is n */
    int *stack, sp;
    int b;                     /* first word of the buffer */
    int *head, *label;         /* -1: none yet */
    int *l1, *l2, *r1, *r2;    /* leftmost, 2nd leftmost, rightmost, 2nd rightmost dependent */
    int *vl, *vr;              /* number of left and right dependents */
    uint64_t *ls, *rs;         /* sets of left and right dependents' relations */
    unsigned char *in_stack;
    int root_child;
    const uint64_t *word, *tag, *suffix, *lemma; /* atoms, index n = ROOT */
    const int *commas;         /* commas[i]: comma-like words before word i */
} config;

static int *ints(pl_arena *a, int n, int fill)
{
    int *p = pl_arena_alloc(a, (size_t)n * sizeof *p);
    for (int i = 0; i < n; i++)
        p[i] = fill;
    return p;
}

/* Per-word atoms of a sentence; index n is ROOT. */
typedef struct word_atoms {
    uint64_t *word, *tag, *suffix, *lemma;
    int *commas;
} word_atoms;

/* Index of the empty-stack sentinel. */
static int empty_of(const config *c)
{
    return c->n + 1;
}

static void config_init(config *c, int n, const word_atoms *w, pl_arena *a)
{
    int m = n + 2;
    c->n = n;
    c->stack = ints(a, m, 0);
    c->stack[0] = n + 1;
    c->sp = 1;
    c->b = 0;
    c->head = ints(a, m, -1);
    c->label = ints(a, m, -1);
    c->l1 = ints(a, m, -1);
    c->l2 = ints(a, m, -1);
    c->r1 = ints(a, m, -1);
    c->r2 = ints(a, m, -1);
    c->vl = ints(a, m, 0);
    c->vr = ints(a, m, 0);
    c->ls = pl_arena_zalloc(a, (size_t)m * sizeof *c->ls);
    c->rs = pl_arena_zalloc(a, (size_t)m * sizeof *c->rs);
    c->in_stack = pl_arena_zalloc(a, (size_t)m);
    c->root_child = -1;
    c->word = w->word;
    c->tag = w->tag;
    c->suffix = w->suffix;
    c->lemma = w->lemma;
    c->commas = w->commas;
}

static int s0_of(const config *c)
{
    return c->stack[c->sp - 1];
}

static void add_arc(config *c, int h, int d, int rel)
{
    c->head[d] = h;
    c->label[d] = rel;
    uint64_t bit = 1ULL << (rel & 63);
    if (h == c->n) {
        c->root_child = d;
    } else if (d < h) {
        if (c->l1[h] < 0 || d < c->l1[h]) {
            c->l2[h] = c->l1[h];
            c->l1[h] = d;
        } else if (c->l2[h] < 0 || d < c->l2[h]) {
            c->l2[h] = d;
        }
        c->vl[h]++;
        c->ls[h] |= bit;
    } else {
        if (c->r1[h] < 0 || d > c->r1[h]) {
            c->r2[h] = c->r1[h];
            c->r1[h] = d;
        } else if (c->r2[h] < 0 || d > c->r2[h]) {
            c->r2[h] = d;
        }
        c->vr[h]++;
        c->rs[h] |= bit;
    }
}

static int move_valid(const config *c, int move)
{
    int s0 = s0_of(c), stacked = s0 != empty_of(c), buffered = c->b < c->n;
    switch (move) {
    case SHIFT:
        return buffered;
    case REDUCE:
        return stacked && (c->head[s0] >= 0 || (!buffered && c->root_child >= 0));
    case LEFT:
        return stacked && c->head[s0] < 0 && (buffered || c->root_child < 0);
    default:
        return stacked && buffered;
    }
}

/* Only ROOT is left in the buffer and nothing on the stack. */
static int finished(const config *c)
{
    return c->b == c->n && s0_of(c) == empty_of(c);
}

static void apply(config *c, int cls, int nlabel)
{
    int move = move_of(cls, nlabel), s0 = s0_of(c);
    switch (move) {
    case SHIFT:
        c->stack[c->sp++] = c->b;
        c->in_stack[c->b++] = 1;
        break;
    case REDUCE:
        c->in_stack[s0] = 0;
        c->sp--;
        break;
    case LEFT:
        add_arc(c, c->b, s0, label_of(cls, nlabel));
        c->in_stack[s0] = 0;
        c->sp--;
        break;
    default:
        add_arc(c, s0, c->b, label_of(cls, nlabel));
        c->stack[c->sp++] = c->b;
        c->in_stack[c->b++] = 1;
        break;
    }
}

/* ---- features ------------------------------------------------------------------ */

enum atom {
    A_NONE, S0w, S0p, N0w, N0p, N1w, N1p, N2w, N2p,
    S0hw, S0hp, S0hl, S0h2w, S0h2p,
    S0lw, S0lp, S0ll, S0l2w, S0l2p, S0l2l,
    S0rw, S0rp, S0rl, S0r2w, S0r2p, S0r2l,
    N0lw, N0lp, N0ll, N0l2w, N0l2p, N0l2l,
    S0l, DIST, S0vl, S0vr, N0vl, S0sl, S0sr, N0sl,
    S1w, S1p, N0x, N1x,
    S2p, S0x, S0m, N0m, COMMAS,
    NATOMS
};

/* Each template conjoins up to four atoms. */
static const unsigned char templates[][4] = {
    /* single words */
    {S0w, S0p}, {S0w}, {S0p}, {N0w, N0p}, {N0w}, {N0p},
    {N1w, N1p}, {N1w}, {N1p}, {N2w, N2p}, {N2w}, {N2p},
    /* word pairs */
    {S0w, S0p, N0w, N0p}, {S0w, S0p, N0w}, {S0w, N0w, N0p}, {S0w, S0p, N0p},
    {S0p, N0w, N0p}, {S0w, N0w}, {S0p, N0p}, {N0p, N1p},
    /* three words */
    {N0p, N1p, N2p}, {S0p, N0p, N1p}, {S0hp, S0p, N0p}, {S0p, S0lp, N0p},
    {S0p, S0rp, N0p}, {S0p, N0p, N0lp},
    /* distance */
    {S0w, DIST}, {S0p, DIST}, {N0w, DIST}, {N0p, DIST}, {S0w, N0w, DIST}, {S0p, N0p, DIST},
    /* valency */
    {S0w, S0vr}, {S0p, S0vr}, {S0w, S0vl}, {S0p, S0vl}, {N0w, N0vl}, {N0p, N0vl},
    /* unigrams */
    {S0hw}, {S0hp}, {S0l}, {S0lw}, {S0lp}, {S0ll}, {S0rw}, {S0rp}, {S0rl},
    {N0lw}, {N0lp}, {N0ll},
    /* third order */
    {S0h2w}, {S0h2p}, {S0hl}, {S0l2w}, {S0l2p}, {S0l2l}, {S0r2w}, {S0r2p}, {S0r2l},
    {N0l2w}, {N0l2p}, {N0l2l}, {S0p, S0lp, S0l2p}, {S0p, S0rp, S0r2p},
    {S0p, S0hp, S0h2p}, {N0p, N0lp, N0l2p},
    /* label sets */
    {S0w, S0sr}, {S0p, S0sr}, {S0w, S0sl}, {S0p, S0sl}, {N0w, N0sl}, {N0p, N0sl},
    /* second stack word; suffixes for words the model has not seen */
    {S1w, S1p}, {S1p}, {S1p, S0p, N0p}, {S1w, S0w}, {N0x, N0p}, {N1x, N1p}, {S0p, N0x},
    /* the words right of b0 with b0 and s0 */
    {N0w, N1w}, {N0p, N1w}, {N0w, N1p}, {N1p, N2p}, {S0w, N1p}, {S0w, N0p, N1p}, {S0p, N1w},
    /* deeper stack */
    {S1p, S0p}, {S1p, N0p}, {S2p, S1p, S0p}, {S1w, N0w}, {S1p, S0w, N0p},
    /* s0's own relation against b0 */
    {S0p, S0l, N0p}, {S0l, N0w}, {S0hp, S0l, N0p},
    /* commas between s0 and b0 */
    {S0p, N0p, COMMAS}, {S0w, N0p, COMMAS}, {COMMAS, DIST},
    /* lemmas and suffixes back off from rare forms */
    {S0x, S0p}, {S0x, N0p}, {S0m, N0m}, {S0m, N0p}, {S0p, N0m},
};
enum { NTEMPLATES = sizeof templates / sizeof templates[0] };

/* Template numbers in two groups (see reads_buffer_only). */
typedef struct template_split {
    unsigned char buffer[NTEMPLATES], rest[NTEMPLATES];
    int nbuffer, nrest;
} template_split;

struct pl_parser {
    int nlabel;
    char label[MAX_LABELS][LABEL_LEN];
    int punct, dep; /* labels for words left without a head */
    pl_pmodel *model;
    template_split split;
};

static uint64_t word_at(const config *c, int i)
{
    return i < 0 ? ATOM_NONE : c->word[i];
}

static uint64_t tag_at(const config *c, int i)
{
    return i < 0 ? ATOM_NONE : c->tag[i];
}

static uint64_t label_at(const config *c, int i)
{
    return i < 0 || c->label[i] < 0 ? ATOM_NONE : (uint64_t)c->label[i] + 1;
}

static int at_word(const config *c, int i)
{
    return i >= 0 && i < c->n ? i : -1;
}

static void fill_word(const config *c, uint64_t *v, int i, int w, int p)
{
    v[w] = word_at(c, i);
    v[p] = tag_at(c, i);
}

static void fill_dep(const config *c, uint64_t *v, int i, int w, int p, int l)
{
    fill_word(c, v, i, w, p);
    v[l] = label_at(c, i);
}

static uint64_t distance_atom(const config *c, int s0)
{
    if (s0 >= c->n || c->b >= c->n)
        return ATOM_NONE;
    int d = c->b - s0;
    return (uint64_t)(d < 5 ? d : d < 10 ? 5 : 6);
}

/* Comma-like words strictly between s0 and b0: 0, 1 or 2 (= more). */
static uint64_t commas_between(const config *c, int s0)
{
    if (s0 >= c->n || c->b >= c->n)
        return ATOM_NONE;
    int k = c->commas[c->b] - c->commas[s0 + 1];
    return (uint64_t)(k < 2 ? k : 2);
}

static void fill_atoms(const config *c, uint64_t *v)
{
    int s0 = s0_of(c), n0 = c->b; /* n0 may be ROOT */
    int s0h = s0 < c->n ? c->head[s0] : -1;
    int s0h2 = s0h >= 0 && s0h < c->n ? c->head[s0h] : -1;
    v[A_NONE] = ATOM_NONE;
    fill_word(c, v, s0, S0w, S0p);
    fill_word(c, v, n0, N0w, N0p);
    fill_word(c, v, at_word(c, c->b + 1), N1w, N1p);
    fill_word(c, v, at_word(c, c->b + 2), N2w, N2p);
    fill_dep(c, v, s0h, S0hw, S0hp, S0hl);
    fill_word(c, v, s0h2, S0h2w, S0h2p);
    fill_dep(c, v, c->l1[s0], S0lw, S0lp, S0ll);
    fill_dep(c, v, c->l2[s0], S0l2w, S0l2p, S0l2l);
    fill_dep(c, v, c->r1[s0], S0rw, S0rp, S0rl);
    fill_dep(c, v, c->r2[s0], S0r2w, S0r2p, S0r2l);
    fill_dep(c, v, n0 >= 0 ? c->l1[n0] : -1, N0lw, N0lp, N0ll);
    fill_dep(c, v, n0 >= 0 ? c->l2[n0] : -1, N0l2w, N0l2p, N0l2l);
    v[S0l] = label_at(c, s0);
    v[DIST] = distance_atom(c, s0);
    v[S0vl] = (uint64_t)c->vl[s0];
    v[S0vr] = (uint64_t)c->vr[s0];
    v[N0vl] = n0 >= 0 ? (uint64_t)c->vl[n0] : ATOM_NONE;
    v[S0sl] = c->ls[s0];
    v[S0sr] = c->rs[s0];
    v[N0sl] = n0 >= 0 ? c->ls[n0] : ATOM_NONE;
    fill_word(c, v, c->sp >= 2 ? c->stack[c->sp - 2] : -1, S1w, S1p);
    v[N0x] = n0 >= 0 ? c->suffix[n0] : ATOM_NONE;
    v[N1x] = c->b + 1 < c->n ? c->suffix[c->b + 1] : ATOM_NONE;
    v[S2p] = tag_at(c, c->sp >= 3 ? c->stack[c->sp - 3] : -1);
    v[S0x] = c->suffix[s0];
    v[S0m] = c->lemma[s0];
    v[N0m] = n0 >= 0 ? c->lemma[n0] : ATOM_NONE;
    v[COMMAS] = commas_between(c, s0);
}

/* Every template has one to four atoms. */
static uint64_t template_key(const uint64_t *v, int t)
{
    const unsigned char *a = templates[t];
    uint64_t h = pl_fkey((uint64_t)t + 1, v[a[0]]);
    for (int k = 1; k < 4 && a[k]; k++)
        h = pl_fkey(h, v[a[k]]);
    return h;
}

static int features(const config *c, uint64_t *keys)
{
    uint64_t v[NATOMS];
    fill_atoms(c, v);
    for (int t = 0; t < NTEMPLATES; t++)
        keys[t] = template_key(v, t);
    return NTEMPLATES;
}

/* Templates that read only the first buffer words (N0, N1, N2 and their
 * suffixes) score the same for every configuration with the same b. */
static int reads_buffer_only(int t)
{
    for (int k = 0; k < 4 && templates[t][k]; k++)
        switch (templates[t][k]) {
        case N0w: case N0p: case N1w: case N1p: case N2w: case N2p: case N0x: case N1x: case N0m:
            break;
        default:
            return 0;
        }
    return 1;
}

/* Splits the templates by reads_buffer_only. */
static void split_templates(template_split *split)
{
    split->nbuffer = split->nrest = 0;
    for (int t = 0; t < NTEMPLATES; t++) {
        if (reads_buffer_only(t))
            split->buffer[split->nbuffer++] = (unsigned char)t;
        else
            split->rest[split->nrest++] = (unsigned char)t;
    }
}

static int template_keys(const uint64_t *v, const unsigned char *list, int n, uint64_t *keys)
{
    for (int k = 0; k < n; k++)
        keys[k] = template_key(v, list[k]);
    return n;
}

/* Penn tags of the punctuation that separates clauses and appositions. */
static int is_comma_like(const char *xpos)
{
    return !strcmp(xpos, ",") || !strcmp(xpos, ":");
}

static void sentence_atoms(const pl_sentence *s, pl_arena *a, word_atoms *w)
{
    size_t size = (size_t)(s->n + 2) * sizeof(uint64_t);
    w->word = pl_arena_alloc(a, size);
    w->tag = pl_arena_alloc(a, size);
    w->suffix = pl_arena_alloc(a, size);
    w->lemma = pl_arena_alloc(a, size);
    w->commas = pl_arena_alloc(a, (size_t)(s->n + 1) * sizeof *w->commas);
    w->commas[0] = 0;
    for (int i = 0; i < s->n; i++) {
        const pl_token *t = &s->tok[i];
        pl_word_atoms at;
        pl_word_atoms_of(pl_token_analysis(t), &at);
        w->word[i] = at.lower;
        w->suffix[i] = at.suffix[2];
        /* The pair: XPOS alone cannot tell an auxiliary from a verb (VBZ). */
        w->tag[i] = pl_fkey(pl_hash_bytes(t->xpos, strlen(t->xpos)),
                            pl_hash_bytes(t->upos, strlen(t->upos)));
        w->lemma[i] = t->lemma && t->lemma[0] ? pl_hash_bytes(t->lemma, strlen(t->lemma)) : at.lower;
        w->commas[i + 1] = w->commas[i] + is_comma_like(t->xpos);
    }
    w->word[s->n] = w->tag[s->n] = w->suffix[s->n] = w->lemma[s->n] = ATOM_ROOT;
    w->word[s->n + 1] = w->tag[s->n + 1] = w->suffix[s->n + 1] = w->lemma[s->n + 1] = ATOM_NONE;
}

/* ---- parsing -------------------------------------------------------------------- */

/* The first of the highest-scoring classes in [from, to), or `best`. */
static int best_in(const int32_t *scores, int from, int to, int best)
{
    for (int k = from; k < to; k++)
        if (best < 0 || scores[k] > scores[best])
            best = k;
    return best;
}

/* The classes are SHIFT, REDUCE, then the LEFT and the RIGHT labels, so
 * each move's validity is checked once and its classes scanned in a run. */
static int best_valid(const config *c, const int32_t *scores, int nlabel)
{
    int best = -1;
    for (int move = 0; move < NMOVES; move++) {
        if (!move_valid(c, move))
            continue;
        int from = move < LEFT ? move : move == LEFT ? 2 : 2 + nlabel;
        int to = move < LEFT ? move + 1 : from + nlabel;
        best = best_in(scores, from, to, best);
    }
    return best;
}

/* The class of the one move the configuration allows, or -1 when there is
 * a choice: with the stack empty only SHIFT is possible, and with only ROOT
 * in the buffer REDUCE or LEFT (whose relation does not matter: a word
 * hanging from ROOT is written as the root). Such moves are not scored. */
static int forced_class(const config *c, const pl_parser *p)
{
    if (s0_of(c) == empty_of(c))
        return SHIFT;
    if (c->b < c->n)
        return -1;
    return move_valid(c, REDUCE) ? REDUCE : 2 + p->dep;
}

/* Words left without a head: the first becomes the root if there is none,
 * the rest hang from the root word. */
static void attach_leftovers(const pl_parser *p, config *c, const pl_sentence *s)
{
    for (int i = 0; i < c->n; i++) {
        if (c->head[i] >= 0)
            continue;
        if (c->root_child < 0) {
            add_arc(c, c->n, i, p->dep);
            continue;
        }
        int punct = !strcmp(s->tok[i].upos, "PUNCT");
        add_arc(c, c->root_child, i, punct ? p->punct : p->dep);
    }
}

void pl_parser_parse(const pl_parser *p, pl_sentence *s, pl_arena *a)
{
    if (s->n <= 0)
        return;
    word_atoms w;
    sentence_atoms(s, a, &w);
    config c;
    config_init(&c, s->n, &w, a);
    uint64_t keys[NTEMPLATES], v[NATOMS];
    size_t bytes = (size_t)nclasses(p->nlabel) * sizeof(int32_t);
    int32_t *scores = pl_arena_alloc(a, bytes), *buffer_scores = pl_arena_alloc(a, bytes);
    /* The buffer-only templates are scored once per b, not once per move. */
    for (int scored_b = -1; !finished(&c);) {
        int forced = forced_class(&c, p);
        if (forced >= 0) {
            apply(&c, forced, p->nlabel);
            continue;
        }
        fill_atoms(&c, v);
        if (c.b != scored_b) {
            int nk = template_keys(v, p->split.buffer, p->split.nbuffer, keys);
            memset(buffer_scores, 0, bytes);
            pl_pmodel_score(p->model, keys, nk, buffer_scores);
            scored_b = c.b;
        }
        int nk = template_keys(v, p->split.rest, p->split.nrest, keys);
        memcpy(scores, buffer_scores, bytes);
        pl_pmodel_score(p->model, keys, nk, scores);
        apply(&c, best_valid(&c, scores, p->nlabel), p->nlabel);
    }
    attach_leftovers(p, &c, s);
    for (int i = 0; i < s->n; i++) {
        s->tok[i].head = c.head[i] == c.n ? -1 : c.head[i];
        const char *rel = c.head[i] == c.n ? "root" : p->label[c.label[i]];
        memcpy(s->tok[i].deprel, rel, strlen(rel) + 1);
    }
    pl_attach_punct(s, a);
}

/* ---- model bytes ---------------------------------------------------------------- */

void pl_parser_free(pl_parser *p)
{
    if (!p)
        return;
    pl_pmodel_free(p->model);
    free(p);
}

static int find_label(const pl_parser *p, const char *name)
{
    for (int l = 0; l < p->nlabel; l++)
        if (!strcmp(p->label[l], name))
            return l;
    return 0;
}

pl_parser *pl_parser_read(pl_bytes_in *in)
{
    pl_parser *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->nlabel = (int)pl_in_u32(in);
    int ok = !in->failed && p->nlabel > 0 && p->nlabel <= MAX_LABELS;
    for (int l = 0; ok && l < p->nlabel; l++) {
        const char *name = pl_in_str(in);
        ok = name && strlen(name) < LABEL_LEN;
        if (ok)
            memcpy(p->label[l], name, strlen(name) + 1);
    }
    if (ok)
        p->model = pl_pmodel_read(in);
    if (!p->model || pl_pmodel_classes(p->model) != nclasses(p->nlabel)) {
        in->failed = 1;
        pl_parser_free(p);
        return NULL;
    }
    p->punct = find_label(p, "punct");
    p->dep = find_label(p, "dep");
    split_templates(&p->split);
    return p;
}

int pl_parser_mix(pl_bytes_in *in, int k, int min_weight, pl_bytes_out *out)
{
    size_t start[PL_MAX_MEMBERS];
    int ok = k >= 1 && k <= PL_MAX_MEMBERS;
    for (int i = 0; ok && i < k; i++) {
        start[i] = in[i].pos;
        uint32_t nlabel = pl_in_u32(&in[i]);
        for (uint32_t l = 0; ok && l < nlabel; l++)
            ok = pl_in_str(&in[i]) != NULL;
        ok = ok && !in[i].failed && nlabel > 0 && nlabel <= MAX_LABELS;
    }
    return ok && pl_out_shared_span(out, in, start, k) && pl_pmodel_mean(in, k, min_weight, out);
}

/* ---- training ------------------------------------------------------------------- */

struct pl_parser_trainer {
    const pl_sentence *sents;
    int nsent;
    int **gold_head, **gold_label; /* per sentence, ROOT = n, projective */
    pl_parser labels;              /* relation names (no model) */
    pl_ptrain *weights;
};

static int label_id(pl_parser *p, const char *rel)
{
    for (int l = 0; l < p->nlabel; l++)
        if (!strcmp(p->label[l], rel))
            return l;
    if (p->nlabel == MAX_LABELS)
        return 0;
    memcpy(p->label[p->nlabel], rel, strlen(rel) + 1);
    return p->nlabel++;
}

static int dominates(const int *head, int n, int h, int d)
{
    for (int k = d, steps = 0; k != n && steps <= n; k = head[k], steps++)
        if (k == h)
            return 1;
    return h == n;
}

static int arc_projective(const int *head, int n, int d)
{
    int h = head[d], lo = h < d ? h : d, hi = h < d ? d : h;
    for (int k = lo + 1; k < hi; k++)
        if (!dominates(head, n, h, k))
            return 0;
    return 1;
}

/* Lift non-projective arcs to the grandparent until the tree is projective. */
static void projectivize(int *head, int n)
{
    for (int changed = 1, rounds = 0; changed && rounds < 4 * n; rounds++) {
        changed = 0;
        for (int d = 0; d < n; d++)
            if (head[d] != n && !arc_projective(head, n, d)) {
                head[d] = head[head[d]];
                changed = 1;
            }
    }
}

static int reaches_root(const int *head, int n, int d)
{
    for (int steps = 0; steps <= n; steps++, d = head[d])
        if (d == n)
            return 1;
    return 0;
}

/* A training tree must have one root and no cycle; others are skipped. */
static int tree_ok(const int *head, int n)
{
    int roots = 0;
    for (int d = 0; d < n; d++) {
        if (head[d] < 0 || head[d] > n || head[d] == d)
            return 0;
        roots += head[d] == n;
    }
    for (int d = 0; d < n; d++)
        if (!reaches_root(head, n, d))
            return 0;
    return roots == 1;
}

pl_parser_trainer *pl_parser_trainer_new(const pl_sentence *sents, int nsent)
{
    pl_parser_trainer *t = calloc(1, sizeof *t);
    t->sents = sents;
    t->nsent = nsent;
    t->gold_head = calloc((size_t)nsent + 1, sizeof *t->gold_head);
    t->gold_label = calloc((size_t)nsent + 1, sizeof *t->gold_label);
    label_id(&t->labels, "punct");
    label_id(&t->labels, "dep");
    for (int s = 0; s < nsent; s++) {
        int n = sents[s].n;
        int *h = malloc((size_t)(n + 1) * sizeof *h), *l = malloc((size_t)(n + 1) * sizeof *l);
        for (int i = 0; i < n; i++) {
            const pl_token *tk = &sents[s].tok[i];
            h[i] = tk->head < 0 ? n : tk->head < n ? tk->head : -1;
            l[i] = label_id(&t->labels, tk->deprel);
        }
        if (n > 0 && tree_ok(h, n)) {
            projectivize(h, n);
            t->gold_head[s] = h;
            t->gold_label[s] = l;
        } else {
            free(h);
            free(l);
        }
    }
    t->weights = pl_ptrain_new(nclasses(t->labels.nlabel));
    return t;
}

/* A word that is not ROOT can still become a head; ROOT only while no word
 * hangs from it. */
static int root_reachable(const config *c, int h)
{
    return h < c->n || c->root_child < 0;
}

/* Gold arcs a move makes unreachable (Goldberg & Nivre 2012, arc-eager). */
static int move_cost(const config *c, const int *gh, int move)
{
    int s0 = s0_of(c), b = c->b, cost = 0;
    switch (move) {
    case SHIFT:
        for (int k = 1; k < c->sp; k++) {
            int x = c->stack[k];
            cost += gh[b] == x || (gh[x] == b && c->head[x] < 0);
        }
        return cost;
    case REDUCE:
        for (int k = b; k < c->n; k++)
            cost += gh[k] == s0;
        return cost;
    case LEFT:
        cost += gh[s0] > b && root_reachable(c, gh[s0]);
        for (int k = b; k < c->n; k++)
            cost += gh[k] == s0;
        return cost;
    default:
        cost += gh[b] != s0 && (c->in_stack[gh[b]] || (gh[b] > b && root_reachable(c, gh[b])));
        for (int k = 1; k < c->sp; k++) {
            int x = c->stack[k];
            cost += gh[x] == b && c->head[x] < 0;
        }
        return cost;
    }
}

static int class_cost(const config *c, const int *gh, const int *gl, const int *move_costs,
                      int cls, int nlabel)
{
    int move = move_of(cls, nlabel), l = label_of(cls, nlabel);
    int cost = move_costs[move];
    if (move == LEFT && gh[s0_of(c)] == c->b)
        cost += l != gl[s0_of(c)];
    if (move == RIGHT && gh[c->b] == s0_of(c))
        cost += l != gl[c->b];
    return cost;
}

static int train_sentence(pl_parser_trainer *t, int s, uint64_t *rng, double explore,
                          pl_arena *a, long *right)
{
    const int *gh = t->gold_head[s], *gl = t->gold_label[s];
    int nl = t->labels.nlabel, ncls = nclasses(nl), steps = 0;
    uint64_t keys[NTEMPLATES];
    word_atoms w;
    sentence_atoms(&t->sents[s], a, &w);
    config c;
    config_init(&c, t->sents[s].n, &w, a);
    float *scores = pl_arena_alloc(a, (size_t)ncls * sizeof *scores);
    int *cost = pl_arena_alloc(a, (size_t)ncls * sizeof *cost);
    while (!finished(&c)) {
        int nk = features(&c, keys), move_costs[NMOVES];
        memset(scores, 0, (size_t)ncls * sizeof *scores);
        pl_ptrain_score(t->weights, keys, nk, scores);
        for (int m = 0; m < NMOVES; m++)
            move_costs[m] = move_valid(&c, m) ? move_cost(&c, gh, m) : -1;
        int pred = -1, best = -1;
        for (int k = 0; k < ncls; k++) {
            if (move_costs[move_of(k, nl)] < 0)
                continue;
            cost[k] = class_cost(&c, gh, gl, move_costs, k, nl);
            if (pred < 0 || scores[k] > scores[pred])
                pred = k;
            if (best < 0 || cost[k] < cost[best] || (cost[k] == cost[best] && scores[k] > scores[best]))
                best = k;
        }
        int wrong = cost[pred] > cost[best];
        pl_ptrain_update(t->weights, keys, nk, wrong ? best : pred, pred);
        *right += !wrong;
        steps++;
        int follow_model = !wrong || (double)(pl_rng_next(rng) >> 11) / 9007199254740992.0 < explore;
        apply(&c, follow_model ? pred : best, nl);
    }
    return steps;
}

double pl_parser_trainer_epoch(pl_parser_trainer *t, uint64_t *rng, double explore)
{
    int *order = malloc((size_t)t->nsent * sizeof *order + 1);
    pl_shuffle(order, t->nsent, rng);
    pl_arena a;
    pl_arena_init(&a, 0);
    long right = 0, steps = 0;
    for (int k = 0; k < t->nsent; k++) {
        if (t->gold_head[order[k]])
            steps += train_sentence(t, order[k], rng, explore, &a, &right);
        pl_arena_reset(&a);
    }
    pl_arena_free(&a);
    free(order);
    return steps ? (double)right / (double)steps : 0;
}

void pl_parser_trainer_write(pl_parser_trainer *t, int min_count, pl_bytes_out *out)
{
    pl_out_u32(out, (uint32_t)t->labels.nlabel);
    for (int l = 0; l < t->labels.nlabel; l++)
        pl_out_str(out, t->labels.label[l]);
    pl_ptrain_write(t->weights, min_count, out);
}

void pl_parser_trainer_free(pl_parser_trainer *t)
{
    if (!t)
        return;
    for (int s = 0; s < t->nsent; s++) {
        free(t->gold_head[s]);
        free(t->gold_label[s]);
    }
    free(t->gold_head);
    free(t->gold_label);
    pl_ptrain_free(t->weights);
    free(t);
}
