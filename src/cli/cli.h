/*
 * cli.h - shared pieces of the petrel command: subcommand entry points and
 * the dictionary options every coding command accepts.
 */
#ifndef PETREL_CLI_H
#define PETREL_CLI_H

#include <stdio.h>

#include "petrel.h"

int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_eval_parser(int argc, char **argv);
int cmd_train(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_eval_events(int argc, char **argv);

/* Dictionary options: --config F | --verbs F --actors F[,F] --agents F --discards F --issues F,
 * and --builtin: petrel's own knowledge, under the files given (the default when none is). */
typedef struct dict_opts {
    const char *config, *verbs, *actors, *agents, *discards, *issues;
    int builtin;
} dict_opts;

/* If argv[*i] is a dictionary option, consume it (and its value) and return 1. */
int dict_opt_parse(dict_opts *d, int argc, char **argv, int *i);
/* Does d name any dictionary (a file or --builtin)? */
int dict_opts_given(const dict_opts *d);
/* Load what the options name (the built-in knowledge when they name nothing);
 * NULL (after a message) when nothing usable was loaded. */
petrel_knowledge *dict_opts_load(const dict_opts *d);
extern const char dict_opts_help[];

/* Value of the option at argv[*i] ("--x V" or "--x=V"); NULL + message if missing. */
const char *opt_value(int argc, char **argv, int *i);
/* Does argv[i] name option `name` (either "--name" or "--name=...")? */
int opt_is(const char *arg, const char *name);

/* The whole of f in a malloc'd NUL-terminated buffer of *len bytes; NULL on
 * a read error or when memory runs out. */
char *cli_read_all(FILE *f, size_t *len);
/* Output to `path` through a temporary file (tmp receives its name), or to
 * stdout when path is NULL. NULL after a message if it cannot be created. */
FILE *cli_output_open(const char *path, char *tmp, size_t size);
/* Close the output: renamed into place when ok and everything was written,
 * removed otherwise. 0 on success. */
int cli_output_close(FILE *f, const char *path, const char *tmp, int ok);

#endif
