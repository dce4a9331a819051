/*
 * internal.h - what the dictionary loaders share and nothing else includes:
 * the pl_knowledge layout, the word table, hash maps and phrase tries, the
 * comment-stripping line reader and English inflection helpers.
 *
 * Must not: be included from outside src/knowledge/; the rest of petrel sees
 * only knowledge.h.
 */
#ifndef PETREL_KNOWLEDGE_INTERNAL_H
#define PETREL_KNOWLEDGE_INTERNAL_H

#include "knowledge.h"

#include "../util/arena.h"

#define KB_NONE UINT32_MAX

/* ---- growable arrays (malloc; only while loading) ------------------------ */
/* Makes room for one more element of size `elem` in *p (count n, capacity *cap). */
void kb_reserve(void *pp, size_t *cap, size_t n, size_t elem);
#define KB_PUSH(arr, n, cap) (kb_reserve(&(arr), &(cap), (n), sizeof *(arr)), &(arr)[(n)++])

/* ---- open-addressing map from 64-bit keys to 32-bit values ---------------- */
typedef struct kb_slot {
    uint64_t key;
    uint32_t val; /* KB_NONE marks an empty slot */
} kb_slot;

typedef struct kb_map {
    kb_slot *slots; /* key and value side by side: one cache line per probe */
    size_t cap, n;
} kb_map;

/* The value slot for key, created (set to KB_NONE) when absent. */
uint32_t *kb_map_put(kb_map *m, uint64_t key);
uint32_t kb_map_get(const kb_map *m, uint64_t key);
void kb_map_free(kb_map *m);

/* ---- interned words ---------------------------------------------------------
 * Every dictionary word is stored once; tries and form indexes work on ids. */
typedef struct kb_strtab {
    uint32_t *slots; /* ids by hash; KB_NONE empty */
    size_t cap;
    const char **str; /* id -> string (in the knowledge arena) */
    uint32_t *hash;   /* id -> hash, to skip most string compares */
    size_t n, scap;
} kb_strtab;

/* ---- phrase tries: node ids, edges (node, word) -> child in one hash map --- */
typedef struct kb_trie {
    kb_map edges;
    uint32_t *payload; /* per node; KB_NONE when no phrase ends here */
    size_t nnodes, cap;
    int nphrases; /* nodes that carry a payload */
} kb_trie;

/* ---- verb dictionary records kept while loading ------------------------- */
typedef struct kb_form {
    pl_verb_form f;       /* public part; f.next mirrors next */
    struct kb_form *next; /* same word, longest first */
    uint32_t word;
    int len; /* before.n + after.n */
} kb_form;

typedef struct kb_syn_member {
    uint32_t ref;   /* synset name id for "+&NAME", else KB_NONE */
    pl_words words; /* the term, for plain members */
    int noplural;   /* term ends in '_' */
    long line;
} kb_syn_member;

typedef struct kb_synset {
    const char *name;
    int noplural; /* label ends in '_' */
    kb_syn_member *m;
    size_t n, cap;
    const char *file;
    int state;      /* 0 not expanded, 1 expanding (cycle guard), 2 done */
    pl_words *alts; /* expansion: terms of nested synsets, plurals */
    int nalts;
    const pl_alt_ref *by_first; /* alts by first word, when there are many */
} kb_synset;

/* The last word of a multi-word actor phrase whose codes depend on the date
 * (a person: "IMRAN KHAN" gives KHAN), for "Prime Minister Khan". */
typedef struct kb_surname {
    uint32_t word;
    uint32_t actor; /* index into actors */
} kb_surname;

struct pl_knowledge {
    pl_arena arena; /* every string and final array */
    kb_strtab words;
    char *scratch; /* load-time buffer for upper-casing and inflecting */
    size_t scratch_cap;
    int frozen;
    int petrel_conventions; /* petrel's own knowledge is loaded: code by docs/knowledge.md */

    kb_trie actor_trie, agent_trie, discard_trie, issue_trie;
    pl_actor **actors; /* actor_trie payloads index this */
    size_t nactors, actors_cap;
    int actor_groups;
    pl_agent **agents; /* agent_trie payloads */
    size_t nagents, agents_cap;
    const char **issue_codes; /* issue_trie payloads; "" = ignore phrase */
    size_t nissue_codes, issue_codes_cap;
    /* discard_trie payloads are the levels themselves */

    kb_synset **synsets;
    size_t nsynsets, synsets_cap;
    kb_map synset_by_name; /* name id -> index */
    pl_verb_block **blocks;
    size_t nblocks, blocks_cap;
    kb_form **forms;
    size_t nforms, forms_cap;
    kb_map form_by_word; /* word id -> index of the chain head */
    kb_map anchored;     /* (block index << 32 | word id) -> slot in anchor_at */
    uint32_t *anchor_at; /* per slot: start in anchor_pat; slot + 1 gives the end */
    size_t nanchor_slots, anchor_at_cap;
    int *anchor_pat;     /* pattern indexes, grouped by slot */
    kb_surname *surnames; /* sorted by word at freeze */
    size_t nsurnames, surnames_cap;
    pl_actor **surname_actors; /* actors[surnames[i].actor], in the same order */
    pl_redefinition *redefs;
    size_t nredefs, redefs_cap;
    pl_transform *transforms;
    size_t ntransforms, transforms_cap;
    int npatterns;
};

/* Records a redefinition of words[0..n) first made at prev_file:prev_line. */
void kb_note_redefinition(pl_knowledge *k, const char *what, const uint32_t *ids, size_t n,
                          const char *file, long line, const char *prev_file, int prev_line);

/* ---- words ------------------------------------------------------------------ */
/* Id of s[0..n), upper-cased (ASCII) first when upper is set; interned on demand. */
uint32_t kb_intern(pl_knowledge *k, const char *s, size_t n, int upper);
uint32_t kb_find(const kb_strtab *t, const char *s);
uint32_t kb_find_n(const kb_strtab *t, const char *s, size_t n);
const char *kb_str(const pl_knowledge *k, uint32_t id);
char *kb_scratch(pl_knowledge *k, size_t n);
void kb_strtab_free(kb_strtab *t);

/* A growable list of word ids. */
typedef struct kb_ids {
    uint32_t *v;
    size_t n, cap;
} kb_ids;
/* Appends the words of s[0..n): blanks and '_' separate them; upper-cased. */
void kb_split(pl_knowledge *k, kb_ids *out, const char *s, size_t n);
pl_words kb_words(pl_knowledge *k, const uint32_t *ids, size_t n);
/* The words joined by single blanks, in the arena. */
const char *kb_join(pl_knowledge *k, const uint32_t *ids, size_t n);

/* ---- tries ------------------------------------------------------------------- */
uint32_t kb_trie_add(kb_trie *t, const uint32_t *ids, size_t n); /* node of the phrase */
/* Longest phrase prefixing words[0..n): its length, payload in *out. */
int kb_trie_match(const pl_knowledge *k, const kb_trie *t, const char *const *words, int n,
                  uint32_t *out);
/* The same with word numbers (pl_knowledge_word's id) instead of strings. */
int kb_trie_match_ids(const kb_trie *t, const uint32_t *ids, int n, uint32_t *out);
void kb_trie_free(kb_trie *t);

/* ---- the line reader ----------------------------------------------------------
 * Yields the lines that hold data: '#' comments and <!-- --> comments (also
 * spanning lines) removed, blanks trimmed at both ends. */
typedef struct kb_lines {
    const char *p, *end;
    const char *file;
    long line;         /* number of the line last returned */
    int in_comment;    /* inside a markup comment that goes on */
    int dashes;        /* it ends at "-->" (1) or at ">" (0) */
    long comment_line; /* where it opened, for the end-of-file message */
    char *buf;
    size_t cap;
    pl_diag *d;
} kb_lines;

void kb_lines_init(kb_lines *r, const char *file, const char *buf, size_t len, pl_diag *d);
char *kb_lines_next(kb_lines *r); /* NULL at the end */
void kb_lines_free(kb_lines *r);

/* Runs load(k, file, buf, len, d) on the file's contents; -1 if it cannot be read. */
typedef int (*kb_loader)(pl_knowledge *, const char *, const char *, size_t, pl_diag *);
int kb_load_file(pl_knowledge *k, const char *path, pl_diag *d, kb_loader load);
/* Common start of every *_mem loader: the file name in the arena, or NULL
 * (reported) when the knowledge is frozen. */
const char *kb_begin_load(pl_knowledge *k, const char *name, pl_diag *d);

/* ---- small text helpers ------------------------------------------------------- */
int kb_isblank(int c);
const char *kb_skip_blanks(const char *s);
/* s[0..*n) with blanks trimmed at both ends (returns the new start). */
const char *kb_trim(const char *s, size_t *n);
/* Code text s[0..n) trimmed and upper-cased, in the arena. */
const char *kb_code(pl_knowledge *k, const char *s, size_t n);

/* ---- inflection (upper-case ASCII words) ----------------------------------------
 * Each writes into out (room for n + 4 bytes) and returns the new length. */
size_t kb_plural(const char *w, size_t n, char *out); /* also the 3rd person singular */
size_t kb_past(const char *w, size_t n, char *out);
size_t kb_gerund(const char *w, size_t n, char *out);

/* ---- verb dictionary internals shared by verbs.c and patterns.c ------------------ */
typedef struct kb_raw_line {
    pl_verb_block *block;
    const char *text; /* comment removed, trimmed */
    long line;
} kb_raw_line;

kb_synset *kb_synset_find(const pl_knowledge *k, const char *name, size_t n);
/* Code field body "AAA", "AAA:PPP", ":PPP", "---" or "" into active and
 * passive ("" when absent); -1 when malformed. */
int kb_parse_code(pl_knowledge *k, const char *s, size_t n, const char **active,
                  const char **passive);
/* s[0..n) trimmed, each run of blanks made one blank, in the arena. */
const char *kb_collapse(pl_knowledge *k, const char *s, size_t n);
/* Compiles one "- ... [CODE]" line (text without the '-'); -1 after a diagnostic. */
int kb_compile_pattern(pl_knowledge *k, const char *file, const kb_raw_line *raw, pl_pattern *out,
                       pl_diag *d);

#endif
