/*
 * fuzz_dict_agents.c - libFuzzer target for the agent dictionary reader
 * (src/knowledge/agents.c; Phoenix.agents.txt format: !SUBSTITUTION! sets,
 * phrases with {plurals} and [~CODE] / [CODE~]): load arbitrary bytes,
 * freeze, match a few fixed phrases and the input's own words, free.
 *
 * Checks (knowledge.h): loading from memory succeeds and is refused once
 * frozen; a match is no longer than the words given and names an agent with
 * a code and a file; every diagnostic names the input.
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
        const pl_agent *a = NULL;
        int len = pl_agent_match(k, w + i, n - i, &a);
        if (len < 0 || len > n - i || (len > 0 && (!a || !a->code || !a->file)))
            abort();
        if (len) {
            fuzz_touch(a->code);
            fuzz_touch(a->file);
            fuzz_sink += (size_t)len + (size_t)a->line;
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const fixed[] = {"THE",    "HUMAN",         "RIGHTS",    "MINISTER",
                                        "ARMIES", "CONGRESSWOMEN", "SPOKESMAN", "MEN"};
    pl_knowledge *k = fuzz_load_dictionary(data, size, "fuzz.agents", pl_load_agents_mem, 1,
                                           match_all, fixed, (int)(sizeof fixed / sizeof fixed[0]));
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    if (s.agents < 0)
        abort();
    fuzz_sink += s.bytes;
    pl_knowledge_free(k);
    return 0;
}
