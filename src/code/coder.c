/*
 * coder.c - events from a dependency tree and the dictionaries (see coder.h).
 */
#include "coder.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../parse/tree_index.h"
#include "../recognise/actors.h"
#include "../recognise/coref.h"

typedef struct coder {
    const pl_knowledge *k;
    const pl_sentence *s;
    const pl_coder_opts *o;
    pl_arena *a;
    pl_tree t;
    pl_actors r;
    const pl_explain *x;
    pl_event *ev;
    int nev, cap;
    const char **word;           /* per token: the dictionaries' copy of its word, or NULL */
    uint32_t *word_id;           /* per token: that word's number, UINT32_MAX when unknown */
    const char **present;        /* hash set of the non-NULL word pointers */
    unsigned present_mask;
    unsigned char *dom;          /* scratch: tokens in the current verb's clause */
    unsigned char *covered;      /* per token: this verb gave a complete event, or spelled one out */
    unsigned char *consumed;     /* per token: this verb's event went into a transformation */
} coder;

static void explain_line(const coder *c, const char *fmt, ...) PL_PRINTF(2, 3);
static void explain_line(const coder *c, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    c->x->line(c->x->ud, buf);
}

/* Tested before the call, so that without an explanation sink (the usual
 * case) the arguments are not even evaluated: some calls are per pattern. */
#define EXPLAINING(c) ((c)->x && (c)->x->line)
#define EXPLAIN(c, ...)                                                                   \
    do {                                                                                  \
        if (EXPLAINING(c))                                                                \
            explain_line((c), __VA_ARGS__);                                               \
    } while (0)

static const char *tok(const coder *c, int i)
{
    return c->s->tok[i].norm;
}

static int is_word(const coder *c, int i, const char *w)
{
    return strcmp(tok(c, i), w) == 0;
}

static int is_negation_word(const char *w)
{
    return !strcmp(w, "NOT") || !strcmp(w, "N'T") || !strcmp(w, "NEVER") || !strcmp(w, "NO");
}

/* ---- the verb's clause ------------------------------------------------------------ */

/* Dependents that start another clause or belong to the subject: their
 * words are not the verb's objects. */
static int leaves_clause(const pl_tree *t, int i, int top_level)
{
    static const uint64_t top = PL_RELS(PL_NSUBJ) | PL_RELS(PL_CSUBJ) | PL_RELS(PL_CONJ) |
                                PL_RELS(PL_PARATAXIS) | PL_RELS(PL_ADVCL) | PL_RELS(PL_PUNCT) |
                                PL_RELS(PL_CC) | PL_RELS(PL_MARK) | PL_RELS(PL_DISCOURSE) |
                                PL_RELS(PL_VOCATIVE) | PL_RELS(PL_LIST) | PL_RELS(PL_EXPL) |
                                PL_RELS(PL_AUX) | PL_RELS(PL_COP) | PL_RELS(PL_REPARANDUM);
    static const uint64_t deep = PL_RELS(PL_ACL_RELCL) | PL_RELS(PL_ADVCL) | PL_RELS(PL_CCOMP) |
                                 PL_RELS(PL_PARATAXIS);
    return pl_is_any(t, i, top_level ? top : deep);
}

/* "shelling offensive against [besieged Osgiliath]": a clause introduced by
 * a preposition rather than a subordinator (after, when, because) is an
 * argument of the verb, not a separate circumstance. */
static int is_prepositional_clause(const coder *c, int i)
{
    static const char *const preps[] = {"AGAINST", "ON", "AT", "INTO", "TOWARD", "TOWARDS",
                                        "WITH", "OF", "FOR", "TO", "UPON", NULL};
    if (!pl_is(&c->t, i, PL_ADVCL))
        return 0;
    int m = pl_child_with(&c->t, i, PL_MARK);
    for (int k = 0; m >= 0 && preps[k]; k++)
        if (is_word(c, m, preps[k]))
            return 1;
    return 0;
}

/* "began to question whether he has a future with X": a clause marked
 * "whether" is a complement (UD ccomp) even when the parser made it an
 * adverbial clause. */
static int is_whether_clause(const coder *c, int i)
{
    int m = pl_is(&c->t, i, PL_ADVCL) ? pl_child_with(&c->t, i, PL_MARK) : -1;
    return m >= 0 && is_word(c, m, "WHETHER");
}

/* A complement clause after the verb is part of what the verb is about
 * ("Arnor believes Dagolath can cope"); one before it is the reported
 * statement of "..., an official said" and belongs to its own verb. */
static void mark_clause(coder *c, int head, int top_level)
{
    c->dom[head] = 1;
    PL_FOR_CHILDREN(&c->t, head, ch)
    {
        int complement = pl_is(&c->t, ch, PL_CCOMP) || is_whether_clause(c, ch);
        if (top_level && complement && ch > head) {
            mark_clause(c, ch, 0);
            continue;
        }
        if (leaves_clause(&c->t, ch, top_level) && !is_prepositional_clause(c, ch))
            continue;
        if (top_level && complement && ch < head)
            continue;
        mark_clause(c, ch, 0);
    }
}

/* ---- verb forms -------------------------------------------------------------------- */

/* Dictionary words are interned, so tokens are compared by pointer. */
static int words_at(const coder *c, int pos, const pl_words *w)
{
    if (pos < 0 || pos + w->n > c->s->n)
        return 0;
    for (int i = 0; i < w->n; i++)
        if (c->word[pos + i] != w->w[i])
            return 0;
    return 1;
}

static unsigned hash_ptr(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15u;
    return (unsigned)(x >> 32);
}

static int word_present(const coder *c, const char *w)
{
    for (unsigned i = hash_ptr(w) & c->present_mask;; i = (i + 1) & c->present_mask) {
        if (c->present[i] == w)
            return 1;
        if (!c->present[i])
            return 0;
    }
}

static void index_words(coder *c)
{
    int n = c->s->n;
    unsigned size = 16;
    while (size < 2u * (unsigned)n)
        size *= 2;
    c->word = pl_arena_alloc(c->a, sizeof(char *) * (size_t)(n ? n : 1));
    c->word_id = pl_arena_alloc(c->a, sizeof(uint32_t) * (size_t)(n ? n : 1));
    c->present = pl_arena_zalloc(c->a, sizeof(char *) * size);
    c->present_mask = size - 1;
    for (int i = 0; i < n; i++) {
        const char *w = pl_knowledge_word(c->k, tok(c, i), &c->word_id[i]);
        c->word[i] = w;
        if (!w || word_present(c, w))
            continue;
        unsigned j = hash_ptr(w) & c->present_mask;
        while (c->present[j])
            j = (j + 1) & c->present_mask;
        c->present[j] = w;
    }
}

/* Can the pattern match at all? Every word element needs one of its
 * alternatives' first words somewhere in the sentence. Most patterns of a
 * large block fail here, before any search. */
static int element_possible(const coder *c, const pl_pat_elem *el)
{
    for (int a = 0; a < el->nalts; a++)
        if (el->alts[a].n > 0 && word_present(c, el->alts[a].w[0]))
            return 1;
    return 0;
}

static int pattern_possible(const coder *c, const pl_pattern *p)
{
    if (p->anchor >= 0 && !element_possible(c, &p->elem[p->anchor]))
        return 0;
    for (int e = 0; e < p->nelem; e++)
        if (e != p->anchor && p->elem[e].kind == PE_WORDS && !element_possible(c, &p->elem[e]))
            return 0;
    return 1;
}

/* The dictionary form of the verb at token v: a multi-word form whose
 * particles follow and whose front words precede, else the plain form. */
static const pl_verb_form *verb_form(const coder *c, int v)
{
    for (const pl_verb_form *f = pl_verb_lookup_id(c->k, c->word_id[v]); f; f = f->next) {
        if (f->before.n && !words_at(c, v - f->before.n, &f->before))
            continue;
        if (f->after.n && !words_at(c, v + 1, &f->after))
            continue;
        return f;
    }
    return NULL;
}

static int is_verb_token(const coder *c, int i)
{
    const pl_token *t = &c->s->tok[i];
    if (strncmp(t->xpos, "VB", 2) != 0)
        return 0;
    return !pl_is(&c->t, i, PL_AUX) && !pl_is(&c->t, i, PL_COP);
}

/* The by-phrase the parser labelled obl:agent. One without "by" is an
 * object the parser misread after taking a finite verb for a participle
 * ("rebels abducted 13 staff members" with "members" as the agent). */
static int agent_child(const coder *c, int v)
{
    int ag = pl_child_with(&c->t, v, PL_OBL_AGENT);
    int cs = ag >= 0 ? pl_child_with(&c->t, ag, PL_CASE) : -1;
    return cs >= 0 && is_word(c, cs, "BY") ? ag : -1;
}

static int is_passive(const coder *c, int v)
{
    if (pl_child_with(&c->t, v, PL_AUX_PASS) >= 0 || pl_child_with(&c->t, v, PL_NSUBJ_PASS) >= 0)
        return 1;
    /* a participle with a by-agent: "an attack launched by X", "Rebuked by X, Y ..." */
    return strcmp(c->s->tok[v].xpos, "VBN") == 0 && agent_child(c, v) >= 0;
}

static int is_negated(const coder *c, int v)
{
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        if ((pl_is(&c->t, ch, PL_ADVMOD) || pl_is(&c->t, ch, PL_AUX)) &&
            is_negation_word(tok(c, ch)))
            return 1;
    }
    return 0;
}

/* ---- source and target ------------------------------------------------------------ */

/* "the official news agency WFNA said", parsed as a relative clause on
 * "agency" with the name as its subject: a bare name that names no actor,
 * right after the noun the clause modifies (no relative word between),
 * is that noun's name, and the noun's phrase the subject. */
static int name_beside_its_noun(const coder *c, int v, int s)
{
    int h = c->s->tok[v].head;
    if (!pl_is(&c->t, v, PL_ACL_RELCL) || s != h + 1 || c->t.lo[s] != s ||
        strcmp(c->s->tok[s].upos, "PROPN") != 0)
        return s;
    pl_actors *r = (pl_actors *)&c->r;
    return !pl_phrase_codes(r, s)->n && pl_phrase_codes(r, h)->n ? h : s;
}

/* Is phrase head, a dependent of v, the tail of a name that starts in
 * another dependent of v ("centre of a row between Radagast | the Brown
 * called": the parser cut "Radagast the Brown" in two)? Then it is no
 * subject of its own; the name belongs to the phrase it starts in. */
static int tail_of_a_name(const coder *c, int v, int head)
{
    int mi = c->r.mention_at[head];
    if (mi < 0 || c->r.m[mi].start >= c->t.lo[head])
        return 0;
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        if (ch != head && pl_dominates(&c->t, ch, c->r.m[mi].start))
            return 1;
    }
    return 0;
}

/* A subject with a preposition of its own is a time or place phrase the
 * parser took for one: "Pyongyang on Thursday fired shells" parsed with
 * "Thursday" as the subject of "fired". */
static int prepositional_subject(const coder *c, int s)
{
    int cs = pl_child_with(&c->t, s, PL_CASE);
    return cs >= 0 && cs < s && !strcmp(c->s->tok[cs].xpos, "IN");
}

static int subject_of(const coder *c, int v, int depth)
{
    int s = pl_child_with(&c->t, v, PL_NSUBJ);
    if (s >= 0 && (tail_of_a_name(c, v, s) || prepositional_subject(c, s)))
        s = -1;
    if (s >= 0 && (depth > 0 || !pl_is(&c->t, s, PL_NSUBJ_PASS)))
        return name_beside_its_noun(c, v, s);
    int p = c->s->tok[v].head;
    if (p < 0 || depth > 8)
        return -1;
    if (pl_is(&c->t, v, PL_XCOMP)) {
        int o = pl_child_with(&c->t, p, PL_OBJ);   /* object control: "urged B to help" */
        if (o >= 0 && pl_phrase_codes((pl_actors *)&c->r, o)->n)
            return o;
        return subject_of(c, p, depth + 1);
    }
    if (pl_is(&c->t, v, PL_CONJ) || pl_is(&c->t, v, PL_ADVCL) || pl_is(&c->t, v, PL_DEP))
        return subject_of(c, p, depth + 1);
    if (pl_is(&c->t, v, PL_ACL) && strcmp(c->s->tok[v].xpos, "VBG") == 0)
        return p;                                  /* "the parade supporting Gondor" */
    return -1;
}

static int is_noun(const coder *c, int i)
{
    return !strcmp(c->s->tok[i].upos, "NOUN") || !strcmp(c->s->tok[i].upos, "PROPN");
}

/* Is the non-verb i the predicate of a clause with a copula ("Arnor is
 * about to ...", "Gondor is the winner")? (A subject alone does not make
 * one: the parser hangs "forces" on the noun of "forces arrested Khan".) */
static int is_predicate(const coder *c, int i)
{
    return pl_child_with(&c->t, i, PL_COP) >= 0;
}

/* Does v say something on its own: a tensed verb or one with an auxiliary
 * ("did allow"), not subordinated by a marker ("that", "to") nor a
 * modifier or complement whose subject lies elsewhere? A participle counts
 * only as a bare dependent (the tagger's "fired" in "X on Thursday fired"). */
static int is_main_clause_verb(const coder *c, int v)
{
    static const uint64_t modifier = PL_RELS(PL_ACL) | PL_RELS(PL_AMOD) | PL_RELS(PL_ADVCL) |
                                     PL_RELS(PL_XCOMP) | PL_RELS(PL_CSUBJ) | PL_RELS(PL_CONJ);
    const char *x = c->s->tok[v].xpos;
    if (pl_is_any(&c->t, v, modifier) || pl_child_with(&c->t, v, PL_MARK) >= 0)
        return 0;
    if (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") ||
        pl_child_with(&c->t, v, PL_AUX) >= 0)
        return 1;
    return !strcmp(x, "VBN") && pl_is(&c->t, v, PL_DEP);
}

/* "X signed a pact, the Chinese foreign ministry said": the apposition
 * ending right before v that is v's subject (pl_reporting_subject), or -1. */
static int apposition_before(const coder *c, int v)
{
    for (int a = v - 1, steps = 0; a >= 0 && c->t.hi[a] == v - 1 && steps <= c->s->n;
         a = c->s->tok[a].head, steps++)
        if (pl_reporting_subject(&c->r, a))
            return a;
    return -1;
}

/* Is token i inside such an apposition? It is no target of the clause it
 * hangs in. */
static int in_reporting_subject(const coder *c, int i)
{
    for (int x = i, steps = 0; x >= 0 && steps <= c->s->n; x = c->s->tok[x].head, steps++)
        if (pl_reporting_subject(&c->r, x))
            return 1;
    return 0;
}

/* Words that name a time, which UD hangs bare as obl:unmarked ("late
 * Sunday", "this week"). */
static int is_time_noun(const coder *c, int i)
{
    static const char *const words[] = {
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
        "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "DAY", "DAYS", "WEEK", "WEEKS",
        "WEEKEND", "MONTH", "MONTHS", "YEAR", "YEARS", "NIGHT", "MORNING", "EVENING",
        "AFTERNOON", "TODAY", "TONIGHT", "YESTERDAY", "TOMORROW", "HOUR", "HOURS", "TIME",
        "DECADE", "DECADES"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (is_word(c, i, words[k]))
            return 1;
    return 0;
}

/* A noun phrase hung on a verb as a plain obl, or as obl:unmarked when it
 * names no time: the parser's label for a subject it lost. */
static int is_bare_oblique(const coder *c, int i)
{
    const char *rel = c->s->tok[i].deprel;
    return !strcmp(rel, "obl") || (!strcmp(rel, "obl:unmarked") && !is_time_noun(c, i));
}

/* The subject of a verb the parser left without one, when the tree shows
 * where it went: a noun phrase before the verb labelled obl with no
 * preposition ("Arnor's minister, in remarks ..., urged": obl needs a case
 * marker, and obl:unmarked a time), else the root of a sentence
 * the parser built around a noun ("Pyongyang on Thursday fired shells",
 * "Gollum in recent days did allow that ..."). -1 if neither. */
static int lost_subject(const coder *c, int v)
{
    if (!is_main_clause_verb(c, v))
        return -1;
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        if (ch < v && is_bare_oblique(c, ch) && is_noun(c, ch) &&
            pl_child_with(&c->t, ch, PL_CASE) < 0)
            return ch;
    }
    int appos = apposition_before(c, v);
    if (appos >= 0)
        return appos;
    int root = c->t.root;
    return root >= 0 && root < v && is_noun(c, root) && !is_predicate(c, root) ? root : -1;
}

/* The by-phrase of a passive verb, also when the parser hung it under an
 * adverb ("was opposed earlier by X"). */
static int passive_agent(const coder *c, int v)
{
    int ag = agent_child(c, v);
    if (ag >= 0)
        return ag;
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        if (pl_is(&c->t, ch, PL_ADVMOD) && (ag = passive_agent(c, ch)) >= 0)
            return ag;
        if (!pl_is(&c->t, ch, PL_OBL))
            continue;
        int cs = pl_child_with(&c->t, ch, PL_CASE);
        if (cs >= 0 && (is_word(c, cs, "BY") || is_word(c, cs, "FROM")))
            return ch;
    }
    return -1;
}

/* A token that can stand for an actor: a dictionary mention or a pronoun. */
static int actor_phrase_at(coder *c, int i)
{
    if (c->r.mention_at[i] < 0 && strcmp(c->s->tok[i].xpos, "PRP") != 0 &&
        !pl_new_actor_head(&c->r, i))
        return -1;
    int top = c->r.mention_at[i] >= 0 ? pl_phrase_top(&c->r, i) : i;
    if (!c->dom[top] || !pl_phrase_codes(&c->r, top)->n)
        return -1;
    return top;
}

/* Do two phrases stand for the same actors ("Sam ... whether he ...")? */
static int same_actors(coder *c, int a, int b)
{
    const pl_codes *x = pl_phrase_codes(&c->r, a), *y = pl_phrase_codes(&c->r, b);
    if (x->n != y->n)
        return 0;
    for (int i = 0; i < x->n; i++)
        if (strcmp(x->v[i].code, y->v[i].code) != 0)
            return 0;
    return 1;
}

/* Does code name a state actor: a country with a state role (PAKGOV)? */
static int has_state_role(const char *code)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"};
    if (strlen(code) < 6)
        return 0;
    for (size_t i = 0; i < sizeof state / sizeof state[0]; i++)
        if (strncmp(code + 3, state[i], 3) == 0)
            return 1;
    return 0;
}

/* Is tgt the bare country of a state actor src (PAKGOV and PAK)? A state's
 * officials and forces do not act on their own country as a whole: such a
 * pair is the source's country named again beside it ("Defence Minister X
 * warned that Pakistan would ...", "its", an apposition), while rebels and
 * the opposition may well act on it ("rebels seized the country"). */
static int own_country(const char *src, const char *tgt)
{
    return strlen(tgt) == 3 && strncmp(src, tgt, 3) == 0 && has_state_role(src);
}

/* Does every code of phrase b name the own country of a code of phrase a? */
static int own_country_phrase(coder *c, int a, int b)
{
    const pl_codes *x = pl_phrase_codes(&c->r, a), *y = pl_phrase_codes(&c->r, b);
    if (!x->n || !y->n)
        return 0;
    for (int j = 0; j < y->n; j++) {
        int own = 0;
        for (int i = 0; i < x->n && !own; i++)
            own = own_country(x->v[i].code, y->v[j].code);
        if (!own)
            return 0;
    }
    return 1;
}

/* Is the phrase at top a place after a locative preposition ("met in
 * Qatar", "patrols in Syria")? */
static int is_place_phrase(const coder *c, int top)
{
    static const char *const locative[] = {"IN", "AT", "NEAR", "ACROSS", "INSIDE", "OUTSIDE",
                                           "AROUND", "THROUGHOUT", "WITHIN", "ALONG", "OFF"};
    if (!pl_is(&c->t, top, PL_OBL) && !pl_is(&c->t, top, PL_NMOD))
        return 0;
    int cs = pl_child_with(&c->t, top, PL_CASE);
    if (cs < 0)
        return 0;
    for (size_t i = 0; i < sizeof locative / sizeof locative[0]; i++)
        if (is_word(c, cs, locative[i]))
            return 1;
    return 0;
}

/* Is phrase b only the source's own forces or officials, named by their
 * role alone ("India moved troops toward its border with Pakistan",
 * "Israel withdrew its soldiers from Gaza")? Such a phrase is what the
 * state acts with, not on; by petrel's conventions the target is looked
 * for further on. */
static int own_instrument(coder *c, int a, int b)
{
    static const char *const state[] = {"MIL", "COP", "GOV", "SPY"};
    if (a < 0 || !pl_knowledge_petrel_conventions(c->k))
        return 0;
    const pl_codes *x = pl_phrase_codes(&c->r, a), *y = pl_phrase_codes(&c->r, b);
    if (!x->n || !y->n)
        return 0;
    for (int i = 0; i < x->n; i++) {
        const char *sc = x->v[i].code;
        if (sc[0] == '~' || sc[0] == '"' || (strlen(sc) != 3 && !has_state_role(sc)))
            return 0;            /* a country or its state, not a group or a role alone */
    }
    for (int j = 0; j < y->n; j++) {
        const char *tc = y->v[j].code;
        int role = 0;
        for (size_t k = 0; k < sizeof state / sizeof state[0] && !role; k++)
            role = tc[0] == '~' && strncmp(tc + 1, state[k], 3) == 0 && !tc[4];
        if (!role)
            return 0;
    }
    return 1;
}

/* Is token i, before the verb's subject, inside a dependent of v that a
 * comma sets off from the rest ("..., five years after crowds burned its
 * embassy, an official said")? Such a fronted phrase is the setting, or
 * the statement reported, not whom the verb acts on. */
static int in_set_off_front(const coder *c, int v, int source, int i)
{
    if (source < 0 || i >= c->t.lo[source])
        return 0;
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        if (!pl_dominates(&c->t, ch, i))
            continue;
        int end = c->t.hi[ch];
        return !strcmp(c->s->tok[end].form, ",") ||
               (end + 1 < c->s->n && !strcmp(c->s->tok[end + 1].form, ","));
    }
    return 0;
}

/* The first actor phrase of the verb's clause after the verb, else before
 * it, that is not the source again, nor the source's own country. A source
 * that dominates the verb (a root noun the parser hung the verb under)
 * shares no words with the clause. */
static int default_target(coder *c, int v, int source)
{
    int separate = source >= 0 && !pl_dominates(&c->t, source, v);
    for (int pass = 0; pass < 2; pass++) {
        int from = pass == 0 ? v + 1 : 0, to = pass == 0 ? c->s->n : v;
        for (int i = from; i < to; i++) {
            if (!c->dom[i] || (separate && pl_dominates(&c->t, source, i)) ||
                (pass == 1 && in_set_off_front(c, v, source, i)) || in_reporting_subject(c, i))
                continue;
            int top = actor_phrase_at(c, i);
            if (top >= 0 && top != source &&
                !(source >= 0 && (same_actors(c, top, source) || own_country_phrase(c, source, top) ||
                                  own_instrument(c, source, top))))
                return top;
        }
    }
    return -1;
}

/* ---- patterns ------------------------------------------------------------------------ */

typedef struct binding {
    int source, target, compound;    /* phrase tops bound by $ + %, -1 if none */
    int words;                       /* matched words: the pattern's specificity */
    int negation;                    /* a matched word spells out negation */
} binding;

typedef struct matcher {
    coder *c;
    const pl_pattern *p;
    int verb;
    binding b;
} matcher;

/* Length in tokens of the "one word or name" a '^' skips at pos: an actor
 * mention, or a base noun phrase ("the Gondor", "United Arab Emirates"). */
static int chunk_len(const coder *c, int pos)
{
    int mi = c->r.mention_at[pos];
    if (mi >= 0 && c->r.m[mi].start == pos)
        return c->r.m[mi].end - pos;
    int end = pos;
    while (end + 1 < c->s->n && c->s->tok[end].head > end &&
           (pl_is(&c->t, end, PL_COMPOUND) || pl_is(&c->t, end, PL_FLAT) ||
            pl_is(&c->t, end, PL_DET) || pl_is(&c->t, end, PL_AMOD)))
        end = c->s->tok[end].head;
    return end - pos + 1;
}

static int match_from(matcher *m, int e, int pos, int end, int adj);

static int try_at(matcher *m, int e, int start, int len, int end, binding saved)
{
    if (match_from(m, e + 1, start + len, end, m->p->elem[e].adjacent))
        return 1;
    m->b = saved;
    return 0;
}

/* Match elements e.. of the current part in [pos, end); adj: the element
 * must start exactly at pos. The post-verb part also stays in the clause. */
static int match_from(matcher *m, int e, int pos, int end, int adj)
{
    const pl_pattern *p = m->p;
    coder *c = m->c;
    int stop = e <= p->verb_at ? p->verb_at : p->nelem;
    if (e == stop)
        return e == p->verb_at ? (!adj || pos == end) : 1;
    const pl_pat_elem *el = &p->elem[e];
    int post = e > p->verb_at;
    int last = adj ? pos : end - 1;
    binding saved = m->b;
    switch (el->kind) {
    case PE_PP_OPEN:
    case PE_PP_CLOSE:
    case PE_NP_OPEN:
    case PE_NP_CLOSE:
        return match_from(m, e + 1, pos, end, adj || el->adjacent);
    case PE_VERB:
        return 0;
    case PE_SKIP:
        if (pos >= end || (post && !c->dom[pos]))
            return 0;
        return try_at(m, e, pos, chunk_len(c, pos), end, saved);
    case PE_WORDS:
        for (int st = pos; st <= last && st < end; st++) {
            /* every alternative has a first word (the loader rejects empty
             * ones), so a word no dictionary uses matches none */
            if ((post && !c->dom[st]) || !c->word[st])
                continue;
            int from, to;
            pl_elem_alts_with(el, c->word[st], &from, &to);
            for (int k = from; k < to; k++) {
                const pl_words *w = &el->alts[el->by_first ? el->by_first[k].alt : k];
                /* the first word is compared here: most alternatives fail on it */
                if (st + w->n > end || c->word[st] != w->w[0] || !words_at(c, st, w))
                    continue;
                m->b.words += w->n;
                for (int i = 0; i < w->n; i++)
                    m->b.negation |= is_negation_word(w->w[i]);
                if (try_at(m, e, st, w->n, end, saved))
                    return 1;
            }
        }
        return 0;
    case PE_SOURCE:
    case PE_TARGET:
    case PE_COMPOUND:
        for (int st = pos; st <= last && st < end; st++) {
            if (post && !c->dom[st])
                continue;   /* after the verb, actors too stay in its clause */
            int mi = c->r.mention_at[st];
            int prp = strcmp(c->s->tok[st].xpos, "PRP") == 0;
            if ((mi < 0 || c->r.m[mi].start != st) && !prp)
                continue;
            int top = mi >= 0 ? pl_phrase_top(&c->r, st) : st;
            const pl_codes *cs = pl_phrase_codes(&c->r, top);
            if (cs->n == 0 || (el->kind == PE_COMPOUND && cs->n < 2))
                continue;
            /* '%' before the verb: events among the members ("A and B met");
             * after it: a compound target ("agrees with A and B"). */
            if (el->kind == PE_SOURCE)
                m->b.source = top;
            else if (el->kind == PE_TARGET || post)
                m->b.target = top;
            else
                m->b.compound = top;
            m->b.words++;
            int len = mi >= 0 ? c->r.m[mi].end - st : 1;
            if (try_at(m, e, st, len, end, saved))
                return 1;
        }
        return 0;
    }
    return 0;
}

/* The words of a multi-word verb ("exchange fire", "carry out") are the
 * verb's, not its object's: the pattern's parts before and after '*' are
 * matched around all of them, so that a pattern for "fight fires" does not
 * take the FIRE of "exchanged fire", and "(WITH ...)" right after the verb
 * follows its particle. */
static int match_pattern(coder *c, const pl_pattern *p, int v, const pl_verb_form *f,
                         binding *out)
{
    matcher m = {c, p, v, {-1, -1, -1, 0, 0}};
    int first = v - f->before.n, last = v + f->after.n;
    if (first < 0 || last >= c->s->n)
        first = last = v;
    if (!match_from(&m, 0, 0, first, 0))
        return 0;
    int adj = p->elem[p->verb_at].adjacent;
    binding pre = m.b;
    if (!match_from(&m, p->verb_at + 1, last + 1, c->s->n, adj))
        return 0;
    (void)pre;
    *out = m.b;
    return 1;
}

/* The patterns of blk that the sentence's words make possible -- those
 * anchored at one of its words, and those without words -- as ascending
 * indexes into blk->patterns; returns their number. */
static int candidates(coder *c, const pl_verb_block *blk, int **out)
{
    unsigned char *seen = pl_arena_zalloc(c->a, (size_t)blk->npatterns + 1);
    int *list = pl_arena_alloc(c->a, sizeof(int) * (size_t)(blk->npatterns + 1));
    int n = 0;
    for (int i = 0; i < blk->nunanchored; i++) {
        seen[blk->unanchored[i]] = 1;
        list[n++] = blk->unanchored[i];
    }
    for (int t = 0; t < c->s->n; t++) {
        const int *idx;
        int m = pl_block_patterns_with(c->k, blk, c->word_id[t], &idx);
        for (int i = 0; i < m; i++)
            if (!seen[idx[i]]) {
                seen[idx[i]] = 1;
                list[n++] = idx[i];
            }
    }
    /* few and nearly sorted: insertion sort */
    for (int i = 1; i < n; i++) {
        int x = list[i], j = i;
        for (; j > 0 && list[j - 1] > x; j--)
            list[j] = list[j - 1];
        list[j] = x;
    }
    *out = list;
    return n;
}

/* Explanations list every pattern of the block, also those no word of the
 * sentence makes possible (patterns [from, to) here). */
static void explain_impossible(const coder *c, const pl_verb_block *blk, int from, int to)
{
    if (!EXPLAINING(c))
        return;   /* the loop is per pattern of the block: skip it when nobody listens */
    for (int i = from; i < to; i++)
        EXPLAIN(c, "    pattern %s:%d  %-40s  %s", blk->patterns[i].file, blk->patterns[i].line,
                blk->patterns[i].text, "no match");
}

static const pl_pattern *best_pattern(coder *c, const pl_verb_form *f, int v, binding *best)
{
    const pl_verb_block *blk = f->block;
    const pl_pattern *win = NULL;
    int *cand, ncand = candidates(c, blk, &cand), next = 0;
    for (int k = 0; k < ncand; k++) {
        int i = cand[k];
        const pl_pattern *p = &blk->patterns[i];
        binding b;
        int ok = pattern_possible(c, p) && match_pattern(c, p, v, f, &b);
        explain_impossible(c, blk, next, i);
        EXPLAIN(c, "    pattern %s:%d  %-40s  %s", p->file, p->line, p->text,
                ok ? "matches" : "no match");
        next = i + 1;
        if (ok && (!win || b.words > best->words)) {
            win = p;
            *best = b;
        }
    }
    explain_impossible(c, blk, next, blk->npatterns);
    return win;
}

/* ---- events ----------------------------------------------------------------------------- */

static int has_code(const char *code)
{
    return code && code[0] && strcmp(code, "---") != 0;
}

static void push_event(coder *c, pl_event e)
{
    for (int i = 0; i < c->nev; i++)
        if (!strcmp(c->ev[i].source, e.source) && !strcmp(c->ev[i].target, e.target) &&
            !strcmp(c->ev[i].code, e.code))
            return;
    if (c->nev == c->cap) {
        int cap = c->cap ? c->cap * 2 : 8;
        pl_event *v = pl_arena_alloc(c->a, sizeof *v * (size_t)cap);
        if (c->nev)
            memcpy(v, c->ev, sizeof *v * (size_t)c->nev);
        c->ev = v;
        c->cap = cap;
    }
    c->ev[c->nev++] = e;
    if (strcmp(e.source, "---") != 0 && strcmp(e.target, "---") != 0)
        c->covered[e.verb] = 1;
    EXPLAIN(c, "  => event %s %s %s", e.source, e.target, e.code);
}

static const pl_code_ref none_ref = {"---", -1, -1, NULL, NULL, 0};

/* Is verb v subordinate to a verb that already gave an event? A one-sided
 * event (require_dyad off) from such a clause only repeats the context of
 * the complete event above it ("... after crowds burned its embassy"). A
 * clause set beside another (parataxis: "A met B, officials said", as UD
 * EWT attaches a reporting clause) is not subordinate to it, nor is one
 * the parser hung under a punctuation mark, which governs nothing. */
static int inside_coded_clause(const coder *c, int v)
{
    for (int i = v, steps = 0; c->s->tok[i].head >= 0 && steps < c->s->n;
         i = c->s->tok[i].head, steps++) {
        if (pl_is(&c->t, i, PL_PARATAXIS) || pl_is(&c->t, i, PL_PUNCT))
            return 0;
        if (c->covered[c->s->tok[i].head])
            return 1;
    }
    return 0;
}

/* A target that names only a role ("~CVL": "civilians", "opposition
 * activists") belongs to the source's country when the source is a
 * country's actor: news leaves the nationality out when it is the same
 * ("Pakistani police arrested opposition activists" -> PAKOPP). Sources
 * without a country, and international ones, lend none. petrel's
 * convention only: PETRARCH leaves such a target ---CVL. */
static const char *role_in_source_country(coder *c, const char *src, const char *tgt)
{
    static const char *const international[] = {"IGO", "NGO", "IMG", "MNC", "UAF"};
    if (!pl_knowledge_petrel_conventions(c->k) || tgt[0] != '~' || !tgt[1] || src[0] == '~' ||
        src[0] == '"' || strlen(src) < 3)
        return tgt;
    for (size_t i = 0; i < sizeof international / sizeof international[0]; i++)
        if (strncmp(src, international[i], 3) == 0)
            return tgt;
    size_t n = strlen(tgt);
    char *code = pl_arena_alloc(c->a, n + 3);
    memcpy(code, src, 3);
    memcpy(code + 3, tgt + 1, n);   /* with the terminating NUL */
    return code;
}

/* "Gunmen killed civilians" with no country anywhere: by petrel's
 * conventions (eval/README.md) a role without a country is no actor, so
 * what it does or suffers is not coded. */
static int countryless_role(const coder *c, const char *code)
{
    return code[0] == '~' && pl_knowledge_petrel_conventions(c->k);
}

/* Every source code against every target code. */
/* Are s and t two actors that merely share a code: different dictionary
 * entries named in different places ("Prime Minister Raila Odinga accused
 * President Mwai Kibaki", both KENGOV)? By petrel's conventions they may act
 * on each other; one entry named twice may not. */
static int distinct_actors(const coder *c, const pl_code_ref *s, const pl_code_ref *t)
{
    return pl_knowledge_petrel_conventions(c->k) && s->actor && t->actor && s->actor != t->actor &&
           strlen(s->code) > 3 && (t->end <= s->start || s->end <= t->start);
}

static void emit_pairs(coder *c, const pl_codes *src, const pl_codes *tgt, const char *code,
                       pl_event proto)
{
    int ns = src->n ? src->n : 1, nt = tgt->n ? tgt->n : 1;
    if ((c->o->require_dyad && (!src->n || !tgt->n)) || (!src->n && !tgt->n)) {
        EXPLAIN(c, "  code %s but no %s: no event", code,
                !src->n && !tgt->n ? "source and target" : !src->n ? "source" : "target");
        return;
    }
    if ((!src->n || !tgt->n) && inside_coded_clause(c, proto.verb)) {
        EXPLAIN(c, "  code %s lacks a side and its clause is part of a coded event: no event",
                code);
        return;
    }
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < nt; j++) {
            const pl_code_ref *s = src->n ? &src->v[i] : &none_ref;
            const pl_code_ref *t = tgt->n ? &tgt->v[j] : &none_ref;
            pl_event e = proto;
            e.source = s->code;
            e.target = src->n ? role_in_source_country(c, s->code, t->code) : t->code;
            if (src->n && tgt->n &&
                ((!strcmp(e.source, e.target) && !distinct_actors(c, s, t)) ||
                 own_country(e.source, e.target)))
                continue;                 /* an actor acting on itself through a shared phrase */
            if (countryless_role(c, e.source) || countryless_role(c, e.target)) {
                EXPLAIN(c, "  %s %s: a role without a country is no actor", e.source, e.target);
                continue;
            }
            e.code = code;
            e.src_start = s->start;
            e.src_end = s->end;
            e.tgt_start = t->start;
            e.tgt_end = t->end;
            e.src_antecedent = s->antecedent;
            e.src_antecedent_sentence = s->antecedent_sentence;
            e.tgt_antecedent = t->antecedent;
            e.tgt_antecedent_sentence = t->antecedent_sentence;
            push_event(c, e);
        }
}

/* "A and B met": events among the members of a compound actor. */
static void emit_among(coder *c, const pl_codes *members, const char *code, pl_event proto)
{
    proto.among = 1;
    for (int i = 0; i < members->n; i++)
        for (int j = 0; j < members->n; j++) {
            if (i == j)
                continue;
            pl_codes one_s = {&members->v[i], 1}, one_t = {&members->v[j], 1};
            emit_pairs(c, &one_s, &one_t, code, proto);
        }
}

/* Do the members of a compound subject without a target act on each
 * other? For cooperative roots (03-06: "A and B met", "signed"); by
 * petrel's conventions (eval/README.md) also for fighting, root 19, which
 * without an object is between the two sides ("A and B clashed",
 * "exchanged fire"), and for de-escalation, 087, which two sides agree on
 * with each other ("A and B agreed to a ceasefire", "declared a truce"). */
static int reciprocal_code(const coder *c, const char *code)
{
    if (code[0] == '0' && code[1] >= '3' && code[1] <= '6')
        return 1;
    return pl_knowledge_petrel_conventions(c->k) &&
           ((code[0] == '1' && code[1] == '9') || !strncmp(code, "087", 3));
}

/* Does target code t name subject member s again: the same actor, or the
 * bare country of it (PSE beside PSEGOV)? Another actor of the same
 * country is a third party: "NATO troops and Afghan soldiers launched an
 * offensive against the Taliban" (AFGREB is not AFGMIL). */
static int names_member_again(const char *s, const char *t)
{
    return !strcmp(s, t) || (strlen(t) == 3 && !strncmp(s, t, 3));
}

/* Does every target code name a subject member again, or no country at
 * all? "Israel and the PLO signed a declaration on Palestinian self-rule",
 * "A and B signed a deal to build migrant centres": the object names a
 * member again or only a role, so by petrel's conventions the act stays
 * among the members rather than at a third. */
static int target_among_members(const coder *c, const pl_codes *S, const pl_codes *T)
{
    if (!pl_knowledge_petrel_conventions(c->k) || !T->n)
        return 0;
    for (int j = 0; j < T->n; j++) {
        int found = 0;
        for (int i = 0; i < S->n && !found; i++)
            found = T->v[j].code[0] == '~' || names_member_again(S->v[i].code, T->v[j].code);
        if (!found)
            return 0;
    }
    return 1;
}

/* "called on Gondor [to be allowed] to leave": a to-infinitive that the
 * parser hung as an adverbial clause (UD EWT does so for purpose clauses). */
static int is_infinitive_clause(const coder *c, int v)
{
    int m = pl_child_with(&c->t, v, PL_MARK);
    return pl_is(&c->t, v, PL_ADVCL) && m >= 0 && is_word(c, m, "TO");
}

static int stranded_verb(const coder *c, int v);

/* By petrel's conventions an uncoded verb without a subject between a
 * framing verb and its complement only links them: "vowed to KEEP
 * fighting Hezbollah", "pledged to TRY to help". */
static int linking_verb(const coder *c, int g)
{
    return pl_knowledge_petrel_conventions(c->k) && !c->covered[g] &&
           (pl_is(&c->t, g, PL_XCOMP) || is_infinitive_clause(c, g)) &&
           pl_child_with(&c->t, g, PL_NSUBJ) < 0;
}

/* Did verb g give an event of CAMEO root `root` ("10")? */
static int gave_root(const coder *c, int g, const char *root)
{
    for (int i = 0; i < c->nev; i++)
        if (c->ev[i].verb == g && !strncmp(c->ev[i].code, root, 2))
            return 1;
    return 0;
}

/* By petrel's conventions (eval/README.md) some clauses only say what a
 * coded act is about, and what they report has not happened or is only
 * alleged: "demanded THAT BRITAIN RELEASE the tanker" (a demand or an
 * appeal, roots 10 and 02), "accused Rwanda OF BACKING the rebels" (an
 * accusation, root 11). The governing verb, or -1. */
static int clause_of_demand_or_charge(const coder *c, int v)
{
    int h = c->s->tok[v].head;
    if (!pl_knowledge_petrel_conventions(c->k) || h < 0)
        return -1;
    if (pl_is(&c->t, v, PL_CCOMP) && (gave_root(c, h, "10") || gave_root(c, h, "02")))
        return h;
    int m = pl_child_with(&c->t, v, PL_MARK);
    if (pl_is(&c->t, v, PL_ADVCL) && m >= 0 && is_word(c, m, "OF") && gave_root(c, h, "11"))
        return h;
    return -1;
}

/* The coded verb whose action a dependent verb without its own subject only
 * spells out: "urged Bree TO HELP", "abandoned efforts TO STOP", "agreed TO
 * MEET". Such complements describe what is asked, intended or refused, not
 * an event that happened, so they give no event of their own. -1 if none. */
static int framing_verb(const coder *c, int v)
{
    int h = clause_of_demand_or_charge(c, v);
    if (h >= 0)
        return h;
    if (pl_child_with(&c->t, v, PL_NSUBJ) >= 0 || stranded_verb(c, v))
        return -1;
    if (!pl_is(&c->t, v, PL_XCOMP) && !pl_is(&c->t, v, PL_ACL) && !is_infinitive_clause(c, v))
        return -1;
    int g = c->s->tok[v].head;
    for (int steps = 0; g >= 0 && steps < c->s->n && (!is_verb_token(c, g) || linking_verb(c, g));
         steps++)
        g = c->s->tok[g].head;
    return g >= 0 && c->covered[g] ? g : -1;
}

/* What one verb says: who, to whom, which pattern and code. */
typedef struct verb_reading {
    int v;
    const pl_verb_form *f;
    int passive, negated;
    int src, tgt;              /* phrase heads, -1 when absent */
    const pl_pattern *p;       /* best pattern, NULL for the verb's own code */
    binding b;
    const char *active, *inverse;
    int spelled;               /* a clause that only spells out this verb's act, or -1 */
    pl_codes split;            /* the codes of a subject the parser split, when n > 0 */
    const pl_codes *stranded;  /* target codes of a verb the parser stranded, or NULL */
} verb_reading;

static void push_code(coder *c, pl_codes *l, int *cap, pl_code_ref ref)
{
    for (int i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].code, ref.code))
            return;
    if (l->n == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        pl_code_ref *v = pl_arena_alloc(c->a, sizeof *v * (size_t)*cap);
        if (l->n)
            memcpy(v, l->v, sizeof *v * (size_t)l->n);
        l->v = v;
    }
    l->v[l->n++] = ref;
}

/* Drop the role-only codes of a list that has an actor: in a split subject
 * they are the titles of the named one ("Army chief | Asim Munir"). */
static void drop_roles(pl_codes *l)
{
    int n = 0;
    for (int i = 0; i < l->n; i++)
        if (l->v[i].code[0] != '~')
            l->v[n++] = l->v[i];
    if (n)
        l->n = n;
}

/* A role-only code ("~JUD") beside exactly one bare country (KOR) in a
 * split subject is that country's role: "South Korean | prosecutors";
 * beside a named actor it is that actor's title. */
static void join_roles_to_country(coder *c, pl_codes *l)
{
    int country = -1, roles = 0;
    for (int i = 0; i < l->n; i++) {
        if (l->v[i].code[0] == '~')
            roles++;
        else if (strlen(l->v[i].code) == 3 && country < 0)
            country = i;
        else if (strlen(l->v[i].code) == 3)
            return;                   /* two countries: whose role it is is unknown */
    }
    if (country < 0) {
        drop_roles(l);
        return;
    }
    if (!roles)
        return;
    char buf[64];
    size_t len = 3;
    memcpy(buf, l->v[country].code, 3);
    int n = 0;
    for (int i = 0; i < l->n; i++) {
        const char *code = l->v[i].code;
        size_t cl = strlen(code);
        if (code[0] == '~' && len + cl - 1 < sizeof buf) {
            memcpy(buf + len, code + 1, cl - 1);
            len += cl - 1;
        } else if (i != country) {
            l->v[n++] = l->v[i];
        }
    }
    pl_code_ref joined = l->v[country];
    joined.code = pl_arena_strndup(c->a, buf, len);
    l->v[n++] = joined;
    l->n = n;
}

/* "Jens Stoltenberg and Dmitry Medvedev signed", parsed with two subjects
 * (the second conjunct hung on the verb as another nsubj), or "South Korean
 * | prosecutors questioned": every nsubj of an active verb is part of one
 * subject. Its codes are the union of theirs; none when there is one. */
static int all_new_actors(const pl_codes *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->v[i].code[0] != '"')
            return 0;
    return l->n > 0;
}

/* "Gryffindor's head | Minerva McGonagall left": subjects that follow each
 * other with no word between are one noun phrase the parser cut in two
 * (an apposition without commas). In new-actor mode they name one new
 * actor, tokens [lo, hi]; a name too long for one is no actor, as the
 * whole phrase would not be. */
static void join_new_actor_subjects(coder *c, verb_reading *r, int lo, int hi)
{
    const char *code = pl_new_actor_span(&c->r, lo, hi);
    if (!code) {
        r->split.n = 0;
        r->src = -1;
        return;
    }
    r->split.v[0] = (pl_code_ref){code, lo, hi + 1, NULL, NULL, 0};
    r->split.n = 1;
}

static void split_subject(coder *c, verb_reading *r)
{
    int cap = 0, subjects = 0, lo = -1, hi = -1, adjacent = 1;
    PL_FOR_CHILDREN(&c->t, r->v, ch)
    {
        if (!pl_is(&c->t, ch, PL_NSUBJ) || pl_is(&c->t, ch, PL_NSUBJ_PASS) ||
            tail_of_a_name(c, r->v, ch))
            continue;
        subjects++;
        adjacent &= hi < 0 || c->t.lo[ch] == hi + 1;
        if (lo < 0)
            lo = c->t.lo[ch];
        hi = c->t.hi[ch];
        const pl_codes *x = pl_phrase_codes(&c->r, ch);
        for (int i = 0; i < x->n; i++)
            push_code(c, &r->split, &cap, x->v[i]);
    }
    if (subjects < 2) {
        r->split.n = 0;
        return;
    }
    if (adjacent && all_new_actors(&r->split))
        join_new_actor_subjects(c, r, lo, hi);
    else
        join_roles_to_country(c, &r->split);
}

/* Has v a by-phrase ("seized by rebels"), the mark of a true participle? */
static int has_by_agent(const coder *c, int v)
{
    if (agent_child(c, v) >= 0)
        return 1;
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        int cs = pl_is(&c->t, ch, PL_OBL) ? pl_child_with(&c->t, ch, PL_CASE) : -1;
        if (cs >= 0 && is_word(c, cs, "BY"))
            return 1;
    }
    return 0;
}

static int noun_phrase_word(const coder *c, int i);

/* By petrel's conventions also a participle modifier right after its noun
 * phrase ("missiles and drones struck") that has an object of its own,
 * even where the sentence has another main verb: a passive participle
 * takes no object ("troops stationed in X", "camps run by X"), so "Russian
 * drones struck power stations across Ukraine, the ministry said" is the
 * parser's misreading of a finite verb. */
static int stranded_with_object(const coder *c, int v)
{
    int head = c->s->tok[v].head;
    if (!pl_knowledge_petrel_conventions(c->k) || !pl_is(&c->t, v, PL_ACL) || head < 0 ||
        head > v || pl_child_with(&c->t, v, PL_OBJ) < 0)
        return 0;
    for (int i = head + 1; i < v; i++)
        if (!noun_phrase_word(c, i))
            return 0;
    return 1;
}

/* By petrel's conventions also a participle the parser hung as a modifier
 * on the noun after it while a noun of another phrase stands right before
 * it: "Pakistani police arrested hundreds of activists" parsed with
 * "arrested" as an adjective of "hundreds". Unhyphenated, a participle
 * between two nouns is a finite verb ("the arrested men" has a determiner
 * before it, "U.S.-backed forces" a hyphen). */
static int modifier_after_a_noun(const coder *c, int v)
{
    int head = c->s->tok[v].head;
    if (!pl_knowledge_petrel_conventions(c->k) || !pl_is(&c->t, v, PL_AMOD) || head <= v ||
        v == 0 || !is_noun(c, v - 1))
        return 0;
    return !pl_dominates(&c->t, head, v - 1);
}

/* A past-tense verb the parser took for a participle modifying a noun, in
 * a sentence it left without a main verb: "Zimbabwean police detained
 * opposition leader X" parsed as police [detained leader X]. The tree
 * says nothing about who acted then, so the words read in order: the
 * noun phrase right before the verb is the subject, the one after it the
 * object. Not a participle with an auxiliary or a by-agent (a true
 * passive), nor one in a sentence that has its main verb or a predicate
 * ("Arnor is about to ..."). */
static int stranded_verb(const coder *c, int v)
{
    const pl_token *t = &c->s->tok[v];
    if (strcmp(t->xpos, "VBD") != 0 && strcmp(t->xpos, "VBN") != 0)
        return 0;
    if (!(pl_is(&c->t, v, PL_AMOD) || pl_is(&c->t, v, PL_ACL)) || pl_is(&c->t, v, PL_ACL_RELCL))
        return 0;
    if (pl_child_with(&c->t, v, PL_NSUBJ) >= 0 || pl_child_with(&c->t, v, PL_AUX) >= 0 ||
        has_by_agent(c, v))
        return 0;
    int root = c->t.root;
    if (root >= 0 && strcmp(c->s->tok[root].upos, "VERB") != 0 &&
        strcmp(c->s->tok[root].upos, "AUX") != 0 && !is_predicate(c, root))
        return 1;
    return stranded_with_object(c, v) || modifier_after_a_noun(c, v);
}

/* Is token i a word of a plain noun phrase or of a coordination of them
 * ("Israeli helicopters and warplanes", "U.S.-led warplanes"; no verb but
 * a hyphenated participle, no preposition or comma)? */
static int noun_phrase_word(const coder *c, int i)
{
    static const char *const tags[] = {"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART", "CCONJ"};
    for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++)
        if (strcmp(c->s->tok[i].upos, tags[k]) == 0)
            return 1;
    const char *x = c->s->tok[i].xpos;
    int participle = !strcmp(x, "VBN") || !strcmp(x, "VBG");
    return !strcmp(x, "HYPH") || (participle && i > 0 && !strcmp(c->s->tok[i - 1].xpos, "HYPH"));
}

/* Codes of the noun phrase that ends just before token `at` (dir -1) or
 * starts just after it (dir 1), read without the tree. */
static const pl_codes *phrase_codes_beside(coder *c, int at, int dir, int *edge)
{
    int lo = at, hi = at + 1;
    if (dir < 0)
        while (lo > 0 && noun_phrase_word(c, lo - 1))
            lo--;
    else
        while (hi < c->s->n && noun_phrase_word(c, hi))
            hi++;
    *edge = dir < 0 ? lo - 1 : hi;
    return dir < 0 ? pl_span_codes(&c->r, lo, at) : pl_span_codes(&c->r, at + 1, hi);
}

/* Codes of the noun phrase next to v, before it (dir -1) or after it (dir
 * 1); when that one names no actor, of the one beyond a preposition
 * ("left yesterday for Minas Tirith", "Arnor on Thursday signed"). */
static const pl_codes *adjacent_phrase_codes(coder *c, int v, int dir)
{
    int edge;
    const pl_codes *x = phrase_codes_beside(c, v, dir, &edge);
    if (x->n || edge < 0 || edge >= c->s->n || strcmp(c->s->tok[edge].upos, "ADP") != 0)
        return x;
    return phrase_codes_beside(c, edge, dir, &edge);
}

/* The object of a stranded verb: the noun phrase right after it, or when
 * that names no actor and a preposition follows, the phrase after the
 * preposition ("launched air strikes | against Taliban targets"). */
static const pl_codes *stranded_object(coder *c, int v)
{
    const pl_codes *tgt = adjacent_phrase_codes(c, v, 1);
    int next = v + 1;
    while (next < c->s->n && noun_phrase_word(c, next))
        next++;
    if (tgt->n || next >= c->s->n || strcmp(c->s->tok[next].upos, "ADP") != 0)
        return tgt;
    return adjacent_phrase_codes(c, next, 1);
}

/* The words read as a stranded verb's object (the noun phrase after it,
 * and one more beyond a preposition) join its clause, so that its patterns
 * see them: "police fired | tear gas | at protesters" is a 175 whichever
 * way the parser hung "tear gas". By petrel's conventions only. */
static void mark_stranded_object(coder *c, int v)
{
    if (!pl_knowledge_petrel_conventions(c->k))
        return;
    int i = v + 1;
    for (int part = 0; part < 2 && i < c->s->n; part++) {
        if (part == 1) {
            if (strcmp(c->s->tok[i].upos, "ADP") != 0)
                return;
            c->dom[i++] = 1;
        }
        while (i < c->s->n && noun_phrase_word(c, i))
            c->dom[i++] = 1;
    }
}

static void stranded_roles(coder *c, verb_reading *r)
{
    const pl_codes *src = adjacent_phrase_codes(c, r->v, -1);
    const pl_codes *tgt = stranded_object(c, r->v);
    EXPLAIN(c, "  verb stranded by the parser: subject and object read in word order");
    mark_stranded_object(c, r->v);
    r->split = *src;
    r->stranded = tgt;
    r->src = r->tgt = -1;
}

/* "condemned the attack and promised aid to the villages", parsed with
 * "aid" as one more conjunct beside the two verbs: a noun conjunct right
 * after a conjoined verb that has no object is that verb's object. Its
 * words join the verb's clause. */
static void mark_stray_object(coder *c, int v)
{
    int h = c->s->tok[v].head;
    if (!pl_is(&c->t, v, PL_CONJ) || h < 0 || pl_child_with(&c->t, v, PL_OBJ) >= 0)
        return;
    PL_FOR_CHILDREN(&c->t, h, ch)
    {
        if (c->t.lo[ch] == c->t.hi[v] + 1 && pl_is(&c->t, ch, PL_CONJ) && is_noun(c, ch))
            mark_clause(c, ch, 0);
    }
}

/* "accused President X of violating the deal" parsed with X as the subject
 * of "of violating": by petrel's conventions X is the verb's object, and
 * the clause is the charge, which eval/README.md does not code. -1 if the
 * verb has no such clause. */
static int subject_of_charge(const coder *c, int v)
{
    if (!pl_knowledge_petrel_conventions(c->k) || pl_child_with(&c->t, v, PL_OBJ) >= 0)
        return -1;
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        int m = pl_child_with(&c->t, ch, PL_MARK);
        if (pl_is(&c->t, ch, PL_ADVCL) && m >= 0 && is_word(c, m, "OF") &&
            pl_child_with(&c->t, ch, PL_NSUBJ) >= 0)
            return ch;
    }
    return -1;
}

/* By petrel's conventions an object pronoun that names no actor ("accusing
 * them of ...", them unresolved) still fills the object: the target is not
 * looked for further on ("... to war crimes prosecutors"). */
static int unresolved_object_pronoun(coder *c, int obj)
{
    return pl_knowledge_petrel_conventions(c->k) && obj >= 0 &&
           !strcmp(c->s->tok[obj].xpos, "PRP") && !pl_phrase_codes(&c->r, obj)->n;
}

static void find_roles(coder *c, verb_reading *r)
{
    const pl_sentence *s = c->s;
    int v = r->v;
    r->spelled = -1;
    memset(c->dom, 0, (size_t)s->n);
    mark_clause(c, v, 1);
    mark_stray_object(c, v);
    r->passive = is_passive(c, v);
    r->negated = is_negated(c, v);
    if (!r->passive && stranded_verb(c, v)) {
        stranded_roles(c, r);
        return;
    }
    int subj = subject_of(c, v, 0);
    if (subj < 0 && !r->passive)
        subj = lost_subject(c, v);
    r->src = r->passive ? passive_agent(c, v) : subj;
    if (r->passive) {
        r->tgt = pl_child_with(&c->t, v, PL_NSUBJ_PASS);
        if (r->tgt < 0)
            r->tgt = subject_of(c, v, 1);
        if (r->tgt < 0 && pl_is(&c->t, v, PL_ACL))
            r->tgt = s->tok[v].head;
    } else {
        split_subject(c, r);
        int charge = subject_of_charge(c, v);
        if (charge >= 0) {
            EXPLAIN(c, "  the subject of the charge 'of ...' is the object");
            r->tgt = pl_child_with(&c->t, charge, PL_NSUBJ);
            r->spelled = charge;
            return;
        }
        int obj = pl_child_with(&c->t, v, PL_OBJ);
        r->tgt = (obj >= 0 && pl_phrase_codes(&c->r, obj)->n && !own_instrument(c, r->src, obj)) ||
                         unresolved_object_pronoun(c, obj)
                     ? obj
                     : default_target(c, v, r->src);
    }
}

static const pl_codes *codes_of(coder *c, int phrase)
{
    static const pl_codes empty = {NULL, 0};
    return phrase >= 0 ? pl_phrase_codes(&c->r, phrase) : &empty;
}

/* The object of a verb, if it names an actor; -1 if none. */
static int actor_object(coder *c, int v)
{
    int o = pl_child_with(&c->t, v, PL_OBJ);
    return o >= 0 && pl_phrase_codes(&c->r, o)->n ? o : -1;
}

/* Does verb v have an object that names something by name, an actor or
 * not ("hanged Najibullah", "closed the Attari crossing")? */
static int names_own_object(const coder *c, int v)
{
    int o = pl_child_with(&c->t, v, PL_OBJ);
    if (o < 0)
        return 0;
    for (int i = c->t.lo[o]; i <= c->t.hi[o]; i++)
        if (!strcmp(c->s->tok[i].upos, "PROPN"))
            return 1;
    return 0;
}

/* "visited Ukraine and promised support", "beat and arrested women": two
 * verbs of one subject joined by a conjunction act on the same one when
 * only one of them names it. By petrel's conventions a verb without a
 * subject, a target or a named object of its own takes the actor object of
 * the verb it is conjoined with (the one before it, else one after it);
 * statements (root 01) do not, they need not be addressed to anyone. -1 if
 * none. */
static int conjoined_target(coder *c, const verb_reading *r)
{
    int v = r->v, p = c->s->tok[v].head;
    if (!pl_knowledge_petrel_conventions(c->k) || r->passive || r->stranded ||
        (r->tgt >= 0 && codes_of(c, r->tgt)->n) || !has_code(r->active) ||
        (r->active[0] == '0' && r->active[1] == '1') || names_own_object(c, v))
        return -1;
    if (pl_is(&c->t, v, PL_CONJ) && p >= 0 && is_verb_token(c, p))
        return pl_child_with(&c->t, v, PL_NSUBJ) < 0 ? actor_object(c, p) : -1;
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        if (pl_is(&c->t, ch, PL_CONJ) && is_verb_token(c, ch) &&
            pl_child_with(&c->t, ch, PL_NSUBJ) < 0)
            return actor_object(c, ch);
    }
    return -1;
}

/* Is verb v said of the future ("Pakistan WOULD release the pilot", "it
 * WILL ease sanctions")? */
static int future_modal(const coder *c, int v)
{
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        if (pl_is(&c->t, ch, PL_AUX) && (is_word(c, ch, "WOULD") || is_word(c, ch, "WILL")))
            return 1;
    }
    return 0;
}

/* The CAMEO intention (root 03) that mirrors a cooperative action of roots
 * 04-08: 036 meet or negotiate, 032 diplomatic, 031x material (0611 ->
 * 0311), 033x aid (071 -> 0331), 034x reform (0831 -> 0341) and 035x
 * yielding (084 release -> 0353, 085 -> 0354, 087 -> 0356); NULL for any
 * other code. Static strings: events keep the pointer. */
static const char *intent_code(const char *code)
{
    static const char *const material[] = {"031", "0311", "0312", "0313", "0314"};
    static const char *const aid[] = {"033", "0331", "0332", "0333", "0334"};
    static const char *const reform[] = {"034", "0341", "0342", "0343", "0344"};
    static const char *const yield[] = {"035",  "0351", "0352", "034", "0353",
                                        "0354", "0355", "0356", "035", "035"};
    if (code[0] != '0' || code[1] < '4' || code[1] > '8')
        return NULL;
    int sub = code[2] >= '0' && code[2] <= '9' ? code[2] - '0' : 0;
    int leaf = code[2] && code[3] >= '1' && code[3] <= '4' ? code[3] - '0' : 0;
    switch (code[1]) {
    case '4': return "036";
    case '5': return "032";
    case '6': return material[sub <= 4 ? sub : 0];
    case '7': return aid[sub <= 4 ? sub : 0];
    default: return sub == 3 ? reform[leaf] : yield[sub];
    }
}

/* By petrel's conventions (eval/README.md) a cooperative action said of
 * the future is an intention: "China said it would support Pakistan's
 * request" 032, "Pakistan would release the captured pilot" 0353, not
 * the support or the release. */
static void future_as_intent(coder *c, verb_reading *r)
{
    if (!pl_knowledge_petrel_conventions(c->k) || !has_code(r->active) || !future_modal(c, r->v))
        return;
    const char *intent = intent_code(r->active);
    if (intent) {
        EXPLAIN(c, "  said of the future: intention %s instead of %s", intent, r->active);
        r->active = intent;
        r->inverse = "";
    }
}

/* The first actor phrase inside clause ch that is not the source's own
 * again; -1 if none. */
static int actor_in_clause(coder *c, int ch, int source)
{
    for (int i = c->t.lo[ch]; i <= c->t.hi[ch]; i++) {
        if (c->r.mention_at[i] < 0)
            continue;
        int top = pl_phrase_top(&c->r, i);
        if (pl_phrase_codes(&c->r, top)->n &&
            !(source >= 0 && (same_actors(c, top, source) || own_country_phrase(c, source, top))))
            return top;
    }
    return -1;
}

/* "Afghan women protested in the capital, demanding the right to work from
 * the Taliban government", "marched to demand his release": by petrel's
 * conventions a protest (root 14) without a target is aimed at whom the
 * demand of its participle or purpose clause is addressed, and that clause
 * only says what the protest is for (eval/README.md codes the 14 alone). */
static void protest_target(coder *c, verb_reading *r)
{
    if (!pl_knowledge_petrel_conventions(c->k) || strncmp(r->active, "14", 2) != 0 ||
        (r->tgt >= 0 && codes_of(c, r->tgt)->n))
        return;
    PL_FOR_CHILDREN(&c->t, r->v, ch)
    {
        if (!pl_is(&c->t, ch, PL_ADVCL) || !is_verb_token(c, ch) ||
            pl_child_with(&c->t, ch, PL_NSUBJ) >= 0)
            continue;
        int top = actor_in_clause(c, ch, r->src);
        if (top >= 0) {
            EXPLAIN(c, "  a protest aimed at the addressee of clause %d: phrase %d", ch, top);
            r->tgt = top;
            r->spelled = ch;
            return;
        }
    }
}

/* Does verb v govern a to-infinitive of its own ("agreed TO REOPEN the
 * routes", "agreed in principle TO SHARE")? */
static int has_infinitive_complement(const coder *c, int v)
{
    PL_FOR_CHILDREN(&c->t, v, ch)
    {
        int m = pl_child_with(&c->t, ch, PL_MARK);
        if ((pl_is(&c->t, ch, PL_XCOMP) || pl_is(&c->t, ch, PL_ADVCL)) && is_verb_token(c, ch) &&
            m >= 0 && is_word(c, m, "TO") && pl_child_with(&c->t, ch, PL_NSUBJ) < 0)
            return 1;
    }
    return 0;
}

/* By petrel's conventions agreeing TO DO something that no pattern names is
 * the intention to cooperate (CAMEO 030), not accord with a view (019):
 * "Islamabad agreed to reopen NATO supply routes". */
static void agreement_to_act(coder *c, verb_reading *r)
{
    if (pl_knowledge_petrel_conventions(c->k) && !r->p && !strcmp(r->active, "019") &&
        has_infinitive_complement(c, r->v)) {
        EXPLAIN(c, "  agreeing to act: intention 030");
        r->active = "030";
    }
}

/* Fill r for verb v; returns 0 when the verb gives no event (negated). */
static int read_verb(coder *c, int v, const pl_verb_form *f, verb_reading *r)
{
    memset(r, 0, sizeof *r);
    r->v = v;
    r->f = f;
    r->b = (binding){-1, -1, -1, 0, 0};
    find_roles(c, r);
    EXPLAIN(c, "verb %s (token %d) block %s, %s%s; source phrase %d, target phrase %d",
            c->s->tok[v].form, v, f->block ? f->block->name : "-",
            r->passive ? "passive" : "active", r->negated ? ", negated" : "", r->src, r->tgt);
    r->p = f->block ? best_pattern(c, f, v, &r->b) : NULL;
    r->active = r->p ? r->p->active : f->active;
    r->inverse = r->p ? r->p->passive : f->passive;
    if (r->p) {
        EXPLAIN(c, "  best pattern %s:%d %s [%s%s%s]", r->p->file, r->p->line, r->p->text,
                r->active, r->inverse[0] ? ":" : "", r->inverse);
        if (r->b.source >= 0)
            r->src = r->b.source;
        if (r->b.target >= 0)
            r->tgt = r->b.target;
    }
    agreement_to_act(c, r);
    future_as_intent(c, r);
    protest_target(c, r);
    int shared = conjoined_target(c, r);
    if (shared >= 0) {
        EXPLAIN(c, "  no target of its own: the conjoined verb's object, phrase %d", shared);
        r->tgt = shared;
    }
    if (r->negated && !(r->p && r->b.negation)) {
        EXPLAIN(c, "  negated and no pattern spells out the negation: no event");
        return 0;
    }
    return 1;
}

static void emit_reading(coder *c, const verb_reading *r)
{
    pl_event proto = {0};
    proto.verb = r->v;
    proto.form = r->f;
    proto.pattern = r->p;
    proto.passive = (unsigned)r->passive;
    const pl_codes *S = r->split.n && r->b.source < 0 ? &r->split : codes_of(c, r->src);
    const pl_codes *T = r->stranded && r->b.target < 0 ? r->stranded : codes_of(c, r->tgt);
    if (r->p && r->b.compound >= 0) {
        if (has_code(r->active))
            emit_among(c, codes_of(c, r->b.compound), r->active, proto);
        return;
    }
    if (!has_code(r->active) && !has_code(r->inverse)) {
        EXPLAIN(c, "  no code");
        return;
    }
    if (has_code(r->active)) {
        /* "A and B met (in Qatar)": a place is where they met, not a third party */
        if ((!T->n || (r->tgt >= 0 && is_place_phrase(c, r->tgt)) ||
             target_among_members(c, S, T)) &&
            S->n > 1 && reciprocal_code(c, r->active))
            emit_among(c, S, r->active, proto);
        else
            emit_pairs(c, S, T, r->active, proto);
    }
    if (has_code(r->inverse)) {
        proto.inverse = 1;
        emit_pairs(c, T, S, r->inverse, proto);
    }
}

/* ---- transformations ---------------------------------------------------------------
 * "~ a (b . ATTACK) SAY = a b 112": when a SAY verb has an ATTACK verb as
 * its complement, the pair is one event, here an accusation by the speaker.
 * Variables bind actor codes: a letter is the same actor wherever it
 * appears, '.' any actor, '_' no actor. */

typedef struct tvars {
    const pl_code_ref *val[26];
} tvars;

/* Bind variable x to value (NULL = no actor); 0 if that contradicts. */
static int bind_var(tvars *tv, char x, const pl_code_ref *value)
{
    if (x == '_')
        return value == NULL;
    if (!value)
        return 0;
    if (x == '.')
        return 1;
    if (x < 'a' || x > 'z')
        return 0;
    const pl_code_ref **slot = &tv->val[x - 'a'];
    if (*slot)
        return strcmp((*slot)->code, value->code) == 0;
    *slot = value;
    return 1;
}

static int apply_transform(coder *c, const pl_transform *t, const verb_reading *up,
                           const verb_reading *low, int low_subject)
{
    const pl_codes *S = codes_of(c, up->src), *LS = codes_of(c, low_subject),
                   *LT = codes_of(c, low->tgt);
    const char *code = strcmp(t->out_code, "Q") == 0 ? low->active : t->out_code;
    if (!has_code(code))
        return 0;
    int emitted = 0;
    for (int i = 0; i < (S->n ? S->n : 1); i++)
        for (int j = 0; j < (LS->n ? LS->n : 1); j++)
            for (int k = 0; k < (LT->n ? LT->n : 1); k++) {
                tvars tv = {{0}};
                if (!bind_var(&tv, t->upper_src, S->n ? &S->v[i] : NULL) ||
                    !bind_var(&tv, t->lower_src, LS->n ? &LS->v[j] : NULL) ||
                    !bind_var(&tv, t->lower_tgt, LT->n ? &LT->v[k] : NULL))
                    continue;
                const pl_code_ref *a = t->out_src >= 'a' && t->out_src <= 'z' ? tv.val[t->out_src - 'a'] : NULL;
                const pl_code_ref *b = t->out_tgt >= 'a' && t->out_tgt <= 'z' ? tv.val[t->out_tgt - 'a'] : NULL;
                if (!a || !b)
                    continue;
                pl_event e = {0};
                e.verb = up->v;
                e.form = up->f;
                e.transform = t;
                pl_codes one_s = {(pl_code_ref *)a, 1}, one_t = {(pl_code_ref *)b, 1};
                emit_pairs(c, &one_s, &one_t, code, e);
                emitted = 1;
            }
    return emitted;
}

/* Apply the first transformation that fits verb `up` and one of its
 * complement verbs; the complement is then used up. 1 if one applied. */
static int transform(coder *c, const verb_reading *up)
{
    int nt;
    const pl_transform *ts = pl_transforms(c->k, &nt);
    if (!nt || !up->f->block)
        return 0;
    PL_FOR_CHILDREN(&c->t, up->v, u)
    {
        if (!(pl_is(&c->t, u, PL_CCOMP) || pl_is(&c->t, u, PL_XCOMP)) || !is_verb_token(c, u))
            continue;
        const pl_verb_form *lf = verb_form(c, u);
        if (!lf || !lf->block)
            continue;
        verb_reading low;
        int read = 0;   /* the complement is read once, when a transformation names it */
        for (int i = 0; i < nt; i++) {
            const pl_transform *t = &ts[i];
            if (strcmp(t->upper_verb, up->f->block->name) != 0 ||
                (strcmp(t->lower_verb, "Q") != 0 && strcmp(t->lower_verb, lf->block->name) != 0))
                continue;
            if (!read)
                read = read_verb(c, u, lf, &low) ? 1 : -1;
            if (read < 0)
                break;
            if (apply_transform(c, t, up, &low, pl_child_with(&c->t, u, PL_NSUBJ))) {
                EXPLAIN(c, "  transformation %s:%d %s", t->file, t->line, t->text);
                c->consumed[u] = 1;
                return 1;
            }
        }
    }
    return 0;
}

/* Does the phrase name an actor, not only a role ("reporters", ~MED)? */
static int names_an_actor(coder *c, int phrase)
{
    const pl_codes *x = pl_phrase_codes(&c->r, phrase);
    for (int i = 0; i < x->n; i++)
        if (x->v[i].code[0] != '~')
            return 1;
    return 0;
}

/* "X said Y attacked Z": the saying only reports the event its clause
 * complement codes, so a plain statement (010) with such a complement gives
 * no event of its own. A statement addressed to its object ("told Bree that
 * ...") is still one. */
static int reports_coded_clause(coder *c, const verb_reading *r)
{
    if (strcmp(r->active, "010") != 0 || has_code(r->inverse))
        return 0;
    if (r->tgt >= 0 && c->s->tok[r->tgt].head == r->v && pl_is(&c->t, r->tgt, PL_OBJ) &&
        names_an_actor(c, r->tgt))
        return 0;
    PL_FOR_CHILDREN(&c->t, r->v, ch)
    {
        if (!pl_is(&c->t, ch, PL_CCOMP) || !is_verb_token(c, ch))
            continue;
        const pl_verb_form *lf = verb_form(c, ch);
        if (lf && (has_code(lf->active) || has_code(lf->passive) || lf->block))
            return 1;
    }
    return 0;
}

static void code_verb(coder *c, int v, const pl_verb_form *f)
{
    const pl_sentence *s = c->s;
    if (c->consumed[v]) {
        EXPLAIN(c, "verb %s (token %d) is part of a transformed event", s->tok[v].form, v);
        return;
    }
    int frame = framing_verb(c, v);
    if (frame >= 0) {
        EXPLAIN(c, "verb %s (token %d) spells out what '%s' is about: no event of its own",
                s->tok[v].form, v, s->tok[frame].form);
        c->covered[v] = 1;
        return;
    }
    verb_reading r;
    if (!read_verb(c, v, f, &r) || transform(c, &r))
        return;
    if (reports_coded_clause(c, &r)) {
        EXPLAIN(c, "  a statement that reports the coded clause it governs: no event");
        return;
    }
    emit_reading(c, &r);
    if (r.spelled >= 0)
        c->consumed[r.spelled] = 1;
}

/* ---- discards ------------------------------------------------------------------------ */

static void check_discards(coder *c, pl_coded *out)
{
    for (int i = 0; i < c->s->n; i++) {
        int level = 0;
        int len = pl_discard_match_ids(c->k, c->word_id + i, c->s->n - i, &level);
        if (len > 0 && level > out->discard) {
            out->discard = level;
            out->discard_start = i;
            out->discard_end = i + len;
        }
    }
}

/* Verb tokens ordered by depth in the tree, then by position (a counting
 * sort on depth, so linear in the sentence length times its depth). */
static int verbs_top_down(const coder *c, int *order)
{
    int n = c->s->n, nv = 0;
    int *depth = pl_arena_alloc(c->a, sizeof(int) * (size_t)(n ? n : 1));
    int *count = pl_arena_zalloc(c->a, sizeof(int) * (size_t)(n + 2));
    for (int i = 0; i < n; i++) {
        int d = 0;
        for (int h = c->s->tok[i].head; h >= 0 && d < n; h = c->s->tok[h].head)
            d++;
        depth[i] = d;
        if (is_verb_token(c, i))
            count[d + 1]++;
    }
    for (int d = 0; d <= n; d++)
        count[d + 1] += count[d];
    for (int i = 0; i < n; i++)
        if (is_verb_token(c, i)) {
            order[count[depth[i]]++] = i;
            nv++;
        }
    return nv;
}

void pl_code_sentence(const pl_knowledge *k, const pl_sentence *s, int32_t date,
                      const pl_coder_opts *o, pl_arena *a, pl_coded *out, const pl_explain *x)
{
    static const pl_coder_opts defaults = {1, 0, NULL};
    coder c = {0};
    c.k = k;
    c.s = s;
    c.o = o ? o : &defaults;
    c.a = a;
    c.x = x;
    memset(out, 0, sizeof *out);
    out->discard_start = out->discard_end = -1;
    index_words(&c);
    check_discards(&c, out);
    if (out->discard) {
        EXPLAIN(&c, "%s discard: %s", out->discard == 2 ? "story" : "sentence",
                tok(&c, out->discard_start));
        return;
    }
    pl_tree_build(&c.t, s, a);
    pl_actors_find(&c.r, k, &c.t, c.word_id, date, c.o->new_actor_length, a);
    c.r.coref = c.o->coref;
    c.dom = pl_arena_alloc(a, (size_t)(s->n ? s->n : 1));
    for (int i = 0; i < c.r.nm; i++) {
        const pl_mention *m = &c.r.m[i];
        EXPLAIN(&c, "mention tokens %d-%d %s %s", m->start, m->end - 1,
                m->actor ? "actor" : "agent",
                m->actor ? (m->actor_code ? m->actor_code : "(no code on this date)")
                         : m->agent->code);
    }
    c.covered = pl_arena_zalloc(a, (size_t)(s->n ? s->n : 1));
    c.consumed = pl_arena_zalloc(a, (size_t)(s->n ? s->n : 1));
    /* Governing verbs first, so that a complement knows whether its verb was coded. */
    int *order = pl_arena_alloc(a, sizeof(int) * (size_t)(s->n ? s->n : 1));
    int n = verbs_top_down(&c, order);
    for (int i = 0; i < n; i++) {
        const pl_verb_form *f = verb_form(&c, order[i]);
        if (f)
            code_verb(&c, order[i], f);
    }
    if (c.o->coref)
        pl_coref_remember(c.o->coref, &c.r);
    out->ev = c.ev;
    out->n = c.nev;
}
