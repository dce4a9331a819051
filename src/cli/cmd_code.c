/*
 * cmd_code.c - `petrel code`: documents in, events out.
 *
 * Events of one story are held until the story ends, because a story
 * discard ("+TYPHOON") drops the events of the sentences before it too.
 * Output to a file is written to a temporary file and renamed into place,
 * so a failed run never leaves half a file behind.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../write/writers.h"
#include "cli.h"
#include "records.h"

static const char usage[] =
    "usage: petrel code [options] FILE... ('-' reads stdin)\n"
    "\n"
    "Codes every sentence of the input and writes one line per event.\n"
    "\n"
    "options:\n"
    "  --input-format petrarch-xml   input format (the only one so far)\n"
    "  --format jsonl|tsv|table      output format (default jsonl)\n"
    "  -o FILE                       write to FILE (atomically) instead of stdout\n"
    "  --no-require-dyad             keep events lacking a source or target\n";

typedef struct code_run {
    petrel_coder *coder;
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

static int on_record(void *ud, const pl_xml_record *rec)
{
    code_run *r = ud;
    char story[512];
    records_story_id(rec->id, story, sizeof story);
    start_story(r, story);
    r->sentences++;
    petrel_result res;
    petrel_status st = records_code(r->coder, rec, &res);
    if (st == PETREL_STORY_DISCARD)
        r->story_discarded = 1;
    if (st == PETREL_BAD_PARSE || st == PETREL_BAD_DATE) {
        fprintf(stderr, "%s:%ld: record %s: %s, skipped\n", r->file, rec->line, rec->id,
                st == PETREL_BAD_PARSE ? "unreadable <Parse>" : "bad date");
        r->bad++;
    }
    pl_event_origin o = {story, rec->id, rec->date, rec->source, rec->text};
    for (int i = 0; i < res.nevents; i++)
        pl_write_event(r->story_f, r->fmt, &o, &res.events[i]);
    r->events += res.nevents;
    if (r->progress && r->sentences % 4096 == 0)
        fprintf(stderr, "\rpetrel code: %ld sentences, %ld events", r->sentences, r->events);
    return 0;
}

static FILE *open_output(const char *path, char *tmp, size_t size)
{
    if (!path)
        return stdout;
    snprintf(tmp, size, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f)
        perror(tmp);
    return f;
}

static int close_output(FILE *f, const char *path, const char *tmp, int ok)
{
    if (!path)
        return fflush(f) == 0 && ok ? 0 : 1;
    int closed = fclose(f) == 0;
    if (!closed || !ok) {
        unlink(tmp);
        return 1;
    }
    if (rename(tmp, path) != 0) {
        perror(path);
        unlink(tmp);
        return 1;
    }
    return 0;
}

int cmd_code(int argc, char **argv)
{
    dict_opts d = {0};
    const char *output = NULL, *format = "jsonl";
    int require_dyad = 1, nfiles = 0;
    char **files = calloc((size_t)argc, sizeof *files);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("%s\n%s", usage, dict_opts_help);
            free(files);
            return 0;
        } else if (dict_opt_parse(&d, argc, argv, &i)) {
            continue;
        } else if (opt_is(argv[i], "--format")) {
            format = opt_value(argc, argv, &i);
        } else if (!strcmp(argv[i], "-o") || opt_is(argv[i], "--output")) {
            output = opt_value(argc, argv, &i);
        } else if (opt_is(argv[i], "--input-format")) {
            const char *v = opt_value(argc, argv, &i);
            if (v && strcmp(v, "petrarch-xml") != 0) {
                fprintf(stderr, "petrel code: input format '%s' is not supported yet\n", v);
                free(files);
                return 2;
            }
        } else if (!strcmp(argv[i], "--no-require-dyad")) {
            require_dyad = 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "petrel code: unknown option %s\n%s", argv[i], usage);
            free(files);
            return 2;
        } else {
            files[nfiles++] = argv[i];
        }
    }
    int fmt = format ? pl_format_parse(format) : -1;
    if (fmt < 0 || nfiles == 0) {
        fprintf(stderr, fmt < 0 ? "petrel code: unknown --format\n%s" : "%s", usage);
        free(files);
        return 2;
    }
    petrel_knowledge *k = dict_opts_load(&d);
    if (!k) {
        free(files);
        return 1;
    }
    char tmp[4096];
    code_run r = {0};
    r.fmt = (pl_format)fmt;
    r.coder = petrel_coder_new(k);
    r.progress = isatty(STDERR_FILENO);
    petrel_coder_set_require_dyad(r.coder, require_dyad);
    r.out = open_output(output, tmp, sizeof tmp);
    int ok = r.out != NULL;
    if (ok)
        pl_write_header(r.out, r.fmt);
    pl_xml_handler h = {NULL, on_config, on_record, &r};
    for (int i = 0; ok && i < nfiles; i++) {
        r.file = files[i];
        if (pl_petrarch_xml_read_file(files[i], &h, NULL) != 0)
            ok = 0;
    }
    if (r.out) {
        flush_story(&r);
        if (close_output(r.out, output, tmp, ok) != 0)
            ok = 0;
    }
    fprintf(stderr, "%spetrel code: %ld sentences, %ld events%s\n", r.progress ? "\r" : "",
            r.sentences, r.events, r.bad ? " (some records skipped)" : "");
    petrel_coder_free(r.coder);
    petrel_knowledge_free(k);
    free(files);
    return ok ? 0 : 1;
}
