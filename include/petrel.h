/*
 * petrel.h - libpetrel, political event data from news text.
 *
 * Three handles. A petrel_knowledge holds the dictionaries (verbs and their
 * patterns, actors with dated codes, agents, discards, issues); load it once,
 * freeze it, then share it read-only between any number of threads. A
 * petrel_model holds the tagger, lemmatizer and dependency parser that turn
 * plain text into parsed sentences; it too is loaded once and shared
 * read-only. A petrel_coder holds one thread's scratch memory and codes one
 * sentence at a time; results stay valid until its next call.
 *
 *     petrel_knowledge *k = petrel_knowledge_new(NULL, NULL);
 *     petrel_knowledge_load_config(k, "PETR_config.ini");
 *     petrel_knowledge_freeze(k);
 *     petrel_coder *c = petrel_coder_new(k);
 *     petrel_result r;
 *     petrel_code_parse(c, "(ROOT (S (NP (NNP Arnor)) (VP ...)))", NULL, "1995-01-01", &r);
 *     petrel_model *m = petrel_model_load_builtin(NULL, NULL);   // plain text needs a model
 *     petrel_code_text(c, m, "Arnor accused Gondor of spying.", "1995-01-01", &r);
 *     for (int i = 0; i < r.nevents; i++) printf("%s %s %s\n", r.events[i].source, ...);
 */
#ifndef PETREL_H
#define PETREL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define PETREL_API __attribute__((visibility("default")))
#else
#define PETREL_API
#endif

#define PETREL_VERSION "0.1.0"

typedef struct petrel_knowledge petrel_knowledge;
typedef struct petrel_model petrel_model;
typedef struct petrel_coder petrel_coder;

/* Receives one diagnostic ("file:line: what is wrong") or explanation line. */
typedef void (*petrel_message_fn)(void *ud, const char *line);

typedef enum petrel_dict {
    PETREL_VERBS,
    PETREL_ACTORS,
    PETREL_AGENTS,
    PETREL_DISCARDS,
    PETREL_ISSUES
} petrel_dict;

/* on_message NULL: diagnostics go to stderr. */
PETREL_API petrel_knowledge *petrel_knowledge_new(petrel_message_fn on_message, void *ud);
/* 0 on success (bad lines are reported and skipped), -1 if unreadable. */
PETREL_API int petrel_knowledge_load(petrel_knowledge *k, petrel_dict kind, const char *path);
/* A PETRARCH2-style ini with a [Dictionaries] section; paths are relative to the ini. */
PETREL_API int petrel_knowledge_load_config(petrel_knowledge *k, const char *ini_path);
/* petrel's own knowledge (countries, people, organisations, agents, CAMEO
 * verbs; docs/knowledge.md), built into the library. Load it after your own
 * files so that their entries come first. 0 on success, -1 on a bad file. */
PETREL_API int petrel_knowledge_load_builtin(petrel_knowledge *k);
/* Curation (`petrel dict`). check: every problem in what was loaded (bad
 * lines, phrases defined twice, overlapping date ranges, unknown actor or
 * event codes, CAMEO codes nothing produces) as "file:line: what" through
 * out; returns how many. describe: one line per file with what it holds,
 * then the totals. lookup: which entries give the words of phrase their codes
 * on date (YYYY-MM-DD), a few lines each; returns how many matched, -1 on a
 * bad date. */
PETREL_API long petrel_knowledge_check(const petrel_knowledge *k, petrel_message_fn out, void *ud);
PETREL_API void petrel_knowledge_describe(const petrel_knowledge *k, petrel_message_fn out,
                                          void *ud);
PETREL_API int petrel_knowledge_lookup(const petrel_knowledge *k, const char *phrase,
                                       const char *date, petrel_message_fn out, void *ud);
/* The code the dictionaries give a noun phrase ("Pakistan's foreign
 * minister", "Prime Minister Khan") on date, as the recogniser combines an
 * actor and its agents, into out ("" when nothing matches). 1 if coded, 0
 * if not, -1 on a bad date. */
PETREL_API int petrel_knowledge_phrase_code(const petrel_knowledge *k, const char *phrase,
                                            const char *date, char *out, size_t size);
/* Number of problems reported while loading. */
PETREL_API long petrel_knowledge_errors(const petrel_knowledge *k);
PETREL_API void petrel_knowledge_freeze(petrel_knowledge *k);
PETREL_API void petrel_knowledge_free(petrel_knowledge *k);

/* The model built into the library, or one from a model file (`petrel
 * train` writes them). NULL after a message to on_message (NULL: stderr) when
 * there is none or it does not load. Read-only once loaded: share it. */
PETREL_API petrel_model *petrel_model_load_builtin(petrel_message_fn on_message, void *ud);
PETREL_API petrel_model *petrel_model_load_file(const char *path, petrel_message_fn on_message,
                                                void *ud);
PETREL_API void petrel_model_free(petrel_model *m);

PETREL_API petrel_coder *petrel_coder_new(const petrel_knowledge *k);
PETREL_API void petrel_coder_free(petrel_coder *c);
/* Keep events that lack a source or a target ("---"); off by default. */
PETREL_API void petrel_coder_set_require_dyad(petrel_coder *c, int on);
/* Code noun phrases that no dictionary knows, of at most n words, by their
 * own text in quotes ("\"MINISTRY OF MAGIC\""); 0 (the default) turns it off. */
PETREL_API void petrel_coder_set_new_actors(petrel_coder *c, int n);
/* Send a step-by-step explanation of each coded sentence to fn (NULL: off). */
PETREL_API void petrel_coder_set_explain(petrel_coder *c, petrel_message_fn fn, void *ud);
/* Forget the actors of the previous document: the next sentence starts a new
 * document. A coder remembers the actors each sentence names, so that "he",
 * "the minister", "the group" or "Khan" in a later sentence take the actor
 * named earlier (the event says so: source_antecedent). petrel_code_document
 * starts a document itself; between calls of petrel_code_parse and
 * petrel_code_text the memory lasts until this is called. */
PETREL_API void petrel_coder_begin_document(petrel_coder *c);

typedef enum petrel_status {
    PETREL_OK = 0,
    PETREL_BAD_PARSE,          /* the parse could not be read (unbalanced brackets, ...),
                                  or there is no text */
    PETREL_DATELINE,           /* the "sentence" is a dateline, not a sentence */
    PETREL_BAD_DATE,           /* the date is not YYYYMMDD or YYYY-MM-DD */
    PETREL_SENTENCE_DISCARD,   /* a sentence discard phrase fired */
    PETREL_STORY_DISCARD       /* a story discard phrase fired: drop the whole story */
} petrel_status;

typedef struct petrel_span {
    int start, end;            /* tokens [start, end); -1 when absent */
    int byte_start, byte_end;  /* bytes of the sentence text; -1 when not aligned */
    const char *text;          /* the tokens joined by blanks ("" when absent) */
} petrel_span;

/* A place named in a sentence (from the built-in gazetteer). */
typedef struct petrel_place {
    const char *name;          /* as the gazetteer names it: "Torkham" */
    const char *kind;          /* country, capital, adm1, city, town, crossing, region */
    const char *country;       /* ISO 3166-1 alpha-3 */
    const char *adm1;          /* first-level division ("" for a country) */
    double lat, lon;
    petrel_span span;          /* where the sentence names it */
} petrel_place;

/* Speech a sentence reports: who said it, the reporting verb, the words. */
typedef struct petrel_quote {
    const char *speaker;       /* the speaker's actor code, "---" when not an actor */
    petrel_span speaker_span;
    petrel_span verb_span;     /* "said", "told", "according" (to) */
    petrel_span span;          /* the quoted or reported words */
    int direct;                /* 1 in quotation marks, 0 reported ("said that ...") */
} petrel_quote;

typedef struct petrel_event {
    const char *source, *target, *code;   /* "---" marks a missing side */
    petrel_span source_span, verb_span, target_span;
    const char *verb_block;    /* the verb dictionary block, e.g. "ASK" */
    const char *pattern;       /* the pattern that fired, "" for the verb's own code */
    const char *rule_file;     /* where the pattern (or verb) is defined */
    int rule_line;
    int passive;               /* the verb was in the passive voice */
    int inverse;               /* from the passive half of an [AAA:PPP] code */
    int among;                 /* between members of a compound actor */
    /* Set by petrel_code_document (NULL when a single sentence was coded): */
    const char *date;          /* when it happened, YYYY-MM-DD: the document's date moved
                                  by what the sentence says ("on Monday", "last week") */
    const char *date_basis;    /* how the date was derived: "document", "yesterday", ... */
    petrel_span date_span;     /* the date expression, when there is one */
    const petrel_place *place; /* where it happened, or NULL */
    const petrel_quote *quote; /* the speech it was reported in, or NULL */
    /* A side resolved from an earlier sentence of the document ("He said",
     * "the minister"): the earlier mention's text, or "" */
    const char *source_antecedent, *target_antecedent;
    int source_antecedent_sentence, target_antecedent_sentence; /* its sentence (1, 2, ...), or 0 */
} petrel_event;

typedef struct petrel_result {
    petrel_status status;
    const petrel_event *events;
    int nevents;
    int ntokens;
    const char *discard;       /* the discard phrase, when one fired */
} petrel_result;

/* Code one sentence given as a Penn Treebank parse. text (may be NULL) is the
 * sentence as written, for byte offsets in the evidence. Returns status. */
PETREL_API petrel_status petrel_code_parse(petrel_coder *c, const char *ptb, const char *text,
                                           const char *date, petrel_result *out);

/* Code one sentence given as plain UTF-8 text: tokenize, tag and parse it
 * with m, then code it. The text is one sentence even where the tokenizer
 * would split it; span byte offsets point into it. Returns status. */
PETREL_API petrel_status petrel_code_text(petrel_coder *c, const petrel_model *m,
                                          const char *text, const char *date,
                                          petrel_result *out);

/* One sentence of a document, as petrel_code_document found it. */
typedef struct petrel_sentence {
    int index;                 /* 1, 2, ... in document order */
    const char *text;          /* the sentence as written; span byte offsets point into it */
    long offset;               /* byte offset of text in the document */
} petrel_sentence;

/* Receives each sentence and its result (both valid until it returns);
 * non-zero stops the document. */
typedef int (*petrel_sentence_fn)(void *ud, const petrel_sentence *s, const petrel_result *r);

/* Split len bytes of plain text (a whole news story) into sentences and code
 * each, all dated date. A story discard is reported on its sentence only:
 * dropping the story's other events is up to fn. Returns the number of
 * sentences, or -1 if fn stopped early. */
PETREL_API long petrel_code_document(petrel_coder *c, const petrel_model *m, const char *text,
                                     size_t len, const char *date, petrel_sentence_fn fn,
                                     void *ud);

/* What a CAMEO event code means. */
typedef struct petrel_cameo {
    const char *code, *name;   /* "0231", "Appeal for economic aid" */
    double goldstein;          /* Goldstein conflict-cooperation score, -10 .. +10 */
    int root;                  /* 1 .. 20 */
    int quad_class;            /* GDELT's QuadClass: 1 verbal cooperation, 2 material
                                  cooperation, 3 verbal conflict, 4 material conflict */
    const char *plover;        /* PLOVER event type ("" when PLOVER drops the code) */
    const char *plover_mode;   /* PLOVER mode: "phone", "firearms", ... ("" when none) */
    const char *plover_context; /* PLOVER context: "diplomatic", "economic", ... ("" when none) */
} petrel_cameo;

/* Fills *out for a CAMEO code; -1 when code is not one. */
PETREL_API int petrel_cameo_lookup(const char *code, petrel_cameo *out);

#ifdef __cplusplus
}
#endif

#endif
