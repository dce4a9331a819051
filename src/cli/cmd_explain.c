/*
 * cmd_explain.c - `petrel explain`: one sentence, step by step: its
 * dependency tree, the actor and agent mentions, every pattern tried for
 * each verb, and why each event was or was not coded. The sentence is a
 * Penn Treebank parse, plain text that petrel parses, or a record of a
 * PETRARCH XML file (its <Parse>, or with --reparse its <Text>).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "records.h"

static const char usage[] =
    "usage: petrel explain [dictionaries] [--date YYYY-MM-DD] --parse '(ROOT ...)'\n"
    "       petrel explain [dictionaries] [--date YYYY-MM-DD] [--model FILE] --text 'TEXT'\n"
    "       petrel explain [dictionaries | --dict-dir DIR] [--reparse] [--model FILE]\n"
    "                      --id ID RECORDS.xml\n"
    "\n"
    "The first form codes a Penn Treebank parse, the second plain text that\n"
    "petrel splits into sentences and parses itself, as one document (a later\n"
    "sentence's \"he\" or \"the minister\" may take an actor of an earlier one).\n"
    "The third explains record ID of a PETRARCH XML file; with no dictionary\n"
    "options it uses the dictionaries the file's <Environment> names, and with --reparse it parses the record's <Text> instead of reading\n"
    "its <Parse>. --model FILE: the parsing model (default: the one built into\n"
    "petrel); it implies --reparse.\n";

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
        if (e->source_antecedent[0])
            printf("    source resolved from '%s' (sentence %d)\n", e->source_antecedent,
                   e->source_antecedent_sentence);
        if (e->target_antecedent[0])
            printf("    target resolved from '%s' (sentence %d)\n", e->target_antecedent,
                   e->target_antecedent_sentence);
    }
}

typedef struct explain_run {
    const char *id, *dict_dir;
    const dict_opts *dicts;
    petrel_knowledge *k;
    petrel_coder *coder;
    const petrel_model *model;   /* NULL: code records from <Parse> */
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
    petrel_status st = records_code(r->coder, r->model, rec, &res);
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
    if (dict_opts_given(r->dicts)) {
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

/* Each sentence of a text, after its explanation; counts those not coded. */
static int print_sentence(void *ud, const petrel_sentence *s, const petrel_result *res)
{
    printf("sentence %d: %s\n", s->index, s->text);
    print_result(res, res->status);
    *(int *)ud += res->status != PETREL_OK;
    return 0;
}

/* Given on the command line: a parse, else plain text, which is coded as a
 * document so that a later sentence's "he" or "the minister" shows how it
 * resolves to an actor of an earlier one. */
static int explain_given(explain_run *r, const char *parse, const char *text, const char *date)
{
    if (!(r->k = dict_opts_load(r->dicts)))
        return 1;
    make_coder(r);
    puts("tree:");
    if (!parse) {
        int not_coded = 0;
        long n = petrel_code_document(r->coder, r->model, text, strlen(text), date,
                                      print_sentence, &not_coded);
        return n > 0 && not_coded == 0 ? 0 : 1;
    }
    petrel_result res;
    petrel_status st = petrel_code_parse(r->coder, parse, NULL, date, &res);
    print_result(&res, st);
    return st == PETREL_OK ? 0 : 1;
}

typedef struct explain_opts {
    const char *parse, *text, *date, *file, *model;
    int reparse;
} explain_opts;

/* 0 to go on, -1 after --help, else the exit status. */
static int read_options(int argc, char **argv, explain_run *r, dict_opts *d, explain_opts *o)
{
    for (int i = 1; i < argc; i++) {
        const char **value = NULL;
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("%s\n%s", usage, dict_opts_help);
            return -1;
        } else if (dict_opt_parse(d, argc, argv, &i)) {
            continue;
        } else if (opt_is(argv[i], "--parse")) {
            value = &o->parse;
        } else if (opt_is(argv[i], "--text")) {
            value = &o->text;
        } else if (opt_is(argv[i], "--model")) {
            value = &o->model;
        } else if (opt_is(argv[i], "--date")) {
            value = &o->date;
        } else if (opt_is(argv[i], "--id")) {
            value = &r->id;
        } else if (opt_is(argv[i], "--dict-dir")) {
            value = &r->dict_dir;
        } else if (!strcmp(argv[i], "--reparse")) {
            o->reparse = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "petrel explain: unknown option %s\n%s", argv[i], usage);
            return 2;
        } else {
            o->file = argv[i];
        }
        if (value && !(*value = opt_value(argc, argv, &i)))
            return 2;
    }
    o->reparse |= o->model != NULL;
    if ((r->id && o->file) || (o->date && (o->parse || o->text)))
        return 0;
    fputs(usage, stderr);
    return 2;
}

int cmd_explain(int argc, char **argv)
{
    dict_opts d = {0};
    explain_run r = {0};
    explain_opts o = {0};
    o.date = "2000-01-01";
    r.dicts = &d;
    int rc = read_options(argc, argv, &r, &d, &o);
    if (rc)
        return rc < 0 ? 0 : rc;
    int record = r.id && o.file;
    petrel_model *m = NULL;
    if (record ? o.reparse : !o.parse)
        m = records_load_model("explain", o.model);
    r.model = m;
    if (record)
        rc = explain_record(&r, o.file);
    else
        rc = m || o.parse ? explain_given(&r, o.parse, o.text, o.date) : 1;
    petrel_coder_free(r.coder);
    petrel_knowledge_free(r.k);
    petrel_model_free(m);
    return rc;
}
