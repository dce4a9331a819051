/*
 * test_places.c - the gazetteer (src/enrich/places.c): loading and its
 * diagnostics, name lookup, the event location of a sentence, and the
 * built-in knowledge/places.tsv.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/enrich/places.h"
#include "diags.h"
#include "test.h"

/* A small table: the province before the city of the same name, so the
 * kind priority (not the line order) must pick the city. */
static const char small_tsv[] =
    "# name\tkind\tcountry\tadm1\tlat\tlon\talternatives\n"
    "Kandahar\tadm1\tAFG\tKandahar\t31.00\t65.75\tKandahar Province\n"
    "Kandahar\tcity\tAFG\tKandahar\t31.61\t65.71\tQandahar\n"
    "Afghanistan\tcountry\tAFG\t\t33.93\t67.71\n"
    "Pakistan\tcountry\tPAK\t\t30.38\t69.35\n"
    "India\tcountry\tIND\t\t20.59\t78.96\n"
    "Chad\tcountry\tTCD\t\t15.45\t18.73\n"
    "Kabul\tcapital\tAFG\tKabul\t34.53\t69.17\tKaboul\n"
    "Quetta\tcity\tPAK\tBalochistan\t30.18\t67.00\n"
    "Balochistan\tadm1\tPAK\tBalochistan\t28.49\t65.10\tBaluchistan\n"
    "Mazar-i-Sharif\tcity\tAFG\tBalkh\t36.71\t67.11\tMazar-e Sharif|Mazari Sharif\n"
    "Khan Younis\tcity\tPSE\tGaza Strip\t31.35\t34.31\tKhan Yunis\n"
    "Gaza\tregion\tPSE\t\t31.42\t34.36\n"
    "Gaza City\tcity\tPSE\tGaza Strip\t31.52\t34.45\n"
    "Torkham\tcrossing\tPAK\tKhyber Pakhtunkhwa\t34.12\t71.09\n"
    "Aba\tcity\tNGA\tAbia\t5.11\t7.37\n"
    "United Arab Emirates\tcountry\tARE\t\t23.42\t53.85\tUAE\n"
    "Kyiv\tcapital\tUKR\tKyiv City\t50.45\t30.52\tKiev\r\n";

static pl_gazetteer *load_small(void)
{
    pl_diag d = {0, 0, 0, 1};
    pl_gazetteer *g = pl_gazetteer_load_mem("small.tsv", small_tsv, strlen(small_tsv), &d);
    CHECK(g != NULL);
    CHECK_INT(d.errors, 0);
    return g;
}

static const pl_place *lookup(const pl_gazetteer *g, const char *s)
{
    return pl_gazetteer_lookup(g, s, strlen(s));
}

/* Index of the located place in words (NULL-terminated), its length in
 * *ntok and its name in *name ("" when none). */
static int locate(const pl_gazetteer *g, const char *const *words, int *ntok, const char **name)
{
    int n = 0;
    while (words[n])
        n++;
    const pl_place *p = NULL;
    int at = pl_gazetteer_locate(g, words, n, &p, ntok);
    *name = p ? p->name : "";
    return at;
}

TEST(places_lookup_names_case_and_alternatives)
{
    pl_gazetteer *g = load_small();
    if (!g)
        return;
    CHECK_INT(pl_gazetteer_count(g), 17);
    CHECK_INT(pl_gazetteer_count_kind(g, "city"), 6);
    CHECK_INT(pl_gazetteer_count_kind(g, "adm1"), 2);
    CHECK_INT(pl_gazetteer_count_kind(g, "no such kind"), 0);
    const pl_place *k = lookup(g, "Kandahar");
    CHECK(k != NULL);
    if (k) {
        CHECK_STR(k->kind, "city"); /* the city wins over the province listed first */
        CHECK_STR(k->country, "AFG");
        CHECK(fabs(k->lat - 31.61) < 1e-9 && fabs(k->lon - 65.71) < 1e-9);
    }
    CHECK(lookup(g, "qandahar") == k);
    CHECK(lookup(g, "KANDAHAR") == k);
    const pl_place *prov = lookup(g, "Kandahar Province");
    CHECK(prov != NULL && prov != k && !strcmp(prov->kind, "adm1"));
    const pl_place *m = lookup(g, "Mazar-i-Sharif");
    CHECK(m != NULL);
    CHECK(lookup(g, "Mazar-e Sharif") == m);
    CHECK(lookup(g, "mazar i sharif") == m);
    CHECK(lookup(g, "Mazari Sharif") == m);
    CHECK(lookup(g, "Kiev") == lookup(g, "Kyiv"));
    CHECK(lookup(g, "Kiev") != NULL);
    CHECK(lookup(g, "Kyiv") && !strcmp(lookup(g, "Kyiv")->adm1, "Kyiv City"));
    CHECK(lookup(g, "Nowhere") == NULL);
    CHECK(lookup(g, "") == NULL);
    CHECK(lookup(g, "--") == NULL);
    CHECK(lookup(g, "Kandaha") == NULL);
    CHECK(pl_gazetteer_lookup(g, "Kabulistan", 5) == lookup(g, "Kabul"));
    pl_gazetteer_free(g);
}

TEST(places_loader_reports_bad_lines_and_keeps_good_ones)
{
    static const char bad[] =
        "Kabul\tcapital\tAFG\tKabul\t34.53\t69.17\n"           /* 1 good */
        "Quetta\tcity\tPAK\tBalochistan\t30.18\n"              /* 2 five columns */
        "Doha\tcapital\tQAT\t\t95.0\t51.53\n"                  /* 3 latitude > 90 */
        "Herat\tcity\tAFG\tHerat\tnorth\t62.20\n"              /* 4 latitude not a number */
        "Lahore\tcity\tPAK\tPunjab\t31.55\t190\n"              /* 5 longitude > 180 */
        "Aden\tport\tYEM\tAden\t12.80\t45.03\n"                /* 6 unknown kind */
        "Mosul\tcity\tIraq\tNineveh\t36.34\t43.13\n"           /* 7 country not alpha-3 */
        "--\tcity\tIRQ\t\t36.34\t43.13\n"                      /* 8 name without letters */
        "Sanaa\tcapital\tYEM\t\t15.37\t44.19\tSana'a\textra\n" /* 9 eight columns */
        "\n# comment\n"                                        /* 10, 11 */
        "Doha\tcapital\tQAT\t\t25.29\t51.53\t|Ad Dawhah|\n"    /* 12 good, empty alternatives */
        "Kashmir\tregion\t\t\t34.10\t74.80\n"                  /* 13 region without a country */
        "Jammu\tcity\t\t\t32.73\t74.86\n"                      /* 14 city without a country */
        "Gaza\tcity\tPSE\t\t31.5.2\t34.45\n"                   /* 15 two decimal points */
        "Rafah\tcity\tPSE\t\t31.30\t34.\n"                     /* 16 nothing after the point */
        "Aleppo\tcity\tSYR\tAleppo\t36.20\t37.16";             /* 17 good, no final newline */
    diags c = {0};
    pl_diag d = {diags_collect, &c, 0, 0};
    pl_gazetteer *g = pl_gazetteer_load_mem("bad.tsv", bad, strlen(bad), &d);
    CHECK(g != NULL);
    if (!g)
        return;
    CHECK_INT(pl_gazetteer_count(g), 4);
    CHECK_INT(d.errors, 11);
    CHECK(diags_has(&c, "bad.tsv:2: expected 6 or 7 TAB-separated columns"));
    CHECK(diags_has(&c, "bad.tsv:3: bad latitude"));
    CHECK(diags_has(&c, "bad.tsv:4: bad latitude"));
    CHECK(diags_has(&c, "bad.tsv:5: bad longitude"));
    CHECK(diags_has(&c, "bad.tsv:6: unknown kind"));
    CHECK(diags_has(&c, "bad.tsv:7: country is not"));
    CHECK(diags_has(&c, "bad.tsv:8: a name without letters"));
    CHECK(diags_has(&c, "bad.tsv:9: expected 6 or 7"));
    CHECK(diags_has(&c, "bad.tsv:14: country is not"));
    CHECK(diags_has(&c, "bad.tsv:15: bad latitude"));
    CHECK(diags_has(&c, "bad.tsv:16: bad longitude"));
    CHECK(lookup(g, "Quetta") == NULL);
    CHECK(lookup(g, "Ad Dawhah") == lookup(g, "Doha"));
    CHECK(lookup(g, "Doha") && fabs(lookup(g, "Doha")->lat - 25.29) < 1e-9);
    CHECK(lookup(g, "Kashmir") && !strcmp(lookup(g, "Kashmir")->country, ""));
    CHECK(lookup(g, "Aleppo") != NULL);
    pl_gazetteer_free(g);
}

TEST(places_loader_rejects_nul_bytes_and_overlong_names)
{
    char data[400];
    static const char nul_line[] = "Ka\0bul\tcapital\tAFG\t\t34.53\t69.17\n";
    memcpy(data, nul_line, sizeof nul_line - 1);
    size_t n = sizeof nul_line - 1;
    n += (size_t)snprintf(data + n, sizeof data - n, "%0200d\tcity\tAFG\t\t1\t2\n", 7);
    diags c = {0};
    pl_diag d = {diags_collect, &c, 0, 0};
    pl_gazetteer *g = pl_gazetteer_load_mem("odd.tsv", data, n, &d);
    CHECK(g != NULL);
    CHECK_INT(pl_gazetteer_count(g), 0);
    CHECK(diags_has(&c, "odd.tsv:1: NUL byte"));
    CHECK(diags_has(&c, "odd.tsv:2: name longer than"));
    pl_gazetteer_free(g);
}

TEST(places_locate_prefers_locative_preposition)
{
    pl_gazetteer *g = load_small();
    if (!g)
        return;
    int ntok = 0;
    const char *name;
    /* Two countries named as actors, a city as the location. */
    const char *const s1[] = {"Pakistan", "accused", "India",  "of", "an",
                              "attack",   "in",      "Quetta", ".",  NULL};
    CHECK_INT(locate(g, s1, &ntok, &name), 7);
    CHECK_STR(name, "Quetta");
    CHECK_INT(ntok, 1);
    /* The preposition beats the city/country order. */
    const char *const s2[] = {"Officials", "in",  "Pakistan", "said",
                              "Kabul",     "had", "agreed",   NULL};
    CHECK_INT(locate(g, s2, &ntok, &name), 2);
    CHECK_STR(name, "Pakistan");
    /* Without a preposition a city beats an adm1, which beats a country. */
    const char *const s3[] = {"Pakistan", "says", "Balochistan", "and",
                              "Quetta",   "are",  "calm",        NULL};
    CHECK_INT(locate(g, s3, &ntok, &name), 4);
    const char *const s4[] = {"Pakistan", "says", "Balochistan", "is", "calm", NULL};
    CHECK_INT(locate(g, s4, &ntok, &name), 2);
    /* Ties go to the first. */
    const char *const s5[] = {"Pakistan", "and", "India", "talk", NULL};
    CHECK_INT(locate(g, s5, &ntok, &name), 0);
    /* Through "the northern city of", and "across from". */
    const char *const s6[] = {"Pakistan", "fought", "in", "the", "northern", "city", "of",
                              "Mazar",    "-",      "i",  "-",   "Sharif",   NULL};
    CHECK_INT(locate(g, s6, &ntok, &name), 7);
    CHECK_INT(ntok, 5);
    const char *const s7[] = {"Kabul",  "said", "troops",  "massed",
                              "across", "from", "Torkham", NULL};
    CHECK_INT(locate(g, s7, &ntok, &name), 6);
    CHECK_STR(name, "Torkham");
    /* "with" is no locative preposition: the capital still beats the country. */
    const char *const s8[] = {"Talks", "with", "Pakistan", "opened", "in", "Kabul", NULL};
    CHECK_INT(locate(g, s8, &ntok, &name), 5);
    pl_gazetteer_free(g);
}

TEST(places_locate_longest_name_and_token_splits)
{
    pl_gazetteer *g = load_small();
    if (!g)
        return;
    int ntok = 0;
    const char *name;
    const char *const s1[] = {"Shelling", "hit", "Khan", "Younis", "overnight", NULL};
    CHECK_INT(locate(g, s1, &ntok, &name), 2);
    CHECK_INT(ntok, 2);
    CHECK_STR(name, "Khan Younis");
    /* "Gaza City" over the shorter "Gaza". */
    const char *const s2[] = {"Strikes", "in", "Gaza", "City", "killed", "five", NULL};
    CHECK_INT(locate(g, s2, &ntok, &name), 2);
    CHECK_INT(ntok, 2);
    CHECK_STR(name, "Gaza City");
    /* petrel's tokenizer splits "Mazar-i-Sharif" at the hyphens. */
    const char *const s3[] = {"Fighting", "near", "Mazar", "-", "i", "-", "Sharif", NULL};
    CHECK_INT(locate(g, s3, &ntok, &name), 2);
    CHECK_INT(ntok, 5);
    CHECK_STR(name, "Mazar-i-Sharif");
    const char *const s4[] = {"Fighting", "near", "Mazar-i-Sharif", NULL};
    CHECK_INT(locate(g, s4, &ntok, &name), 2);
    CHECK_INT(ntok, 1);
    const char *const s5[] = {"Fighting", "near", "Mazar-e", "Sharif", NULL};
    CHECK_INT(locate(g, s5, &ntok, &name), 2);
    CHECK_INT(ntok, 2);
    /* A trailing hyphen or comma is not part of the name. */
    const char *const s6[] = {"Kabul", "-", "based", "officials", NULL};
    CHECK_INT(locate(g, s6, &ntok, &name), 0);
    CHECK_INT(ntok, 1);
    const char *const s7[] = {"Khan", ",", "Younis", NULL};
    CHECK_INT(locate(g, s7, &ntok, &name), -1);
    pl_gazetteer_free(g);
}

TEST(places_locate_needs_capitals_and_skips_stray_acronyms)
{
    pl_gazetteer *g = load_small();
    if (!g)
        return;
    int ntok = 7;
    const char *name;
    const char *const s1[] = {"the", "plan", "may", "chad", "the", "kabul", "talks", NULL};
    CHECK_INT(locate(g, s1, &ntok, &name), -1);
    CHECK_INT(ntok, 0);
    CHECK_STR(name, "");
    const char *const s2[] = {"Rebels", "in", "Chad", "attacked", NULL};
    CHECK_INT(locate(g, s2, &ntok, &name), 2);
    /* ABA (an abbreviation) is not Aba; UAE is written that way in the table. */
    const char *const s3[] = {"The", "ABA", "said", NULL};
    CHECK_INT(locate(g, s3, &ntok, &name), -1);
    const char *const s4[] = {"The", "UAE", "said", NULL};
    CHECK_INT(locate(g, s4, &ntok, &name), 1);
    CHECK_STR(name, "United Arab Emirates");
    CHECK_INT(pl_gazetteer_locate(g, NULL, 3, NULL, NULL), -1);
    const char *const s5[] = {"In", NULL, "Kabul"};
    CHECK_INT(pl_gazetteer_locate(g, s5, 3, NULL, NULL), 2);
    pl_gazetteer_free(g);
}

TEST(places_locate_dateline)
{
    pl_gazetteer *g = load_small();
    if (!g)
        return;
    int ntok = 0;
    const char *name;
    /* The dateline counts as introduced, so it beats the later city. */
    const char *const s1[] = {"KABUL", "--", "Officials", "said", "Quetta", "was", "calm", NULL};
    CHECK_INT(locate(g, s1, &ntok, &name), 0);
    CHECK_STR(name, "Kabul");
    /* Not upper case: no dateline, so the city later on wins. */
    const char *const s2[] = {"Pakistan", ":", "Quetta", "calm", NULL};
    CHECK_INT(locate(g, s2, &ntok, &name), 2);
    pl_gazetteer_free(g);
}

static char *read_whole(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (n == cap) {
            char *bigger = realloc(buf, cap = cap ? cap * 2 : 1 << 16);
            if (!bigger)
                break;
            buf = bigger;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    *len = n;
    return buf;
}

TEST(places_builtin_file_loads_clean_with_known_coordinates)
{
    size_t len = 0;
    char *data = read_whole("knowledge/places.tsv", &len);
    CHECK(data != NULL);
    if (!data)
        return;
    diags c = {0};
    pl_diag d = {diags_collect, &c, 0, 0};
    pl_gazetteer *g = pl_gazetteer_load_mem("knowledge/places.tsv", data, len, &d);
    free(data);
    CHECK(g != NULL);
    if (!g)
        return;
    CHECK_INT(d.errors, 0);
    if (c.n)
        test_fail(__FILE__, __LINE__, "first diagnostic: %s", c.msg[0]);
    CHECK(pl_gazetteer_count_kind(g, "country") >= 190);
    CHECK(pl_gazetteer_count_kind(g, "capital") >= 190);
    CHECK(pl_gazetteer_count_kind(g, "city") + pl_gazetteer_count_kind(g, "town") +
              pl_gazetteer_count_kind(g, "capital") >=
          600);
    static const struct {
        const char *name, *kind, *country;
        double lat, lon;
    } known[] = {
        {"Kabul", "capital", "AFG", 34.53, 69.17},
        {"Quetta", "city", "PAK", 30.18, 67.00},
        {"Doha", "capital", "QAT", 25.29, 51.53},
        {"Peshawar", "city", "PAK", 34.01, 71.58},
        {"Torkham", "crossing", "PAK", 34.12, 71.09},
        {"Mazar-e Sharif", "city", "AFG", 36.71, 67.11},
        {"Qandahar", "city", "AFG", 31.61, 65.71},
        {"Khan Yunis", "city", "PSE", 31.35, 34.31},
        {"Mogadishu", "capital", "SOM", 2.05, 45.32},
        {"El Fasher", "city", "SDN", 13.63, 25.35},
        {"Goma", "city", "COD", -1.68, 29.22},
        {"Bakhmut", "town", "UKR", 48.60, 38.00},
        {"Kiev", "capital", "UKR", 50.45, 30.52},
        {"Mosul", "city", "IRQ", 36.34, 43.13},
        {"Sanaa", "capital", "YEM", 15.37, 44.19},
        {"Aleppo", "city", "SYR", 36.20, 37.16},
        {"Buenos Aires", "capital", "ARG", -34.60, -58.38},
        {"Khyber Pakhtunkhwa", "adm1", "PAK", 34.95, 72.33},
        {"Kashmir", "region", "", 34.10, 74.80},
        {"Georgia", "country", "GEO", 42.32, 43.36},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        const pl_place *p = lookup(g, known[i].name);
        if (!p) {
            test_fail(__FILE__, __LINE__, "%s missing", known[i].name);
            continue;
        }
        if (strcmp(p->kind, known[i].kind) || strcmp(p->country, known[i].country) ||
            fabs(p->lat - known[i].lat) > 0.3 || fabs(p->lon - known[i].lon) > 0.3)
            test_fail(__FILE__, __LINE__, "%s: %s %s %.2f,%.2f", known[i].name, p->kind, p->country,
                      p->lat, p->lon);
    }
    /* Waziristan North and South, Kandahar's province by its long name. */
    CHECK(lookup(g, "North Waziristan") && lookup(g, "South Waziristan") &&
          lookup(g, "North Waziristan") != lookup(g, "South Waziristan"));
    CHECK(lookup(g, "Kandahar Province") && !strcmp(lookup(g, "Kandahar Province")->kind, "adm1"));
    pl_gazetteer_free(g);
}
