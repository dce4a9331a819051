/*
 * fuzz_places.c - libFuzzer target for the gazetteer loader
 * (src/enrich/places.c; knowledge/places.tsv format): load arbitrary bytes,
 * look up and locate a few fixed sentences and the input's own words, free.
 *
 * Checks (places.h): loading never fails but for memory; the counts per
 * kind add up to the count; every place found has its strings and a
 * latitude/longitude in range; a located match lies inside the sentence
 * and names the place it returns; every diagnostic names the input.
 *
 * Must not: keep state between inputs (fuzz_sink only keeps reads alive).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/enrich/places.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_place(const pl_place *p)
{
    if (!p->name || !p->kind || !p->country || !p->adm1 || p->lat < -90 || p->lat > 90 ||
        p->lon < -180 || p->lon > 180)
        abort();
    fuzz_touch(p->name);
    fuzz_touch(p->adm1);
}

static void check_counts(const pl_gazetteer *g)
{
    static const char *const kinds[] = {"country", "capital",  "adm1",  "city",
                                        "town",    "crossing", "region"};
    int sum = 0;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        sum += pl_gazetteer_count_kind(g, kinds[i]);
    if (sum != pl_gazetteer_count(g))
        abort();
}

static void locate_and_check(const pl_gazetteer *g, const char *const *w, int n)
{
    for (int i = 0; i < n; i++) {
        const pl_place *p = pl_gazetteer_lookup(g, w[i], strlen(w[i]));
        if (p)
            check_place(p);
    }
    const pl_place *p = NULL;
    int ntok = -1;
    int at = pl_gazetteer_locate(g, w, n, &p, &ntok);
    if (at < 0) {
        if (at != -1 || p || ntok != 0)
            abort();
        return;
    }
    if (at >= n || ntok < 1 || ntok > n - at || !p)
        abort();
    check_place(p);
    fuzz_sink += (size_t)ntok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const fixed[] = {"Clashes", "near", "Mazar", "-",  "i",    "-",     "Sharif",
                                        "and",     "in",   "KABUL", "--", "Khan", "Younis"};
    const char *name = "fuzz.places";
    pl_diag d = fuzz_diag(name);
    pl_gazetteer *g = pl_gazetteer_load_mem(name, (const char *)data, size, &d);
    if (!g)
        abort(); /* only on out-of-memory, which the fuzzer's inputs cannot cause */
    check_counts(g);
    locate_and_check(g, fixed, (int)(sizeof fixed / sizeof fixed[0]));
    char buf[512];
    const char *w[16];
    int n = fuzz_input_words(data, size, buf, sizeof buf, w, 16);
    locate_and_check(g, w, n);
    const pl_place *whole = pl_gazetteer_lookup(g, (const char *)data, size);
    if (whole)
        check_place(whole);
    pl_gazetteer_free(g);
    return 0;
}
