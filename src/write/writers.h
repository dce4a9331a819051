/*
 * writers.h - event output formats: JSON Lines with full evidence,
 * PETRARCH's evts TSV columns, and a readable table for people.
 *
 * Must not: decide which events exist; they write what they are given.
 */
#ifndef PETREL_WRITERS_H
#define PETREL_WRITERS_H

#include <stdio.h>

#include "petrel.h"

typedef enum pl_format { FORMAT_JSONL, FORMAT_TSV, FORMAT_TABLE } pl_format;

/* Where an event was found. */
typedef struct pl_event_origin {
    const char *doc_id;       /* story / document id */
    const char *sentence_id;  /* the <Sentence id> */
    const char *date;         /* the event's date: YYYYMMDD or YYYY-MM-DD as given */
    const char *doc_source;   /* outlet ("" when unknown) */
    const char *text;         /* the sentence text ("" when unknown) */
    const char *doc_date;     /* the document's date (NULL: same as date) */
    const char *title, *url;  /* the document's (NULL or "" when unknown) */
} pl_event_origin;

/* Parse "jsonl", "tsv" or "table"; -1 if unknown. */
int pl_format_parse(const char *name);
void pl_write_header(FILE *f, pl_format fmt);
void pl_write_event(FILE *f, pl_format fmt, const pl_event_origin *o, const petrel_event *e);
/* JSON string with escapes (quotes included). */
void pl_write_json_string(FILE *f, const char *s);
/* "YYYYMMDD" or "YYYY-MM-DD" -> "YYYY-MM-DD" in buf. */
const char *pl_iso_date(const char *date, char buf[11]);

#endif
