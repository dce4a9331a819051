/*
 * quotes.c - direct and indirect speech (see quotes.h).
 *
 * Direct quotes come from the quotation marks alone; the parser is not
 * trusted to link a quote to its reporting verb (it often hangs "Khan said"
 * off the quote as dep or conj), so the verb is looked for next to the marks
 * first -- a few words after the closing mark (," the army said) or before
 * the opening one (Khan said: ") -- and only then in the tree. Indirect
 * speech comes from the tree: the ccomp of a reporting verb (or, when the
 * parser missed it, what follows a "that" just after the verb), or the
 * clause a reporting clause follows after a comma. The speaker is the reporting
 * verb's nsubj (or that of the verb it is a conj, xcomp or advcl of), or the
 * noun "according to" introduces.
 *
 * Must not: change the sentence, keep state other than the caller's
 * pl_quote_state, or allocate.
 */
#include "quotes.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

/* Words looked at between a quotation mark and its reporting verb. */
#define ATTRIBUTION_WINDOW 6
/* A quote of at most this many words needs punctuation inside the marks and
 * a reporting verb, or it is taken for scare quotes. */
#define SCARE_QUOTE_WORDS  2

enum {
    KIND_NONE,
    KIND_DOUBLE,
    KIND_SINGLE
};
enum {
    FACES_OPEN,
    FACES_CLOSE,
    FACES_EITHER
};

typedef struct mark_form {
    const char *form;
    int kind, faces;
} mark_form;

/* In order: " `` '' “ ” „ « » and ' ` ‘ ’ ‚ ‹ › */
static const mark_form mark_forms[] = {
    {"\"", KIND_DOUBLE, FACES_EITHER},          {"``", KIND_DOUBLE, FACES_OPEN},
    {"''", KIND_DOUBLE, FACES_CLOSE},           {"\xE2\x80\x9C", KIND_DOUBLE, FACES_OPEN},
    {"\xE2\x80\x9D", KIND_DOUBLE, FACES_CLOSE}, {"\xE2\x80\x9E", KIND_DOUBLE, FACES_OPEN},
    {"\xC2\xAB", KIND_DOUBLE, FACES_OPEN},      {"\xC2\xBB", KIND_DOUBLE, FACES_CLOSE},
    {"'", KIND_SINGLE, FACES_EITHER},           {"`", KIND_SINGLE, FACES_OPEN},
    {"\xE2\x80\x98", KIND_SINGLE, FACES_OPEN},  {"\xE2\x80\x99", KIND_SINGLE, FACES_CLOSE},
    {"\xE2\x80\x9A", KIND_SINGLE, FACES_OPEN},  {"\xE2\x80\xB9", KIND_SINGLE, FACES_OPEN},
    {"\xE2\x80\xBA", KIND_SINGLE, FACES_CLOSE},
};

/* Lemmas of verbs that report speech (not belief: "think", "believe"). */
static const char *const reporting_lemmas[] = {
    "acknowledge", "add",     "admit",   "affirm",   "allege",  "announce", "answer",   "argue",
    "ask",         "assert",  "boast",   "call",     "caution", "charge",   "claim",    "comment",
    "complain",    "concede", "confirm", "contend",  "declare", "deny",     "describe", "emphasise",
    "emphasize",   "explain", "insist",  "maintain", "mention", "note",     "pledge",   "predict",
    "proclaim",    "promise", "recall",  "remark",   "reply",   "report",   "respond",  "reveal",
    "say",         "state",   "stress",  "tell",     "testify", "threaten", "tweet",    "urge",
    "vow",         "warn",    "write",
};

static int is_form(const pl_token *t, const char *form)
{
    return t->form && strcmp(t->form, form) == 0;
}

/* The kind of quotation mark t is (KIND_NONE if it is not one) and which way
 * its form faces. A possessive apostrophe (soldiers') is not a mark. */
static int mark_kind(const pl_token *t, int *faces)
{
    for (size_t i = 0; i < sizeof mark_forms / sizeof *mark_forms; i++) {
        if (!is_form(t, mark_forms[i].form))
            continue;
        if (mark_forms[i].kind == KIND_SINGLE && strcmp(t->xpos, "POS") == 0)
            return KIND_NONE;
        *faces = mark_forms[i].faces;
        return mark_forms[i].kind;
    }
    return KIND_NONE;
}

static int is_punct(const pl_sentence *s, int i)
{
    int faces;
    return strcmp(s->tok[i].upos, "PUNCT") == 0 || mark_kind(&s->tok[i], &faces) != KIND_NONE;
}

/* Tokens a and b are written with nothing between them. */
static int glued(const pl_sentence *s, int a, int b)
{
    return a >= 0 && b < s->n && s->tok[a].start < s->tok[a].end &&
           s->tok[a].end == s->tok[b].start;
}

/* Does the mark at i open a quote? A straight mark faces the way its spacing
 * says ("We  /  this," Khan); when that says nothing, it closes an open quote. */
static int opens_quote(const pl_sentence *s, int i, int faces, int quote_open)
{
    if (faces != FACES_EITHER)
        return faces == FACES_OPEN;
    int before = glued(s, i - 1, i), after = glued(s, i, i + 1);
    if (after != before)
        return after;
    return !quote_open;
}

static int is_according_to(const pl_sentence *s, int i)
{
    return i + 1 < s->n && s->tok[i].form && strcasecmp(s->tok[i].form, "according") == 0 &&
           is_form(&s->tok[i + 1], "to");
}

static int is_reporting(const pl_sentence *s, int i)
{
    if (is_according_to(s, i))
        return 1;
    if (strcmp(s->tok[i].upos, "VERB") != 0 || !s->tok[i].lemma)
        return 0;
    for (size_t k = 0; k < sizeof reporting_lemmas / sizeof *reporting_lemmas; k++)
        if (strcmp(s->tok[i].lemma, reporting_lemmas[k]) == 0)
            return 1;
    return 0;
}

/* ---- the tree -------------------------------------------------------------------- */

/* Is `root` on the head path of i? Bounded, so a cyclic tree cannot hang it. */
static int descends_from(const pl_sentence *s, int i, int root)
{
    for (int steps = 0; i >= 0 && i < s->n && steps <= s->n; steps++, i = s->tok[i].head)
        if (i == root)
            return 1;
    return 0;
}

/* First and last token of the subtree of root. */
static void subtree(const pl_sentence *s, int root, int *lo, int *hi)
{
    *lo = *hi = root;
    for (int i = 0; i < s->n; i++)
        if (descends_from(s, i, root)) {
            if (i < *lo)
                *lo = i;
            if (i > *hi)
                *hi = i;
        }
}

static int child_with(const pl_sentence *s, int head, const char *deprel)
{
    for (int i = 0; i < s->n; i++)
        if (s->tok[i].head == head && strcmp(s->tok[i].deprel, deprel) == 0)
            return i;
    return -1;
}

static int deprel_is(const pl_sentence *s, int i, const char *deprel)
{
    return strcmp(s->tok[i].deprel, deprel) == 0;
}

/* Narrow [*first, *last] to its words: punctuation off both ends. */
static void trim_punct(const pl_sentence *s, int *first, int *last)
{
    while (*first <= *last && is_punct(s, *first))
        (*first)++;
    while (*last >= *first && is_punct(s, *last))
        (*last)--;
}

/* ---- the speaker ------------------------------------------------------------------- */

/* The nsubj of verb, or of the verb it continues ("Khan said, adding that"). */
static int subject_of(const pl_sentence *s, int verb)
{
    int subj = child_with(s, verb, "nsubj");
    int head = s->tok[verb].head;
    if (subj < 0 && head >= 0 && head < s->n &&
        (deprel_is(s, verb, "conj") || deprel_is(s, verb, "xcomp") || deprel_is(s, verb, "advcl")))
        subj = child_with(s, head, "nsubj");
    return subj;
}

/* The noun "according to" introduces: the head it is the case marker of. */
static int according_object(const pl_sentence *s, int according)
{
    int noun = s->tok[according].head;
    return noun > according + 1 && noun < s->n ? noun : -1;
}

static int upos_is(const pl_sentence *s, int i, const char *upos)
{
    return strcmp(s->tok[i].upos, upos) == 0;
}

static int is_nominal(const pl_sentence *s, int i)
{
    return upos_is(s, i, "PROPN") || upos_is(s, i, "NOUN") || upos_is(s, i, "PRON") ||
           upos_is(s, i, "DET") || upos_is(s, i, "ADJ") || upos_is(s, i, "NUM");
}

/* When the tree has no subject (the parser took "The minister told" for a
 * reduced relative, or lost "said Prime Minister Khan"): the words of a noun
 * phrase right after the verb when it follows punctuation (inverted, or
 * "according to"), else right before it. */
static void speaker_next_to(const pl_sentence *s, int verb, int *lo, int *hi)
{
    int after = is_according_to(s, verb) ? verb + 2 : verb + 1;
    if (is_according_to(s, verb) || (verb > 0 && is_punct(s, verb - 1))) {
        *lo = *hi = after;
        while (*hi < s->n && is_nominal(s, *hi))
            (*hi)++;
        (*hi)--;
        return;
    }
    int j = verb - 1;
    while (j >= 0 && (upos_is(s, j, "AUX") || upos_is(s, j, "ADV")))
        j--; /* Khan has repeatedly said */
    *hi = j;
    while (j >= 0 && is_nominal(s, j))
        j--;
    *lo = j + 1;
}

/* Tokens [*start, *end) of the speaker of verb; -1 both when unknown. */
static void find_speaker(const pl_sentence *s, int verb, int *start, int *end)
{
    *start = *end = -1;
    int who = is_according_to(s, verb) ? according_object(s, verb) : subject_of(s, verb);
    int lo, hi;
    if (who >= 0)
        subtree(s, who, &lo, &hi);
    else
        speaker_next_to(s, verb, &lo, &hi);
    if (is_according_to(s, verb) && lo <= verb + 1)
        lo = verb + 2; /* the object's subtree holds "according to" itself */
    trim_punct(s, &lo, &hi);
    if (lo > hi)
        return;
    *start = lo;
    *end = hi + 1;
}

/* ---- collecting quotes --------------------------------------------------------------- */

typedef struct finder {
    const pl_sentence *s;
    pl_quote *out;
    int max, n;
} finder;

/* Content tokens [first, last] as a quote, if there is room. The speaker is
 * dropped when it lies inside the content (a parse that went astray). */
static void add_quote(finder *f, int first, int last, int verb, int direct)
{
    if (f->n >= f->max || first > last)
        return;
    pl_quote *q = &f->out[f->n++];
    memset(q, 0, sizeof *q);
    q->start = f->s->tok[first].start;
    q->end = f->s->tok[last].end > q->start ? f->s->tok[last].end : q->start;
    q->direct = direct;
    q->verb = verb;
    q->speaker_start = q->speaker_end = -1;
    if (verb < 0)
        return;
    int start, end;
    find_speaker(f->s, verb, &start, &end);
    if (start >= 0 && (end <= first || start > last)) {
        q->speaker_start = start;
        q->speaker_end = end;
    }
}

/* A reporting verb a few words after the closing mark: ," the army said. */
static int verb_after(const pl_sentence *s, int close)
{
    int i = close + 1;
    if (i < s->n && is_form(&s->tok[i], ","))
        i++;
    for (int j = i; j < s->n && j < i + ATTRIBUTION_WINDOW && !is_punct(s, j); j++)
        if (is_reporting(s, j))
            return j;
    return -1;
}

/* A reporting verb a few words before the opening mark: Khan said: " */
static int verb_before(const pl_sentence *s, int open)
{
    int i = open - 1;
    if (i >= 0 && (is_form(&s->tok[i], ",") || is_form(&s->tok[i], ":")))
        i--;
    for (int j = i; j >= 0 && j > i - ATTRIBUTION_WINDOW && !is_punct(s, j); j--)
        if (is_reporting(s, j))
            return j;
    return -1;
}

/* A reporting verb the parser linked to the quote: the head of the content's
 * root, or a child of that root outside the content. */
static int verb_in_tree(const pl_sentence *s, int first, int last)
{
    for (int i = first; i <= last; i++) {
        int h = s->tok[i].head;
        if (h >= first && h <= last)
            continue;
        if (h >= 0 && h < s->n && is_reporting(s, h))
            return h;
        for (int c = 0; c < s->n; c++)
            if ((c < first || c > last) && s->tok[c].head == i && is_reporting(s, c))
                return c;
    }
    return -1;
}

/* The reporting verb of the quote between marks open and close (-1: the mark
 * is in another sentence), content [first, last]; -1 if none. A colon before
 * the opening mark points back to the verb (Khan said: "..."). */
static int attribution(const pl_sentence *s, int open, int close, int first, int last)
{
    int colon_before = open > 0 && is_form(&s->tok[open - 1], ":");
    int verb = -1;
    if (open >= 0 && colon_before)
        verb = verb_before(s, open);
    if (verb < 0 && close >= 0)
        verb = verb_after(s, close);
    if (verb < 0 && open >= 0 && !colon_before)
        verb = verb_before(s, open);
    return verb >= 0 ? verb : verb_in_tree(s, first, last);
}

static int word_count(const pl_sentence *s, int first, int last)
{
    int words = 0;
    for (int i = first; i <= last; i++)
        words += !is_punct(s, i);
    return words;
}

/* The quote between marks open and close; -1 for a mark in another sentence. */
static void add_direct(finder *f, int open, int close)
{
    const pl_sentence *s = f->s;
    int first = open + 1, last = close >= 0 ? close - 1 : s->n - 1;
    if (first > last)
        return;
    int ends_in_punct = is_punct(s, last);
    if (close >= 0 && is_form(&s->tok[last], ","))
        last--; /* the comma that stands for the quote's full stop */
    int verb = attribution(s, open, close, first, last);
    int whole = open >= 0 && close >= 0;
    if (whole && word_count(s, first, last) <= SCARE_QUOTE_WORDS && !(verb >= 0 && ends_in_punct))
        return;
    int before = f->n;
    add_quote(f, first, last, verb, 1);
    if (f->n > before) {
        f->out[before].opened_before = open < 0;
        f->out[before].closes_later = close < 0;
    }
}

/* Walk the quotation marks; a double quote left open goes on in st. */
static void find_direct(finder *f, pl_quote_state *st)
{
    const pl_sentence *s = f->s;
    int carried = st->open != KIND_NONE && st->sentences < PL_QUOTE_MAX_SENTENCES;
    int kind = carried ? st->open : KIND_NONE, open = -1;
    for (int i = 0; i < s->n; i++) {
        int faces, k = mark_kind(&s->tok[i], &faces);
        if (k == KIND_NONE || (kind != KIND_NONE && k != kind))
            continue; /* single marks inside a double quote are its content */
        int opens = opens_quote(s, i, faces, kind != KIND_NONE);
        if (!opens && kind != KIND_NONE) {
            add_direct(f, open, i);
            kind = KIND_NONE;
        } else if (opens) {
            /* an opening mark while a quote is open starts afresh: the next
             * paragraph of a long quote, or a closing mark gone missing */
            kind = k;
            open = i;
        }
    }
    int runs_through = carried && kind != KIND_NONE && open < 0;
    if (kind == KIND_DOUBLE)
        add_direct(f, open, -1);
    st->open = kind == KIND_DOUBLE ? KIND_DOUBLE : KIND_NONE;
    st->sentences = st->open == KIND_NONE ? 0 : runs_through ? st->sentences + 1 : 1;
}

/* ---- indirect speech ----------------------------------------------------------------- */

/* Is token i inside, or the reporting verb of, one of the first n quotes? */
static int taken_by_direct(const finder *f, int n, int i)
{
    for (int k = 0; k < n; k++)
        if (f->out[k].verb == i)
            return 1;
    return pl_quote_at(f->out, n, f->s->tok[i].start) != NULL;
}

static int overlaps_direct(const finder *f, int n, int first, int last)
{
    uint32_t start = f->s->tok[first].start, end = f->s->tok[last].end;
    for (int k = 0; k < n; k++)
        if (start < f->out[k].end && f->out[k].start < end)
            return 1;
    return 0;
}

/* Khan said that Pakistan would respond: the ccomp, without its "that". */
static int ccomp_content(const pl_sentence *s, int verb, int *first, int *last)
{
    int c = child_with(s, verb, "ccomp");
    if (c < 0)
        return 0;
    subtree(s, c, first, last);
    while (*first < c && (deprel_is(s, *first, "mark") || is_punct(s, *first)))
        (*first)++;
    return 1;
}

/* The parser missed the ccomp (it took "said in a statement that 20 were
 * killed" for a relative clause): a "that" a few words after the verb, with
 * no verb or punctuation between, starts what was said, up to the end. */
static int that_content(const pl_sentence *s, int verb, int *first, int *last)
{
    for (int j = verb + 1; j < s->n && j <= verb + ATTRIBUTION_WINDOW; j++) {
        if (s->tok[j].form && strcasecmp(s->tok[j].form, "that") == 0) {
            *first = j + 1;
            *last = s->n - 1;
            return 1;
        }
        if (is_punct(s, j) || upos_is(s, j, "VERB") || upos_is(s, j, "AUX"))
            return 0;
    }
    return 0;
}

/* Pakistan would respond, Khan said: the clause before ", Khan said". */
static int preceding_content(const pl_sentence *s, int verb, int *first, int *last)
{
    int head = s->tok[verb].head;
    if (head < 0 || head >= verb ||
        !(deprel_is(s, verb, "parataxis") || deprel_is(s, verb, "advcl") ||
          deprel_is(s, verb, "dep")))
        return 0;
    int lo, hi;
    subtree(s, verb, &lo, &hi);
    if (is_form(&s->tok[lo], ","))
        lo++; /* the comma may hang off either clause */
    if (lo < 1 || !is_form(&s->tok[lo - 1], ",") || deprel_is(s, lo, "mark") ||
        deprel_is(s, lo, "cc"))
        return 0; /* "because Khan said", "and Khan said" are not attributions */
    subtree(s, head, first, &hi);
    *last = lo - 2;
    return 1;
}

/* According to the army, 20 were killed / 20 were killed, according to the
 * army: the clause the phrase modifies, without the phrase. */
static int according_content(const pl_sentence *s, int according, int *first, int *last)
{
    int noun = according_object(s, according);
    if (noun < 0 || s->tok[noun].head < 0 || s->tok[noun].head >= s->n)
        return 0;
    int nlo, nhi, clo, chi;
    subtree(s, noun, &nlo, &nhi);
    subtree(s, s->tok[noun].head, &clo, &chi);
    trim_punct(s, &clo, &chi);
    if (nlo <= clo) {
        *first = nhi + 1;
        *last = chi;
    } else if (nhi >= chi) {
        *first = clo;
        *last = nlo - 1;
    } else {
        return 0; /* in the middle of its clause: no one span says what was said */
    }
    return 1;
}

static void find_indirect(finder *f)
{
    const pl_sentence *s = f->s;
    int ndirect = f->n;
    for (int v = 0; v < s->n; v++) {
        if (!is_reporting(s, v) || taken_by_direct(f, ndirect, v))
            continue;
        int first, last;
        int found = is_according_to(s, v)
                        ? according_content(s, v, &first, &last)
                        : ccomp_content(s, v, &first, &last) || that_content(s, v, &first, &last) ||
                              preceding_content(s, v, &first, &last);
        if (!found)
            continue;
        trim_punct(s, &first, &last);
        if (first <= last && !overlaps_direct(f, ndirect, first, last))
            add_quote(f, first, last, v, 0);
    }
}

static void sort_by_start(pl_quote *q, int n)
{
    for (int i = 1; i < n; i++) {
        pl_quote x = q[i];
        int j = i;
        for (; j > 0 && q[j - 1].start > x.start; j--)
            q[j] = q[j - 1];
        q[j] = x;
    }
}

int pl_quotes_find(const pl_sentence *s, pl_quote_state *st, pl_quote *out, int max)
{
    pl_quote_state alone = {0};
    if (!st)
        st = &alone;
    if (!s || !s->tok || s->n <= 0)
        return 0; /* nothing to read: an open quote stays open */
    finder f = {s, out, out ? max : 0, 0};
    find_direct(&f, st);
    find_indirect(&f);
    sort_by_start(out, f.n);
    return f.n;
}

const pl_quote *pl_quote_at(const pl_quote *q, int n, uint32_t b)
{
    for (int i = 0; q && i < n; i++)
        if (q[i].start <= b && b < q[i].end)
            return &q[i];
    return NULL;
}
