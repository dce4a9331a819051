/*
 * coder.h - the event coder: who did what to whom in one parsed sentence.
 *
 * For each verb the dictionary knows, the coder finds its source (the
 * subject, or the by-agent of a passive; a subject shared through
 * coordination or control), its target (the object, else the first actor
 * among the verb's own dependents), and its CAMEO code (the best matching
 * pattern of the verb's block, else the verb's code). Patterns are matched
 * in sentence order around the verb: words before '*' must occur before the
 * verb, words after it after the verb and inside its clause, '_' forbids
 * words in between, '$' '+' '%' bind the source, the target or a compound
 * actor, and '^' skips one word or name. The pattern with the most matched
 * words wins. A negated verb is coded only by a pattern that itself spells
 * out the negation. A transformation of the verb dictionary may turn a verb
 * and its complement verb into one event ("A said B attacked C" -> A
 * accuses B). Every event keeps its evidence.
 *
 * Must not: read files, print, or keep state between sentences (the
 * document memory is the caller's, passed in the options).
 */
#ifndef PETREL_CODER_H
#define PETREL_CODER_H

#include <stdint.h>

#include "../knowledge/knowledge.h"
#include "../parse/sentence.h"
#include "../util/arena.h"

typedef struct pl_event {
    const char *source, *target, *code;  /* target or source "---" only when require_dyad is off */
    int src_start, src_end;              /* evidence: token spans [start, end), -1 when absent */
    int verb;                            /* the verb token */
    int tgt_start, tgt_end;
    const char *src_antecedent, *tgt_antecedent; /* a side resolved from an earlier sentence
                                                  * (coref.h): that mention's text, else NULL */
    int src_antecedent_sentence, tgt_antecedent_sentence;   /* its sentence, else 0 */
    const pl_verb_form *form;            /* the verb entry that fired */
    const pl_pattern *pattern;           /* the pattern that fired, NULL for the verb's own code */
    const pl_transform *transform;       /* the transformation that made the event, or NULL */
    unsigned passive : 1;                /* the verb is in the passive voice */
    unsigned inverse : 1;                /* from the passive half of an [AAA:PPP] code */
    unsigned among : 1;                  /* between members of a compound actor */
} pl_event;

typedef struct pl_coder_opts {
    int require_dyad;                    /* drop events lacking a source or target (default 1) */
    int new_actor_length;                /* > 0: code unknown noun phrases of up to this many
                                          * words by their text (PETRARCH's null actors) */
    struct pl_coref *coref;              /* the document's memory of actors (coref.h), read
                                          * to resolve and updated after each sentence;
                                          * NULL: every sentence stands alone */
} pl_coder_opts;

/* Explanation sink: one line per call, no trailing newline. */
typedef struct pl_explain {
    void (*line)(void *ud, const char *text);
    void *ud;
} pl_explain;

typedef struct pl_coded {
    pl_event *ev;
    int n;
    int discard;                         /* 0, 1 sentence discard, 2 story discard */
    int discard_start, discard_end;      /* tokens of the discard phrase */
} pl_coded;

/* Code one sentence dated `date` (YYYYMMDD). Everything is allocated in a.
 * x may be NULL. */
void pl_code_sentence(const pl_knowledge *k, const pl_sentence *s, int32_t date,
                      const pl_coder_opts *o, pl_arena *a, pl_coded *out, const pl_explain *x);

#endif
