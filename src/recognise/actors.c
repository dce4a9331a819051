/*
 * actors.c - actor mentions and noun-phrase codes (see actors.h for the rules).
 */
#include "actors.h"

#include <ctype.h>
#include <string.h>

#include "coref.h"

/* ---- mentions --------------------------------------------------------------- */

/* "Prime Minister Khan": a surname after a title (pl_actor_titled). */
static const pl_actor *titled_surname(const pl_actors *r, const uint32_t *ids, int i,
                                      const char **code)
{
    const pl_sentence *s = r->t->s;
    if (i == 0 || ids[i] == UINT32_MAX || !s->tok[i - 1].norm || strcmp(s->tok[i].upos, "PROPN") != 0)
        return NULL;
    return pl_actor_titled(r->k, s->tok[i - 1].norm, ids[i], r->date, code);
}

/* "the Trump administration", "the Modi government": a surname right
 * before a role noun is the one person of that surname with a code on the
 * date (as "Mr. Trump" would be). */
static const pl_actor *surname_before_role(const pl_actors *r, const uint32_t *ids, int i,
                                           const char **code)
{
    const pl_sentence *s = r->t->s;
    const pl_agent *agent;
    /* capitalised is enough: taggers take "Trump" before a noun for a noun */
    if (i + 1 >= s->n || ids[i] == UINT32_MAX || !isupper((unsigned char)s->tok[i].form[0]) ||
        pl_agent_match_ids(r->k, ids + i + 1, s->n - i - 1, &agent) == 0)
        return NULL;
    return pl_actor_titled(r->k, "MR.", ids[i], r->date, code);
}

/* Is the three-letter role at p one that says where an actor stands
 * towards the state (office, force, opposition, armed group, former)? */
static int is_status_role(const char *p)
{
    static const char *const roles[] = {"GOV", "MIL", "OPP", "REB", "SEP", "INS", "ELI",
                                        "SPY", "COP", "JUD", "LEG"};
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (strncmp(p, roles[i], 3) == 0)
            return 1;
    return 0;
}

/* Does code carry a status role after its country or type (PAKGOV, AFGREB)? */
static int has_status_role(const char *code)
{
    size_t n = strlen(code);
    for (size_t i = 3; i + 3 <= n; i += 3)
        if (is_status_role(code + i))
            return 1;
    return 0;
}

/* "Dutch Prime Minister Mark Rutte", "Secretary of State Mike Pompeo": the
 * titles (agents) right before a person's name, and a country adjective
 * before them that agrees with the person's code (also across a title no
 * dictionary knows: "Palestinian leader Yasser Arafat"), are that person's
 * words.
 * They take the person's actor and code, so that the phrase names the
 * person however the parser split it ("Dutch" as subject and "Mark" as its
 * conjunct; "Secretary" and "Mike" as two subjects). After a possessive
 * the possessor decides ("India's foreign minister ..."), so such a run is
 * left alone. */
/* Are tokens [from, to) at most two common nouns, titles no dictionary
 * knows ("leader", "security chief")? */
static int title_nouns(const pl_sentence *s, int from, int to)
{
    if (to - from > 2)
        return 0;
    for (int i = from; i < to; i++)
        if (strcmp(s->tok[i].xpos, "NN") != 0 && strcmp(s->tok[i].xpos, "NNS") != 0)
            return 0;
    return 1;
}

static void titles_join_person(pl_actors *r, int person)
{
    const pl_mention *p = &r->m[person];
    if (!p->actor || !p->actor_code || !has_status_role(p->actor_code))
        return;
    const pl_sentence *s = r->t->s;
    int first = person;
    while (first > 0 && !r->m[first - 1].actor && r->m[first - 1].end == r->m[first].start)
        first--;
    const pl_mention *c = first > 0 ? &r->m[first - 1] : NULL;
    if (c && c->actor && c->actor_code && strlen(c->actor_code) == 3 &&
        strncmp(c->actor_code, p->actor_code, 3) == 0 &&
        title_nouns(s, c->end, r->m[first].start) && (first < person || c->end < p->start))
        first--;
    if (first == person)
        return;                   /* no title before the name */
    int before = r->m[first].start - 1;
    if (before >= 0 && strcmp(s->tok[before].xpos, "POS") == 0)
        return;
    for (int i = first; i < person; i++) {
        r->m[i].actor = p->actor;
        r->m[i].actor_code = p->actor_code;
        r->m[i].agent = NULL;
    }
}

static void find_mentions(pl_actors *r, const uint32_t *ids)
{
    int n = r->t->s->n;
    r->m = pl_arena_alloc(r->a, sizeof(pl_mention) * (size_t)(n ? n : 1));
    r->nm = 0;
    for (int i = 0; i < n;) {
        const pl_actor *actor = NULL;
        const pl_agent *agent = NULL;
        if (strcmp(r->t->s->tok[i].upos, "PRON") == 0) { /* "us" is not the US */
            i++;
            continue;
        }
        int la = pl_actor_match_ids(r->k, ids + i, n - i, &actor);
        int lg = pl_agent_match_ids(r->k, ids + i, n - i, &agent);
        const char *titled_code = NULL;
        if (la == 0 && lg == 0 && ((actor = titled_surname(r, ids, i, &titled_code)) ||
                                   (actor = surname_before_role(r, ids, i, &titled_code))))
            la = 1;
        if (la == 0 && lg == 0) {
            i++;
            continue;
        }
        pl_mention *m = &r->m[r->nm];
        memset(m, 0, sizeof *m);
        m->start = i;
        if (la >= lg) {           /* actors win ties: "Amnesty International" before "international" */
            m->actor = actor;
            m->actor_code = titled_code ? titled_code : pl_actor_code(actor, r->date);
            m->end = i + la;
        } else {
            m->agent = agent;
            m->end = i + lg;
        }
        for (int j = m->start; j < m->end; j++)
            r->mention_at[j] = r->nm;
        r->nm++;
        i = m->end;
    }
    for (int j = r->nm - 1; j > 0; j--)
        titles_join_person(r, j);
}

void pl_actors_find(pl_actors *r, const pl_knowledge *k, const pl_tree *t, const uint32_t *ids,
                    int32_t date, int new_actor_length, pl_arena *a)
{
    int n = t->s->n;
    r->k = k;
    r->t = t;
    r->date = date;
    r->new_actor_length = new_actor_length;
    r->a = a;
    r->coref = NULL;
    r->mention_at = pl_arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        r->mention_at[i] = -1;
    r->memo = pl_arena_zalloc(a, sizeof(pl_codes) * (size_t)(n ? n : 1));
    r->state = pl_arena_zalloc(a, (size_t)(n ? n : 1));
    find_mentions(r, ids);
}

/* ---- phrase structure ----------------------------------------------------------- */

/* A plain nmod with no preposition after its head ("Deputy | Prime
 * Minister Telemar" parsed as Deputy -nmod-> Telemar): UD gives nmod a
 * case marker, so without one it is the parser's apposition or compound. */
static int is_bare_nmod(const pl_tree *t, int i)
{
    return !strcmp(t->s->tok[i].deprel, "nmod") && t->s->tok[i].head < i &&
           pl_child_with(t, i, PL_CASE) < 0;
}

/* Relations that make a token part of its head's own name ("Bree Prime
 * Minister Romendacil", "the evil awful Gondor"); UD EWT marks a title
 * before a name as nmod:desc ("[President] Clinton"). */
static int is_name_part(const pl_tree *t, int i)
{
    static const uint64_t rels = PL_RELS(PL_COMPOUND) | PL_RELS(PL_FLAT) | PL_RELS(PL_AMOD) |
                                 PL_RELS(PL_DET) | PL_RELS(PL_NUMMOD) | PL_RELS(PL_FIXED) |
                                 PL_RELS(PL_GOESWITH) | PL_RELS(PL_ADVMOD) |
                                 PL_RELS(PL_NMOD_DESC);
    return (!pl_is(t, i, PL_COMPOUND_PRT) && pl_is_any(t, i, rels)) || is_bare_nmod(t, i);
}

int pl_phrase_top(const pl_actors *r, int i)
{
    const pl_sentence *s = r->t->s;
    for (int steps = 0; steps < s->n; steps++) {
        int h = s->tok[i].head;
        if (h < 0 || !(is_name_part(r->t, i) || pl_is(r->t, i, PL_NMOD_POSS)))
            break;
        i = h;
    }
    return i;
}

/* Collect the own-name tokens of `head` (itself and name parts, recursively). */
static void own_tokens(const pl_actors *r, int head, int *out, int *n)
{
    out[(*n)++] = head;
    PL_FOR_CHILDREN(r->t, head, c)
    {
        if (is_name_part(r->t, c))
            own_tokens(r, c, out, n);
    }
}

/* ---- code lists ------------------------------------------------------------------ */

typedef struct code_list {    /* small growable list in the arena */
    pl_code_ref *v;
    int n, cap;
} code_list;

static void list_push(pl_actors *r, code_list *l, pl_code_ref c)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->v[i].code, c.code) == 0)
            return;
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        pl_code_ref *v = pl_arena_alloc(r->a, sizeof *v * (size_t)cap);
        if (l->n)
            memcpy(v, l->v, sizeof *v * (size_t)l->n);
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = c;
}

/* A code found in this sentence (no antecedent in an earlier one). */
static pl_code_ref named(const char *code, int start, int end, const pl_actor *actor)
{
    return (pl_code_ref){code, start, end, actor, NULL, 0};
}

/* An international organisation's staff and forces take its code, as
 * docs/knowledge.md says ("UN peacekeepers", "NATO warplanes": IGOUNO,
 * IGOWSTNAT): by petrel's conventions no agent role is added to it. */
static int is_international(const pl_actors *r, const char *code)
{
    return pl_knowledge_petrel_conventions(r->k) &&
           (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3)) &&
           strlen(code) > 3;
}

/* Agent code without brackets: "~GOV" appends GOV; "NGO~" prefixes NGO.
 * A status role is not stacked on an actor that has one: a person's code
 * on the date (KENGOV) or a group's (AFGREB) already says it, and the
 * agent words around the name only describe it ("opposition leader
 * Odinga", "Taliban spokesman", "former President Park"). */
static const char *mix(pl_actors *r, const char *actor, const pl_agent *const *agents, int nag)
{
    if (actor && is_international(r, actor))
        return actor;
    char buf[256];
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < nag; i++) {   /* prefix agents first, in order */
        const char *c = agents[i]->code;
        size_t cl = strlen(c);
        if (cl > 1 && c[cl - 1] == '~' && len + cl < sizeof buf) {
            memcpy(buf + len, c, cl - 1);
            len += cl - 1;
        }
    }
    /* "aid workers" (NGO~) alone: by petrel's conventions the type stands
     * where the country would, NGO rather than NGO--- */
    const char *base = actor ? actor : len && pl_knowledge_petrel_conventions(r->k) ? "" : "~";
    size_t bl = strlen(base);
    if (len + bl < sizeof buf) {
        memcpy(buf + len, base, bl);
        len += bl;
    }
    buf[len] = '\0';
    for (int i = 0; i < nag; i++) {
        const char *c = agents[i]->code;
        size_t cl = strlen(c);
        if (cl < 2 || c[0] != '~')
            continue;
        if (strstr(buf, c + 1) && actor)   /* USAGOV + ~GOV stays USAGOV */
            continue;
        if (actor && is_status_role(c + 1) && has_status_role(buf))
            continue;
        if (len + cl - 1 < sizeof buf) {
            memcpy(buf + len, c + 1, cl - 1);
            len += cl - 1;
            buf[len] = '\0';
        }
    }
    if (len <= 1 && !actor)
        return NULL;              /* neither actor nor agent */
    return pl_arena_strndup(r->a, buf, len);
}

/* An actor code may name several actors, "FRO/BIL/SAM" (TABARI's notation
 * for a group such as the Shire's hobbits): one code each. */
static void push_each_code(pl_actors *r, code_list *out, const char *codes,
                           const pl_agent *const *agents, int nag, int lo, int hi,
                           const pl_actor *actor)
{
    for (const char *p = codes; *p;) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        const char *one = pl_arena_strndup(r->a, p, n);
        const char *code = n ? mix(r, one, agents, nag) : NULL;
        if (code)
            list_push(r, out, named(code, lo, hi, actor));
        p += n + (slash ? 1 : 0);
    }
}

static int is_pronoun(const pl_sentence *s, int i)
{
    return strcmp(s->tok[i].xpos, "PRP") == 0;
}

static const pl_codes *resolve_pronoun(pl_actors *r, int pron);

/* Add the codes of the phrase at head; a new actor's quoted text is the
 * name of that phrase only and never passes to the phrase around it. */
static void append_codes(pl_actors *r, code_list *out, int head)
{
    const pl_codes *c = pl_phrase_codes(r, head);
    for (int i = 0; i < c->n; i++)
        if (c->v[i].code[0] != '"')
            list_push(r, out, c->v[i]);
}

/* Is c a modifier that only says where ("an agreement in Qatar", "talks
 * at Camp David")? A place is not who the phrase is. */
static int is_place_modifier(const pl_actors *r, int c)
{
    static const char *const locative[] = {"IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "AROUND",
                                           "THROUGHOUT", "WITHIN"};
    int cs = pl_child_with(r->t, c, PL_CASE);
    if (cs < 0)
        return 0;
    for (size_t i = 0; i < sizeof locative / sizeof locative[0]; i++)
        if (strcmp(r->t->s->tok[cs].norm, locative[i]) == 0)
            return 1;
    return 0;
}

int pl_reporting_subject(const pl_actors *r, int a)
{
    int next = r->t->hi[a] + 1;
    return pl_knowledge_petrel_conventions(r->k) && pl_is(r->t, a, PL_APPOS) &&
           next < r->t->s->n && !strcmp(r->t->s->tok[next].upos, "VERB") &&
           pl_child_with(r->t, next, PL_NSUBJ) < 0;
}

/* The actors a phrase borrows when it names none itself: its possessor
 * ("Gondor's government"), else its first prepositional modifier with an
 * actor ("soldiers from Gondor", "lawmakers in Gondor"), else an apposition
 * ("Neither Galadriel nor Gollum"). A phrase without a role of its own
 * does not borrow a place: "an agreement in Qatar" is not Qatar's. */
static void borrowed_codes(pl_actors *r, int head, int has_role, code_list *out)
{
    static const pl_rel rels[] = {PL_NMOD, PL_APPOS};
    for (int k = 0; k < 2 && out->n == 0; k++) {
        PL_FOR_CHILDREN(r->t, head, c)
        {
            if (pl_is(r->t, c, rels[k]) && !pl_is(r->t, c, PL_NMOD_POSS) &&
                !is_name_part(r->t, c) && (has_role || !is_place_modifier(r, c)) &&
                !pl_reporting_subject(r, c)) {
                append_codes(r, out, c);
                if (out->n)
                    break;
            }
        }
    }
}

/* What one phrase's own words say. */
typedef struct own_words {
    const pl_mention *actor;     /* first actor mention, by position */
    const pl_agent *agents[16];  /* every agent, in order */
    int head_agent[16];          /* 1 if that agent's words include the head word */
    int nag;
    int lo, hi;                  /* token span of the mentions */
    int possessor;               /* a possessor token of the name, or -1 */
    code_list coordinated;       /* actors joined to a name part: "Eriadori and Calenardhon leaders" */
} own_words;

static int in_list(const int *v, int n, int x)
{
    for (int i = 0; i < n; i++)
        if (v[i] == x)
            return 1;
    return 0;
}

static void read_own_words(pl_actors *r, int head, own_words *w)
{
    const pl_sentence *s = r->t->s;
    int *toks = pl_arena_alloc(r->a, sizeof(int) * (size_t)s->n);
    int nt = 0;
    own_tokens(r, head, toks, &nt);
    memset(w, 0, sizeof *w);
    w->lo = head;
    w->hi = head + 1;
    w->possessor = -1;
    for (int k = 0; k < nt; k++)
        PL_FOR_CHILDREN(r->t, toks[k], c)
        {
            if (pl_is(r->t, c, PL_NMOD_POSS) && w->possessor < 0)
                w->possessor = c;
            else if (toks[k] != head && pl_is(r->t, c, PL_CONJ))
                append_codes(r, &w->coordinated, c);
        }
    int last = -1;
    for (int i = r->t->lo[head]; i <= r->t->hi[head]; i++) {
        int mi = r->mention_at[i];
        if (mi < 0 || mi == last || !in_list(toks, nt, i))
            continue;
        last = mi;
        const pl_mention *m = &r->m[mi];
        if (m->actor && !w->actor) {
            w->actor = m;
        } else if (!m->actor && w->nag < 16) {
            w->head_agent[w->nag] = m->start <= head && head < m->end;
            w->agents[w->nag++] = m->agent;
        }
        if (m->start < w->lo)
            w->lo = m->start;
        if (m->end > w->hi)
            w->hi = m->end;
    }
}

/* Every base code with the phrase's agents added. */
static void mix_all(pl_actors *r, code_list *out, const code_list *bases, const own_words *w)
{
    if (bases->n == 0) {
        const char *code = mix(r, NULL, w->agents, w->nag);
        if (code)
            list_push(r, out, named(code, w->lo, w->hi, NULL));
        return;
    }
    for (int i = 0; i < bases->n; i++) {
        const pl_code_ref *b = &bases->v[i];
        const char *code = mix(r, b->code[0] == '~' ? NULL : b->code, w->agents, w->nag);
        if (!code)
            continue;
        int lo = w->nag && w->lo < b->start ? w->lo : b->start;
        int hi = w->nag && w->hi > b->end ? w->hi : b->end;
        list_push(r, out, (pl_code_ref){code, lo, hi, b->actor, b->antecedent,
                                        b->antecedent_sentence});
    }
}

/* "military drills around Taiwan", "military aid to Pakistan": an agent
 * word that only describes the head thing does not give the role to an
 * actor the phrase borrows from a preposition; a head agent does
 * ("lawmakers in Gondor"). By petrel's conventions only. */
static void keep_head_agents(own_words *w)
{
    int n = 0;
    for (int i = 0; i < w->nag; i++)
        if (w->head_agent[i]) {
            w->agents[n] = w->agents[i];
            w->head_agent[n++] = 1;
        }
    w->nag = n;
}

/* Does an agent code ("~SPY") name a branch of the state? */
static int is_state_branch(const char *code)
{
    static const char *const branches[] = {"GOV", "MIL", "SPY", "COP", "JUD", "LEG"};
    if (code[0] != '~' || strlen(code) != 4)
        return 0;
    for (size_t i = 0; i < sizeof branches / sizeof branches[0]; i++)
        if (strcmp(code + 1, branches[i]) == 0)
            return 1;
    return 0;
}

/* "Russia's military intelligence agency", "government troops", "a
 * military court": the head noun says which branch of the state the
 * phrase is; a branch word that only modifies it does not stack a second
 * one (RUSSPY, not RUSMIL). Generic government heads are the exception:
 * "military rulers", "intelligence officials" are the branch that the
 * modifier names. By petrel's conventions only. */
static void keep_head_branch(const pl_actors *r, own_words *w)
{
    int head_branch = 0;
    for (int i = 0; i < w->nag; i++)
        head_branch |= w->head_agent[i] && is_state_branch(w->agents[i]->code) &&
                       strcmp(w->agents[i]->code, "~GOV") != 0;
    if (!head_branch || !pl_knowledge_petrel_conventions(r->k))
        return;
    int n = 0;
    for (int i = 0; i < w->nag; i++)
        if (w->head_agent[i] || !is_state_branch(w->agents[i]->code)) {
            w->agents[n] = w->agents[i];
            w->head_agent[n++] = w->head_agent[i];
        }
    w->nag = n;
}

/* The codes of one phrase (not its conjuncts). `inherited` are the country
 * and modifiers of the first conjunct, for a conjunct that names no actor:
 * "the Danish media and government" -> DNKMED, DNKGOV. `shared` receives
 * what this phrase passes on to its own conjuncts. */
static void phrase_own_codes(pl_actors *r, code_list *out, int head, const code_list *inherited,
                             code_list *shared)
{
    own_words w;
    read_own_words(r, head, &w);
    code_list bases = {0};
    const pl_codes *poss = w.possessor >= 0 ? pl_phrase_codes(r, w.possessor) : NULL;
    if (poss && poss->n && (!w.actor || w.possessor < w.actor->start)) {
        for (int i = 0; i < poss->n; i++)   /* "Ithilen's minister Calimehtar" is Ithilen's */
            list_push(r, &bases, poss->v[i]);
    } else if (w.actor) {
        if (!w.actor->actor_code)
            return;                  /* an actor without a code on this date uses up its words */
        code_list one = {0};
        push_each_code(r, &one, w.actor->actor_code, NULL, 0, w.actor->start, w.actor->end,
                       w.actor->actor);
        for (int i = 0; i < one.n; i++)
            list_push(r, &bases, one.v[i]);
        for (int i = 0; i < w.coordinated.n; i++)
            list_push(r, &bases, w.coordinated.v[i]);
    } else if (w.possessor < 0 || !pl_knowledge_petrel_conventions(r->k)) {
        /* By petrel's conventions a possessor that names no one ("its
         * troops from Iraq") still says whose the phrase is: nothing is
         * borrowed from a modifier. */
        borrowed_codes(r, head, w.nag > 0, &bases);
        if (bases.n && pl_knowledge_petrel_conventions(r->k))
            keep_head_agents(&w);
        else if (bases.n == 0 && inherited)
            bases = *inherited;
    }
    own_words headed = w;
    keep_head_branch(r, &headed);
    mix_all(r, out, &bases, &headed);
    if (shared) {   /* the country plus the agents that modify rather than head the phrase */
        own_words mods = w;
        mods.nag = 0;
        for (int i = 0; i < w.nag; i++)
            if (!w.head_agent[i])
                mods.agents[mods.nag++] = w.agents[i];
        memset(shared, 0, sizeof *shared);
        if (bases.n)
            mix_all(r, shared, &bases, &mods);
    }
}

int pl_new_actor_head(const pl_actors *r, int i)
{
    const pl_sentence *s = r->t->s;
    return r->new_actor_length > 0 &&
           (!strcmp(s->tok[i].upos, "NOUN") || !strcmp(s->tok[i].upos, "PROPN")) &&
           !is_name_part(r->t, i) && !pl_is(r->t, i, PL_NMOD_POSS);
}

/* New-actor mode: the words of tokens [lo, hi], upper case and quoted,
 * without punctuation, possessive markers and the preposition of `head`
 * (-1: none); NULL if longer than allowed. */
static const char *span_actor_code(pl_actors *r, int lo, int hi, int head)
{
    const pl_sentence *s = r->t->s;
    char buf[512];
    size_t len = 1;
    int words = 0;
    buf[0] = '"';
    for (int i = lo; i <= hi; i++) {
        if (!strcmp(s->tok[i].upos, "PUNCT") || !strcmp(s->tok[i].xpos, "POS") ||
            (head >= 0 && s->tok[i].head == head && pl_is(r->t, i, PL_CASE)))
            continue;   /* "for [the Ministry of Magic]": the preposition is not the name */
        size_t wl = strlen(s->tok[i].norm);
        if (++words > r->new_actor_length || len + wl + 3 > sizeof buf)
            return NULL;
        if (words > 1)
            buf[len++] = ' ';
        memcpy(buf + len, s->tok[i].norm, wl);
        len += wl;
    }
    buf[len++] = '"';
    return pl_arena_strndup(r->a, buf, len);
}

/* The new-actor code of the phrase headed by `head`. */
static const char *new_actor_code(pl_actors *r, int head)
{
    return span_actor_code(r, r->t->lo[head], r->t->hi[head], head);
}

const char *pl_new_actor_span(pl_actors *r, int lo, int hi)
{
    if (r->new_actor_length <= 0 || lo < 0 || hi >= r->t->s->n || lo > hi)
        return NULL;
    return span_actor_code(r, lo, hi, -1);
}

/* Nothing but an agent ("~GOV") or nothing at all: a phrase an earlier
 * sentence's actor may resolve ("the minister", "he", "Khan"). */
static int names_no_actor(const code_list *l)
{
    return l->n == 0 || (l->n == 1 && l->v[0].code[0] == '~');
}

/* Document-level resolution (coref.h) replaces what the sentence found. */
static void resolve_in_document(pl_actors *r, int head, code_list *out)
{
    pl_code_ref ref;
    if (r->coref && names_no_actor(out) && pl_coref_resolve(r->coref, r, head, &ref)) {
        out->n = 0;
        list_push(r, out, ref);
    }
}

static void compute_codes(pl_actors *r, int head, code_list *out)
{
    const pl_sentence *s = r->t->s;
    if (is_pronoun(s, head)) {
        const pl_codes *c = resolve_pronoun(r, head);
        for (int i = 0; i < c->n; i++)
            list_push(r, out, c->v[i]);
        resolve_in_document(r, head, out);
        return;
    }
    code_list shared;
    phrase_own_codes(r, out, head, NULL, &shared);
    PL_FOR_CHILDREN(r->t, head, c)
    {
        if (!pl_is(r->t, c, PL_CONJ))
            continue;
        phrase_own_codes(r, out, c, shared.n ? &shared : NULL, NULL);
        PL_FOR_CHILDREN(r->t, c, cc)   /* chained conjuncts: "A, B and C" */
        {
            if (pl_is(r->t, cc, PL_CONJ))
                append_codes(r, out, cc);
        }
    }
    resolve_in_document(r, head, out);
    if (out->n == 0 && pl_new_actor_head(r, head)) {
        const char *code = new_actor_code(r, head);
        if (code)
            list_push(r, out, named(code, r->t->lo[head], r->t->hi[head] + 1, NULL));
    }
}

const pl_codes *pl_phrase_codes(pl_actors *r, int head)
{
    static const pl_codes none = {NULL, 0};
    if (head < 0 || head >= r->t->s->n)
        return &none;
    if (r->state[head] == 2)
        return &r->memo[head];
    if (r->state[head] == 1)
        return &none;             /* a pronoun whose antecedent search came back to itself */
    r->state[head] = 1;
    code_list out = {0};
    compute_codes(r, head, &out);
    r->memo[head] = (pl_codes){out.v, out.n};
    r->state[head] = 2;
    return &r->memo[head];
}

/* Does mention a name the same country as b with more roles (a person of
 * it: INDGOV beside IND)? */
static int more_specific(const pl_mention *a, const pl_mention *b)
{
    return a->actor_code && b->actor_code && strlen(b->actor_code) == 3 &&
           strlen(a->actor_code) > 3 && strncmp(a->actor_code, b->actor_code, 3) == 0;
}

/* Is there a coordinating conjunction among tokens [lo, hi)? */
static int has_conjunction(const pl_actors *r, int lo, int hi)
{
    for (int i = lo; i < hi; i++)
        if (!strcmp(r->t->s->tok[i].upos, "CCONJ"))
            return 1;
    return 0;
}

const pl_codes *pl_span_codes(pl_actors *r, int lo, int hi)
{
    pl_codes *out = pl_arena_zalloc(r->a, sizeof *out);
    own_words w;
    memset(&w, 0, sizeof w);
    w.lo = lo;
    w.hi = hi;
    const pl_mention *joined[8];   /* "Armenian and Azerbaijani forces": each side */
    int nj = 0;
    for (int i = 0; i < r->nm; i++) {
        const pl_mention *m = &r->m[i];
        if (m->start < lo || m->end > hi)
            continue;
        if (m->actor && w.actor && nj < 8 && m->actor_code &&
            has_conjunction(r, w.actor->end, m->start))
            joined[nj++] = m;
        else if (m->actor && (!w.actor || more_specific(m, w.actor)))
            w.actor = m;          /* "Indian ... Minister S. Jaishankar": the person */
        else if (!m->actor && w.nag < 16)
            w.agents[w.nag++] = m->agent;
    }
    code_list bases = {0}, codes = {0};
    if (w.actor) {
        if (!w.actor->actor_code)
            return out;
        push_each_code(r, &bases, w.actor->actor_code, NULL, 0, w.actor->start, w.actor->end,
                       w.actor->actor);
        for (int j = 0; j < nj; j++)
            push_each_code(r, &bases, joined[j]->actor_code, NULL, 0, joined[j]->start,
                           joined[j]->end, joined[j]->actor);
    }
    mix_all(r, &codes, &bases, &w);
    out->v = codes.v;
    out->n = codes.n;
    return out;
}

/* ---- pronouns ----------------------------------------------------------------------
 * A personal pronoun refers to the subject of an enclosing clause ("Ethiopia
 * indicated it would act": it = Ethiopia); a reflexive one to the subject of
 * its own clause ("Arnor criticized itself"). Possessives are left alone. */

static int is_clause_head(const pl_sentence *s, int i)
{
    return s->tok[i].upos[0] == 'V' || strcmp(s->tok[i].upos, "AUX") == 0 ||
           s->tok[i].head < 0;
}

/* Is clause head v a participle clause without a subject of its own
 * ("..., accusing it of ...")? Its subject is the enclosing clause's. */
static int participle_without_subject(const pl_actors *r, int v)
{
    const pl_sentence *s = r->t->s;
    return strcmp(s->tok[v].xpos, "VBG") == 0 && pl_is(r->t, v, PL_ADVCL) &&
           pl_child_with(r->t, v, PL_NSUBJ) < 0 && pl_child_with(r->t, v, PL_MARK) < 0;
}

static const pl_codes *resolve_pronoun(pl_actors *r, int pron)
{
    static const pl_codes none = {NULL, 0};
    const pl_sentence *s = r->t->s;
    const char *w = s->tok[pron].norm;
    size_t wl = strlen(w);
    int reflexive = wl > 4 && (strcmp(w + wl - 4, "SELF") == 0 ||
                               (wl > 6 && strcmp(w + wl - 6, "SELVES") == 0));
    if (!strcmp(w, "I") || !strcmp(w, "WE") || !strcmp(w, "YOU") || !strcmp(w, "ME") ||
        !strcmp(w, "US"))
        return &none;             /* speakers are not resolved within a sentence */
    /* the clause the pronoun is in */
    int v = s->tok[pron].head;
    while (v >= 0 && !is_clause_head(s, v))
        v = s->tok[v].head;
    if (v < 0)
        return &none;
    if (!reflexive) {             /* climb out of the pronoun's own clause */
        int controlled = participle_without_subject(r, v);
        v = s->tok[v].head;
        /* "X cut ties with Qatar, accusing it": the participle's subject is
         * X's, which a plain object pronoun cannot name again */
        while (controlled && v >= 0 && !is_clause_head(s, v))
            v = s->tok[v].head;
        if (controlled && v >= 0)
            v = s->tok[v].head;
    }
    for (int steps = 0; v >= 0 && steps < s->n; steps++, v = s->tok[v].head) {
        if (!is_clause_head(s, v))
            continue;
        int subj = pl_child_with(r->t, v, PL_NSUBJ);
        if (subj >= 0 && !pl_dominates(r->t, subj, pron)) {
            const pl_codes *c = pl_phrase_codes(r, subj);
            if (c->n)
                return c;
        }
    }
    return &none;
}
