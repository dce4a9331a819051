/*
 * cmd_explain.c - `petrel explain`: one sentence, step by step: its
 * dependency tree, the actor and agent mentions, every pattern tried for
 * each verb, and why each event was or was not coded.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "records.h"

static const char usage[] =
    "usage: petrel explain [dictionaries] [--date YYYY-MM-DD] --parse '(ROOT ...)'\n"
    "       petrel explain [dictionaries | --dict-dir DIR] --id ID RECORDS.xml\n"
    "\n"
    "The second form explains record ID of a PETRARCH XML file; with no\n"
    "dictionary options it uses the dictionaries the file's <Environment> names.\n";

static void print_line(void *ud, const char *line)
{
    (void)ud;
    puts(line);
}

static void print_result(const petrel_result *r, petrel_status st)
{
    static const char *const names[] = {"ok", "unreadable parse", "dateline", "bad date",
                                        "sentence discard", "story discard"};
    printf("status: %s%s%s\n", names[st], r->discard ? ": " : "", r->discard ? r->discard : "");
    printf("events: %d\n", r->nevents);
    for (int i = 0; i < r->nevents; i++) {
        const petrel_event *e = &r->events[i];
        printf("  %s %s %s   [%s | %s | %s]  %s %s:%d\n", e->source, e->target, e->code,
               e->source_span.text, e->verb_span.text, e->target_span.text,
               e->pattern[0] ? e->pattern : "(verb code)", e->rule_file, e->rule_line);
    }
}

typedef struct explain_run {
    const char *id, *dict_dir;
    const dict_opts *dicts;
    petrel_knowledge *k;
    petrel_coder *coder;
    int found, failed;
} explain_run;

static void make_coder(explain_run *r)
{
    r->coder = petrel_coder_new(r->k);
    petrel_coder_set_explain(r->coder, print_line, NULL);
}

static int on_environment(void *ud, const pl_xml_env *env)
{
    explain_run *r = ud;
    if (r->k)
        return 0;
    int rc;
    r->k = records_load_environment(env, r->dict_dir, &rc);
    make_coder(r);
    r->failed = rc != 0;
    return rc != 0;
}

static int on_config(void *ud, const char *option, const char *value, long line)
{
    explain_run *r = ud;
    (void)line;
    if (r->coder)
        records_apply_config(r->coder, option, value, NULL);
    return 0;
}

static int on_record(void *ud, const pl_xml_record *rec)
{
    explain_run *r = ud;
    if (strcmp(rec->id, r->id) != 0 || !r->coder)
        return 0;
    r->found = 1;
    printf("record %s (line %ld), date %s\ntext: %s\ntree:\n", rec->id, rec->line, rec->date,
           rec->text);
    petrel_result res;
    petrel_status st = records_code(r->coder, rec, &res);
    print_result(&res, st);
    return 1;
}

static int explain_record(explain_run *r, const char *file)
{
    char dir[4096];
    if (!r->dict_dir) {
        records_default_dict_dir(file, dir, sizeof dir);
        r->dict_dir = dir;
    }
    if (r->dicts->config || r->dicts->verbs) {
        if (!(r->k = dict_opts_load(r->dicts)))
            return 1;
        make_coder(r);
    }
    pl_xml_handler h = {on_environment, on_config, on_record, r};
    pl_petrarch_xml_read_file(file, &h, NULL);
    if (!r->found && !r->failed)
        fprintf(stderr, "petrel explain: no record %s in %s\n", r->id, file);
    return r->found && !r->failed ? 0 : 1;
}

int cmd_explain(int argc, char **argv)
{
    dict_opts d = {0};
    explain_run r = {0};
    const char *parse = NULL, *date = "2000-01-01", *file = NULL;
    r.dicts = &d;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("%s\n%s", usage, dict_opts_help);
            return 0;
        } else if (dict_opt_parse(&d, argc, argv, &i)) {
            continue;
        } else if (opt_is(argv[i], "--parse")) {
            parse = opt_value(argc, argv, &i);
        } else if (opt_is(argv[i], "--date")) {
            date = opt_value(argc, argv, &i);
        } else if (opt_is(argv[i], "--id")) {
            r.id = opt_value(argc, argv, &i);
        } else if (opt_is(argv[i], "--dict-dir")) {
            r.dict_dir = opt_value(argc, argv, &i);
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "petrel explain: unknown option %s\n%s", argv[i], usage);
            return 2;
        } else {
            file = argv[i];
        }
    }
    int rc;
    if (r.id && file) {
        rc = explain_record(&r, file);
    } else if (parse && date) {
        if (!(r.k = dict_opts_load(&d)))
            return 1;
        make_coder(&r);
        petrel_result res;
        puts("tree:");
        petrel_status st = petrel_code_parse(r.coder, parse, NULL, date, &res);
        print_result(&res, st);
        rc = st == PETREL_OK ? 0 : 1;
    } else {
        fputs(usage, stderr);
        return 2;
    }
    petrel_coder_free(r.coder);
    petrel_knowledge_free(r.k);
    return rc;
}
