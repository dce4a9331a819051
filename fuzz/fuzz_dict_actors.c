/*
 * fuzz_dict_actors.c - libFuzzer target for the actor dictionary reader
 * (src/knowledge/actors.c; Phoenix.*.actors.txt format: phrases, synonyms,
 * date-restricted codes): load arbitrary bytes twice (actor files stack),
 * freeze, match a few fixed phrases and the input's own words, read every
 * dated code and the code on a few dates, free.
 *
 * Checks (knowledge.h): loading from memory succeeds and is refused once
 * frozen; a match is no longer than the words given and names an actor with
 * codes; pl_actor_code returns one of the actor's own codes or NULL; every
 * diagnostic names the input.
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
    static const int32_t dates[] = {0, 19330601, 19450101, 19950601, 20220410, 99991231};
    for (int i = 0; i < n; i++) {
        const pl_actor *a = NULL;
        int len = pl_actor_match(k, w + i, n - i, &a);
        if (len < 0 || len > n - i || (len > 0 && !a))
            abort();
        if (!len)
            continue;
        if (!a->name || !a->file || a->ncodes < 0 || (a->ncodes > 0 && !a->codes))
            abort();
        fuzz_touch(a->name);
        fuzz_touch(a->file);
        fuzz_sink += (size_t)len + (size_t)a->line;
        for (int j = 0; j < a->ncodes; j++) {
            if (!a->codes[j].code)
                abort();
            fuzz_touch(a->codes[j].code);
            fuzz_sink += (size_t)a->codes[j].from + (size_t)a->codes[j].to;
        }
        for (size_t d = 0; d < sizeof dates / sizeof dates[0]; d++) {
            const char *c = pl_actor_code(a, dates[d]);
            if (!c)
                continue;
            int own = 0;
            for (int j = 0; j < a->ncodes && !own; j++)
                own = c == a->codes[j].code;
            if (!own)
                abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const fixed[] = {"UNITED",    "STATES", "PRESIDENT", "OF",
                                        "FREEDONIA", "RUFUS",  "T",         "FIREFLY"};
    pl_knowledge *k = fuzz_load_dictionary(data, size, "fuzz.actors", pl_load_actors_mem, 2,
                                           match_all, fixed, (int)(sizeof fixed / sizeof fixed[0]));
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    if (s.actors < 0 || s.actor_phrases < 0)
        abort();
    fuzz_sink += s.bytes;
    pl_knowledge_free(k);
    return 0;
}
