/*
 * knowledge.c - the pl_knowledge object: creation, freeing, freezing, the
 * file-based loaders, the lookups the coder calls and the statistics.
 *
 * Lookups only read; after pl_knowledge_freeze() no loader may run, so any
 * number of threads can share one pl_knowledge without locks.
 *
 * Must not: parse dictionary text (each format has its own file).
 */
#include "internal.h"

#include <stdlib.h>

pl_knowledge *pl_knowledge_new(void)
{
    pl_knowledge *k = calloc(1, sizeof *k);
    if (k)
        pl_arena_init(&k->arena, 256 * 1024);
    return k;
}

void pl_knowledge_free(pl_knowledge *k)
{
    if (!k)
        return;
    kb_trie_free(&k->actor_trie);
    kb_trie_free(&k->agent_trie);
    kb_trie_free(&k->discard_trie);
    kb_trie_free(&k->issue_trie);
    kb_strtab_free(&k->words);
    kb_map_free(&k->synset_by_name);
    kb_map_free(&k->form_by_word);
    for (size_t i = 0; i < k->nsynsets; i++)
        free(k->synsets[i]->m);
    free(k->synsets);
    free(k->actors);
    free(k->agents);
    free(k->issue_codes);
    free(k->blocks);
    free(k->forms);
    free(k->transforms);
    free(k->scratch);
    pl_arena_free(&k->arena);
    free(k);
}

void pl_knowledge_freeze(pl_knowledge *k)
{
    /* The indexes are built as lines are read, so freezing only closes the
     * door on further loading. */
    k->frozen = 1;
}

/* ---- file loaders ------------------------------------------------------------ */

int pl_load_verbs(pl_knowledge *k, const char *path, pl_diag *d)
{
    return kb_load_file(k, path, d, pl_load_verbs_mem);
}

int pl_load_actors(pl_knowledge *k, const char *path, pl_diag *d)
{
    return kb_load_file(k, path, d, pl_load_actors_mem);
}

int pl_load_agents(pl_knowledge *k, const char *path, pl_diag *d)
{
    return kb_load_file(k, path, d, pl_load_agents_mem);
}

int pl_load_discards(pl_knowledge *k, const char *path, pl_diag *d)
{
    return kb_load_file(k, path, d, pl_load_discards_mem);
}

int pl_load_issues(pl_knowledge *k, const char *path, pl_diag *d)
{
    return kb_load_file(k, path, d, pl_load_issues_mem);
}

/* ---- lookups --------------------------------------------------------------------- */

int pl_actor_match(const pl_knowledge *k, const char *const *words, int n, const pl_actor **out)
{
    uint32_t v;
    int len = kb_trie_match(k, &k->actor_trie, words, n, &v);
    if (len && out)
        *out = k->actors[v];
    return len;
}

const char *pl_actor_code(const pl_actor *a, int32_t date)
{
    const char *fallback = NULL;
    if (!a)
        return NULL;
    for (int i = 0; i < a->ncodes; i++) {
        const pl_dated_code *c = &a->codes[i];
        if (!c->from && !c->to) {
            if (!fallback)
                fallback = c->code;
        } else if ((!c->from || date >= c->from) && (!c->to || date < c->to)) {
            return c->code;
        }
    }
    return fallback;
}

int pl_agent_match(const pl_knowledge *k, const char *const *words, int n, const pl_agent **out)
{
    uint32_t v;
    int len = kb_trie_match(k, &k->agent_trie, words, n, &v);
    if (len && out)
        *out = k->agents[v];
    return len;
}

int pl_discard_match(const pl_knowledge *k, const char *const *words, int n, int *level)
{
    uint32_t v;
    int len = kb_trie_match(k, &k->discard_trie, words, n, &v);
    if (len && level)
        *level = (int)v;
    return len;
}

int pl_issue_match(const pl_knowledge *k, const char *const *words, int n, const char **code)
{
    uint32_t v;
    int len = kb_trie_match(k, &k->issue_trie, words, n, &v);
    if (len && code)
        *code = k->issue_codes[v];
    return len;
}

const pl_verb_form *pl_verb_lookup(const pl_knowledge *k, const char *word)
{
    uint32_t id = kb_find(&k->words, word);
    if (id == KB_NONE)
        return NULL;
    uint32_t i = kb_map_get(&k->form_by_word, id);
    return i == KB_NONE ? NULL : &k->forms[i]->f;
}

const pl_transform *pl_transforms(const pl_knowledge *k, int *n)
{
    if (n)
        *n = (int)k->ntransforms;
    return k->transforms;
}

static size_t trie_bytes(const kb_trie *t)
{
    return t->edges.cap * (sizeof *t->edges.keys + sizeof *t->edges.vals) +
           t->cap * sizeof *t->payload;
}

void pl_knowledge_stats_get(const pl_knowledge *k, pl_knowledge_stats *s)
{
    *s = (pl_knowledge_stats){0};
    s->actors = k->actor_groups;
    s->actor_phrases = k->actor_trie.nphrases;
    s->agents = k->agent_trie.nphrases;
    s->verb_forms = (int)k->nforms;
    s->verb_blocks = (int)k->nblocks;
    s->patterns = k->npatterns;
    s->synsets = (int)k->nsynsets;
    s->transforms = (int)k->ntransforms;
    s->discards = k->discard_trie.nphrases;
    s->issues = k->issue_trie.nphrases;
    s->bytes = pl_arena_bytes(&k->arena) + trie_bytes(&k->actor_trie) + trie_bytes(&k->agent_trie) +
               trie_bytes(&k->discard_trie) + trie_bytes(&k->issue_trie) +
               k->words.cap * sizeof *k->words.slots +
               k->words.scap * (sizeof *k->words.str + sizeof *k->words.hash) +
               k->form_by_word.cap * 12 + k->synset_by_name.cap * 12 +
               k->actors_cap * sizeof *k->actors + k->agents_cap * sizeof *k->agents +
               k->forms_cap * sizeof *k->forms + k->blocks_cap * sizeof *k->blocks +
               k->transforms_cap * sizeof *k->transforms;
}

const char *pl_knowledge_word(const pl_knowledge *k, const char *word)
{
    uint32_t id = kb_find(&k->words, word);
    return id == KB_NONE ? NULL : kb_str(k, id);
}
