/*
 * cmd_eval_events.c - `petrel eval-events GOLD.jsonl`: score coded events
 * against a hand-annotated set (eval/events.gold.jsonl).
 *
 * Each gold line is {"id", "date", "text", "events": [{"source", "target",
 * "code"}], "actors": [{"text", "code"}]}. Every text is coded as one
 * sentence with the dictionaries given (petrel's built-in knowledge by
 * default) and the parsing model; the coded and the expected events are
 * compared as multisets of (source, target, root) and of (source, target,
 * code), giving precision, recall and F1 for each, and the records that
 * differ are listed. With --actor-mentions, each annotated actor mention is coded
 * by the dictionaries alone on the record's date and compared with its
 * annotation, to compare dictionaries (built-in versus Phoenix, say).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: petrel eval-events [dictionaries] [--model FILE] [--quiet] GOLD.jsonl\n"
    "       petrel eval-events --actor-mentions [dictionaries] [--quiet] GOLD.jsonl\n"
    "\n"
    "Codes the text of each gold record (one sentence, dated by its \"date\") and\n"
    "prints precision, recall and F1 at the (source, target, root code) and\n"
    "(source, target, full code) levels, after listing each record where coded\n"
    "and expected events differ (--quiet: the scores only). --actor-mentions scores the\n"
    "dictionaries' code for each annotated actor mention instead, and lists the\n"
    "mentions they miss or code wrongly.\n"
    "\n";

typedef struct tally {
    long tp, sys, gold;
} tally;

typedef struct ev_key {
    char s[64], t[64], code[8];
} ev_key;

static void key_of(ev_key *k, const char *s, const char *t, const char *code, int root_only)
{
    snprintf(k->s, sizeof k->s, "%s", s ? s : "");
    snprintf(k->t, sizeof k->t, "%s", t ? t : "");
    snprintf(k->code, sizeof k->code, "%.*s", root_only ? 2 : 4, code ? code : "");
}

static int same_key(const ev_key *a, const ev_key *b)
{
    return strcmp(a->s, b->s) == 0 && strcmp(a->t, b->t) == 0 && strcmp(a->code, b->code) == 0;
}

/* Matched pairs between the two lists (a multiset intersection). */
static long matches(const ev_key *gold, int ng, const ev_key *sys, int ns)
{
    unsigned char used[256] = {0};
    long tp = 0;
    for (int i = 0; i < ng; i++)
        for (int j = 0; j < ns && j < 256; j++)
            if (!used[j] && same_key(&gold[i], &sys[j])) {
                used[j] = 1;
                tp++;
                break;
            }
    return tp;
}

static void print_scores(const char *level, const tally *t)
{
    double p = t->sys ? (double)t->tp / (double)t->sys : 0, r = t->gold ? (double)t->tp / (double)t->gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("%-26s precision %.3f  recall %.3f  F1 %.3f   (%ld matched, %ld coded, %ld expected)\n",
           level, p, r, f, t->tp, t->sys, t->gold);
}

typedef struct eval_run {
    petrel_knowledge *k;
    petrel_coder *coder;
    petrel_model *model;
    int quiet, actors;
    tally root, full;
    long records, bad, actor_total, actor_missed, actor_wrong;
} eval_run;

#define MAX_EVENTS 64

static void list_difference(const char *id, const char *text, json_t *events,
                            const petrel_result *res)
{
    printf("%s  %s\n", id, text);
    size_t i;
    json_t *e;
    for (i = 0; i < json_array_size(events) && (e = json_array_get(events, i)); i++)
        printf("    expected %s %s %s\n", json_string_value(json_object_get(e, "source")),
               json_string_value(json_object_get(e, "target")),
               json_string_value(json_object_get(e, "code")));
    for (int j = 0; j < res->nevents; j++)
        printf("    coded    %s %s %s   (%s)\n", res->events[j].source, res->events[j].target,
               res->events[j].code, res->events[j].pattern[0] ? res->events[j].pattern : res->events[j].verb_block);
}

static void score_events(eval_run *r, const char *id, const char *text, const char *date,
                         json_t *events)
{
    petrel_result res;
    petrel_coder_begin_document(r->coder);   /* each gold sentence stands alone */
    if (petrel_code_text(r->coder, r->model, text, date, &res) == PETREL_BAD_DATE) {
        fprintf(stderr, "%s: bad date %s\n", id, date);
        r->bad++;
        return;
    }
    ev_key g_root[MAX_EVENTS], g_full[MAX_EVENTS], s_root[MAX_EVENTS], s_full[MAX_EVENTS];
    int ng = 0, ns = 0;
    size_t i;
    json_t *e;
    for (i = 0; i < json_array_size(events) && (e = json_array_get(events, i)); i++) {
        if (ng == MAX_EVENTS)
            break;
        const char *s = json_string_value(json_object_get(e, "source")),
                   *t = json_string_value(json_object_get(e, "target")),
                   *c = json_string_value(json_object_get(e, "code"));
        key_of(&g_root[ng], s, t, c, 1);
        key_of(&g_full[ng++], s, t, c, 0);
    }
    for (int j = 0; j < res.nevents && ns < MAX_EVENTS; j++) {
        key_of(&s_root[ns], res.events[j].source, res.events[j].target, res.events[j].code, 1);
        key_of(&s_full[ns++], res.events[j].source, res.events[j].target, res.events[j].code, 0);
    }
    long tp_root = matches(g_root, ng, s_root, ns), tp_full = matches(g_full, ng, s_full, ns);
    r->root.tp += tp_root;
    r->full.tp += tp_full;
    r->root.sys += ns;
    r->full.sys += ns;
    r->root.gold += ng;
    r->full.gold += ng;
    if (!r->quiet && (tp_root != ng || tp_root != ns))
        list_difference(id, text, events, &res);
}

static void score_actors(eval_run *r, const char *id, const char *date, json_t *actors)
{
    size_t i;
    json_t *a;
    for (i = 0; i < json_array_size(actors) && (a = json_array_get(actors, i)); i++) {
        const char *text = json_string_value(json_object_get(a, "text")),
                   *want = json_string_value(json_object_get(a, "code"));
        if (!text || !want)
            continue;
        char got[64];
        petrel_knowledge_phrase_code(r->k, text, date, got, sizeof got);
        r->actor_total++;
        if (strcmp(got, want) == 0)
            continue;
        if (got[0])
            r->actor_wrong++;
        else
            r->actor_missed++;
        if (!r->quiet)
            printf("%s  %-40s expected %-12s %s %s\n", id, text, want, got[0] ? "coded" : "missed",
                   got);
    }
}

static int eval_file(eval_run *r, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        if (line[0] == '\n')
            continue;
        json_error_t err;
        json_t *rec = json_loads(line, 0, &err);
        const char *id = json_string_value(json_object_get(rec, "id")),
                   *date = json_string_value(json_object_get(rec, "date")),
                   *text = json_string_value(json_object_get(rec, "text"));
        json_t *events = json_object_get(rec, "events"), *actors = json_object_get(rec, "actors");
        if (!rec || !text || !date || !json_is_array(events)) {
            fprintf(stderr, "%s:%ld: %s\n", path, lineno,
                    rec ? "a record needs \"text\", \"date\" and an \"events\" list" : err.text);
            r->bad++;
            json_decref(rec);
            continue;
        }
        r->records++;
        if (r->actors)
            score_actors(r, id ? id : "?", date, actors);
        else
            score_events(r, id ? id : "?", text, date, events);
        json_decref(rec);
    }
    free(line);
    fclose(f);
    return 0;
}

int cmd_eval_events(int argc, char **argv)
{
    eval_run r = {0};
    dict_opts d = {0};
    const char *gold = NULL, *model_file = NULL;
    for (int i = 1; i < argc; i++) {
        if (dict_opt_parse(&d, argc, argv, &i))
            continue;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("%s%s", usage, dict_opts_help);
            return 0;
        } else if (strcmp(argv[i], "--quiet") == 0) {
            r.quiet = 1;
        } else if (strcmp(argv[i], "--actor-mentions") == 0) {
            r.actors = 1;
        } else if (opt_is(argv[i], "--model")) {
            if (!(model_file = opt_value(argc, argv, &i)))
                return 2;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "petrel eval-events: unknown option %s\n%s", argv[i], usage);
            return 2;
        } else {
            gold = argv[i];
        }
    }
    if (!gold) {
        fprintf(stderr, "%s", usage);
        return 2;
    }
    if (!(r.k = dict_opts_load(&d)))
        return 1;
    if (!r.actors) {
        r.model = model_file ? petrel_model_load_file(model_file, NULL, NULL)
                             : petrel_model_load_builtin(NULL, NULL);
        r.coder = r.model ? petrel_coder_new(r.k) : NULL;
        if (!r.coder) {
            petrel_model_free(r.model);
            petrel_knowledge_free(r.k);
            return 1;
        }
    }
    int rc = eval_file(&r, gold);
    if (r.actors) {
        long right = r.actor_total - r.actor_missed - r.actor_wrong;
        printf("actor mentions: %ld; coded right %ld, missed %ld, coded wrongly %ld (%.1f%% right)\n",
               r.actor_total, right, r.actor_missed, r.actor_wrong,
               r.actor_total ? 100.0 * (double)right / (double)r.actor_total : 0);
    } else {
        printf("records: %ld\n", r.records);
        print_scores("(source, target, root)", &r.root);
        print_scores("(source, target, code)", &r.full);
    }
    petrel_coder_free(r.coder);
    petrel_model_free(r.model);
    petrel_knowledge_free(r.k);
    return rc || r.bad ? 1 : 0;
}
