/*
 * bench_coder.c - coder throughput with parses given (make bench).
 *
 * Loads the dictionaries (timed), reads every record of a PETRARCH XML file
 * into memory, then codes the records round-robin until at least N
 * sentences are done, on one thread. Prints sentences/s, events/s, the
 * dictionary load time and the peak resident memory of the process.
 *
 *   bench_coder MIN_SENTENCES VERBS ACTORS[,ACTORS] AGENTS DISCARDS RECORDS.xml
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "petrel.h"
#include "../src/read/petrarch_xml.h"

typedef struct record {
    char *parse, *text, *date;
} record;

typedef struct corpus {
    record *r;
    int n, cap;
} corpus;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int keep(void *ud, const pl_xml_record *rec)
{
    corpus *c = ud;
    if (!rec->parse)
        return 0;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 256;
        c->r = realloc(c->r, sizeof *c->r * (size_t)c->cap);
        if (!c->r)
            abort();
    }
    c->r[c->n++] = (record){strdup(rec->parse), strdup(rec->text), strdup(rec->date)};
    return 0;
}

static int load_actor_list(petrel_knowledge *k, const char *list)
{
    char *copy = strdup(list);
    int rc = 0;
    for (char *save = NULL, *p = strtok_r(copy, ",", &save); p; p = strtok_r(NULL, ",", &save))
        rc |= petrel_knowledge_load(k, PETREL_ACTORS, p);
    free(copy);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: %s MIN_SENTENCES VERBS ACTORS AGENTS DISCARDS RECORDS.xml\n",
                argv[0]);
        return 2;
    }
    long want = atol(argv[1]);
    double t0 = now();
    petrel_knowledge *k = petrel_knowledge_new(NULL, NULL);
    int rc = petrel_knowledge_load(k, PETREL_VERBS, argv[2]) | load_actor_list(k, argv[3]) |
             petrel_knowledge_load(k, PETREL_AGENTS, argv[4]) |
             petrel_knowledge_load(k, PETREL_DISCARDS, argv[5]);
    petrel_knowledge_freeze(k);
    double load = now() - t0;
    if (rc) {
        fprintf(stderr, "bench: dictionaries could not be read\n");
        return 1;
    }
    corpus c = {0};
    pl_xml_handler h = {NULL, NULL, keep, &c};
    if (pl_petrarch_xml_read_file(argv[6], &h, NULL) != 0 || c.n == 0) {
        fprintf(stderr, "bench: no records in %s\n", argv[6]);
        return 1;
    }
    petrel_coder *coder = petrel_coder_new(k);
    long sentences = 0, events = 0;
    double t1 = now();
    while (sentences < want) {
        for (int i = 0; i < c.n; i++) {
            petrel_result r;
            petrel_code_parse(coder, c.r[i].parse, c.r[i].text, c.r[i].date, &r);
            events += r.nevents;
        }
        sentences += c.n;
    }
    double secs = now() - t1;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("records %d, sentences %ld, events %ld, %.3f s\n", c.n, sentences, events, secs);
    printf("sentences/s %.0f\nevents/s %.0f\ndictionary load %.3f s\npeak RSS %.1f MB\n",
           sentences / secs, events / secs, load, ru.ru_maxrss / 1024.0);
    petrel_coder_free(coder);
    petrel_knowledge_free(k);
    for (int i = 0; i < c.n; i++) {
        free(c.r[i].parse);
        free(c.r[i].text);
        free(c.r[i].date);
    }
    free(c.r);
    return 0;
}
