/*
 * fuzz_xml.c - libFuzzer target for the PETRARCH XML reader
 * (src/read/petrarch_xml.c): any bytes must be read, reported and skipped
 * without a crash, a leak or undefined behaviour.
 *
 * Every string handed to the callbacks is read in full (a dangling pointer
 * shows up under ASan) and checked against petrarch_xml.h: a record has an
 * id and non-NULL date, category, source and text; the text has its
 * whitespace collapsed and trimmed; expectations are complete; <Config>
 * options and values are set; the <Environment>'s actor file list is
 * NULL-terminated with non-empty, trimmed names. Each record's <Parse> then
 * goes through the PTB reader and the UD converter with the record's text,
 * with the tree checks of fuzz_ptb (fuzz_tree.h). Every diagnostic must name
 * the input.
 *
 * Must not: keep state between inputs.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/read/petrarch_xml.h"
#include "fuzz_tree.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void check_string(const char *s)
{
    if (!s)
        abort();
    fuzz_touch(s);
}

/* Whitespace runs collapsed to one blank, trimmed at both ends. */
static void check_collapsed(const char *s)
{
    check_string(s);
    size_t n = strlen(s);
    if (n && (s[0] == ' ' || s[n - 1] == ' '))
        abort();
    for (size_t i = 0; i < n; i++)
        if ((is_ws(s[i]) && s[i] != ' ') || (s[i] == ' ' && s[i + 1] == ' '))
            abort();
}

static int on_environment(void *ud, const pl_xml_env *env)
{
    (void)ud;
    fuzz_touch(env->verbfile);
    fuzz_touch(env->agentfile);
    fuzz_touch(env->discardfile);
    fuzz_touch(env->issuefile);
    fuzz_touch(env->include);
    if (!env->actorfiles)
        abort();
    for (const char *const *a = env->actorfiles; *a; a++) {
        size_t n = strlen(*a);
        if (n == 0 || is_ws((*a)[0]) || is_ws((*a)[n - 1]) || strchr(*a, ','))
            abort();
        fuzz_touch(*a);
    }
    return 0;
}

static int on_config(void *ud, const char *option, const char *value, long line)
{
    (void)ud;
    check_string(option);
    check_string(value);
    fuzz_sink += (size_t)line;
    return 0;
}

static int on_record(void *ud, const pl_xml_record *r)
{
    (void)ud;
    check_string(r->id);
    check_string(r->date);
    check_string(r->category);
    check_string(r->source);
    check_collapsed(r->text);
    fuzz_touch(r->error);
    if (r->is_sentence != 0 && r->is_sentence != 1)
        abort();
    if (r->nexpected < 0 || (r->nexpected > 0 && !r->expected))
        abort();
    if ((r->nexpected > 0 || r->noevents || r->error) && !r->has_expectations)
        abort();
    for (int i = 0; i < r->nexpected; i++) {
        check_string(r->expected[i].source);
        check_string(r->expected[i].target);
        check_string(r->expected[i].code);
    }
    fuzz_sink += (size_t)r->line;
    if (r->parse) {
        if (r->parse_line < 0)
            abort();
        fuzz_tree_round(r->parse, strlen(r->parse), r->text, "fuzz.xml", r->parse_line);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pl_diag d = fuzz_diag("fuzz.xml");
    pl_xml_handler h = {on_environment, on_config, on_record, NULL};
    int rc = pl_petrarch_xml_read_mem("fuzz.xml", (const char *)data, size, &h, &d);
    if (rc != 0 && rc != -1)
        abort();
    if (rc == -1 && d.errors == 0)
        abort(); /* a failure is reported */
    return 0;
}
