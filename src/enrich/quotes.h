/*
 * quotes.h - direct and indirect speech in a parsed sentence, as data: who
 * said it (the speaker phrase), the reporting verb, and the bytes of what was
 * said, so that an event reported inside a quote can keep who said it
 * (pl_quote_at on the event's byte offset).
 *
 *   "We will not accept this," Khan said.      direct, speaker after the quote
 *   "...," said Khan.  /  Khan said: "..."      inverted; speaker before
 *   Khan said that Pakistan would respond.     indirect: the ccomp of a reporting verb
 *   Pakistan would respond, Khan said.         indirect: the clause before the reporting clause
 *   "...", according to the statement.        speaker = the object of "according to"
 *   According to the army, 20 were killed.     indirect, "according to" at either end
 *
 * Quotation marks are recognised by the token's form as written (“ ” ‘ ’ „ «
 * » `` '' " ' `), not its analysis form: the tokenizer maps every typographic
 * quote to a straight one for the tagger, which loses which way it faces.
 * Straight quotes face the way their spacing says ("We ... this," Khan),
 * else they close the quote that is open. Inside a quote, marks of the other
 * kind (single inside double) are its content, not a quote of their own. A
 * quoted span of one or two words is a quote only when punctuation ends it
 * inside the marks and a reporting verb attributes it ("No," Khan said);
 * otherwise it is a scare quote (the so-called "peace deal") and skipped. A
 * possessive apostrophe (the soldiers' families) is not a quotation mark.
 *
 * A double-quoted quote may run over several sentences ("We will retaliate.
 * | Our patience has limits," the army said.): each sentence gets its part
 * of it, with `opened_before` / `closes_later` saying that it continues.
 * Its speaker is found only in the sentence that attributes it, so the other
 * parts have speaker and verb -1; a caller that wants the speaker on every
 * part copies it across the run of parts these two flags link. A single-
 * quoted span still open at the end of its sentence is dropped (it is far
 * more often a stray apostrophe than a quote). A quote runs over at most
 * PL_QUOTE_MAX_SENTENCES sentences: one still open then is taken for a
 * missing closing mark, and the sentences after it are not quoted.
 *
 * Must not: change the sentence, keep state other than the caller's
 * pl_quote_state, or allocate.
 */
#ifndef PETREL_QUOTES_H
#define PETREL_QUOTES_H

#include <stdint.h>

#include "../parse/sentence.h"

/* Most sentences one quote may run over. */
#define PL_QUOTE_MAX_SENTENCES 8

typedef struct pl_quote {
    int speaker_start, speaker_end; /* tokens [start,end) of the speaker phrase (the subject
                                       of the reporting verb, or the object of "according
                                       to"); -1 when unknown */
    int verb;                       /* token of the reporting verb ("according" for
                                       "according to"); -1 if none */
    uint32_t start, end;            /* bytes of the quoted content in the sentence text,
                                       quotation marks and a trailing comma left out */
    int direct;                     /* 1: in quotation marks; 0: indirect speech */
    int opened_before;              /* 1: the quote opened in an earlier sentence */
    int closes_later;               /* 1: the quote is still open at the end of the sentence */
} pl_quote;

/* What one sentence leaves open for the next of the same document.
 * Zero-initialise at the start of every document. */
typedef struct pl_quote_state {
    int open;      /* 0, or the kind of quotation mark left open (double) */
    int sentences; /* sentences the open quote has run over so far */
} pl_quote_state;

/* The quotes of sentence s (tagged and parsed), in text order, at most max of
 * them into out; returns how many. st carries an open quote from the previous
 * sentence to the next; NULL treats s as a document of its own. */
int pl_quotes_find(const pl_sentence *s, pl_quote_state *st, pl_quote *out, int max);

/* The quote of q[0..n) whose content contains byte offset b of the sentence
 * text, or NULL. */
const pl_quote *pl_quote_at(const pl_quote *q, int n, uint32_t b);

#endif
