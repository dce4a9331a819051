/*
 * records.c - shared handling of PETRARCH XML records (see records.h).
 */
#include "records.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int truthy(const char *v)
{
    return !strcasecmp(v, "true") || !strcmp(v, "1") || !strcasecmp(v, "yes");
}

int records_apply_config(petrel_coder *c, const char *option, const char *value,
                         int *new_actor_length)
{
    if (!strcmp(option, "require_dyad")) {
        petrel_coder_set_require_dyad(c, truthy(value));
        return 1;
    }
    if (!strcmp(option, "new_actor_length")) {
        int n = atoi(value);
        petrel_coder_set_new_actors(c, n);
        if (new_actor_length)
            *new_actor_length = n;
        return 1;
    }
    return 0;   /* comma_* and stop_on_error change nothing in petrel */
}

void records_story_id(const char *sentence_id, char *buf, size_t size)
{
    const char *us = strrchr(sentence_id, '_');
    size_t n = us ? (size_t)(us - sentence_id) : strlen(sentence_id);
    if (n >= size)
        n = size - 1;
    memcpy(buf, sentence_id, n);
    buf[n] = '\0';
}

petrel_status records_code(petrel_coder *c, const petrel_model *m, const pl_xml_record *rec,
                           petrel_result *out)
{
    if (m)
        return petrel_code_text(c, m, rec->text, rec->date, out);
    return petrel_code_parse(c, rec->parse, rec->text, rec->date, out);
}

petrel_model *records_load_model(const char *command, const char *path)
{
    petrel_model *m = path ? petrel_model_load_file(path, NULL, NULL)
                           : petrel_model_load_builtin(NULL, NULL);
    if (!m)
        fprintf(stderr, "petrel %s: no usable model%s\n", command,
                path ? "" : " (give one with --model FILE)");
    return m;
}

static int load_named(petrel_knowledge *k, petrel_dict kind, const char *dir, const char *name)
{
    char path[4096];
    if (!name || !*name)
        return 0;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return petrel_knowledge_load(k, kind, path);
}

petrel_knowledge *records_load_environment(const pl_xml_env *env, const char *dir, int *rc)
{
    petrel_knowledge *k = petrel_knowledge_new(NULL, NULL);
    *rc = load_named(k, PETREL_VERBS, dir, env->verbfile);
    for (int i = 0; env->actorfiles && env->actorfiles[i]; i++)
        *rc |= load_named(k, PETREL_ACTORS, dir, env->actorfiles[i]);
    *rc |= load_named(k, PETREL_AGENTS, dir, env->agentfile);
    *rc |= load_named(k, PETREL_DISCARDS, dir, env->discardfile);
    *rc |= load_named(k, PETREL_ISSUES, dir, env->issuefile);
    petrel_knowledge_freeze(k);
    return k;
}

void records_default_dict_dir(const char *records, char *buf, size_t size)
{
    const char *slash = strrchr(records, '/');
    if (slash)
        snprintf(buf, size, "%.*s/../dictionaries", (int)(slash - records), records);
    else
        snprintf(buf, size, "../dictionaries");
}
