/*
 * petrel.c - the public API (include/petrel.h): knowledge handles, the
 * dictionary configuration file, coder handles, and coding one sentence
 * from a Penn Treebank parse (read -> convert to UD -> code -> evidence).
 * Plain text goes through text.c, which codes with the same helpers.
 *
 * Must not: keep hidden global state; everything lives in the handles.
 */
#include "petrel.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../clean/dateline.h"
#include "../knowledge/knowledge.h"
#include "../parse/ptb2ud.h"
#include "../read/ptb.h"
#include "../util/diag.h"
#include "api_internal.h"

static void forward_message(void *ud, const char *msg)
{
    petrel_knowledge *pk = ud;
    pk->on_message(pk->ud, msg);
}

petrel_knowledge *petrel_knowledge_new(petrel_message_fn on_message, void *ud)
{
    petrel_knowledge *pk = calloc(1, sizeof *pk);
    if (!pk)
        return NULL;
    pk->k = pl_knowledge_new();
    pk->on_message = on_message;
    pk->ud = ud;
    if (on_message) {
        pk->diag.report = forward_message;
        pk->diag.ud = pk;
    }
    return pk;
}

int petrel_knowledge_load(petrel_knowledge *pk, petrel_dict kind, const char *path)
{
    switch (kind) {
    case PETREL_VERBS:
        return pl_load_verbs(pk->k, path, &pk->diag);
    case PETREL_ACTORS:
        return pl_load_actors(pk->k, path, &pk->diag);
    case PETREL_AGENTS:
        return pl_load_agents(pk->k, path, &pk->diag);
    case PETREL_DISCARDS:
        return pl_load_discards(pk->k, path, &pk->diag);
    case PETREL_ISSUES:
        return pl_load_issues(pk->k, path, &pk->diag);
    }
    return -1;
}

int petrel_knowledge_load_builtin(petrel_knowledge *pk)
{
    return pl_load_builtin(pk->k, &pk->diag);
}

/* ---- the ini file ------------------------------------------------------------------ */

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

/* A dictionary named in the ini: relative to the ini, else in a
 * dictionaries/ folder beside it (PETRARCH2's own layout). */
static int load_relative(petrel_knowledge *pk, petrel_dict kind, const char *dir, const char *name)
{
    char path[4096];
    const char *base = dir[0] ? dir : ".";
    if (name[0] == '/')
        snprintf(path, sizeof path, "%s", name);
    else
        snprintf(path, sizeof path, "%s/%s", base, name);
    if (name[0] != '/' && access(path, R_OK) != 0) {
        char alt[4096];
        snprintf(alt, sizeof alt, "%s/dictionaries/%s", base, name);
        if (access(alt, R_OK) == 0)
            return petrel_knowledge_load(pk, kind, alt);
    }
    return petrel_knowledge_load(pk, kind, path);
}

static int load_config_key(petrel_knowledge *pk, const char *dir, const char *key, char *value)
{
    static const struct {
        const char *key;
        petrel_dict kind;
    } keys[] = {{"verbfile_name", PETREL_VERBS},       {"actorfile_list", PETREL_ACTORS},
                {"agentfile_name", PETREL_AGENTS},     {"discardfile_name", PETREL_DISCARDS},
                {"issuefile_name", PETREL_ISSUES}};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if (strcmp(key, keys[i].key) != 0)
            continue;
        int rc = 0;
        for (char *save = NULL, *item = strtok_r(value, ",", &save); item;
             item = strtok_r(NULL, ",", &save)) {
            char *name = trim(item);
            if (*name && load_relative(pk, keys[i].kind, dir, name) != 0)
                rc = -1;
        }
        return rc;
    }
    return 0;   /* other keys configure PETRARCH2 features petrel does not need */
}

int petrel_knowledge_load_config(petrel_knowledge *pk, const char *ini_path)
{
    FILE *f = fopen(ini_path, "r");
    if (!f) {
        pl_diag_report(&pk->diag, ini_path, 0, "cannot open configuration file");
        return -1;
    }
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", ini_path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        dir[0] = '\0';
    char line[8192], section[128] = "";
    long lineno = 0;
    int rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *s = trim(line);
        if (!*s || *s == '#' || *s == ';')
            continue;
        if (*s == '[') {
            char *end = strchr(s, ']');
            if (!end) {
                pl_diag_report(&pk->diag, ini_path, lineno, "section header without ']'");
                continue;
            }
            *end = '\0';
            snprintf(section, sizeof section, "%s", trim(s + 1));
            continue;
        }
        char *eq = strpbrk(s, "=:");
        if (!eq) {
            pl_diag_report(&pk->diag, ini_path, lineno, "expected 'key = value'");
            continue;
        }
        *eq = '\0';
        if (strcmp(section, "Dictionaries") == 0 &&
            load_config_key(pk, dir, trim(s), trim(eq + 1)) != 0)
            rc = -1;
    }
    fclose(f);
    return rc;
}

long petrel_knowledge_errors(const petrel_knowledge *pk)
{
    return pk->diag.errors;
}

void petrel_knowledge_freeze(petrel_knowledge *pk)
{
    pl_knowledge_freeze(pk->k);
}

void petrel_knowledge_free(petrel_knowledge *pk)
{
    if (!pk)
        return;
    pl_knowledge_free(pk->k);
    free(pk);
}

/* ---- coding --------------------------------------------------------------------------- */

petrel_coder *petrel_coder_new(const petrel_knowledge *pk)
{
    petrel_coder *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->pk = pk;
    pl_arena_init(&c->arena, 64 * 1024);
    pl_arena_init(&c->scratch, 16 * 1024);
    c->opts.require_dyad = 1;
    c->opts.coref = &c->memory;
    return c;
}

void petrel_coder_free(petrel_coder *c)
{
    if (!c)
        return;
    pl_arena_free(&c->arena);
    pl_arena_free(&c->scratch);
    pl_gazetteer_free(c->places);
    free(c->events);
    free(c);
}

void petrel_coder_set_require_dyad(petrel_coder *c, int on)
{
    c->opts.require_dyad = on;
}

void petrel_coder_set_new_actors(petrel_coder *c, int n)
{
    c->opts.new_actor_length = n > 0 ? n : 0;
}

void petrel_coder_set_explain(petrel_coder *c, petrel_message_fn fn, void *ud)
{
    c->explain.line = fn;
    c->explain.ud = ud;
    pl_coref_set_explain(&c->memory, fn, ud);
}

void petrel_coder_begin_document(petrel_coder *c)
{
    pl_coref_begin_document(&c->memory);
    memset(&c->quotes, 0, sizeof c->quotes);
}

/* YYYYMMDD or YYYY-MM-DD to an integer YYYYMMDD; -1 if malformed. */
static long parse_date(const char *d)
{
    if (!d)
        return -1;
    char digits[9];
    int n = 0;
    for (const char *p = d; *p; p++) {
        if (isdigit((unsigned char)*p)) {
            if (n == 8)
                return -1;
            digits[n++] = *p;
        } else if (*p != '-' || (n != 4 && n != 6)) {
            return -1;
        }
    }
    if (n != 8)
        return -1;
    digits[8] = '\0';
    long v = strtol(digits, NULL, 10);
    int year = (int)(v / 10000), month = (int)(v / 100 % 100), day = (int)(v % 100);
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return -1;
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap) ? v : -1;
}

petrel_span pl_api_span(petrel_coder *c, const pl_sentence *s, int start, int end)
{
    petrel_span sp = {start, end, -1, -1, ""};
    if (start < 0 || end <= start || end > s->n)
        return sp;
    size_t len = 0;
    for (int i = start; i < end; i++)
        len += strlen(s->tok[i].form) + 1;
    char *t = pl_arena_alloc(&c->arena, len);
    char *p = t;
    for (int i = start; i < end; i++) {
        size_t l = strlen(s->tok[i].form);
        memcpy(p, s->tok[i].form, l);
        p += l;
        *p++ = i + 1 < end ? ' ' : '\0';
    }
    sp.text = t;
    if (s->tok[start].end > s->tok[start].start || start == 0) {
        if (s->tok[end - 1].end > s->tok[end - 1].start) {
            sp.byte_start = (int)s->tok[start].start;
            sp.byte_end = (int)s->tok[end - 1].end;
        }
    }
    return sp;
}

/* Agent-only codes are kept as "~GOV" inside; the field writes "---GOV". */
static const char *printable_code(petrel_coder *c, const char *code)
{
    if (!strchr(code, '~'))
        return code;
    size_t n = 0;
    for (const char *p = code; *p; p++)
        n += *p == '~' ? 3 : 1;
    char *out = pl_arena_alloc(&c->arena, n + 1), *o = out;
    for (const char *p = code; *p; p++) {
        if (*p == '~') {
            memcpy(o, "---", 3);
            o += 3;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return out;
}

static void explain_tree(petrel_coder *c, const pl_sentence *s)
{
    char line[512];
    for (int i = 0; i < s->n; i++) {
        const pl_token *t = &s->tok[i];
        snprintf(line, sizeof line, "  %3d %-20s %-5s %-5s head %3d %s", i, t->form, t->xpos,
                 t->upos, t->head, t->deprel);
        c->explain.line(c->explain.ud, line);
    }
}

static void export_events(petrel_coder *c, const pl_sentence *s, const pl_coded *coded,
                          petrel_result *out)
{
    if (coded->n > c->cap) {
        free(c->events);
        c->cap = coded->n * 2;
        c->events = calloc((size_t)c->cap, sizeof *c->events);
        if (!c->events) {
            fputs("petrel: out of memory\n", stderr);
            abort();
        }
    }
    for (int i = 0; i < coded->n; i++) {
        const pl_event *e = &coded->ev[i];
        petrel_event *pe = &c->events[i];
        pe->source = printable_code(c, e->source);
        pe->target = printable_code(c, e->target);
        pe->code = e->code;
        pe->source_span = pl_api_span(c, s, e->src_start, e->src_end);
        pe->target_span = pl_api_span(c, s, e->tgt_start, e->tgt_end);
        pe->verb_span = pl_api_span(c, s, e->verb, e->verb + 1);
        pe->verb_block = e->form->block ? e->form->block->name : "";
        pe->pattern = e->transform ? e->transform->text : e->pattern ? e->pattern->text : "";
        pe->rule_file = e->transform ? e->transform->file
                        : e->pattern ? e->pattern->file
                                     : e->form->file;
        pe->rule_line = e->transform ? e->transform->line
                        : e->pattern ? e->pattern->line
                                     : e->form->line;
        pe->passive = e->passive;
        pe->inverse = e->inverse;
        pe->among = e->among;
        pe->source_antecedent = e->src_antecedent ? e->src_antecedent : "";
        pe->target_antecedent = e->tgt_antecedent ? e->tgt_antecedent : "";
        pe->source_antecedent_sentence = e->src_antecedent_sentence;
        pe->target_antecedent_sentence = e->tgt_antecedent_sentence;
    }
    out->events = c->events;
    out->nevents = coded->n;
}

long pl_api_begin(petrel_coder *c, const char *date, petrel_result *out)
{
    memset(out, 0, sizeof *out);
    pl_arena_reset(&c->arena);
    pl_coref_next_sentence(&c->memory);
    long d = parse_date(date);
    if (d < 0)
        out->status = PETREL_BAD_DATE;
    return d;
}

petrel_status pl_api_code_sentence(petrel_coder *c, const pl_sentence *s, long d,
                                   petrel_result *out)
{
    out->ntokens = s->n;
    if (pl_dateline_length(s) > 0)
        return out->status = PETREL_DATELINE;
    if (c->explain.line)
        explain_tree(c, s);
    pl_coded coded;
    pl_code_sentence(c->pk->k, s, (int32_t)d, &c->opts, &c->arena, &coded,
                     c->explain.line ? &c->explain : NULL);
    if (coded.discard) {
        out->discard = pl_api_span(c, s, coded.discard_start, coded.discard_end).text;
        return out->status = coded.discard == 2 ? PETREL_STORY_DISCARD : PETREL_SENTENCE_DISCARD;
    }
    export_events(c, s, &coded, out);
    return out->status = PETREL_OK;
}

petrel_status petrel_code_parse(petrel_coder *c, const char *ptb, const char *text,
                                const char *date, petrel_result *out)
{
    long d = pl_api_begin(c, date, out);
    if (d < 0)
        return out->status;
    pl_ctree tree;
    pl_diag quiet = {0};
    quiet.quiet = 1;
    if (!ptb || pl_ptb_read(ptb, strlen(ptb), &c->arena, &tree, &quiet, "parse", 0) != PTB_OK)
        return out->status = PETREL_BAD_PARSE;
    if (pl_ptb_is_dateline(&tree))
        return out->status = PETREL_DATELINE;
    pl_sentence s;
    if (pl_ptb_to_ud(&tree, text, &c->arena, &s) != 0)
        return out->status = PETREL_BAD_PARSE;
    return pl_api_code_sentence(c, &s, d, out);
}
