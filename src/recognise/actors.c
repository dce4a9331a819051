/*
 * actors.c - actor mentions and noun-phrase codes (see actors.h for the rules).
 */
#include "actors.h"

#include <string.h>

/* ---- mentions --------------------------------------------------------------- */

static void find_mentions(pl_actors *r)
{
    const pl_sentence *s = r->t->s;
    int n = s->n;
    const char **words = pl_arena_alloc(r->a, sizeof(char *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        words[i] = s->tok[i].norm;
    r->m = pl_arena_alloc(r->a, sizeof(pl_mention) * (size_t)(n ? n : 1));
    r->nm = 0;
    for (int i = 0; i < n;) {
        const pl_actor *actor = NULL;
        const pl_agent *agent = NULL;
        int la = pl_actor_match(r->k, words + i, n - i, &actor);
        int lg = pl_agent_match(r->k, words + i, n - i, &agent);
        if (la == 0 && lg == 0) {
            i++;
            continue;
        }
        pl_mention *m = &r->m[r->nm];
        memset(m, 0, sizeof *m);
        m->start = i;
        if (la >= lg) {           /* actors win ties: "Amnesty International" before "international" */
            m->actor = actor;
            m->actor_code = pl_actor_code(actor, r->date);
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
}

void pl_actors_find(pl_actors *r, const pl_knowledge *k, const pl_tree *t, int32_t date,
                    pl_arena *a)
{
    int n = t->s->n;
    r->k = k;
    r->t = t;
    r->date = date;
    r->a = a;
    r->mention_at = pl_arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        r->mention_at[i] = -1;
    r->memo = pl_arena_zalloc(a, sizeof(pl_codes) * (size_t)(n ? n : 1));
    r->state = pl_arena_zalloc(a, (size_t)(n ? n : 1));
    find_mentions(r);
}

/* ---- phrase structure ----------------------------------------------------------- */

/* Relations that make a token part of its head's own name ("Bree Prime
 * Minister Romendacil", "the evil awful Gondor"). */
static int is_name_part(const pl_sentence *s, int i)
{
    static const char *const rels[] = {"compound", "flat", "amod", "det", "nummod",
                                       "fixed",    "goeswith", "advmod", NULL};
    for (int k = 0; rels[k]; k++)
        if (pl_rel_is(s, i, rels[k]))
            return !pl_rel_is(s, i, "compound") || strcmp(s->tok[i].deprel, "compound:prt") != 0;
    return 0;
}

int pl_phrase_top(const pl_actors *r, int i)
{
    const pl_sentence *s = r->t->s;
    for (int steps = 0; steps < s->n; steps++) {
        int h = s->tok[i].head;
        if (h < 0 || !(is_name_part(s, i) || strcmp(s->tok[i].deprel, "nmod:poss") == 0))
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
        if (is_name_part(r->t->s, c))
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

/* Agent code without brackets: "~GOV" appends GOV; "NGO~" prefixes NGO. */
static const char *mix(pl_actors *r, const char *actor, const pl_agent *const *agents, int nag)
{
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
    const char *base = actor ? actor : "~";
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
        if (len + cl - 1 < sizeof buf) {
            memcpy(buf + len, c + 1, cl - 1);
            len += cl - 1;
            buf[len] = '\0';
        }
    }
    if (len > 1 && buf[0] == '~' && nag > 0 && buf[1] != '\0' && !actor) {
        /* agent only: keep the leading '~' as the "no actor" marker */
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
            list_push(r, out, (pl_code_ref){code, lo, hi, actor});
        p += n + (slash ? 1 : 0);
    }
}

static int is_pronoun(const pl_sentence *s, int i)
{
    return strcmp(s->tok[i].xpos, "PRP") == 0;
}

static const pl_codes *resolve_pronoun(pl_actors *r, int pron);

static void add_phrase_codes(pl_actors *r, code_list *out, int head, const pl_codes *inherit);

/* Codes of the prepositional / possessive modifiers of `head`, for a phrase
 * that has agents but no actor of its own. */
static void modifier_codes(pl_actors *r, int head, code_list *mods)
{
    const pl_sentence *s = r->t->s;
    PL_FOR_CHILDREN(r->t, head, c)
    {
        if (strcmp(s->tok[c].deprel, "nmod:poss") == 0)
            add_phrase_codes(r, mods, c, NULL);
    }
    if (mods->n)
        return;
    PL_FOR_CHILDREN(r->t, head, c)
    {
        if (pl_rel_is(s, c, "nmod") && strcmp(s->tok[c].deprel, "nmod:poss") != 0) {
            add_phrase_codes(r, mods, c, NULL);
            if (mods->n)
                return;
        }
    }
}

/* The phrase's own codes: combine own mentions, then modifiers. */
static void own_phrase_codes(pl_actors *r, code_list *out, int head, const pl_codes *inherit,
                             code_list *shared_mods)
{
    const pl_sentence *s = r->t->s;
    int *toks = pl_arena_alloc(r->a, sizeof(int) * (size_t)s->n);
    int nt = 0;
    own_tokens(r, head, toks, &nt);
    const pl_mention *actor = NULL;
    const pl_agent *agents[16];
    int nag = 0, lo = head, hi = head + 1;
    int seen_last = -1;
    /* Visit mentions in token order so that "the first actor" is well defined. */
    for (int i = r->t->lo[head]; i <= r->t->hi[head]; i++) {
        int mi = r->mention_at[i];
        if (mi < 0 || mi == seen_last)
            continue;
        int own = 0;
        for (int k = 0; k < nt && !own; k++)
            own = toks[k] == i;
        if (!own)
            continue;
        seen_last = mi;
        const pl_mention *m = &r->m[mi];
        if (m->actor) {
            if (!actor)
                actor = m;
        } else if (nag < 16) {
            agents[nag++] = m->agent;
        }
        if (m->start < lo)
            lo = m->start;
        if (m->end > hi)
            hi = m->end;
    }
    if (actor) {
        /* An actor without a code on this date still uses up its words. */
        if (actor->actor_code)
            push_each_code(r, out, actor->actor_code, agents, nag, lo, hi, actor->actor);
        return;
    }
    code_list mods = {0};
    modifier_codes(r, head, &mods);
    if (mods.n == 0 && inherit)
        for (int i = 0; i < inherit->n; i++)
            list_push(r, &mods, inherit->v[i]);
    if (shared_mods)
        *shared_mods = mods;
    if (mods.n == 0) {
        const char *code = mix(r, NULL, agents, nag);
        if (code)
            list_push(r, out, (pl_code_ref){code, lo, hi, NULL});
        return;
    }
    for (int i = 0; i < mods.n; i++) {
        const char *base = mods.v[i].code;
        if (base[0] == '~')      /* an agent-only modifier gives no country */
            base = NULL;
        const char *code = mix(r, base, agents, nag);
        if (!code)
            continue;
        int l = lo < mods.v[i].start ? lo : mods.v[i].start;
        int h = hi > mods.v[i].end ? hi : mods.v[i].end;
        list_push(r, out, (pl_code_ref){code, nag ? l : mods.v[i].start, nag ? h : mods.v[i].end,
                                        mods.v[i].actor});
    }
}

static void add_phrase_codes(pl_actors *r, code_list *out, int head, const pl_codes *inherit)
{
    const pl_codes *c = pl_phrase_codes(r, head);
    (void)inherit;
    for (int i = 0; i < c->n; i++)
        list_push(r, out, c->v[i]);
}

static void compute_codes(pl_actors *r, int head, code_list *out)
{
    const pl_sentence *s = r->t->s;
    if (is_pronoun(s, head)) {
        const pl_codes *c = resolve_pronoun(r, head);
        for (int i = 0; i < c->n; i++)
            list_push(r, out, c->v[i]);
        return;
    }
    code_list shared = {0};
    own_phrase_codes(r, out, head, NULL, &shared);
    pl_codes inherit = {shared.v, shared.n};
    PL_FOR_CHILDREN(r->t, head, c)
    {
        if (!pl_rel_is(s, c, "conj"))
            continue;
        code_list sub = {0};
        own_phrase_codes(r, &sub, c, inherit.n ? &inherit : NULL, NULL);
        if (sub.n == 0)
            sub.v = NULL;
        for (int i = 0; i < sub.n; i++)
            list_push(r, out, sub.v[i]);
        /* conjuncts of conjuncts ("A, B and C" may chain) */
        PL_FOR_CHILDREN(r->t, c, cc)
        {
            if (pl_rel_is(s, cc, "conj"))
                add_phrase_codes(r, out, cc, NULL);
        }
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

/* ---- pronouns ----------------------------------------------------------------------
 * A personal pronoun refers to the subject of an enclosing clause ("Ethiopia
 * indicated it would act": it = Ethiopia); a reflexive one to the subject of
 * its own clause ("Arnor criticized itself"). Possessives are left alone. */

static int is_clause_head(const pl_sentence *s, int i)
{
    return s->tok[i].upos[0] == 'V' || strcmp(s->tok[i].upos, "AUX") == 0 ||
           s->tok[i].head < 0;
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
    if (!reflexive)               /* climb out of the pronoun's own clause */
        v = s->tok[v].head;
    for (int steps = 0; v >= 0 && steps < s->n; steps++, v = s->tok[v].head) {
        if (!is_clause_head(s, v))
            continue;
        int subj = pl_child_with(r->t, v, "nsubj");
        if (subj >= 0 && !pl_dominates(r->t, subj, pron)) {
            const pl_codes *c = pl_phrase_codes(r, subj);
            if (c->n)
                return c;
        }
    }
    return &none;
}
