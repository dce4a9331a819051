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
