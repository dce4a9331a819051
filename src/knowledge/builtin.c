/*
 * builtin.c - petrel's own knowledge (knowledge/ in the source tree), built
 * into libpetrel and loaded like any dictionary file.
 *
 * The files are assembled into the library by scripts/embed_knowledge.sh:
 * pl_builtin_knowledge is a table of {name, bytes, size, kind} rows ended by
 * a row of zeros. Loading goes through the same readers as files on disk, so
 * a diagnostic names the source file ("knowledge/agents.txt:12: ...").
 *
 * Must not: modify the embedded bytes (they are read-only data), or know
 * anything about what the files contain.
 */
#include <stdint.h>

#include "knowledge.h"

typedef struct pl_builtin_file {
    const char *name;
    const char *data;
    uint64_t size; /* bytes, without the NUL the table adds after each file */
    uint64_t kind; /* a petrel_dict number: 0 verbs, 1 actors, 2 agents, 3 discards, 4 issues;
                      or PL_BUILTIN_PLACES, the gazetteer (not a dictionary) */
} pl_builtin_file;

extern const pl_builtin_file pl_builtin_knowledge[];

typedef int (*mem_loader)(pl_knowledge *, const char *, const char *, size_t, pl_diag *);

int pl_load_builtin(pl_knowledge *k, pl_diag *d)
{
    static const mem_loader by_kind[] = {pl_load_verbs_mem, pl_load_actors_mem, pl_load_agents_mem,
                                         pl_load_discards_mem, pl_load_issues_mem};
    int rc = 0;
    for (const pl_builtin_file *f = pl_builtin_knowledge; f->name; f++) {
        if (f->kind == PL_BUILTIN_PLACES)
            continue;
        if (f->kind >= sizeof by_kind / sizeof by_kind[0]) {
            pl_diag_report(d, f->name, 0, "built-in file of unknown kind %u", (unsigned)f->kind);
            rc = -1;
            continue;
        }
        if (by_kind[f->kind](k, f->name, f->data, (size_t)f->size, d) != 0)
            rc = -1;
    }
    pl_knowledge_use_petrel_conventions(k);
    return rc;
}

int pl_builtin_count(void)
{
    int n = 0;
    for (const pl_builtin_file *f = pl_builtin_knowledge; f->name; f++)
        n += f->kind != PL_BUILTIN_PLACES;
    return n;
}

const char *pl_builtin_places(const char **name, size_t *size)
{
    for (const pl_builtin_file *f = pl_builtin_knowledge; f->name; f++)
        if (f->kind == PL_BUILTIN_PLACES) {
            *name = f->name;
            *size = (size_t)f->size;
            return f->data;
        }
    return NULL;
}
