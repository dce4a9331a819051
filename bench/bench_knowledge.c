/*
 * bench_knowledge.c - `make bench`: what loading petrel's built-in knowledge
 * (knowledge/, compiled into the library) costs: the best of five loads
 * (read + index + freeze) and the peak RSS of the process.
 */
#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#include "petrel.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(void)
{
    double best = 1e9;
    for (int i = 0; i < 5; i++) {
        double t0 = now();
        petrel_knowledge *k = petrel_knowledge_new(NULL, NULL);
        int rc = petrel_knowledge_load_builtin(k);
        petrel_knowledge_freeze(k);
        double t = now() - t0;
        petrel_knowledge_free(k);
        if (rc != 0) {
            fprintf(stderr, "bench_knowledge: the built-in knowledge did not load\n");
            return 1;
        }
        best = t < best ? t : best;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("built-in knowledge load %.3f s (best of 5)\n", best);
    printf("peak RSS %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    return 0;
}
