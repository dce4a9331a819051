/*
 * coref.h - actors across the sentences of one document.
 *
 * A document memory holds the actors named so far: code, the mention as
 * written, its sentence, and what kind of thing it is. In a later sentence
 * a phrase that the sentence itself leaves without an actor takes the most
 * recent remembered actor of the right kind:
 *
 *   - he/him/his, she/her/hers       -> the most recent person;
 *     it/its                         -> the most recent country or organisation;
 *     they/them/their                -> the most recent group or organisation
 *                                       (plural agents such as "Pakistani militants" too);
 *   - "the minister" (president, premier, chancellor, envoy, ambassador,
 *     spokesman)                     -> the most recent person in a GOV role (an envoy,
 *                                       ambassador or spokesman also an IGO/NGO person);
 *     "the general", "the commander" -> the most recent person in a MIL role;
 *     "the group", "the movement", "the organisation"
 *                                    -> the most recent group or organisation;
 *     "the militants" (rebels, insurgents, fighters, guerrillas)
 *                                    -> the most recent armed group (REB, INS, SEP, UAF, IMG);
 *     "the country", "the nation"    -> the most recent country;
 *     "the government"               -> the most recent country, with GOV;
 *   - a surname alone ("Khan said")  -> the most recent person whose dictionary entry
 *                                       is written in full with that surname.
 *
 * What kind an actor is, from the knowledge and the phrase that named it:
 *   - the phrase is a name (its head word is part of an actor entry's phrase):
 *       a code of three letters is a country, unless it is an international
 *       type (IGO, NGO, IMG, MNC, ...), which is an organisation;
 *       an entry whose codes depend on the date, written with two or more
 *       words (the people the surname index holds), is a person unless its
 *       code's role is an armed group's (REB, INS, SEP, UAF);
 *       anything else is a group or organisation;
 *   - the phrase is headed by an agent ("Pakistan's foreign minister",
 *     "Pakistani militants"): a person title from the table above in the
 *     singular is a person; a plural noun is a (plural) group; else an
 *     organisation ("the Afghan government").
 * A person's role is the last three letters of its code (PAKGOV -> GOV).
 *
 * "Most recent" means: the newest sentence with an actor that fits, and in
 * it a subject before other phrases ("Khan told reporters he would meet
 * Ghani. He said ..." -> Khan). A pronoun looks back only when no actor
 * precedes it in its own sentence, where it more likely belongs
 * ("Afghanistan would defend its territory"); a description with a name in
 * it ("the Ghani government") is not resolved.
 *
 * The memory keeps the last PL_COREF_KEEP actors in fixed slots (texts and
 * codes cut to fit), so it never grows however long a document runs.
 * Sentences are numbered 1, 2, ... from the start of the document.
 *
 * Must not: resolve anything inside one sentence (actors.c does), or
 * remember across documents: pl_coref_begin_document forgets everything.
 */
#ifndef PETREL_COREF_H
#define PETREL_COREF_H

#include "actors.h"

#define PL_COREF_KEEP 32
#define PL_COREF_TEXT 128
#define PL_COREF_CODE 64

typedef enum pl_coref_kind {
    PL_COREF_PERSON,
    PL_COREF_COUNTRY,
    PL_COREF_GROUP
} pl_coref_kind;

typedef struct pl_coref_entry {
    char code[PL_COREF_CODE];
    char text[PL_COREF_TEXT]; /* the naming mention as written */
    int sentence;             /* its sentence, 1-based */
    int last_seen;            /* the last sentence that named or resolved to it */
    pl_coref_kind kind;
    int plural;            /* a group named by a plural agent ("militants") */
    int subject;           /* the phrase was a clause's subject */
    const pl_actor *actor; /* the dictionary entry, when the phrase was a name */
} pl_coref_entry;

typedef struct pl_coref {
    pl_coref_entry e[PL_COREF_KEEP]; /* a ring: the newest is e[(n - 1) % PL_COREF_KEEP] */
    int n;                           /* actors remembered since the document began */
    int sentence;                    /* the sentence being coded */
    void (*explain)(void *ud, const char *line); /* NULL: quiet */
    void *explain_ud;
} pl_coref;

/* Forget every actor; the next sentence is sentence 1. Keeps the explain sink. */
void pl_coref_begin_document(pl_coref *m);

/* A new sentence of the document begins. */
void pl_coref_next_sentence(pl_coref *m);

/* Explanation lines for each resolution (fn NULL: none). */
void pl_coref_set_explain(pl_coref *m, void (*fn)(void *ud, const char *line), void *ud);

/* The phrase headed by `head`, which the sentence left without an actor
 * (no codes, or only an agent's such as "~GOV"): is it a pronoun, a
 * definite description or a surname that an earlier actor resolves? 1 and
 * *out (its code in r's arena, this phrase's tokens, the antecedent's text
 * and sentence) if so, else 0. */
int pl_coref_resolve(const pl_coref *m, pl_actors *r, int head, pl_code_ref *out);

/* After a sentence is coded: remember the actors its phrases named. */
void pl_coref_remember(pl_coref *m, pl_actors *r);

#endif
