/*
 * actors.h - recognise actors in a parsed sentence.
 *
 * Two steps. First, every dictionary phrase in the sentence is found by
 * longest match (actors before agents at the same start), giving mentions
 * such as "Minas Tirith" -> GON or "border police" -> ~COP; an actor's code
 * is the one valid on the sentence date. Second, pl_phrase_codes() combines
 * the mentions of one noun phrase, using the dependency tree, into the codes
 * the coder uses as sources and targets:
 *
 *   - the phrase's own words (head, compounds, adjectives, determiners): the
 *     first actor plus every agent, in order ("Danish Islamist media" ->
 *     DNK + ~MUS + ~MED = DNKMUSMED; "MSF Arnor diplomat" -> NGOARNGOV);
 *   - an agent without an actor takes the actors of its possessor or
 *     prepositional modifier ("Gondor's government" -> GONGOV, "soldiers
 *     from Gondor" -> GONMIL, "ambassadors of A, B and C" -> three codes);
 *     a phrase without a role does not borrow a place ("an agreement in
 *     Qatar" names no actor);
 *   - coordination gives one code per conjunct; a conjunct without an actor
 *     shares the modifier of the first ("lawmakers and officials in A and
 *     B" -> ALEG BLEG AGOV BGOV);
 *   - titles right before a person's name (and a country adjective that
 *     agrees with the person's code) are the person's words, however the
 *     parser split them ("Dutch Prime Minister Mark Rutte" -> NLDGOV once);
 *   - an actor with a status role (PAKGOV, AFGREB) takes no second one from
 *     the agents around it ("opposition leader X" on a date X governs);
 *     by petrel's conventions an international one (IGOUNO) takes none,
 *     and a type agent alone ("aid workers", NGO~) is just NGO;
 *   - pl_span_codes() reads the mentions of a token span as one phrase
 *     without the tree, for verbs whose tree the parser broke;
 *   - a personal pronoun takes the subject of an enclosing clause;
 *   - with a document memory (coref.h), a pronoun, "the minister" or a
 *     surname alone that the sentence leaves without an actor takes one
 *     named in an earlier sentence;
 *   - with new actors on, a short noun phrase no dictionary knows is coded
 *     by its words in quotes, so that unknown actors can be found and added.
 * An agent alone gives "~GOV" (printed "---GOV" by the writers).
 *
 * Must not: decide who did what to whom (that is the coder's job).
 */
#ifndef PETREL_ACTORS_H
#define PETREL_ACTORS_H

#include <stdint.h>

#include "../knowledge/knowledge.h"
#include "../parse/tree_index.h"

typedef struct pl_mention {
    int start, end;          /* tokens [start, end) */
    const pl_actor *actor;   /* NULL for an agent mention */
    const char *actor_code;  /* code on the sentence date; NULL if none applies */
    const pl_agent *agent;   /* NULL for an actor mention */
} pl_mention;

typedef struct pl_code_ref {
    const char *code;        /* "PAKGOV", "~GOV" (agent only) */
    int start, end;          /* evidence: tokens [start, end) of the phrase */
    const pl_actor *actor;   /* the actor entry that gave the country/group, if any */
    const char *antecedent;  /* resolved across sentences (coref.h): the earlier
                              * mention's text; NULL when the sentence named it */
    int antecedent_sentence; /* that mention's sentence, 1-based; 0 when none */
} pl_code_ref;

typedef struct pl_codes {
    pl_code_ref *v;
    int n;
} pl_codes;

typedef struct pl_actors {
    const pl_knowledge *k;
    const pl_tree *t;
    int32_t date;
    int new_actor_length;    /* > 0: an uncoded noun phrase of at most this many words
                              * is coded by its own text, "\"MINISTRY OF MAGIC\"" */
    pl_arena *a;
    pl_mention *m;           /* mentions in token order */
    int nm;
    int *mention_at;         /* token -> index into m, or -1 */
    pl_codes *memo;          /* per token, valid when state == 2 */
    unsigned char *state;    /* 0 not computed, 1 in progress (cycle guard), 2 done */
    const struct pl_coref *coref; /* the document's earlier actors (coref.h) for phrases
                                   * the sentence leaves without one; NULL: none */
} pl_actors;

/* ids[i] is the number of token i's word (pl_knowledge_word), UINT32_MAX
 * when no dictionary uses it. */
void pl_actors_find(pl_actors *r, const pl_knowledge *k, const pl_tree *t, const uint32_t *ids,
                    int32_t date, int new_actor_length, pl_arena *a);

/* Is token i the head of a noun phrase that new-actor mode may code? */
int pl_new_actor_head(const pl_actors *r, int i);

/* New-actor mode: the quoted code that tokens [lo, hi] spell as one name
 * ("GRYFFINDOR HEAD MINERVA MCGONAGALL"); NULL when the mode is off or the
 * name is longer than new_actor_length words. */
const char *pl_new_actor_span(pl_actors *r, int lo, int hi);

/* Codes of the noun phrase headed by token `head` (memoised; empty if none). */
const pl_codes *pl_phrase_codes(pl_actors *r, int head);

/* The head of the largest noun phrase that token i is a name part of
 * (climbs compound, flat, amod, det, nummod, nmod:desc, nmod:poss relations). */
int pl_phrase_top(const pl_actors *r, int i);

/* The codes the mentions inside tokens [lo, hi) give read as one noun
 * phrase, without the tree: the first actor plus every agent, in order
 * ("Zimbabwean police" -> ZWECOP). For words whose tree the parser broke. */
const pl_codes *pl_span_codes(pl_actors *r, int lo, int hi);
/* Is the apposition a really the subject of the verb right after it ("a
 * security pact, the Chinese foreign ministry said": a verb without a subject
 * of its own)? By petrel's conventions only; such a phrase names nothing for
 * the phrase it hangs on, and the coder reads it as the verb's subject. */
int pl_reporting_subject(const pl_actors *r, int a);

#endif
