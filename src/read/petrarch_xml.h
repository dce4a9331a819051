/*
 * petrarch_xml.h - PETRARCH XML input, read as a stream with libxml2's
 * xmlTextReader: batch files (<Sentences><Sentence ...>) and validation files
 * (<Validation><Environment>...</Environment><Sentences>...), where each
 * <Sentence> may carry <EventCoding> expectations and <Config> elements set
 * options for all later records.
 *
 * Memory stays flat: each <Sentence> is handed to the callback as soon as it
 * ends and its strings are released afterwards. A malformed record is
 * reported ("file:line: ...") and skipped; reading goes on where the XML
 * allows.
 *
 * Must not: interpret parses or code anything.
 */
#ifndef PETREL_PETRARCH_XML_H
#define PETREL_PETRARCH_XML_H

#include <stddef.h>

#include "../util/diag.h"

typedef struct pl_expected_event {
    const char *source, *target, *code;   /* as written (quoted new-actor codes keep their quotes) */
} pl_expected_event;

typedef struct pl_xml_record {
    const char *id;          /* id attribute */
    const char *date;        /* date attribute as written (YYYYMMDD) */
    const char *category;    /* category attribute or "" */
    const char *source;      /* source attribute or "" */
    int is_sentence;         /* sentence attribute is true (any case) */
    const char *text;        /* <Text>, whitespace runs collapsed to one blank, trimmed */
    const char *parse;       /* <Parse> as written, NULL when absent */
    long line;               /* line of the <Sentence> start tag */
    long parse_line;         /* line the <Parse> text starts on (for pl_ptb_read), 0 if absent */
    /* validation expectations */
    const pl_expected_event *expected;
    int nexpected;
    int noevents;            /* an <EventCoding noevents="True"> was present */
    const char *error;       /* error="..." expectation (sentencediscard, ...) or NULL */
    int has_expectations;    /* any <EventCoding> at all */
} pl_xml_record;

/* <Environment> of a validation file. Lists are NULL-terminated. */
typedef struct pl_xml_env {
    const char *verbfile;
    const char *const *actorfiles;
    const char *agentfile, *discardfile, *issuefile;
    const char *include;     /* <Include> text or NULL */
} pl_xml_env;

typedef struct pl_xml_handler {
    /* Each returns 0 to go on, non-zero to stop reading. Any may be NULL. */
    int (*on_environment)(void *ud, const pl_xml_env *env);
    int (*on_config)(void *ud, const char *option, const char *value, long line);
    int (*on_record)(void *ud, const pl_xml_record *rec);
    void *ud;
} pl_xml_handler;

/* Strings handed to a callback live until it returns; copy what you keep.
 * A <Stop> element ends the input as if the file ended there.
 *
 * Read a file ("-" = stdin). Returns 0 when the whole input was read (bad
 * records were reported and skipped), -1 when the file cannot be opened or
 * the XML is broken beyond recovery (reported; records before are kept). */
int pl_petrarch_xml_read_file(const char *path, const pl_xml_handler *h, pl_diag *d);
int pl_petrarch_xml_read_mem(const char *name, const char *buf, size_t len,
                             const pl_xml_handler *h, pl_diag *d);

#endif
