/*
 * store.h - the event dataset in SQLite: documents, sentences, mentions
 * (one per coded event in a sentence, with its evidence) and events (the
 * real-world events those mentions report, merged).
 *
 * Merging ("dedup"): a mention joins the event with the same source, target
 * and CAMEO code whose date is within one day of its own (the closest; the
 * oldest event on a tie); otherwise it starts a new event. An event's
 * NumMentions / NumSources / NumArticles (GDELT's names) are counted from
 * its mentions by the view event_counts: mentions, distinct outlets,
 * distinct documents.
 *
 * Ids are stable: a document keeps the id its input gives it, a mention is
 * "DOC:SENTENCE:N" (the N-th event coded in that sentence), and adding a
 * document or mention that is already stored does nothing, so rerunning the
 * same input adds nothing. Events are numbered in the order they are first
 * seen; the same input in the same order gives the same numbers.
 *
 * Writes go through explicit transactions (pl_store_begin/commit, one per
 * batch of documents) on a database in WAL mode: a run killed at any point
 * leaves every committed batch whole and nothing of the batch in flight.
 *
 * Must not: code, enrich or decide anything about events; it stores what it
 * is given and merges by the rule above.
 */
#ifndef PETREL_STORE_H
#define PETREL_STORE_H

#include "petrel.h"

#include "../util/diag.h"

typedef struct pl_store pl_store;

typedef struct pl_store_doc {
    const char *id, *date, *source, *url, *title, *file;
    int sentences, events;
} pl_store_doc;

/* One event as coded in one sentence, with where it was found. */
typedef struct pl_store_mention {
    const char *doc_id;
    int sentence;          /* 1, 2, ... in the document */
    int ordinal;           /* 0, 1, ... among the sentence's events */
    const char *date;      /* the event's date, YYYY-MM-DD */
    const char *outlet;    /* the document's source ("" when unknown) */
    const char *sentence_text;
    const petrel_event *e;
} pl_store_mention;

/* Opens (creating if needed) the database at path. NULL after a message. */
pl_store *pl_store_open(const char *path, pl_diag *d);
/* Commits nothing that was not committed; closes. */
void pl_store_close(pl_store *s);

int pl_store_begin(pl_store *s);
int pl_store_commit(pl_store *s);

/* Is a document with this id stored (that is, committed or in the current
 * transaction)? */
int pl_store_has_document(pl_store *s, const char *id);
/* 0 when added, 1 when it was already there, -1 on error (reported). */
int pl_store_add_document(pl_store *s, const pl_store_doc *doc);
int pl_store_add_sentence(pl_store *s, const char *doc_id, int index, const char *text);
/* Adds the mention and merges it into its event: 0 when added, 1 when the
 * mention was already there (nothing changes), -1 on error (reported). */
int pl_store_add_mention(pl_store *s, const pl_store_mention *m);

/* One merged event with its counts, for exports. */
typedef struct pl_store_event {
    long long id;
    const char *date, *source, *target, *code;
    const char *source_text, *target_text; /* from its first mention */
    const char *url;                       /* of its first mention's document (its id
                                              when the document has no URL) */
    const char *added;                     /* that document's date, YYYY-MM-DD */
    int first_sentence;                    /* the earliest sentence that reports it */
    const char *place, *place_kind, *place_country, *place_adm1; /* from the first mention
                                                                    that names a place; "" */
    double lat, lon;
    int mentions, sources, articles;
} pl_store_event;

/* Calls fn for every event in id order; stops when fn returns non-zero.
 * Returns 0, or -1 on a database error (reported). */
int pl_store_each_event(pl_store *s, int (*fn)(void *ud, const pl_store_event *e), void *ud);

#endif
