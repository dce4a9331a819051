/*
 * fuzz_coder.c - libFuzzer target for the whole coding path through the
 * public API (include/petrel.h): the input is a Penn Treebank parse,
 * coded by petrel_code_parse against a small fixed dictionary set written
 * below (verbs with patterns using $ + % ^ _ ( ) { } and a synset, actors
 * with date-restricted codes, agents, discards), loaded once on the first
 * input. Each input is coded by four coders (require_dyad on and off, new
 * actors off and on), on dates inside and outside the actors' date ranges,
 * with and without the input as sentence text, with an explanation sink on
 * one of them; every field of every result is read and checked against
 * petrel.h, and coding the same input again must give the same events.
 *
 * Must not: keep state between inputs other than the loaded dictionaries
 * and the coders (whose results are only valid until their next call).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "petrel.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ---- the dictionaries (fictional: Freedonia and Sylvania) ----------------- */

static const char verbs_txt[] = "####### SYNONYM SETS #######\n"
                                "&TROOPS\n"
                                "+SOLDIER\n"
                                "+TROOP\n"
                                "+ARMED_FORCES\n"
                                "\n"
                                "####### VERB PATTERNS #######\n"
                                "--- ACCUSE [112] ---\n"
                                "ACCUSE\n"
                                "BLAME\n"
                                "+ACCUSE_OF {+ACCUSED_OF +ACCUSING_OF +ACCUSES_OF} [1121]\n"
                                "- $ * + (OF &TROOPS) [1123]\n"
                                "- * {HUMAN RIGHTS ABUSE} [1122]\n"
                                "- * (OF {MASSING TROOPS}) [1125]\n"
                                "--- MEET [040] ---\n"
                                "MEET {MET MEETS MEETING}\n"
                                "- % * [043]\n"
                                "- * + (IN ^ CAPITAL) [042]\n"
                                "- * (WITH) [044]\n"
                                "--- ATTACK [190] ---\n"
                                "ATTACK\n"
                                "STRIKE {STRUCK STRIKES STRIKING}\n"
                                "- * + (WITH &TROOPS) [193:194]\n"
                                "- * SECURITY_FORCES [195]\n"
                                "- ^ * + [:196]\n"
                                "--- SUSPEND [160] ---\n"
                                "SUSPEND\n"
                                "+CUT_OFF {+CUTS_OFF +CUTTING_OFF}\n"
                                "- * AID [162]\n"
                                "- * {MILITARY AID} (TO +) [1622]\n"
                                "--- SAY [010] ---\n"
                                "SAY {SAID SAYS SAYING}\n"
                                "--- URGE [020] ---\n"
                                "URGE\n"
                                "- * + (TO {HOLD TALKS}) [026]\n"
                                "######## TRANSFORMATIONS ##########\n"
                                "~ a (a b ACCUSE) SAY = a b 1121\n"
                                "~ a (. b Q) SAY = a b Q\n";

static const char actors_txt[] = "FREEDONIA [FRE]\n"
                                 "+FREEDONIAN\n"
                                 "+FREEDONIANS\n"
                                 "SYLVANIA [SYL]\n"
                                 "+SYLVANIAN\n"
                                 "UNITED_STATES [USA]\n"
                                 "+AMERICA\n"
                                 "RUFUS_T_FIREFLY\n"
                                 "+FIREFLY\n"
                                 "+PRESIDENT_FIREFLY\n"
                                 "\t[FREGOV 19330101-19331231]\n"
                                 "\t[FREELI >19340101]\n"
                                 "TRENTINO\n"
                                 "+AMBASSADOR_TRENTINO\n"
                                 "\t[SYLGOV <19450101]\n"
                                 "\t[SYLOPP >19450101]\n"
                                 "FREEDONIA_REBELS [FREREB]\n"
                                 "MARX_BROTHERS [USAMED]\n";

static const char agents_txt[] = "GOVERNMENT [~GOV]\n"
                                 "MINISTER {MINISTERS} [~GOV]\n"
                                 "ARMY {ARMIES} [~MIL]\n"
                                 "TROOPS {} [~MIL]\n"
                                 "POLICE {} [~COP]\n"
                                 "HUMAN_RIGHTS_GROUP [NGO~]\n"
                                 "REBEL [~REB]\n";

static const char discards_txt[] = "WORLD_CUP\n"
                                   "+TYPHOON\n";

static petrel_coder *coders[4];
static int ready;

static void on_message(void *ud, const char *line)
{
    (void)ud;
    fprintf(stderr, "fuzz_coder: dictionary problem: %s\n", line);
}

static void write_dict(const char *dir, const char *name, const char *text, char *path, size_t cap)
{
    snprintf(path, cap, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f || fputs(text, f) == EOF || fclose(f) != 0)
        abort();
}

/* Load the dictionaries through the public API (which reads files): write
 * them to a temporary folder, load, remove the folder. Any problem reported
 * while loading is a bug in the dictionaries above: abort. */
static void init_once(void)
{
    static const struct {
        petrel_dict kind;
        const char *name, *text;
    } dicts[] = {{PETREL_VERBS, "verbs.txt", verbs_txt},
                 {PETREL_ACTORS, "actors.txt", actors_txt},
                 {PETREL_AGENTS, "agents.txt", agents_txt},
                 {PETREL_DISCARDS, "discards.txt", discards_txt}};
    char dir[] = "/tmp/petrel-fuzz-coder-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    petrel_knowledge *k = petrel_knowledge_new(on_message, NULL);
    if (!k)
        abort();
    for (size_t i = 0; i < sizeof dicts / sizeof dicts[0]; i++) {
        char path[256];
        write_dict(dir, dicts[i].name, dicts[i].text, path, sizeof path);
        if (petrel_knowledge_load(k, dicts[i].kind, path) != 0)
            abort();
        remove(path);
    }
    rmdir(dir);
    if (petrel_knowledge_errors(k) != 0)
        abort();
    petrel_knowledge_freeze(k);
    /* k lives as long as the process: the coders point into it. */
    for (int i = 0; i < 4; i++) {
        coders[i] = petrel_coder_new(k);
        if (!coders[i])
            abort();
        petrel_coder_set_require_dyad(coders[i], !(i & 1));
        petrel_coder_set_new_actors(coders[i], i & 2 ? 4 : 0);
    }
    ready = 1;
}

/* ---- checks ------------------------------------------------------------------ */

static void explain_line(void *ud, const char *line)
{
    (void)ud;
    if (!line)
        abort();
    fuzz_touch(line);
}

static void check_span(const petrel_span *sp, const petrel_result *r, size_t text_len, int has_text)
{
    if (!sp->text)
        abort();
    fuzz_touch(sp->text);
    if (sp->start == -1 || sp->end == -1) {
        if (sp->start != -1 || sp->end != -1 || sp->text[0] || sp->byte_start != -1 ||
            sp->byte_end != -1)
            abort();
        return;
    }
    if (sp->start < 0 || sp->end <= sp->start || sp->end > r->ntokens)
        abort();
    if (sp->byte_start == -1 || sp->byte_end == -1) {
        if (sp->byte_start != -1 || sp->byte_end != -1)
            abort();
        return;
    }
    if (!has_text || sp->byte_start < 0 || sp->byte_end < sp->byte_start ||
        (size_t)sp->byte_end > text_len)
        abort();
}

static int is_missing(const char *code)
{
    return strcmp(code, "---") == 0;
}

static void check_result(petrel_status st, const petrel_result *r, int require_dyad,
                         const char *text)
{
    if (st != r->status || st < PETREL_OK || st > PETREL_STORY_DISCARD || st == PETREL_BAD_DATE)
        abort();
    if (r->nevents < 0 || r->ntokens < 0)
        abort();
    if (st != PETREL_OK && r->nevents != 0)
        abort();
    if ((st == PETREL_SENTENCE_DISCARD || st == PETREL_STORY_DISCARD) != (r->discard != NULL))
        abort();
    fuzz_touch(r->discard);
    if (st == PETREL_OK && r->ntokens < 1)
        abort();
    if (r->nevents > 0 && !r->events)
        abort();
    size_t text_len = text ? strlen(text) : 0;
    for (int i = 0; i < r->nevents; i++) {
        const petrel_event *e = &r->events[i];
        if (!e->source || !e->target || !e->code || !e->code[0] || !e->verb_block || !e->pattern ||
            !e->rule_file || e->rule_line < 1)
            abort();
        if (is_missing(e->source) && is_missing(e->target))
            abort(); /* an event has at least one side */
        if (require_dyad && (is_missing(e->source) || is_missing(e->target)))
            abort();
        fuzz_touch(e->source);
        fuzz_touch(e->target);
        fuzz_touch(e->code);
        fuzz_touch(e->verb_block);
        fuzz_touch(e->pattern);
        fuzz_touch(e->rule_file);
        check_span(&e->source_span, r, text_len, text != NULL);
        check_span(&e->target_span, r, text_len, text != NULL);
        check_span(&e->verb_span, r, text_len, text != NULL);
        if (e->verb_span.start < 0 || e->verb_span.end != e->verb_span.start + 1)
            abort();
        if ((e->passive | e->inverse | e->among) & ~1)
            abort();
    }
}

/* A copy of the events' strings, to compare two runs of one input. */
static size_t digest(const petrel_result *r, char *buf, size_t cap)
{
    size_t o = (size_t)snprintf(buf, cap, "%d %d %d|", r->status, r->nevents, r->ntokens);
    for (int i = 0; i < r->nevents && o < cap; i++) {
        const petrel_event *e = &r->events[i];
        o += (size_t)snprintf(buf + o, cap - o, "%s %s %s %d %d %d %s %d|", e->source, e->target,
                              e->code, e->source_span.start, e->verb_span.start,
                              e->target_span.start, e->pattern, e->rule_line);
    }
    return o < cap ? o : cap;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dates[] = {"19330601", "1934-06-01", "19500101", "2008-01-15"};
    if (!ready)
        init_once();
    char *ptb = malloc(size + 1);
    if (!ptb)
        return 0;
    memcpy(ptb, data, size);
    ptb[size] = '\0';
    char first[4096] = "", again[4096] = "";
    size_t nfirst = 0;
    for (int i = 0; i < 4; i++) {
        petrel_coder *c = coders[i];
        const char *text = i & 1 ? ptb : NULL;
        petrel_coder_set_explain(c, i == 3 ? explain_line : NULL, NULL);
        petrel_result r;
        petrel_status st = petrel_code_parse(c, ptb, text, dates[i], &r);
        check_result(st, &r, !(i & 1), text);
        if (i == 0)
            nfirst = digest(&r, first, sizeof first);
    }
    /* Coding is deterministic and each call starts afresh. */
    petrel_result r;
    petrel_status st = petrel_code_parse(coders[0], ptb, NULL, dates[0], &r);
    check_result(st, &r, 1, NULL);
    size_t nagain = digest(&r, again, sizeof again);
    if (nagain != nfirst || memcmp(first, again, nfirst) != 0)
        abort();
    /* A bad date is refused before the parse is read. */
    if (petrel_code_parse(coders[1], ptb, ptb, "2008-13-01", &r) != PETREL_BAD_DATE ||
        r.nevents != 0)
        abort();
    free(ptb);
    return 0;
}
