/*
 * cmd_validate.c - `petrel validate`: score the coder on PETRARCH
 * validation records (SPEC 6.2, strict rule). A record passes when the
 * multiset of coded (source, target, code) equals the expected one;
 * "noevents" expects none; an error expectation (sentencediscard,
 * storydiscard, dateline, bad_input_parse) passes only if that condition
 * fired, and a condition nobody expected fails the record. Quoted
 * new-actor codes are expected only when new_actor_length > 0. With
 * --parse the records' <Parse> is ignored and each <Text> parsed by petrel.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "records.h"

static const char usage[] =
    "usage: petrel validate [--dict-dir DIR] [--parse] [--model FILE] [--quiet] RECORDS.xml\n"
    "\n"
    "Codes each sentence=\"true\" record with the dictionaries its <Environment>\n"
    "names (read from DIR, default: ../dictionaries beside the records file) and\n"
    "compares with its <EventCoding> expectations. Prints one line per record,\n"
    "a table per category, and last 'N passed, M failed'. Exit status 1 if any failed.\n"
    "\n"
    "  --parse        ignore the records' <Parse>: parse each <Text> with the model\n"
    "  --model FILE   parsing model (default: the one built into petrel); implies --parse\n";

#define MAX_CATEGORIES 64

typedef struct category {
    char name[32];
    int passed, failed;
} category;

typedef struct validate_run {
    const char *dict_dir;
    petrel_knowledge *k;
    petrel_coder *coder;
    const petrel_model *model;   /* NULL: code from <Parse> */
    int new_actor_length;
    int quiet;
    category cat[MAX_CATEGORIES];
    int ncat;
    int passed, failed;
    int broken;               /* dictionaries could not be loaded */
} validate_run;

static int on_environment(void *ud, const pl_xml_env *env)
{
    validate_run *r = ud;
    if (r->k)
        return 0;             /* only the first environment counts */
    int rc = 0;
    r->k = records_load_environment(env, r->dict_dir, &rc);
    r->coder = petrel_coder_new(r->k);
    if (rc != 0) {
        fprintf(stderr, "petrel validate: dictionaries under %s could not be read\n", r->dict_dir);
        r->broken = 1;
        return 1;
    }
    return 0;
}

static int on_config(void *ud, const char *option, const char *value, long line)
{
    validate_run *r = ud;
    (void)line;
    if (r->coder)
        records_apply_config(r->coder, option, value, &r->new_actor_length);
    return 0;
}

static const char *status_condition(petrel_status st)
{
    switch (st) {
    case PETREL_BAD_PARSE:
        return "bad_input_parse";
    case PETREL_DATELINE:
        return "dateline";
    case PETREL_SENTENCE_DISCARD:
        return "sentencediscard";
    case PETREL_STORY_DISCARD:
        return "storydiscard";
    default:
        return NULL;
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "SRC/TGT/CODE" strings, sorted, joined by blanks into buf; returns the count. */
static int triples(char **v, int n, char *buf, size_t size)
{
    qsort(v, (size_t)n, sizeof *v, cmp_str);
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < n && len + 1 < size; i++)
        len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? " " : "", v[i]);
    if (n == 0)
        snprintf(buf, size, "(none)");
    return n;
}

static category *category_of(validate_run *r, const char *name)
{
    for (int i = 0; i < r->ncat; i++)
        if (!strcmp(r->cat[i].name, name))
            return &r->cat[i];
    if (r->ncat == MAX_CATEGORIES)
        return &r->cat[MAX_CATEGORIES - 1];
    category *c = &r->cat[r->ncat++];
    snprintf(c->name, sizeof c->name, "%s", name);
    return c;
}

static int on_record(void *ud, const pl_xml_record *rec)
{
    validate_run *r = ud;
    if (!rec->is_sentence || !r->coder)
        return 0;
    petrel_result res;
    petrel_coder_begin_document(r->coder);   /* each record is scored on its own */
    petrel_status st = records_code(r->coder, r->model, rec, &res);
    const char *cond = status_condition(st);

    char **exp = calloc((size_t)rec->nexpected + 1, sizeof *exp);
    char **got = calloc((size_t)res.nevents + 1, sizeof *got);
    int ne = 0, ng = 0;
    for (int i = 0; i < rec->nexpected; i++) {
        const pl_expected_event *e = &rec->expected[i];
        int quoted = e->source[0] == '"' || e->target[0] == '"';
        if (quoted && r->new_actor_length <= 0)
            continue;
        size_t len = strlen(e->source) + strlen(e->target) + strlen(e->code) + 3;
        exp[ne] = malloc(len);
        snprintf(exp[ne++], len, "%s/%s/%s", e->source, e->target, e->code);
    }
    for (int i = 0; i < res.nevents; i++) {
        const petrel_event *e = &res.events[i];
        size_t len = strlen(e->source) + strlen(e->target) + strlen(e->code) + 3;
        got[ng] = malloc(len);
        snprintf(got[ng++], len, "%s/%s/%s", e->source, e->target, e->code);
    }
    char want[4096], have[4096];
    triples(exp, ne, want, sizeof want);
    triples(got, ng, have, sizeof have);
    int pass;
    if (rec->error)
        pass = cond && !strcmp(cond, rec->error);
    else
        pass = !cond && !strcmp(want, have);
    if (rec->error)
        snprintf(want, sizeof want, "error %s", rec->error);
    if (cond)
        snprintf(have, sizeof have, "error %s", cond);
    if (!r->quiet || !pass)
        printf("%-18s %s  expected: %s  coded: %s\n", rec->id, pass ? "PASS" : "FAIL", want, have);
    category *c = category_of(r, rec->category && *rec->category ? rec->category : "-");
    if (pass) {
        c->passed++;
        r->passed++;
    } else {
        c->failed++;
        r->failed++;
    }
    for (int i = 0; i < ne; i++)
        free(exp[i]);
    for (int i = 0; i < ng; i++)
        free(got[i]);
    free(exp);
    free(got);
    return 0;
}

/* 0 to go on, -1 after --help, else the exit status. */
static int read_options(int argc, char **argv, validate_run *r, const char **records,
                        const char **model, int *parse)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return -1;
        } else if (opt_is(argv[i], "--dict-dir")) {
            if (!(r->dict_dir = opt_value(argc, argv, &i)))
                return 2;
        } else if (opt_is(argv[i], "--model")) {
            if (!(*model = opt_value(argc, argv, &i)))
                return 2;
            *parse = 1;
        } else if (!strcmp(argv[i], "--parse")) {
            *parse = 1;
        } else if (!strcmp(argv[i], "--quiet") || !strcmp(argv[i], "-q")) {
            r->quiet = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "petrel validate: unknown option %s\n%s", argv[i], usage);
            return 2;
        } else {
            *records = argv[i];
        }
    }
    if (!*records) {
        fputs(usage, stderr);
        return 2;
    }
    return 0;
}

static void print_summary(const validate_run *r)
{
    printf("\n%-12s %6s %6s %6s\n", "category", "total", "passed", "failed");
    for (int i = 0; i < r->ncat; i++)
        printf("%-12s %6d %6d %6d\n", r->cat[i].name, r->cat[i].passed + r->cat[i].failed,
               r->cat[i].passed, r->cat[i].failed);
    printf("%d passed, %d failed\n", r->passed, r->failed);
}

static int validate(validate_run *r, const char *records)
{
    char dir[4096];
    if (!r->dict_dir) {
        records_default_dict_dir(records, dir, sizeof dir);
        r->dict_dir = dir;
    }
    pl_xml_handler h = {on_environment, on_config, on_record, r};
    int rc = pl_petrarch_xml_read_file(records, &h, NULL);
    if (r->broken || !r->coder) {
        if (!r->coder)
            fprintf(stderr, "petrel validate: %s has no <Environment> naming dictionaries\n",
                    records);
        return 1;
    }
    print_summary(r);
    return rc == 0 && r->failed == 0 ? 0 : 1;
}

int cmd_validate(int argc, char **argv)
{
    validate_run r = {0};
    const char *records = NULL, *model = NULL;
    int parse = 0;
    int st = read_options(argc, argv, &r, &records, &model, &parse);
    if (st)
        return st < 0 ? 0 : st;
    petrel_model *m = parse ? records_load_model("validate", model) : NULL;
    if (parse && !m)
        return 1;
    r.model = m;
    int rc = validate(&r, records);
    petrel_coder_free(r.coder);
    petrel_knowledge_free(r.k);
    petrel_model_free(m);
    return rc;
}
