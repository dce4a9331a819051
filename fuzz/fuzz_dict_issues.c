/*
 * fuzz_dict_issues.c - libFuzzer target for the issue dictionary reader
 * (src/knowledge/issues.c; Phoenix.IssueCoding.txt format: <ISSUE> blocks
 * of phrases with [CODE], '~' ignore phrases): load arbitrary bytes, freeze,
 * match a few fixed phrases and the input's own words, free.
 *
 * Checks (knowledge.h): loading from memory succeeds and is refused once
 * frozen; a match is no longer than the words given and has a code ("" for
 * an ignore phrase); every diagnostic names the input.
 *
 * Must not: keep state between inputs (fuzz_sink only keeps reads alive).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/knowledge/knowledge.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void match_all(const pl_knowledge *k, const char *const *w, int n)
{
    for (int i = 0; i < n; i++) {
        const char *code = NULL;
        int len = pl_issue_match(k, w + i, n - i, &code);
        if (len < 0 || len > n - i || (len > 0 && !code))
            abort();
        if (len) {
            fuzz_touch(code);
            fuzz_sink += (size_t)len;
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const fixed[] = {"A", "HEAD", "START", "HUMAN", "RIGHTS", "ELECTION"};
    pl_knowledge *k = fuzz_load_dictionary(data, size, "fuzz.issues", pl_load_issues_mem, 1,
                                           match_all, fixed, (int)(sizeof fixed / sizeof fixed[0]));
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    if (s.issues < 0)
        abort();
    fuzz_sink += s.bytes;
    pl_knowledge_free(k);
    return 0;
}
