/*
 * cmd_code.c - `petrel code`: documents in, events out. Documents are
 * PETRARCH XML records (coded from their <Parse>, or with --parse from their
 * <Text>), or plain text files, one story each, that the library splits into
 * sentences and parses. The model is loaded once, before the first document.
 *
 * Events of one story are held until the story ends, because a story
 * discard ("+TYPHOON") drops the events of the sentences before it too.
 * Output to a file is written to a temporary file and renamed into place,
 * so a failed run never leaves half a file behind.
 *
 * Must not: tokenize, parse or code by itself (the library does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../read/plain_text.h"
#include "../write/writers.h"
#include "cli.h"
#include "records.h"

static const char usage[] =
    "usage: petrel code [options] FILE... ('-' reads stdin)\n"
    "\n"
    "Codes every sentence of the input and writes one line per event.\n"
    "\n"
    "options:\n"
    "  --input-format petrarch-xml|text\n"
    "                                input format (default petrarch-xml); text: each\n"
    "                                FILE is one document of plain text, split into\n"
    "                                sentences DOC-1, DOC-2, ... (DOC: the file name\n"
    "                                without its extension, or stdin), and parsed;\n"
    "                                leading Title:, Date:, Source:, URL: lines are\n"
    "                                read as the document's header\n"
    "  --date YYYY-MM-DD             the date of text documents without a Date: line\n"
    "  --parse                       PETRARCH XML: parse each record's <Text> with the\n"
    "                                model instead of reading its <Parse>\n"
    "  --model FILE                  parsing model (default: the one built into petrel);\n"
    "                                implies --parse\n"
    "  --format jsonl|tsv|table      output format (default jsonl)\n"
    "  -o FILE                       write to FILE (atomically) instead of stdout\n"
    "  --no-require-dyad             keep events lacking a source or target\n";

typedef struct code_opts {
    dict_opts d;
    const char *output, *format, *date, *model;
    int text;                 /* --input-format text */
    int parse;                /* parse with the model: --parse, --model or text input */
    int require_dyad;
    char **files;
    int nfiles;
} code_opts;

typedef struct code_run {
    petrel_coder *coder;
    const petrel_model *model; /* NULL: code from <Parse> */
    const char *date;          /* text documents' date */
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
    pl_event_origin o = {story, rec->id, rec->date, rec->source, rec->text};
    take_result(r, &o, &res);
    return 0;
}

/* ---- plain text documents ------------------------------------------------------- */

/* The document id of a file: its name without directory and extension. */
static void document_id(const char *path, char *buf, size_t size)
{
    if (!strcmp(path, "-")) {
        snprintf(buf, size, "stdin");
        return;
    }
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    snprintf(buf, size, "%.*s", (int)n, base);
}

static int on_sentence(void *ud, const petrel_sentence *s, const petrel_result *res)
{
    code_run *r = ud;
    if (res->status == PETREL_BAD_DATE) {
        fprintf(stderr, "petrel code: bad --date '%s' (YYYY-MM-DD expected)\n", r->date);
        return 1;
    }
    char id[600];
    snprintf(id, sizeof id, "%s-%d", r->story, s->index);
    pl_event_origin o = {r->story, id, r->date, "", s->text};
    take_result(r, &o, res);
    return 0;
}

static int code_document(code_run *r, const char *path)
{
    int from_stdin = !strcmp(path, "-");
    FILE *in = from_stdin ? stdin : fopen(path, "r");
    size_t len = 0;
    char *text = in ? cli_read_all(in, &len) : NULL;
    if (in && !from_stdin)
        fclose(in);
    if (!text) {
        perror(path);
        return -1;
    }
    char doc[512], date[16];
    document_id(path, doc, sizeof doc);
    pl_text_header h;
    pl_text_header_read(text, len, &h);
    const char *default_date = r->date;
    if (h.date.n && pl_text_header_date(&h.date, date, sizeof date) == 0) {
        r->date = date;
    } else if (h.date.n || !r->date) {
        fprintf(stderr, "%s:1: %s\n", path,
                h.date.n ? "the Date: line is not a date (YYYY-MM-DD)" : "no Date: line and no --date");
        free(text);
        return -1;
    }
    start_story(r, doc);
    long n = petrel_code_document(r->coder, r->model, text + h.body, len - h.body, r->date,
                                  on_sentence, r);
    r->date = default_date;
    free(text);
    return n < 0 ? -1 : 0;
}

static int code_file(code_run *r, const code_opts *o, const char *path)
{
    r->file = path;
    if (o->text)
        return code_document(r, path);
    pl_xml_handler h = {NULL, on_config, on_record, r};
    return pl_petrarch_xml_read_file(path, &h, NULL);
}

static int set_input_format(code_opts *o, const char *v)
{
    if (v && (!strcmp(v, "petrarch-xml") || !strcmp(v, "text"))) {
        o->text = !strcmp(v, "text");
        return 0;
    }
    if (v)
        fprintf(stderr, "petrel code: input format '%s' is not supported\n", v);
    return 2;
}

/* 0 to go on, -1 after --help, else the exit status. */
static int read_options(int argc, char **argv, code_opts *o)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("%s\n%s", usage, dict_opts_help);
            return -1;
        } else if (dict_opt_parse(&o->d, argc, argv, &i)) {
            continue;
        } else if (opt_is(argv[i], "--format")) {
            o->format = opt_value(argc, argv, &i);
        } else if (!strcmp(argv[i], "-o") || opt_is(argv[i], "--output")) {
            o->output = opt_value(argc, argv, &i);
        } else if (opt_is(argv[i], "--input-format")) {
            if (set_input_format(o, opt_value(argc, argv, &i)))
                return 2;
        } else if (opt_is(argv[i], "--date")) {
            if (!(o->date = opt_value(argc, argv, &i)))
                return 2;
        } else if (opt_is(argv[i], "--model")) {
            if (!(o->model = opt_value(argc, argv, &i)))
                return 2;
        } else if (!strcmp(argv[i], "--parse")) {
            o->parse = 1;
        } else if (!strcmp(argv[i], "--no-require-dyad")) {
            o->require_dyad = 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "petrel code: unknown option %s\n%s", argv[i], usage);
            return 2;
        } else {
            o->files[o->nfiles++] = argv[i];
        }
    }
    int fmt = o->format ? pl_format_parse(o->format) : -1;
    if (fmt < 0 || o->nfiles == 0) {
        fprintf(stderr, "%s%s", fmt < 0 ? "petrel code: unknown --format\n" : "", usage);
        return 2;
    }
    o->parse |= o->text || o->model != NULL;
    return 0;
}

static int run(const code_opts *o, const petrel_knowledge *k, const petrel_model *m)
{
    char tmp[4096];
    code_run r = {0};
    r.fmt = (pl_format)pl_format_parse(o->format);
    r.coder = petrel_coder_new(k);
    r.model = m;
    r.date = o->date;
    r.progress = isatty(STDERR_FILENO);
    petrel_coder_set_require_dyad(r.coder, o->require_dyad);
    r.out = cli_output_open(o->output, tmp, sizeof tmp);
    int ok = r.out != NULL;
    if (ok)
        pl_write_header(r.out, r.fmt);
    for (int i = 0; ok && i < o->nfiles; i++)
        if (code_file(&r, o, o->files[i]) != 0)
            ok = 0;
    if (r.out) {
        flush_story(&r);
        if (cli_output_close(r.out, o->output, tmp, ok) != 0)
            ok = 0;
    }
    fprintf(stderr, "%spetrel code: %ld sentences, %ld events%s\n", r.progress ? "\r" : "",
            r.sentences, r.events, r.bad ? " (some records skipped)" : "");
    petrel_coder_free(r.coder);
    return ok ? 0 : 1;
}

int cmd_code(int argc, char **argv)
{
    code_opts o = {0};
    o.format = "jsonl";
    o.require_dyad = 1;
    o.files = calloc((size_t)argc, sizeof *o.files);
    int st = read_options(argc, argv, &o);
    if (st) {
        free(o.files);
        return st < 0 ? 0 : st;
    }
    petrel_knowledge *k = dict_opts_load(&o.d);
    petrel_model *m = k && o.parse ? records_load_model("code", o.model) : NULL;
    int rc = 1;
    if (k && (m || !o.parse))
        rc = run(&o, k, m);
    petrel_model_free(m);
    petrel_knowledge_free(k);
    free(o.files);
    return rc;
}
