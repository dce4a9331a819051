/*
 * discards.c - the discard list: phrases that make the coder skip a sentence
 * ("MONTHS LATER", level 1) or a whole story ("+TYPHOON", level 2).
 *
 * Words are upper-cased; a trailing '_' ("GROUP A_") is only a separator,
 * since matching is whole-word anyway. A phrase listed at both levels keeps
 * the story level, as in PETRARCH2, where the story marker is tested first.
 *
 * Must not: match text; pl_discard_match() and the coder do that.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

int pl_load_discards_mem(pl_knowledge *k, const char *name, const char *buf, size_t len, pl_diag *d)
{
    const char *file = kb_begin_load(k, name, d);
    if (!file)
        return -1;
    kb_ids ids = {0};
    kb_lines in;
    kb_lines_init(&in, file, buf, len, d);
    for (char *s; (s = kb_lines_next(&in));) {
        uint32_t level = *s == '+' ? 2 : 1;
        ids.n = 0;
        kb_split(k, &ids, s + (level == 2), strlen(s + (level == 2)));
        if (!ids.n) {
            pl_diag_report(d, file, in.line, "empty discard phrase");
            continue;
        }
        uint32_t node = kb_trie_add(&k->discard_trie, ids.v, ids.n);
        uint32_t *have = &k->discard_trie.payload[node];
        if (*have == KB_NONE) {
            k->discard_trie.nphrases++;
            *have = level;
        } else if (*have < level) {
            *have = level;
        }
    }
    kb_lines_free(&in);
    free(ids.v);
    return 0;
}
