/*
 * cli_harness.h - running the petrel binary from tests (cli_harness.c).
 */
#ifndef PETREL_CLI_HARNESS_H
#define PETREL_CLI_HARNESS_H

#include <stddef.h>

typedef struct cli {
    char dir[64];
    char verbs[128], actors[128], agents[128], discards[128];
    char dicts[700];       /* the dictionary options */
    char out[1 << 16], err[1 << 14];
    int status;
} cli;

/* A temporary folder with the test dictionaries; c->dicts holds the options
 * naming them. 0, or -1 after a skip (no binary) or a failure. */
int cli_open(cli *c);
/* Removes every file of the temporary folder, then the folder. */
void cli_close(cli *c);
int put_file(const char *path, const char *text);
void path_in(const cli *c, char *buf, size_t size, const char *name);
void slurp(const char *path, char *buf, size_t size);
/* Runs "petrel ARGS" with stdout and stderr caught; returns the exit status. */
int cli_run(cli *c, const char *args);
int count_lines(const char *s);
/* The line of s that contains needle ("" if none), copied into buf. */
const char *line_with(const char *s, const char *needle, char *buf, size_t size);

/* After a run that needed the model: 1 (and the test skipped) when petrel
 * has none, else 0. */
int skipped_without_model(const cli *c);

#endif
