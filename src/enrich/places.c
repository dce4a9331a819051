/*
 * places.c - the gazetteer: loads places.tsv (format in places.h) into an
 * open-addressing table keyed by each name's letters and digits, and finds
 * the event location of a tokenised sentence.
 *
 * Keys ignore spaces and punctuation so that one entry matches a name
 * however the tokenizer split it ("Mazar-i-Sharif" comes out as five
 * tokens). Matching walks at most MAX_NAME_TOKENS tokens from each start.
 *
 * Must not: write to the gazetteer after loading (threads share it), or
 * trust the input file: every field is checked before it is stored.
 */
#include "places.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/arena.h"

#define MAX_KEY         127 /* longest name key, in bytes */
#define MAX_NAME_TOKENS 12  /* tokens one name may span in a sentence */
#define MAX_FIELDS      7

/* Kinds in lookup-priority order (see places.h). */
static const char *const kinds[] = {"country",  "capital", "city",  "town",
                                    "crossing", "adm1",    "region"};
enum {
    KIND_COUNTRY,
    KIND_CAPITAL,
    KIND_CITY,
    KIND_TOWN,
    KIND_CROSSING,
    KIND_ADM1,
    KIND_REGION,
    NKINDS
};

typedef struct place_rec {
    pl_place pub; /* first, so a pl_place * is the record */
    int kind;
} place_rec;

typedef struct name_slot {
    const char *key; /* NULL: empty slot */
    size_t len;
    int place;
    int acronym; /* some name with this key is written in capitals ("UAE") */
} name_slot;

struct pl_gazetteer {
    pl_arena text;
    place_rec *place;
    int n, cap;
    name_slot *slot;
    size_t nslot, used; /* nslot is a power of two */
    int failed;         /* an allocation failed */
};

typedef struct field {
    const char *p;
    size_t n;
} field;

/* ---- keys ---------------------------------------------------------------- */

/* Appends the key bytes of s[0..n) (ASCII letters folded, digits, any
 * non-ASCII byte) to key[*k]; returns 0 when it would pass MAX_KEY. */
static int key_append(const char *s, size_t n, char *key, size_t *k)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80))
            continue;
        if (*k >= MAX_KEY)
            return 0;
        key[(*k)++] = (char)c;
    }
    return 1;
}

static uint64_t key_hash(const char *key, size_t n)
{
    uint64_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)key[i]) * 1099511628211u;
    return h;
}

static name_slot *find_slot(name_slot *slot, size_t nslot, const char *key, size_t n)
{
    size_t i = (size_t)key_hash(key, n) & (nslot - 1);
    while (slot[i].key && !(slot[i].len == n && memcmp(slot[i].key, key, n) == 0))
        i = (i + 1) & (nslot - 1);
    return &slot[i];
}

static int grow_table(pl_gazetteer *g)
{
    size_t nslot = g->nslot ? g->nslot * 2 : 1024;
    name_slot *slot = calloc(nslot, sizeof *slot);
    if (!slot)
        return 0;
    for (size_t i = 0; i < g->nslot; i++)
        if (g->slot[i].key)
            *find_slot(slot, nslot, g->slot[i].key, g->slot[i].len) = g->slot[i];
    free(g->slot);
    g->slot = slot;
    g->nslot = nslot;
    return 1;
}

/* Files place `p` under `key`; a name already taken keeps the place of the
 * earlier kind, then the earlier line. */
static int add_name(pl_gazetteer *g, const char *key, size_t n, int p, int acronym)
{
    if ((g->used + 1) * 2 > g->nslot && !grow_table(g))
        return 0;
    name_slot *s = find_slot(g->slot, g->nslot, key, n);
    if (s->key) {
        if (g->place[p].kind < g->place[s->place].kind)
            s->place = p;
        s->acronym |= acronym;
        return 1;
    }
    s->key = pl_arena_strndup(&g->text, key, n);
    s->len = n;
    s->place = p;
    s->acronym = acronym;
    g->used++;
    return 1;
}

static const name_slot *find_key(const pl_gazetteer *g, const char *key, size_t n)
{
    if (!n || !g->nslot)
        return NULL;
    const name_slot *s = find_slot(g->slot, g->nslot, key, n);
    return s->key ? s : NULL;
}

/* No lower-case letter and at least one upper-case one: "UAE", "KABUL". */
static int is_upper(const char *s, size_t n)
{
    int upper = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
        upper |= s[i] >= 'A' && s[i] <= 'Z';
    }
    return upper;
}

/* ---- loading --------------------------------------------------------------- */

static int kind_index(const char *s, size_t n)
{
    for (int k = 0; k < NKINDS; k++)
        if (strlen(kinds[k]) == n && memcmp(kinds[k], s, n) == 0)
            return k;
    return -1;
}

/* Decimal degrees: [-+]digits[.digits], at most 12 digits, |value| <= limit. */
static int parse_degrees(field f, double limit, double *out)
{
    size_t i = 0;
    int neg = 0, digits = 0, frac = 0;
    double v = 0, scale = 1;
    if (i < f.n && (f.p[i] == '-' || f.p[i] == '+'))
        neg = f.p[i++] == '-';
    for (; i < f.n; i++) {
        char c = f.p[i];
        if (c == '.' && !frac) {
            frac = 1;
            continue;
        }
        if (c < '0' || c > '9' || ++digits > 12)
            return 0;
        v = v * 10 + (c - '0');
        if (frac)
            scale *= 10;
    }
    if (!digits || f.p[f.n - 1] == '.')
        return 0;
    v /= scale;
    if (v > limit)
        return 0;
    *out = neg ? -v : v;
    return 1;
}

static int valid_country(field f, int kind)
{
    if (f.n == 0)
        return kind == KIND_REGION;
    if (f.n != 3)
        return 0;
    for (size_t i = 0; i < 3; i++)
        if (f.p[i] < 'A' || f.p[i] > 'Z')
            return 0;
    return 1;
}

/* The next '|'-separated piece of f from *pos on (empty pieces included);
 * 0 when none is left. */
static int next_piece(field f, size_t *pos, field *piece)
{
    if (*pos > f.n)
        return 0;
    const char *bar = memchr(f.p + *pos, '|', f.n - *pos);
    size_t end = bar ? (size_t)(bar - f.p) : f.n;
    piece->p = f.p + *pos;
    piece->n = end - *pos;
    *pos = end + 1;
    return 1;
}

/* Checks one name (the main one or an alternative): what is wrong, or NULL. */
static const char *name_problem(field f)
{
    char key[MAX_KEY];
    size_t k = 0;
    if (!key_append(f.p, f.n, key, &k))
        return "name longer than 127 letters";
    return k ? NULL : "a name without letters or digits";
}

/* Checks every field of a split line: what is wrong, or NULL. */
static const char *line_problem(const field *f, int nf, double *lat, double *lon)
{
    if (nf != 6 && nf != 7)
        return "expected 6 or 7 TAB-separated columns";
    int kind = kind_index(f[1].p, f[1].n);
    if (kind < 0)
        return "unknown kind (country, capital, adm1, city, town, crossing, region)";
    if (!valid_country(f[2], kind))
        return "country is not an ISO 3166-1 alpha-3 code";
    if (!parse_degrees(f[4], 90, lat))
        return "bad latitude";
    if (!parse_degrees(f[5], 180, lon))
        return "bad longitude";
    const char *bad = name_problem(f[0]);
    field alt;
    for (size_t pos = 0; nf == 7 && !bad && next_piece(f[6], &pos, &alt);)
        if (alt.n)
            bad = name_problem(alt);
    return bad;
}

/* Files place p under one name (checked by name_problem before). */
static int add_one_name(pl_gazetteer *g, field name, int p)
{
    char key[MAX_KEY];
    size_t k = 0;
    key_append(name.p, name.n, key, &k);
    return !k || add_name(g, key, k, p, is_upper(name.p, name.n));
}

static int add_alternatives(pl_gazetteer *g, field alts, int p)
{
    field alt;
    for (size_t pos = 0; next_piece(alts, &pos, &alt);)
        if (!add_one_name(g, alt, p))
            return 0;
    return 1;
}

static int add_place(pl_gazetteer *g, const field *f, int nf, double lat, double lon)
{
    if (g->n == g->cap) {
        int cap = g->cap ? g->cap * 2 : 512;
        place_rec *place = realloc(g->place, (size_t)cap * sizeof *place);
        if (!place)
            return 0;
        g->place = place;
        g->cap = cap;
    }
    place_rec *r = &g->place[g->n];
    r->kind = kind_index(f[1].p, f[1].n);
    r->pub.name = pl_arena_strndup(&g->text, f[0].p, f[0].n);
    r->pub.kind = kinds[r->kind];
    r->pub.country = pl_arena_strndup(&g->text, f[2].p, f[2].n);
    r->pub.adm1 = pl_arena_strndup(&g->text, f[3].p, f[3].n);
    r->pub.lat = lat;
    r->pub.lon = lon;
    int p = g->n++;
    return add_one_name(g, f[0], p) && (nf < 7 || add_alternatives(g, f[6], p));
}

/* Splits line[0..n) at TABs into at most MAX_FIELDS + 1 fields (one more
 * than allowed, so a long line is seen as too long). */
static int split_fields(const char *line, size_t n, field *f)
{
    int nf = 0;
    size_t start = 0;
    for (size_t i = 0; i <= n && nf <= MAX_FIELDS; i++) {
        if (i < n && line[i] != '\t')
            continue;
        f[nf].p = line + start;
        f[nf++].n = i - start;
        start = i + 1;
    }
    return nf;
}

static void load_line(pl_gazetteer *g, const char *name, long lineno, const char *line, size_t n,
                      pl_diag *d)
{
    if (n && line[n - 1] == '\r')
        n--;
    if (n == 0 || line[0] == '#')
        return;
    if (memchr(line, '\0', n)) {
        pl_diag_report(d, name, lineno, "NUL byte in line");
        return;
    }
    field f[MAX_FIELDS + 1];
    double lat = 0, lon = 0;
    int nf = split_fields(line, n, f);
    const char *bad = line_problem(f, nf, &lat, &lon);
    if (bad)
        pl_diag_report(d, name, lineno, "%s", bad);
    else if (!add_place(g, f, nf, lat, lon))
        g->failed = 1;
}

pl_gazetteer *pl_gazetteer_load_mem(const char *name, const char *data, size_t len, pl_diag *d)
{
    pl_gazetteer *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    pl_arena_init(&g->text, 64 * 1024);
    if (!grow_table(g)) {
        pl_gazetteer_free(g);
        return NULL;
    }
    long lineno = 0;
    for (size_t pos = 0; pos < len && !g->failed;) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - data) : len;
        load_line(g, name, ++lineno, data + pos, end - pos, d);
        pos = end + 1;
    }
    if (g->failed) {
        pl_gazetteer_free(g);
        return NULL;
    }
    return g;
}

void pl_gazetteer_free(pl_gazetteer *g)
{
    if (!g)
        return;
    pl_arena_free(&g->text);
    free(g->place);
    free(g->slot);
    free(g);
}

int pl_gazetteer_count(const pl_gazetteer *g)
{
    return g ? g->n : 0;
}

int pl_gazetteer_count_kind(const pl_gazetteer *g, const char *kind)
{
    int k = kind && g ? kind_index(kind, strlen(kind)) : -1, count = 0;
    for (int i = 0; k >= 0 && i < g->n; i++)
        count += g->place[i].kind == k;
    return count;
}

const pl_place *pl_gazetteer_lookup(const pl_gazetteer *g, const char *text, size_t n)
{
    char key[MAX_KEY];
    size_t k = 0;
    if (!g || !text || !key_append(text, n, key, &k))
        return NULL;
    const name_slot *s = find_key(g, key, k);
    return s ? &g->place[s->place].pub : NULL;
}

/* ---- locating -------------------------------------------------------------- */

static int is_capitalised(const char *w)
{
    unsigned char c = w ? (unsigned char)w[0] : 0;
    return (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

static int has_key_bytes(const char *w)
{
    char key[MAX_KEY];
    size_t k = 0;
    key_append(w, strlen(w), key, &k);
    return k > 0;
}

/* Punctuation that may sit inside a name ("Mazar - i - Sharif", "St . Louis"). */
static int is_joiner(const char *w)
{
    return !strcmp(w, "-") || !strcmp(w, ".") || !strcmp(w, "'");
}

/* Upper-case words of at least two letters: dateline words ("KABUL"). */
static int is_upper_word(const char *w)
{
    int letters = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        if (*p >= 'a' && *p <= 'z')
            return 0;
        letters += *p >= 'A' && *p <= 'Z';
    }
    return letters >= 2;
}

/* A short all-capitals word ("ABA", "BAY") is an abbreviation, not the
 * place Aba or the region Bay, unless the gazetteer writes a name that way. */
static int is_stray_acronym(const char *w, const name_slot *s)
{
    return !s->acronym && s->len <= 3 && is_upper_word(w);
}

/* Length in tokens of the longest name starting at words[i] (0: none). */
static int longest_name(const pl_gazetteer *g, const char *const *words, int i, int nwords,
                        const place_rec **out)
{
    char key[MAX_KEY];
    size_t k = 0;
    int best = 0;
    for (int j = i; j < nwords && j - i < MAX_NAME_TOKENS && words[j]; j++) {
        if (!has_key_bytes(words[j])) {
            if (is_joiner(words[j]))
                continue;
            break;
        }
        if (!key_append(words[j], strlen(words[j]), key, &k))
            break;
        const name_slot *s = find_key(g, key, k);
        if (s && !(j == i && is_stray_acronym(words[i], s))) {
            best = j - i + 1;
            *out = &g->place[s->place];
        }
    }
    return best;
}

static int word_is(const char *w, const char *const *set)
{
    for (; *set; set++)
        if (strlen(w) == strlen(*set) && strncasecmp(w, *set, strlen(w)) == 0)
            return 1;
    return 0;
}

/* Is the name at words[i] introduced by a locative preposition, perhaps
 * through "the northern city of"? */
static int after_preposition(const char *const *words, int i)
{
    static const char *const filler[] = {
        "the",       "of",           "city",         "town",         "village",      "province",
        "district",  "region",       "capital",      "border",       "port",         "area",
        "outskirts", "nearby",       "northern",     "southern",     "eastern",      "western",
        "central",   "northeastern", "northwestern", "southeastern", "southwestern", "north",
        "south",     "east",         "west",         "besieged",     "occupied",     "frontier",
        NULL};
    static const char *const locative[] = {"in", "near", "at", "outside", "inside", "around", NULL};
    int j = i - 1;
    while (j >= 0 && i - j <= 6 && words[j] && word_is(words[j], filler))
        j--;
    if (j < 0 || !words[j])
        return 0;
    if (word_is(words[j], locative))
        return 1;
    return j > 0 && words[j - 1] && !strcasecmp(words[j], "from") &&
           !strcasecmp(words[j - 1], "across");
}

/* "KABUL --", "GAZA CITY (Reuters)", "PESHAWAR, Pakistan": a leading
 * upper-case name ended by a dash, colon, bracket or comma. */
static int is_dateline(const char *const *words, int i, int len, int nwords)
{
    static const char *const ends[] = {"--",           "-", ":", "(", "-LRB-", ",", "\xe2\x80\x94",
                                       "\xe2\x80\x93", NULL};
    if (i != 0 || len >= nwords || !words[len])
        return 0;
    for (int j = 0; j < len; j++)
        if (!is_joiner(words[j]) && !is_upper_word(words[j]))
            return 0;
    return word_is(words[len], ends);
}

static int kind_score(int kind)
{
    if (kind == KIND_COUNTRY)
        return 0;
    return kind == KIND_ADM1 || kind == KIND_REGION ? 1 : 2;
}

int pl_gazetteer_locate(const pl_gazetteer *g, const char *const *words, int nwords,
                        const pl_place **out, int *ntok)
{
    int best = -1, best_score = -1, best_len = 0;
    const place_rec *best_place = NULL;
    for (int i = 0; g && words && i < nwords; i++) {
        const place_rec *r = NULL;
        int len = is_capitalised(words[i]) ? longest_name(g, words, i, nwords, &r) : 0;
        if (!len)
            continue;
        int introduced = after_preposition(words, i) || is_dateline(words, i, len, nwords);
        int score = introduced * 10 + kind_score(r->kind);
        if (score > best_score) {
            best = i;
            best_score = score;
            best_len = len;
            best_place = r;
        }
        i += len - 1;
    }
    if (out)
        *out = best_place ? &best_place->pub : NULL;
    if (ntok)
        *ntok = best_len;
    return best;
}
