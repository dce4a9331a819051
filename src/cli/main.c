/*
 * main.c - the petrel command: dispatches to subcommands.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*run)(int, char **);
    const char *summary;
} commands[] = {
    {"code", cmd_code, "code events from documents (PETRARCH XML)"},
    {"validate", cmd_validate, "score the coder on PETRARCH validation records"},
    {"explain", cmd_explain, "show how one sentence is coded, step by step"},
    {"parse", cmd_parse, "tokenize, tag and parse raw text into CoNLL-U"},
    {"train", cmd_train, "train a tagger and parser model on a CoNLL-U treebank"},
    {"eval-parser", cmd_eval_parser, "score the tagger and parser on a CoNLL-U treebank"},
    {"eval-events", cmd_eval_events, "score coded events against a gold JSON Lines set"},
    {"dict", cmd_dict, "check dictionaries, or look up which entry codes a phrase"},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: petrel <command> [options]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\n'petrel <command> --help' describes each command.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        !strcmp(argv[1], "help")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("petrel %s\n", PETREL_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "petrel: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
