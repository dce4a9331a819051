/*
 * cmd_code.c - `petrel code`: documents in, events out. Documents are
 * PETRARCH XML records (coded here, from their <Parse>, or with --parse from
 * their <Text>), or whole articles -- plain text, JSON Lines, HTML -- that
 * code_documents.c splits, parses and codes on worker threads into a stream
 * and/or the SQLite store. The model is loaded once, before the first
 * document.
 *
 * Events of one PETRARCH story are held until the story ends, because a
 * story discard ("+TYPHOON") drops the events of the sentences before it
 * too. Output to a file is written to a temporary file and renamed into
 * place, so a failed run never leaves half a file behind.
 *
 * Must not: tokenize, parse or code by itself (the library does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../write/writers.h"
#include "cli.h"
#include "code_documents.h"
#include "records.h"

static const char usage[] =
    "usage: petrel code [options] FILE... ('-' reads stdin)\n"
    "\n"
    "Codes every sentence of the input and writes one line per event, and/or\n"
    "stores documents, sentences, mentions and merged events in SQLite.\n"
    "\n"
    "input:\n"
    "  --input-format petrarch-xml|text|jsonl|html\n"
    "                                petrarch-xml (default): <Sentence> records;\n"
    "                                text: one article per FILE, with optional leading\n"
    "                                Title:, Date:, Source:, URL: lines; jsonl: one\n"
    "                                article per line {id, date, source, url, title,\n"
    "                                text}; html: one page per FILE. Any of them may be\n"
    "                                gzip-compressed\n"
    "  --field NAME=KEY              jsonl: read field NAME (id, date, source, url,\n"
    "                                title, text) from key KEY\n"
    "  --date YYYY-MM-DD             the date of articles that give none\n"
    "  --no-clean                    keep scraped boilerplate (captions, prompts, ...)\n"
    "  --explain-clean               list on stderr what cleaning dropped and why\n"
    "  --parse                       PETRARCH XML: parse each record's <Text> with the\n"
    "                                model instead of reading its <Parse>\n"
    "  --model FILE                  parsing model (default: the one built into petrel);\n"
    "                                implies --parse\n"
    "output:\n"
    "  --format jsonl|tsv|table|gdelt\n"
    "                                output format (default jsonl); gdelt: merged events\n"
    "                                as GDELT 2.0's 61 columns (articles only)\n"
    "  -o FILE                       write to FILE (atomically) instead of stdout\n"
    "  --db FILE                     store into the SQLite database FILE (articles only;\n"
    "                                no stream output then unless --format or -o is given)\n"
    "  --resume                      with --db: skip articles the database already has\n"
    "  -j N                          N worker threads (articles; output is the same for any N)\n"
    "  --no-require-dyad             keep events lacking a source or target\n";

typedef struct code_opts {
    dict_opts d;
    docs_opts docs;
    const char *format, *model;
    int xml;   /* --input-format petrarch-xml */
    int parse; /* parse with the model: --parse, --model or article input */
} code_opts;

typedef struct code_run {
    petrel_coder *coder;
    const petrel_model *model; /* NULL: code from <Parse> */
    pl_format fmt;
    FILE *out;
    char story[512];
    char *story_buf;          /* this story's formatted events */
    size_t story_len;
    FILE *story_f;
    int story_discarded;
    long sentences, events, bad;
    const char *file;         /* the input being read, for messages */
    int progress;             /* stderr is a terminal: show a progress line */
} code_run;

static void flush_story(code_run *r)
{
    if (!r->story_f)
        return;
    fclose(r->story_f);
    if (!r->story_discarded)
        fwrite(r->story_buf, 1, r->story_len, r->out);
    free(r->story_buf);
    r->story_buf = NULL;
    r->story_f = NULL;
    r->story_discarded = 0;
}

static void start_story(code_run *r, const char *story)
{
    if (r->story_f && !strcmp(story, r->story))
        return;
    flush_story(r);
    petrel_coder_begin_document(r->coder);   /* "he" does not reach into the last story */
    snprintf(r->story, sizeof r->story, "%s", story);
    r->story_f = open_memstream(&r->story_buf, &r->story_len);
    if (!r->story_f) {
        perror("petrel");
        exit(1);
    }
}

static int on_config(void *ud, const char *option, const char *value, long line)
{
    code_run *r = ud;
    (void)line;
    records_apply_config(r->coder, option, value, NULL);
    return 0;
}

/* Write one sentence's events (held until its story ends). */
static void take_result(code_run *r, const pl_event_origin *o, const petrel_result *res)
{
    r->sentences++;
    if (res->status == PETREL_STORY_DISCARD)
        r->story_discarded = 1;
    for (int i = 0; i < res->nevents; i++)
        pl_write_event(r->story_f, r->fmt, o, &res->events[i]);
    r->events += res->nevents;
    if (r->progress && r->sentences % 4096 == 0)
        fprintf(stderr, "\rpetrel code: %ld sentences, %ld events", r->sentences, r->events);
}

static int on_record(void *ud, const pl_xml_record *rec)
{
    code_run *r = ud;
    char story[512];
    records_story_id(rec->id, story, sizeof story);
    start_story(r, story);
    petrel_result res;
    petrel_status st = records_code(r->coder, r->model, rec, &res);
    if (st == PETREL_BAD_PARSE || st == PETREL_BAD_DATE) {
        fprintf(stderr, "%s:%ld: record %s: %s, skipped\n", r->file, rec->line, rec->id,
                st == PETREL_BAD_PARSE ? "unreadable <Parse>" : "bad date");
        r->bad++;
    }
    pl_event_origin o = {story, rec->id, rec->date, rec->source, rec->text, NULL, NULL, NULL};
    take_result(r, &o, &res);
    return 0;
}

static int code_xml_file(code_run *r, const char *path)
{
    r->file = path;
    pl_xml_handler h = {NULL, on_config, on_record, r};
    return pl_petrarch_xml_read_file(path, &h, NULL);
}

static int code_xml(const code_opts *o, const petrel_knowledge *k, const petrel_model *m)
{
    char tmp[4096];
    code_run r = {0};
    r.fmt = o->docs.fmt;
    r.coder = petrel_coder_new(k);
    r.model = m;
    r.progress = isatty(STDERR_FILENO);
    petrel_coder_set_require_dyad(r.coder, o->docs.require_dyad);
    r.out = cli_output_open(o->docs.output, tmp, sizeof tmp);
    int ok = r.out != NULL;
    if (ok)
        pl_write_header(r.out, r.fmt);
    for (int i = 0; ok && i < o->docs.nfiles; i++)
        if (code_xml_file(&r, o->docs.files[i]) != 0)
            ok = 0;
    if (r.out) {
        flush_story(&r);
        if (cli_output_close(r.out, o->docs.output, tmp, ok) != 0)
            ok = 0;
    }
    fprintf(stderr, "%spetrel code: %ld sentences, %ld events%s\n", r.progress ? "\r" : "",
            r.sentences, r.events, r.bad ? " (some records skipped)" : "");
    petrel_coder_free(r.coder);
    return ok ? 0 : 1;
}

/* ---- options ------------------------------------------------------------------------ */

static int set_input_format(code_opts *o, const char *v)
{
    if (v && !strcmp(v, "petrarch-xml")) {
        o->xml = 1;
        return 0;
    }
    int f = v ? pl_doc_format_parse(v) : -1;
    if (f >= 0) {
        o->xml = 0;
        o->docs.format = (pl_doc_format)f;
        return 0;
    }
    if (v)
        fprintf(stderr, "petrel code: input format '%s' is not supported\n", v);
    return 2;
}

/* --field NAME=KEY: which JSON key holds a document field. */
static int set_field(pl_jsonl_fields *f, const char *v)
{
    static const char *const names[] = {"id", "date", "source", "url", "title", "text"};
    const char **slots[] = {&f->id, &f->date, &f->source, &f->url, &f->title, &f->text};
    const char *eq = v ? strchr(v, '=') : NULL;
    for (int i = 0; eq && eq[1] && i < 6; i++)
        if ((size_t)(eq - v) == strlen(names[i]) && !strncmp(v, names[i], (size_t)(eq - v))) {
            *slots[i] = eq + 1;
            return 0;
        }
    fprintf(stderr, "petrel code: --field wants NAME=KEY, NAME one of id, date, source, url, "
                    "title, text\n");
    return 2;
}

static int set_jobs(docs_opts *d, const char *v)
{
    char *end = NULL;
    long n = v ? strtol(v, &end, 10) : 0;
    if (!v || *end || n < 1 || n > 256) {
        fprintf(stderr, "petrel code: -j wants a number of threads (1..256)\n");
        return 2;
    }
    d->jobs = (int)n;
    return 0;
}

/* Options without a value; 1 when arg was one. */
static int read_flag(code_opts *o, const char *arg)
{
    struct {
        const char *name;
        int *flag, value;
    } flags[] = {
        {"--parse", &o->parse, 1},        {"--no-require-dyad", &o->docs.require_dyad, 0},
        {"--resume", &o->docs.resume, 1}, {"--no-clean", &o->docs.clean, 0},
        {"--explain-clean", &o->docs.explain_clean, 1},
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (!strcmp(arg, flags[i].name)) {
            *flags[i].flag = flags[i].value;
            return 1;
        }
    return 0;
}

/* An option with a value: 0 when taken, 2 on a bad or missing value, -1
 * when argv[*i] is not one. */
static int read_valued(code_opts *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    const char **slot = opt_is(a, "--format")                     ? &o->format
                        : !strcmp(a, "-o") || opt_is(a, "--output") ? &o->docs.output
                        : opt_is(a, "--date")                       ? &o->docs.date
                        : opt_is(a, "--model")                      ? &o->model
                        : opt_is(a, "--db")                         ? &o->docs.db
                                                                    : NULL;
    if (slot)
        return (*slot = opt_value(argc, argv, i)) ? 0 : 2;
    if (opt_is(a, "--input-format"))
        return set_input_format(o, opt_value(argc, argv, i));
    if (opt_is(a, "--field"))
        return set_field(&o->docs.fields, opt_value(argc, argv, i));
    if (!strcmp(a, "-j") || opt_is(a, "--jobs"))
        return set_jobs(&o->docs, opt_value(argc, argv, i));
    return -1;
}

/* The output format, and whether a stream is written at all. */
static int settle_output(code_opts *o)
{
    docs_opts *d = &o->docs;
    const char *name = o->format ? o->format : "jsonl";
    d->gdelt = !strcmp(name, "gdelt");
    int fmt = d->gdelt ? FORMAT_JSONL : pl_format_parse(name);
    if (fmt < 0) {
        fprintf(stderr, "petrel code: unknown --format %s\n", name);
        return 2;
    }
    if (o->xml && (d->gdelt || d->db || d->jobs > 1)) {
        fprintf(stderr, "petrel code: --format gdelt, --db and -j take articles "
                        "(--input-format text|jsonl|html)\n");
        return 2;
    }
    d->fmt = (pl_format)fmt;
    d->stream = !d->gdelt && (!d->db || o->format || d->output);
    o->parse |= !o->xml || o->model != NULL;
    return 0;
}

/* 0 to go on, -1 after --help, else the exit status. */
static int read_options(int argc, char **argv, code_opts *o)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("%s\n%s", usage, dict_opts_help);
            return -1;
        }
        if (dict_opt_parse(&o->d, argc, argv, &i) || read_flag(o, argv[i]))
            continue;
        int st = read_valued(o, argc, argv, &i);
        if (st > 0)
            return st;
        if (st == 0)
            continue;
        if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "petrel code: unknown option %s\n%s", argv[i], usage);
            return 2;
        }
        o->docs.files[o->docs.nfiles++] = argv[i];
    }
    if (o->docs.nfiles == 0) {
        fputs(usage, stderr);
        return 2;
    }
    return settle_output(o);
}

int cmd_code(int argc, char **argv)
{
    code_opts o = {0};
    o.xml = 1;
    o.docs.require_dyad = 1;
    o.docs.clean = 1;
    o.docs.jobs = 1;
    o.docs.files = calloc((size_t)argc, sizeof *o.docs.files);
    int st = o.docs.files ? read_options(argc, argv, &o) : 1;
    if (st) {
        free(o.docs.files);
        return st < 0 ? 0 : st;
    }
    petrel_knowledge *k = dict_opts_load(&o.d);
    petrel_model *m = k && o.parse ? records_load_model("code", o.model) : NULL;
    int rc = 1;
    if (k && (m || !o.parse))
        rc = o.xml ? code_xml(&o, k, m) : code_documents(&o.docs, k, m);
    petrel_model_free(m);
    petrel_knowledge_free(k);
    free(o.docs.files);
    return rc;
}
