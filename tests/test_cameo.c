/*
 * test_cameo.c - the CAMEO event code table (src/knowledge/cameo.c).
 */
#include "test.h"

#include <stdlib.h>

#include "../src/knowledge/cameo.h"

TEST(cameo_find_known_code)
{
    const pl_cameo_code *c = pl_cameo_find("0231");
    CHECK(c != NULL);
    if (!c)
        return;
    CHECK_STR(c->code, "0231");
    CHECK_STR(c->name, "Appeal for economic aid");
    CHECK(c->goldstein == 3.4);
    CHECK_INT(c->root, 2);
    CHECK_INT(c->quad_class, 1);
}

TEST(cameo_goldstein_extremes)
{
    const pl_cameo_code *c = pl_cameo_find("190");
    CHECK(c != NULL);
    if (c)
        CHECK(c->goldstein == -10.0);
    c = pl_cameo_find("0874");
    CHECK(c != NULL);
    if (c)
        CHECK(c->goldstein == 10.0);
    /* Every score lies on the scale. */
    for (int i = 0; i < pl_cameo_count(); i++) {
        c = pl_cameo_at(i);
        CHECK(c->goldstein >= -10.0 && c->goldstein <= 10.0);
    }
}

TEST(cameo_roots)
{
    const pl_cameo_code *c = pl_cameo_find("1721");
    CHECK(c != NULL);
    if (c)
        CHECK_INT(c->root, 17);
    c = pl_cameo_find("19");
    CHECK(c != NULL);
    if (c) {
        CHECK_INT(c->root, 19);
        CHECK_STR(c->name, "FIGHT");
    }
    /* Each code's root is its first two digits, and the root is itself in the table. */
    for (int i = 0; i < pl_cameo_count(); i++) {
        c = pl_cameo_at(i);
        char root[3] = {c->code[0], c->code[1], '\0'};
        CHECK_INT(c->root, atoi(root));
        CHECK(pl_cameo_find(root) != NULL);
        CHECK(c->root >= 1 && c->root <= 20);
    }
}

TEST(cameo_quad_class)
{
    static const struct {
        const char *code;
        int quad;
    } cases[] = {
        {"01", 1},   {"057", 1}, {"06", 2},   {"0874", 2}, {"09", 3},
        {"1385", 3}, {"14", 4},  {"1441", 4}, {"145", 4},  {"2042", 4},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const pl_cameo_code *c = pl_cameo_find(cases[i].code);
        CHECK(c != NULL);
        if (c)
            CHECK_INT(c->quad_class, cases[i].quad);
    }
    /* All of root 14 (PROTEST) is material conflict. */
    for (int i = 0; i < pl_cameo_count(); i++) {
        const pl_cameo_code *c = pl_cameo_at(i);
        if (c->root == 14)
            CHECK_INT(c->quad_class, 4);
    }
}

TEST(cameo_unknown_codes)
{
    CHECK(pl_cameo_find("999") == NULL);
    CHECK(pl_cameo_find("21") == NULL);
    CHECK(pl_cameo_find("00") == NULL);
    CHECK(pl_cameo_find("---") == NULL);
    CHECK(pl_cameo_find("") == NULL);
    CHECK(pl_cameo_find("02311") == NULL);
    CHECK(pl_cameo_find("231") == NULL); /* the leading zero is part of the code */
    CHECK(pl_cameo_find(NULL) == NULL);
}

TEST(cameo_table_order_and_bounds)
{
    int n = pl_cameo_count();
    CHECK(n > 300);
    CHECK(pl_cameo_at(-1) == NULL);
    CHECK(pl_cameo_at(n) == NULL);
    for (int i = 0; i < n; i++) {
        const pl_cameo_code *c = pl_cameo_at(i);
        CHECK(c != NULL && c->name[0] != '\0');
        if (i > 0)
            CHECK(strcmp(pl_cameo_at(i - 1)->code, c->code) < 0);
        CHECK(pl_cameo_find(c->code) == c);
    }
    CHECK_STR(pl_cameo_at(0)->code, "01");
}

/* With ../shared present: the committed table has exactly the codes and
 * Goldstein scores of the codebook's lookup table it was generated from. */
TEST(cameo_matches_shared_goldstein_table)
{
    const char *path = test_shared_path("cameo/CAMEO.goldsteinscale.txt");
    if (!path)
        SKIP("../shared/cameo not present");
    FILE *f = fopen(path, "r");
    CHECK(f != NULL);
    if (!f)
        return;
    char line[256];
    int rows = 0;
    if (!fgets(line, sizeof line, f)) /* header */
        line[0] = '\0';
    while (fgets(line, sizeof line, f)) {
        char code[16];
        double g;
        if (sscanf(line, "%15s %lf", code, &g) != 2)
            continue;
        rows++;
        const pl_cameo_code *c = pl_cameo_find(code);
        if (!c) {
            test_fail(__FILE__, __LINE__, "code %s missing from the table", code);
            continue;
        }
        if (c->goldstein != g)
            test_fail(__FILE__, __LINE__, "code %s: goldstein %g, expected %g", code, c->goldstein,
                      g);
    }
    fclose(f);
    CHECK_INT(rows, pl_cameo_count());
}

/* Spot checks of the PLOVER mapping against PLOVER's conversion table. */
TEST(cameo_plover_spot_checks)
{
    static const struct {
        const char *code, *plover, *mode, *context;
    } cases[] = {
        {"0231", "", "", ""}, /* under APPEAL, which PLOVER drops */
        {"015", "", "", ""},
        {"0333", "AGREE", "", "humanitarian"},
        {"041", "CONSULT", "phone", ""},
        {"057", "SUPPORT", "", "diplomatic"},
        {"0811", "CONCEDE", "", "democracy"},
        {"0813", "RETREAT", "", "legal"}, /* YIELD splits between CONCEDE and RETREAT */
        {"0871", "RETREAT", "ceasefire", "military"},
        {"094", "ACCUSE", "investigate", "military;legal"},
        {"1031", "REQUEST", "assist", "economic"},
        {"112", "ACCUSE", "disapprove", ""},
        {"163", "COERCE", "restrict", "diplomatic"},
        {"1712", "ASSAULT", "seize", "human_security"},
        {"190", "ASSAULT", "", "military"},
        {"191", "COERCE", "restrict", "military"},
        {"2042", "ASSAULT", "unconventional", "cbrn"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const pl_cameo_code *c = pl_cameo_find(cases[i].code);
        CHECK(c != NULL);
        if (!c)
            continue;
        CHECK_STR(c->plover, cases[i].plover);
        CHECK_STR(c->plover_mode, cases[i].mode);
        CHECK_STR(c->plover_context, cases[i].context);
    }
}

static int is_plover_type(const char *s)
{
    static const char *const types[] = {
        "AGREE",    "CONSULT",  "SUPPORT", "CONCEDE", "COOPERATE", "AID",
        "RETREAT",  "REQUEST",  "ACCUSE",  "REJECT",  "THREATEN",  "PROTEST",
        "SANCTION", "MOBILIZE", "COERCE",  "ASSAULT", "",
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strcmp(s, types[i]) == 0)
            return 1;
    return 0;
}

/* Every code has one of the 16 types or "", and "" exactly under the dropped
 * roots 01 and 02; mode and context are never NULL. */
TEST(cameo_plover_values_valid)
{
    for (int i = 0; i < pl_cameo_count(); i++) {
        const pl_cameo_code *c = pl_cameo_at(i);
        CHECK(c->plover != NULL && c->plover_mode != NULL && c->plover_context != NULL);
        if (!c->plover || !c->plover_mode || !c->plover_context)
            continue;
        if (!is_plover_type(c->plover))
            test_fail(__FILE__, __LINE__, "code %s: bad PLOVER type %s", c->code, c->plover);
        CHECK_INT(c->plover[0] == '\0', c->root <= 2);
        if (c->plover[0] == '\0')
            CHECK(c->plover_mode[0] == '\0' && c->plover_context[0] == '\0');
    }
}

/* Within each root, at least two thirds of the codes share the root's PLOVER
 * type; root 08 (YIELD) is split by PLOVER into CONCEDE and RETREAT. */
TEST(cameo_plover_roots_agree)
{
    for (int root = 1; root <= 20; root++) {
        char rcode[3] = {(char)('0' + root / 10), (char)('0' + root % 10), '\0'};
        const pl_cameo_code *r = pl_cameo_find(rcode);
        CHECK(r != NULL);
        if (!r)
            continue;
        int total = 0, same = 0;
        for (int i = 0; i < pl_cameo_count(); i++) {
            const pl_cameo_code *c = pl_cameo_at(i);
            if (c->root != root)
                continue;
            total++;
            if (root == 8)
                same += strcmp(c->plover, "CONCEDE") == 0 || strcmp(c->plover, "RETREAT") == 0;
            else
                same += strcmp(c->plover, r->plover) == 0;
        }
        if (root == 8)
            CHECK_INT(same, total);
        else if (3 * same < 2 * total)
            test_fail(__FILE__, __LINE__, "root %s: only %d of %d codes are %s", rcode, same, total,
                      r->plover);
    }
}
