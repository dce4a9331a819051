/*
 * knowledge.h - dictionaries in the field's own formats, loaded once and then
 * shared read-only by every worker thread.
 *
 * Formats are PETRARCH2's (../shared/petrarch2/SPEC.md section 1): the verb
 * dictionary (synsets, verb blocks, forms, patterns, transformations), actor
 * dictionaries with date-restricted codes, agents, discards and issues.
 * petrel implements their documented intent, not the reader defects SPEC marks
 * QUIRK; docs/petrarch-compat.md lists every divergence.
 *
 * Loading reports each bad line as "file:line: what is wrong", skips it and
 * goes on; an unreadable file is an error return. After pl_knowledge_freeze()
 * nothing is modified, so lookups need no locks.
 *
 * All words are stored and looked up upper-case, with '_' in the files read
 * as a word separator.
 *
 * Must not: know anything about sentences or trees; the recogniser and coder
 * call the lookups below with plain word arrays.
 */
#ifndef PETREL_KNOWLEDGE_H
#define PETREL_KNOWLEDGE_H

#include <stddef.h>
#include <stdint.h>

#include "../util/diag.h"

typedef struct pl_knowledge pl_knowledge;

/* ---- actors --------------------------------------------------------------
 * One actor phrase maps to an ordered list of codes, each valid in a
 * date range [from, to) of dates written as YYYYMMDD integers; a written
 * range "d0-d1" includes d1 (to = d1 + 1), "<d" ends before d, ">d" starts
 * on d; from = 0 means "since always", to = 0 means "until now". pl_actor_code()
 * returns the first restricted entry whose range holds the date, else the
 * first unrestricted entry (the documented "default when no restriction
 * applies"), else NULL. */
typedef struct pl_dated_code {
    const char *code;
    int32_t from, to;
} pl_dated_code;

typedef struct pl_actor {
    const char *name;         /* the entry's primary phrase, for explanations */
    const pl_dated_code *codes;
    int ncodes;
    const char *file;         /* where the entry was defined */
    int line;
    int merged;               /* made by joining the entries of one phrase defined twice */
} pl_actor;

/* ---- agents --------------------------------------------------------------
 * code is as written without brackets: "~GOV" (an agent, appended to actor
 * codes) or "NGO~" (documented intent: an agent too, prefixed: see compat). */
typedef struct pl_agent {
    const char *code;
    const char *file;
    int line;
} pl_agent;

/* ---- verbs ---------------------------------------------------------------- */
typedef enum pl_pat_kind {
    PE_WORDS,    /* one of `alts` word sequences (a word, or a synset's terms) */
    PE_VERB,     /* '*' : the verb itself */
    PE_SOURCE,   /* '$' : the source actor is here */
    PE_TARGET,   /* '+' : the target actor is here */
    PE_COMPOUND, /* '%' : a compound actor ("A and B") supplies source and target */
    PE_SKIP,     /* '^' : any one word or phrase */
    PE_PP_OPEN,  /* '(' : a prepositional phrase; the next PE_WORDS is the preposition */
    PE_PP_CLOSE, /* ')' */
    PE_NP_OPEN,  /* '{' : a noun phrase; its last PE_WORDS is the head */
    PE_NP_CLOSE  /* '}' */
} pl_pat_kind;

typedef struct pl_words {   /* a sequence of upper-case words */
    const char *const *w;
    int n;
} pl_words;

typedef struct pl_alt_ref {  /* one alternative of an element, by its first word */
    const char *first;      /* interned (compared by address) */
    int alt;                /* index into the element's alts */
} pl_alt_ref;

typedef struct pl_pat_elem {
    pl_pat_kind kind;
    int adjacent;           /* joined to the NEXT element by '_': no words may intervene */
    const pl_words *alts;   /* PE_WORDS only: alternatives (synset terms expanded, plurals added) */
    int nalts;
    const pl_alt_ref *by_first; /* many alternatives (a synset): all of them ordered by first
                                 * word address, then index; NULL: few, scan alts */
} pl_pat_elem;

typedef struct pl_pattern {
    const pl_pat_elem *elem;
    int nelem;
    int verb_at;            /* index of the PE_VERB element */
    const char *active;     /* CAMEO code for active voice, "" if none ([:PPP]) */
    const char *passive;    /* code for passive voice / inverse reading, "" if none */
    const char *text;       /* the pattern line as written, for evidence */
    const char *file;
    int line;
    int anchor;             /* the PE_WORDS element with the fewest alternatives, or -1:
                             * a coder tests it first to reject most patterns cheaply */
} pl_pattern;

typedef struct pl_verb_block {
    const char *name;       /* block meaning, e.g. "ASK" */
    const char *active;     /* block default code ("" for [---]) */
    const char *passive;
    const pl_pattern *patterns;   /* in file order; the coder ranks matches */
    int npatterns;
    const char *file;
    int line;
    int index;                    /* position among all blocks (set by freeze) */
    const int *unanchored;        /* patterns without any word element (set by freeze) */
    int nunanchored;
} pl_verb_block;

/* One inflected form of a verb, possibly multi-word: `before` words must
 * precede the verb word and `after` words (particles) follow it, as in
 * "+ASK_FOR" (after = FOR) or "KLM_NOP_+RST" (before = KLM NOP). */
typedef struct pl_verb_form {
    const char *word;                /* the form the parser tags as the verb */
    pl_words before, after;
    const char *active, *passive;    /* the form's own code, or the block's */
    const pl_verb_block *block;
    const char *file;
    int line;
    const struct pl_verb_form *next; /* other forms with the same word (longest first) */
} pl_verb_form;

/* Transformation "~ a (b c LOWER) UPPER = x y CODE": variables are single
 * letters, '.' any actor, '_' no actor. Verbs are block names ('Q' any). */
typedef struct pl_transform {
    char upper_src, lower_src, lower_tgt;     /* variable letters or '.', '_' */
    const char *lower_verb, *upper_verb;      /* block names, or "Q" */
    char out_src, out_tgt;                    /* variable letters */
    const char *out_code;                     /* CAMEO code, or "Q" = the lower verb's code */
    const char *text, *file;
    int line;
} pl_transform;

/* ---- loading -------------------------------------------------------------- */
pl_knowledge *pl_knowledge_new(void);
void pl_knowledge_free(pl_knowledge *k);

/* Each returns 0 on success (even if some lines were skipped with a
 * diagnostic), -1 if the file cannot be read (also reported through d).
 * Actor files may be loaded several times to stack dictionaries. */
int pl_load_verbs(pl_knowledge *k, const char *path, pl_diag *d);
int pl_load_actors(pl_knowledge *k, const char *path, pl_diag *d);
int pl_load_agents(pl_knowledge *k, const char *path, pl_diag *d);
int pl_load_discards(pl_knowledge *k, const char *path, pl_diag *d);
int pl_load_issues(pl_knowledge *k, const char *path, pl_diag *d);
/* Same, from memory (used by fuzz targets and tests); name is used in messages. */
int pl_load_verbs_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d);
int pl_load_actors_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d);
int pl_load_agents_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d);
int pl_load_discards_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d);
int pl_load_issues_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d);
/* petrel's own knowledge, built into the library (builtin.c); 0, or -1 if a
 * file could not be loaded. pl_builtin_count: how many files there are. */
int pl_load_builtin(pl_knowledge *k, pl_diag *d);
int pl_builtin_count(void);
/* Code by petrel's own conventions (docs/knowledge.md, eval/README.md)
 * where they differ from PETRARCH's: on once petrel's own knowledge is
 * loaded, off for PETRARCH dictionaries alone (the validation suite). */
void pl_knowledge_use_petrel_conventions(pl_knowledge *k);
int pl_knowledge_petrel_conventions(const pl_knowledge *k);

/* Does an actor code name an international actor (IGO, NGO, IMG, MNC, NGM,
 * INT first), rather than a country and its roles? (check.c) */
int pl_actor_code_international(const char *code);

/* The built-in gazetteer (knowledge/places.tsv, read by src/enrich/places.c):
 * its bytes, NUL-terminated, with its name and size; NULL if not built in. */
enum { PL_BUILTIN_PLACES = 5 };
const char *pl_builtin_places(const char **name, size_t *size);

/* Build the lookup indexes. After this the knowledge is read-only. */
void pl_knowledge_freeze(pl_knowledge *k);

/* ---- lookups (thread-safe after freeze) ------------------------------------
 * The *_match functions find the LONGEST dictionary phrase that is a prefix
 * of words[0..n) and return its length in words (0: none). */
int pl_actor_match(const pl_knowledge *k, const char *const *words, int n, const pl_actor **out);
/* Code valid on date (YYYYMMDD), or NULL when no entry applies. */
const char *pl_actor_code(const pl_actor *a, int32_t date);

/* The actors written in full with `word_id` as their last word ("KHAN" for
 * "IMRAN KHAN") whose codes depend on the date: the people a title and a
 * surname ("Prime Minister Khan") may mean. Returns how many; *out points to
 * them. Built by freeze. */
int pl_actors_by_surname(const pl_knowledge *k, uint32_t word_id, const pl_actor *const **out);

/* "Prime Minister Khan", "Gen. Bajwa", "Mr. Haqqani": the person a title
 * (an upper-case word: PRESIDENT, MINISTER, GEN., MR., ...) and a surname
 * (a word number) mean on date: among pl_actors_by_surname, those with a code
 * on the date in the title's role (GOV for PRESIDENT, MIL for GEN.; any for
 * MR.). NULL unless that leaves exactly one code, which goes to *code. */
const pl_actor *pl_actor_titled(const pl_knowledge *k, const char *title, uint32_t surname,
                                int32_t date, const char **code);

int pl_agent_match(const pl_knowledge *k, const char *const *words, int n, const pl_agent **out);

/* level: 1 = sentence discard, 2 = story discard. */
int pl_discard_match(const pl_knowledge *k, const char *const *words, int n, int *level);

/* Issue phrase; *code is the issue code, "" for an ignore phrase ('~'). */
int pl_issue_match(const pl_knowledge *k, const char *const *words, int n, const char **code);

/* All forms whose verb word is `word` (upper-case surface form), longest
 * multi-word forms first; NULL when the word is not a verb in the dictionary. */
const pl_verb_form *pl_verb_lookup(const pl_knowledge *k, const char *word);
/* The same for a word given by its number (pl_knowledge_word's id). */
const pl_verb_form *pl_verb_lookup_id(const pl_knowledge *k, uint32_t word_id);

const pl_transform *pl_transforms(const pl_knowledge *k, int *n);

/* The dictionaries' own copy of an upper-case word, or NULL when no
 * dictionary uses it. Every word in a pl_words is such a copy, so a caller
 * that maps its tokens through this once can compare words by pointer.
 * *id (may be NULL) receives the word's number, UINT32_MAX when unknown. */
const char *pl_knowledge_word(const pl_knowledge *k, const char *word, uint32_t *id);

/* pl_actor_match, pl_agent_match and pl_discard_match for words given by
 * their numbers (pl_knowledge_word's id; UINT32_MAX ends the phrase): a
 * coder that numbers its tokens once avoids hashing them at every start. */
int pl_actor_match_ids(const pl_knowledge *k, const uint32_t *ids, int n, const pl_actor **out);
int pl_agent_match_ids(const pl_knowledge *k, const uint32_t *ids, int n, const pl_agent **out);
int pl_discard_match_ids(const pl_knowledge *k, const uint32_t *ids, int n, int *level);

/* The alternatives of a PE_WORDS element that start with `word` (an
 * interned word): with el->by_first, entries [*from, *to) of it, in
 * alternative order; without, [0, nalts) of alts, which the caller then
 * tests one by one. */
void pl_elem_alts_with(const pl_pat_elem *el, const char *word, int *from, int *to);

/* Indexes into blk->patterns, ascending, of the patterns whose anchor
 * element has an alternative that starts with word number word_id: the
 * only patterns that word can make possible. Built by freeze. */
int pl_block_patterns_with(const pl_knowledge *k, const pl_verb_block *blk, uint32_t word_id,
                           const int **idx);

/* A phrase or verb form defined a second time (an actor phrase in two
 * entries, an agent phrase twice, a verb form in two blocks): loading keeps
 * going as the format says, and `petrel dict check` reports these. */
typedef struct pl_redefinition {
    const char *what;   /* "actor", "agent", "verb form" */
    const char *phrase; /* the words, joined by blanks */
    const char *file, *prev_file;
    int line, prev_line;
} pl_redefinition;
/* Counts for reports and benchmarks. */
typedef struct pl_knowledge_stats {
    int actors, actor_phrases, agents, verb_forms, verb_blocks, patterns, synsets,
        transforms, discards, issues;
    size_t bytes;
} pl_knowledge_stats;
void pl_knowledge_stats_get(const pl_knowledge *k, pl_knowledge_stats *s);

#endif
