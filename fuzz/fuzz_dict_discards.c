/*
 * fuzz_dict_discards.c - libFuzzer target for the discard list reader
 * (src/knowledge/discards.c; Phoenix.discards.txt format: sentence discard
 * phrases, story discards marked '+'): load arbitrary bytes, freeze, match a
 * few fixed phrases and the input's own words, free.
 *
 * Checks (knowledge.h): loading from memory succeeds and is refused once
 * frozen; a match is no longer than the words given and its level is 1
 * (sentence) or 2 (story); every diagnostic names the input.
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
        int level = 0;
        int len = pl_discard_match(k, w + i, n - i, &level);
        if (len < 0 || len > n - i || (len > 0 && level != 1 && level != 2))
            abort();
        fuzz_sink += (size_t)len + (size_t)level;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const fixed[] = {"THE", "WORLD", "CUP", "TYPHOON", "FOOTBALL", "MATCH"};
    pl_knowledge *k = fuzz_load_dictionary(data, size, "fuzz.discards", pl_load_discards_mem, 1,
                                           match_all, fixed, (int)(sizeof fixed / sizeof fixed[0]));
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    if (s.discards < 0)
        abort();
    fuzz_sink += s.bytes;
    pl_knowledge_free(k);
    return 0;
}
