/*
 * coref.c - the document memory and the rules that resolve a phrase to an
 * actor of an earlier sentence (see coref.h for the rules).
 */
#include "coref.h"

#include <stdio.h>
#include <string.h>

/* ---- words ------------------------------------------------------------------------ */

/* What a pronoun or the head noun of a definite description asks for. */
typedef enum wants {
    WANT_PERSON,     /* he, she; the minister (role below) */
    WANT_COUNTRY,    /* the country */
    WANT_GOVERNMENT, /* the government: a country, coded with GOV */
    WANT_SINGULAR,   /* it: a country or an organisation */
    WANT_GROUP,      /* they; the group: a group or organisation */
    WANT_ARMED       /* the militants: an armed group */
} wants;

typedef struct word_rule {
    const char *word;
    wants want;
    const char *role; /* WANT_PERSON: the role a person must hold ("" any) */
    int any_org;      /* WANT_PERSON: an IGO/NGO person fits too */
} word_rule;

static const word_rule pronouns[] = {
    {"HE", WANT_PERSON, "", 0},   {"HIM", WANT_PERSON, "", 0},   {"HIS", WANT_PERSON, "", 0},
    {"SHE", WANT_PERSON, "", 0},  {"HER", WANT_PERSON, "", 0},   {"HERS", WANT_PERSON, "", 0},
    {"IT", WANT_SINGULAR, "", 0}, {"ITS", WANT_SINGULAR, "", 0}, {"THEY", WANT_GROUP, "", 0},
    {"THEM", WANT_GROUP, "", 0},  {"THEIR", WANT_GROUP, "", 0},  {"THEIRS", WANT_GROUP, "", 0},
};

/* Head nouns of "the ..." descriptions. The person titles also decide
 * that an agent-headed phrase ("Pakistan's foreign minister") is a person. */
static const word_rule descriptions[] = {
    {"MINISTER", WANT_PERSON, "GOV", 0},     {"PRESIDENT", WANT_PERSON, "GOV", 0},
    {"PREMIER", WANT_PERSON, "GOV", 0},      {"CHANCELLOR", WANT_PERSON, "GOV", 0},
    {"ENVOY", WANT_PERSON, "GOV", 1},        {"AMBASSADOR", WANT_PERSON, "GOV", 1},
    {"SPOKESMAN", WANT_PERSON, "GOV", 1},    {"SPOKESWOMAN", WANT_PERSON, "GOV", 1},
    {"SPOKESPERSON", WANT_PERSON, "GOV", 1}, {"GENERAL", WANT_PERSON, "MIL", 0},
    {"COMMANDER", WANT_PERSON, "MIL", 0},    {"GROUP", WANT_GROUP, "", 0},
    {"MOVEMENT", WANT_GROUP, "", 0},         {"ORGANISATION", WANT_GROUP, "", 0},
    {"ORGANIZATION", WANT_GROUP, "", 0},     {"MILITANTS", WANT_ARMED, "", 0},
    {"REBELS", WANT_ARMED, "", 0},           {"INSURGENTS", WANT_ARMED, "", 0},
    {"FIGHTERS", WANT_ARMED, "", 0},         {"GUERRILLAS", WANT_ARMED, "", 0},
    {"COUNTRY", WANT_COUNTRY, "", 0},        {"NATION", WANT_COUNTRY, "", 0},
    {"GOVERNMENT", WANT_GOVERNMENT, "", 0},
};

static const word_rule *find_rule(const word_rule *rules, size_t n, const char *word)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(rules[i].word, word) == 0)
            return &rules[i];
    return NULL;
}

#define FIND_RULE(table, word) find_rule((table), sizeof(table) / sizeof((table)[0]), (word))

/* ---- codes -------------------------------------------------------------------------- */

/* CAMEO's international types, which head a code where a country would. */
static int international_type(const char *code)
{
    static const char *const types[] = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS"};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strncmp(code, types[i], 3) == 0)
            return 1;
    return 0;
}

/* The role of a code: its last three letters ("" for a bare country). */
static const char *role_of(const char *code)
{
    size_t n = strlen(code);
    return n >= 6 ? code + n - 3 : "";
}

static int armed_role(const char *code)
{
    static const char *const roles[] = {"REB", "INS", "SEP", "UAF"};
    const char *role = role_of(code);
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (strcmp(role, roles[i]) == 0)
            return 1;
    return strncmp(code, "IMG", 3) == 0;
}

/* A person's entry: codes that change with the date (terms of office),
 * written in two or more words (so also in the surname index). */
static int person_entry(const pl_actor *a)
{
    int dated = 0;
    for (int i = 0; i < a->ncodes; i++)
        dated |= a->codes[i].from || a->codes[i].to;
    return dated && strchr(a->name, ' ') != NULL;
}

static int is_plural_noun(const pl_sentence *s, int i)
{
    return strcmp(s->tok[i].xpos, "NNS") == 0 || strcmp(s->tok[i].xpos, "NNPS") == 0;
}

/* ---- the memory --------------------------------------------------------------------- */

void pl_coref_begin_document(pl_coref *m)
{
    m->n = 0;
    m->sentence = 0;
}

void pl_coref_next_sentence(pl_coref *m)
{
    m->sentence++;
}

void pl_coref_set_explain(pl_coref *m, void (*fn)(void *ud, const char *line), void *ud)
{
    m->explain = fn;
    m->explain_ud = ud;
}

/* The i-th newest entry (0 = newest), or NULL past the oldest kept. */
static const pl_coref_entry *newest(const pl_coref *m, int i)
{
    if (i >= m->n || i >= PL_COREF_KEEP)
        return NULL;
    return &m->e[(m->n - 1 - i) % PL_COREF_KEEP];
}

static void push(pl_coref *m, const pl_coref_entry *e)
{
    m->e[m->n % PL_COREF_KEEP] = *e;
    m->n++;
    if (m->n >= 2 * PL_COREF_KEEP) /* keep the count small; the ring position is the same */
        m->n -= PL_COREF_KEEP;
}

/* Copy at most size-1 bytes of src, cut at a UTF-8 character boundary. */
static void copy_cut(char *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    if (n >= size) {
        n = size - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Tokens [start, end) as written, joined by blanks and cut to fit. */
static void span_text(const pl_sentence *s, int start, int end, char *out, size_t size)
{
    size_t len = 0;
    out[0] = '\0';
    for (int i = start; i < end && i < s->n && len + 1 < size; i++) {
        if (len)
            out[len++] = ' ';
        copy_cut(out + len, size - len, s->tok[i].form);
        len += strlen(out + len);
    }
}

/* ---- resolving ------------------------------------------------------------------------- */

static int person_fits(const pl_coref_entry *e, const word_rule *w)
{
    if (e->kind != PL_COREF_PERSON)
        return 0;
    if (!w->role[0] || strcmp(role_of(e->code), w->role) == 0)
        return 1;
    return w->any_org && (strncmp(e->code, "IGO", 3) == 0 || strncmp(e->code, "NGO", 3) == 0);
}

static int fits(const pl_coref_entry *e, const word_rule *w)
{
    switch (w->want) {
    case WANT_PERSON:
        return person_fits(e, w);
    case WANT_COUNTRY:
    case WANT_GOVERNMENT:
        return e->kind == PL_COREF_COUNTRY;
    case WANT_SINGULAR:
        return e->kind == PL_COREF_COUNTRY || (e->kind == PL_COREF_GROUP && !e->plural);
    case WANT_GROUP:
        return e->kind == PL_COREF_GROUP;
    case WANT_ARMED:
        return e->kind == PL_COREF_GROUP && armed_role(e->code);
    }
    return 0;
}

/* The newest fitting actor, or a subject that fits in the same sentence. */
static const pl_coref_entry *most_recent_fit(const pl_coref *m, const word_rule *w)
{
    const pl_coref_entry *e, *found = NULL;
    for (int i = 0; (e = newest(m, i)); i++) {
        if (found && e->last_seen != found->last_seen)
            break;
        if (!fits(e, w))
            continue;
        if (e->subject)
            return e;
        if (!found)
            found = e;
    }
    return found;
}

/* "Khan said": the most recent person whose entry ends with that word. */
static const pl_coref_entry *surname_antecedent(const pl_coref *m, const pl_actors *r, int head)
{
    const pl_sentence *s = r->t->s;
    if (strcmp(s->tok[head].xpos, "NNP") != 0)
        return NULL;
    PL_FOR_CHILDREN(r->t, head, c)
    {
        if (pl_is(r->t, c, PL_COMPOUND) || pl_is(r->t, c, PL_FLAT))
            return NULL; /* "Sadiq Khan" is not "Imran Khan" */
    }
    uint32_t id;
    if (!pl_knowledge_word(r->k, s->tok[head].norm, &id))
        return NULL;
    const pl_actor *const *people;
    int np = pl_actors_by_surname(r->k, id, &people);
    const pl_coref_entry *e;
    for (int i = 0; (e = newest(m, i)); i++)
        for (int p = 0; e->kind == PL_COREF_PERSON && p < np; p++)
            if (people[p] == e->actor)
                return e;
    return NULL;
}

static int actor_before(const pl_actors *r, int i)
{
    for (int k = 0; k < r->nm && r->m[k].start < i; k++)
        if (r->m[k].actor)
            return 1;
    return 0;
}

/* "the Ghani government", "the Taliban's group": a name inside the phrase. */
static int has_name_inside(const pl_actors *r, int head)
{
    PL_FOR_CHILDREN(r->t, head, c)
    {
        if (pl_is(r->t, c, PL_COMPOUND) || pl_is(r->t, c, PL_FLAT) || pl_is(r->t, c, PL_NMOD_POSS))
            return 1;
    }
    return 0;
}

/* The rule a pronoun or a definite description at head asks for, or NULL. */
static const word_rule *rule_at(const pl_actors *r, int head)
{
    const pl_sentence *s = r->t->s;
    const char *xpos = s->tok[head].xpos;
    if (!strcmp(xpos, "PRP") || !strcmp(xpos, "PRP$"))
        return pl_is(r->t, head, PL_EXPL) || actor_before(r, head)
                   ? NULL
                   : FIND_RULE(pronouns, s->tok[head].norm);
    if (strcmp(s->tok[head].upos, "NOUN") != 0 || has_name_inside(r, head))
        return NULL;
    int det = pl_child_with(r->t, head, PL_DET);
    if (det < 0 || strcmp(s->tok[det].norm, "THE") != 0)
        return NULL;
    return FIND_RULE(descriptions, s->tok[head].norm);
}

static void explain_resolution(const pl_coref *m, const pl_sentence *s, int head,
                               const pl_code_ref *out, const char *why)
{
    if (!m->explain)
        return;
    char line[512];
    snprintf(line, sizeof line, "resolved '%s' (token %d) -> %s: %s '%s' of sentence %d",
             s->tok[head].form, head, out->code, why, out->antecedent, out->antecedent_sentence);
    m->explain(m->explain_ud, line);
}

int pl_coref_resolve(const pl_coref *m, pl_actors *r, int head, pl_code_ref *out)
{
    if (!m || m->n == 0 || head < 0 || head >= r->t->s->n)
        return 0;
    const pl_sentence *s = r->t->s;
    const word_rule *w = rule_at(r, head);
    const pl_coref_entry *e = w ? most_recent_fit(m, w) : surname_antecedent(m, r, head);
    if (!e)
        return 0;
    char code[PL_COREF_CODE + 4];
    snprintf(code, sizeof code, "%s%s", e->code, w && w->want == WANT_GOVERNMENT ? "GOV" : "");
    int is_pronoun = s->tok[head].xpos[0] == 'P';
    *out = (pl_code_ref){pl_arena_strdup(r->a, code),
                         is_pronoun ? head : r->t->lo[head],
                         head + 1,
                         e->actor,
                         pl_arena_strdup(r->a, e->text),
                         e->sentence};
    explain_resolution(m, s, head, out,
                       !w           ? "the person of that surname"
                       : is_pronoun ? "the pronoun's most recent fitting actor"
                                    : "the description's most recent fitting actor");
    return 1;
}

/* ---- remembering ------------------------------------------------------------------------ */

/* What kind of actor the phrase at head names with ref; 0 if none. */
static int classify(const pl_actors *r, int head, const pl_code_ref *ref, pl_coref_entry *e)
{
    const pl_sentence *s = r->t->s;
    int mi = r->mention_at[head];
    if (mi < 0)
        return 0;
    const pl_mention *m = &r->m[mi];
    e->plural = 0;
    e->actor = m->actor;
    if (m->actor) { /* the phrase is a name */
        if (strlen(ref->code) == 3)
            e->kind = international_type(ref->code) ? PL_COREF_GROUP : PL_COREF_COUNTRY;
        else if (person_entry(m->actor) && !armed_role(ref->code))
            e->kind = PL_COREF_PERSON;
        else
            e->kind = PL_COREF_GROUP;
        return 1;
    }
    const word_rule *title = FIND_RULE(descriptions, s->tok[head].norm);
    e->actor = NULL;
    e->plural = is_plural_noun(s, head);
    e->kind = title && title->want == WANT_PERSON && !e->plural ? PL_COREF_PERSON : PL_COREF_GROUP;
    return 1;
}

static void explain_remembered(const pl_coref *m, const pl_coref_entry *e)
{
    static const char *const kinds[] = {"person", "country", "group"};
    if (!m->explain)
        return;
    char line[512];
    snprintf(line, sizeof line, "remembered %s %s%s '%s' (sentence %d)", e->code,
             e->plural ? "plural " : "", kinds[e->kind], e->text, e->sentence);
    m->explain(m->explain_ud, line);
}

/* A phrase resolved to an earlier actor makes that actor the most recent
 * again, a subject if the phrase is one. */
static void refresh(pl_coref *m, const pl_code_ref *ref, int subject)
{
    const pl_coref_entry *e;
    for (int i = 0; (e = newest(m, i)); i++)
        if (e->sentence == ref->antecedent_sentence && !strcmp(e->code, ref->code) &&
            !strcmp(e->text, ref->antecedent)) {
            pl_coref_entry copy = *e;
            copy.subject = subject;
            copy.last_seen = m->sentence;
            push(m, &copy);
            explain_remembered(m, &copy);
            return;
        }
}

static void remember_ref(pl_coref *m, const pl_actors *r, int head, const pl_code_ref *ref)
{
    if (strchr(ref->code, '~') || ref->code[0] == '"')
        return; /* an agent alone or a new actor's text names no one we could meet again */
    if (ref->antecedent) {
        refresh(m, ref, pl_is(r->t, head, PL_NSUBJ));
        return;
    }
    pl_coref_entry e;
    memset(&e, 0, sizeof e);
    if (!classify(r, head, ref, &e))
        return;
    e.subject = pl_is(r->t, head, PL_NSUBJ);
    copy_cut(e.code, sizeof e.code, ref->code);
    span_text(r->t->s, ref->start, ref->end, e.text, sizeof e.text);
    e.sentence = e.last_seen = m->sentence;
    push(m, &e);
    explain_remembered(m, &e);
}

/* The phrase a token belongs to, for remembering: the top of a mention's
 * phrase, or a pronoun or surname phrase whose codes were worked out. */
static int phrase_of(const pl_actors *r, int i)
{
    if (r->mention_at[i] >= 0)
        return pl_phrase_top(r, i);
    return r->state[i] == 2 ? i : -1;
}

void pl_coref_remember(pl_coref *m, pl_actors *r)
{
    int n = r->t->s->n;
    unsigned char *seen = pl_arena_zalloc(r->a, (size_t)(n ? n : 1));
    /* Work out every phrase's codes before the memory changes: a phrase
     * may itself be resolved from the memory. */
    for (int i = 0; i < n; i++) {
        int p = phrase_of(r, i);
        if (p >= 0)
            pl_phrase_codes(r, p);
    }
    for (int i = 0; i < n; i++) {
        int p = phrase_of(r, i);
        if (p < 0 || seen[p])
            continue;
        seen[p] = 1;
        const pl_codes *c = pl_phrase_codes(r, p);
        for (int k = 0; k < c->n; k++)
            remember_ref(m, r, p, &c->v[k]);
    }
}
