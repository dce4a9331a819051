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
#include <string.h>

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
    kb_map_free(&k->anchored);
    free(k->anchor_at);
    for (size_t i = 0; i < k->nsynsets; i++)
        free(k->synsets[i]->m);
    free(k->synsets);
    free(k->actors);
    free(k->agents);
    free(k->redefs);
    free(k->surnames);
    free(k->issue_codes);
    free(k->blocks);
    free(k->forms);
    free(k->transforms);
    free(k->scratch);
    pl_arena_free(&k->arena);
    free(k);
}

/* Visit every (block, pattern, anchor first word) triple. */
static void each_anchor(pl_knowledge *k, void (*fn)(pl_knowledge *, uint64_t key, int pat))
{
    for (size_t b = 0; b < k->nblocks; b++) {
        const pl_verb_block *blk = k->blocks[b];
        for (int p = 0; p < blk->npatterns; p++) {
            const pl_pattern *pat = &blk->patterns[p];
            if (pat->anchor < 0)
                continue;
            const pl_pat_elem *el = &pat->elem[pat->anchor];
            for (int a = 0; a < el->nalts; a++) {
                uint32_t id = el->alts[a].n ? kb_find(&k->words, el->alts[a].w[0]) : KB_NONE;
                if (id != KB_NONE)
                    fn(k, (uint64_t)b << 32 | id, p);
            }
        }
    }
}

static void count_anchor(pl_knowledge *k, uint64_t key, int pat)
{
    (void)pat;
    uint32_t *slot = kb_map_put(&k->anchored, key);
    if (*slot == KB_NONE) {
        *slot = (uint32_t)k->nanchor_slots++;
        kb_reserve(&k->anchor_at, &k->anchor_at_cap, k->nanchor_slots + 1, sizeof *k->anchor_at);
        k->anchor_at[*slot] = 0;
    }
    k->anchor_at[*slot]++;
}

static void place_anchor(pl_knowledge *k, uint64_t key, int pat)
{
    uint32_t slot = kb_map_get(&k->anchored, key);
    int *list = k->anchor_pat + k->anchor_at[slot];
    int n = (int)(k->anchor_at[slot + 1] - k->anchor_at[slot]);
    for (int i = 0; i < n; i++) {
        if (list[i] == pat)
            return;            /* several alternatives with the same first word */
        if (list[i] < 0) {
            list[i] = pat;
            return;
        }
    }
}

/* Index patterns by the first words of their anchor element, so that the
 * coder looks only at patterns some word of the sentence makes possible. */
static void index_patterns(pl_knowledge *k)
{
    each_anchor(k, count_anchor);
    uint32_t total = 0;
    for (size_t s = 0; s < k->nanchor_slots; s++) {   /* counts -> starts */
        uint32_t n = k->anchor_at[s];
        k->anchor_at[s] = total;
        total += n;
    }
    if (k->anchor_at)
        k->anchor_at[k->nanchor_slots] = total;
    k->anchor_pat = pl_arena_alloc(&k->arena, sizeof(int) * (total ? total : 1));
    for (uint32_t i = 0; i < total; i++)
        k->anchor_pat[i] = -1;
    each_anchor(k, place_anchor);
    for (size_t b = 0; b < k->nblocks; b++) {
        pl_verb_block *blk = k->blocks[b];
        int *un = pl_arena_alloc(&k->arena, sizeof(int) * (size_t)(blk->npatterns + 1));
        blk->index = (int)b;
        blk->nunanchored = 0;
        for (int p = 0; p < blk->npatterns; p++)
            if (blk->patterns[p].anchor < 0)
                un[blk->nunanchored++] = p;
        blk->unanchored = un;
    }
}

static int by_surname(const void *a, const void *b)
{
    const kb_surname *x = a, *y = b;
    if (x->word != y->word)
        return x->word < y->word ? -1 : 1;
    return x->actor < y->actor ? -1 : x->actor > y->actor;
}

/* Sorted (word, actor) pairs, without repeats, and the actors in the same
 * order so that a lookup can hand out a slice of them. */
static void index_surnames(pl_knowledge *k)
{
    if (!k->nsurnames)
        return;
    qsort(k->surnames, k->nsurnames, sizeof *k->surnames, by_surname);
    size_t n = 1;
    for (size_t i = 1; i < k->nsurnames; i++)
        if (by_surname(&k->surnames[i], &k->surnames[n - 1]) != 0)
            k->surnames[n++] = k->surnames[i];
    k->nsurnames = n;
    k->surname_actors = pl_arena_alloc(&k->arena, n * sizeof *k->surname_actors);
    for (size_t i = 0; i < n; i++)
        k->surname_actors[i] = k->actors[k->surnames[i].actor];
}

int pl_actors_by_surname(const pl_knowledge *k, uint32_t word_id, const pl_actor *const **out)
{
    size_t lo = 0, hi = k->nsurnames;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (k->surnames[mid].word < word_id)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < k->nsurnames && k->surnames[end].word == word_id)
        end++;
    *out = (const pl_actor *const *)k->surname_actors + lo;
    return (int)(end - lo);
}

/* Titles before a surname, and the role a title implies ("" for none). */
static const struct {
    const char *title, *role;
} titles[] = {{"PRESIDENT", "GOV"},   {"MINISTER", "GOV"},  {"PREMIER", "GOV"},
              {"CHANCELLOR", "GOV"},  {"KING", "GOV"},      {"EMIR", "GOV"},
              {"PRINCE", "GOV"},      {"SECRETARY", "GOV"}, {"AMBASSADOR", "GOV"},
              {"ENVOY", "GOV"},       {"GOVERNOR", "GOV"},  {"SENATOR", "LEG"},
              {"SEN.", "LEG"},        {"SPEAKER", "LEG"},   {"GEN.", "MIL"},
              {"GEN", "MIL"},         {"GENERAL", "MIL"},   {"MARSHAL", "MIL"},
              {"ADMIRAL", "MIL"},     {"ADM.", "MIL"},      {"COMMANDER", "MIL"},
              {"MR.", ""},            {"MR", ""},           {"MRS.", ""},
              {"MRS", ""},            {"MS.", ""},          {"MS", ""},
              {"DR.", ""},            {"SHEIKH", ""},       {"MULLAH", ""},
              {"MAULANA", ""},        {"AYATOLLAH", ""},    {"LEADER", ""}};

static const char *title_role(const char *title)
{
    for (size_t k = 0; k < sizeof titles / sizeof titles[0]; k++)
        if (strcmp(title, titles[k].title) == 0)
            return titles[k].role;
    return NULL;
}

static int has_role(const char *code, const char *role)
{
    size_t n = strlen(code);
    return !*role || (n >= 6 && strcmp(code + n - 3, role) == 0);
}

const pl_actor *pl_actor_titled(const pl_knowledge *k, const char *title, uint32_t surname,
                                int32_t date, const char **code)
{
    const char *role = title_role(title);
    *code = NULL;
    if (!role)
        return NULL;
    const pl_actor *const *people;
    int n = pl_actors_by_surname(k, surname, &people);
    const pl_actor *found = NULL;
    for (int p = 0; p < n; p++) {
        const char *c = pl_actor_code(people[p], date);
        if (!c || !has_role(c, role))
            continue;
        if (*code && strcmp(*code, c) != 0) {
            *code = NULL; /* two people, two codes: do not guess */
            return NULL;
        }
        found = people[p];
        *code = c;
    }
    return found;
}

void pl_knowledge_freeze(pl_knowledge *k)
{
    /* The other indexes are built as lines are read. */
    if (!k->frozen) {
        index_patterns(k);
        index_surnames(k);
    }
    k->frozen = 1;
}

void pl_elem_alts_with(const pl_pat_elem *el, const char *word, int *from, int *to)
{
    if (!el->by_first) {
        *from = 0;
        *to = el->nalts;
        return;
    }
    /* lower bound of word, then of the addresses after it */
    uintptr_t key = (uintptr_t)word;
    int lo = 0, hi = el->nalts;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if ((uintptr_t)el->by_first[mid].first < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    int end = lo;
    while (end < el->nalts && el->by_first[end].first == word)
        end++;
    *from = lo;
    *to = end;
}

int pl_block_patterns_with(const pl_knowledge *k, const pl_verb_block *blk, uint32_t word_id,
                           const int **idx)
{
    uint32_t slot = word_id == KB_NONE ? KB_NONE
                                       : kb_map_get(&k->anchored, (uint64_t)blk->index << 32 | word_id);
    if (slot == KB_NONE)
        return 0;
    *idx = k->anchor_pat + k->anchor_at[slot];
    int n = (int)(k->anchor_at[slot + 1] - k->anchor_at[slot]);
    while (n > 0 && (*idx)[n - 1] < 0)   /* duplicates left unused places */
        n--;
    return n;
}

/* ---- what curation tools read ------------------------------------------------ */

void kb_note_redefinition(pl_knowledge *k, const char *what, const uint32_t *ids, size_t n,
                          const char *file, long line, const char *prev_file, int prev_line)
{
    *KB_PUSH(k->redefs, k->nredefs, k->redefs_cap) =
        (pl_redefinition){what, kb_join(k, ids, n), file, prev_file, (int)line, prev_line};
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
    return pl_verb_lookup_id(k, kb_find(&k->words, word));
}

const pl_verb_form *pl_verb_lookup_id(const pl_knowledge *k, uint32_t word_id)
{
    if (word_id == KB_NONE)
        return NULL;
    uint32_t i = kb_map_get(&k->form_by_word, word_id);
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
    return t->edges.cap * sizeof *t->edges.slots +
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

const char *pl_knowledge_word(const pl_knowledge *k, const char *word, uint32_t *id)
{
    uint32_t i = kb_find(&k->words, word);
    if (id)
        *id = i;
    return i == KB_NONE ? NULL : kb_str(k, i);
}

int pl_actor_match_ids(const pl_knowledge *k, const uint32_t *ids, int n, const pl_actor **out)
{
    uint32_t v;
    int len = kb_trie_match_ids(&k->actor_trie, ids, n, &v);
    if (len && out)
        *out = k->actors[v];
    return len;
}

int pl_agent_match_ids(const pl_knowledge *k, const uint32_t *ids, int n, const pl_agent **out)
{
    uint32_t v;
    int len = kb_trie_match_ids(&k->agent_trie, ids, n, &v);
    if (len && out)
        *out = k->agents[v];
    return len;
}

int pl_discard_match_ids(const pl_knowledge *k, const uint32_t *ids, int n, int *level)
{
    uint32_t v;
    int len = kb_trie_match_ids(&k->discard_trie, ids, n, &v);
    if (len && level)
        *level = (int)v;
    return len;
}

void pl_knowledge_use_petrel_conventions(pl_knowledge *k)
{
    k->petrel_conventions = 1;
}

int pl_knowledge_petrel_conventions(const pl_knowledge *k)
{
    return k->petrel_conventions;
}
