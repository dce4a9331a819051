/*
 * dict_opts.c - the dictionary options shared by code, validate and explain.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char dict_opts_help[] =
    "dictionaries:\n"
    "  --config FILE        PETRARCH2-style ini; its [Dictionaries] paths are relative to it\n"
    "  --verbs FILE         verb dictionary (CAMEO verbs and patterns)\n"
    "  --actors F[,F...]    actor dictionaries\n"
    "  --agents FILE        agent dictionary\n"
    "  --discards FILE      discard list\n"
    "  --issues FILE        issue dictionary\n"
    "  --builtin            petrel's own knowledge too, after the files given (their entries\n"
    "                       come first); with no dictionary option it is all that is used\n";

int opt_is(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

const char *opt_value(int argc, char **argv, int *i)
{
    const char *eq = strchr(argv[*i], '=');
    if (eq && argv[*i][0] == '-' && argv[*i][1] == '-')
        return eq + 1;
    if (*i + 1 >= argc) {
        fprintf(stderr, "petrel: option %s needs a value\n", argv[*i]);
        return NULL;
    }
    return argv[++*i];
}

int dict_opt_parse(dict_opts *d, int argc, char **argv, int *i)
{
    if (strcmp(argv[*i], "--builtin") == 0) {
        d->builtin = 1;
        return 1;
    }
    static const struct {
        const char *name;
        size_t offset;
    } opts[] = {{"--config", offsetof(dict_opts, config)},   {"--verbs", offsetof(dict_opts, verbs)},
                {"--actors", offsetof(dict_opts, actors)},   {"--agents", offsetof(dict_opts, agents)},
                {"--discards", offsetof(dict_opts, discards)}, {"--issues", offsetof(dict_opts, issues)}};
    for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++) {
        if (!opt_is(argv[*i], opts[k].name))
            continue;
        const char *v = opt_value(argc, argv, i);
        if (!v)
            exit(2);
        *(const char **)((char *)d + opts[k].offset) = v;
        return 1;
    }
    return 0;
}

static int load_list(petrel_knowledge *k, petrel_dict kind, const char *list)
{
    char *copy = strdup(list);
    int rc = 0;
    for (char *save = NULL, *p = strtok_r(copy, ",", &save); p; p = strtok_r(NULL, ",", &save))
        if (petrel_knowledge_load(k, kind, p) != 0)
            rc = -1;
    free(copy);
    return rc;
}

int dict_opts_given(const dict_opts *d)
{
    return d->config || d->verbs || d->actors || d->agents || d->discards || d->issues ||
           d->builtin;
}

petrel_knowledge *dict_opts_load(const dict_opts *d)
{
    petrel_knowledge *k = petrel_knowledge_new(NULL, NULL);
    int builtin = d->builtin || !dict_opts_given(d);
    int rc = 0;
    if (d->config)
        rc |= petrel_knowledge_load_config(k, d->config);
    if (d->verbs)
        rc |= petrel_knowledge_load(k, PETREL_VERBS, d->verbs);
    if (d->actors)
        rc |= load_list(k, PETREL_ACTORS, d->actors);
    if (d->agents)
        rc |= petrel_knowledge_load(k, PETREL_AGENTS, d->agents);
    if (d->discards)
        rc |= petrel_knowledge_load(k, PETREL_DISCARDS, d->discards);
    if (d->issues)
        rc |= petrel_knowledge_load(k, PETREL_ISSUES, d->issues);
    if (builtin)
        rc |= petrel_knowledge_load_builtin(k);
    if (rc != 0) {
        fprintf(stderr, "petrel: a dictionary could not be read\n");
        petrel_knowledge_free(k);
        return NULL;
    }
    if (!d->config && !d->verbs && !builtin) {
        fprintf(stderr, "petrel: no verb dictionary: give --config FILE, --verbs FILE or --builtin\n");
        petrel_knowledge_free(k);
        return NULL;
    }
    petrel_knowledge_freeze(k);
    return k;
}
