/*
 * code_documents.h - `petrel code` on whole articles (text, JSON Lines,
 * HTML, gzip or not): read -> clean -> code on worker threads -> write in
 * input order to a stream and/or the SQLite store.
 *
 * Must not: parse options (cmd_code.c does) or code by itself (the library
 * does).
 */
#ifndef PETREL_CODE_DOCUMENTS_H
#define PETREL_CODE_DOCUMENTS_H

#include "petrel.h"

#include "../read/document.h"
#include "../write/writers.h"

typedef struct docs_opts {
    pl_doc_format format;
    pl_jsonl_fields fields;
    const char *date;      /* for documents without one (--date) */
    const char *output;    /* -o FILE; NULL: stdout */
    int stream;            /* write events to the output stream */
    pl_format fmt;         /* ... in this format */
    int gdelt;             /* ... or as merged GDELT events */
    const char *db;        /* --db FILE, or NULL */
    int resume;            /* skip documents the database already has */
    int clean;             /* drop scraped boilerplate before coding */
    int explain_clean;     /* list what cleaning dropped, on stderr */
    int jobs;              /* worker threads */
    int require_dyad;
    char **files;
    int nfiles;
} docs_opts;

/* Codes every document of every file; the exit status (0 when all went well). */
int code_documents(const docs_opts *o, const petrel_knowledge *k, const petrel_model *m);

#endif
