/*
 * test_curation.c - dictionary curation: the checks of `petrel dict check`
 * (redefinitions, overlapping ranges, bad actor and event codes, CAMEO codes
 * nothing produces), title + surname resolution (never by an institution's
 * last word), phrase lookups and codes,
 * the built-in knowledge, and plain-text article headers.
 */
#include "test.h"

#include <stdlib.h>
#include <unistd.h>

#include "../src/knowledge/check.h"
#include "../src/knowledge/internal.h"
#include "../src/read/document.h"
#include "../src/read/plain_text.h"
#include "diags.h"
#include "petrel.h"

static const char people[] = "PAKISTAN_ [PAK]\n"
                             "AFGHANISTAN_ [AFG]\n"
                             "IMRAN_KHAN_\n"
                             "\t[PAKGOV 20180818-20220410]\n"
                             "\t[PAKOPP >20220411]\n"
                             "RAHEEL_SHARIF_\n"
                             "\t[PAKMIL 20131129-20161129]\n"
                             "NAWAZ_SHARIF_\n"
                             "\t[PAKGOV 20130605-20170728]\n"
                             "SHEHBAZ_SHARIF_\n"
                             "\t[PAKGOV >20220411]\n";

static pl_knowledge *load_people(const char *extra, diags *c)
{
    pl_knowledge *k = pl_knowledge_new();
    pl_diag d = {diags_collect, c, 0, 0};
    pl_load_actors_mem(k, "people.txt", people, strlen(people), &d);
    if (extra)
        pl_load_actors_mem(k, "extra.txt", extra, strlen(extra), &d);
    pl_knowledge_freeze(k);
    return k;
}

static const char *titled(const pl_knowledge *k, const char *title, const char *surname, int32_t date)
{
    uint32_t id;
    const char *code = NULL;
    if (!pl_knowledge_word(k, surname, &id))
        return NULL;
    return pl_actor_titled(k, title, id, date, &code) ? code : NULL;
}

TEST(titled_surname_picks_the_office_holder_on_the_date)
{
    diags c = {0};
    pl_knowledge *k = load_people(NULL, &c);
    CHECK(titled(k, "PRIME", "KHAN", 20190501) == NULL);        /* PRIME is no title on its own */
    CHECK_STR(titled(k, "MINISTER", "KHAN", 20190501), "PAKGOV");
    CHECK_STR(titled(k, "MR.", "KHAN", 20230101), "PAKOPP");
    CHECK(titled(k, "MINISTER", "KHAN", 20100101) == NULL);     /* no code before 2018 */
    /* 2015: Nawaz (GOV) and Raheel (MIL) are both Sharif; the title decides */
    CHECK_STR(titled(k, "MINISTER", "SHARIF", 20150101), "PAKGOV");
    CHECK_STR(titled(k, "GEN.", "SHARIF", 20150101), "PAKMIL");
    CHECK(titled(k, "MR.", "SHARIF", 20150101) == NULL);        /* two codes: no guess */
    CHECK_STR(titled(k, "MR.", "SHARIF", 20230101), "PAKGOV");  /* only Shehbaz then */
    pl_knowledge_free(k);
}

TEST(titled_surname_is_never_an_institution_word)
{
    /* A dated organisation's last word is no surname: "Affairs Minister" is
     * not the Ministry of Peshmerga Affairs; a person's last word still is. */
    diags c = {0};
    const char *extra = "MINISTRY_OF_PESHMERGA_AFFAIRS_\n"
                        "\t[IRQREB <20030409]\n"
                        "\t[IRQMIL >20030409]\n";
    pl_knowledge *k = load_people(extra, &c);
    CHECK(titled(k, "MR.", "AFFAIRS", 20200101) == NULL);
    CHECK_STR(titled(k, "MR.", "KHAN", 20200101), "PAKGOV");
    pl_knowledge_free(k);
}

TEST(check_reports_redefinitions_overlaps_and_bad_codes)
{
    diags c = {0}, problems = {0};
    const char *extra = "IMRAN_KHAN_ [PAKELI]\n"                 /* defined again */
                        "ASHRAF_GHANI_\n"
                        "\t[AFGGOV 20140929-20210815]\n"
                        "\t[AFGELI 20210801-20260101]\n"          /* overlaps the line above */
                        "SOMEONE_ [PAKGVO]\n"                     /* not a CAMEO role */
                        "OTHER_ [XYZGOV]\n"                       /* no such country */
                        "UNITED_NATIONS_ [IGOUNO]\n";             /* international: fine */
    pl_knowledge *k = load_people(extra, &c);
    long n = pl_knowledge_check(k, diags_collect, &problems);
    CHECK_INT(n, 4);
    CHECK(diags_has(&problems, "extra.txt:1: actor IMRAN KHAN is already defined at people.txt:3"));
    CHECK(diags_has(&problems, "ASHRAF GHANI: the date ranges of AFGGOV and AFGELI overlap"));
    CHECK(diags_has(&problems, "code PAKGVO has a role that is not a CAMEO role"));
    CHECK(diags_has(&problems, "code XYZGOV does not start with a known country"));
    pl_knowledge_free(k);
}

/* All problems in one string: there are hundreds of unreachable codes. */
typedef struct all_lines {
    char text[65536];
    size_t n;
} all_lines;

static void append(void *ud, const char *msg)
{
    all_lines *a = ud;
    int w = snprintf(a->text + a->n, sizeof a->text - a->n, "%s\n", msg);
    if (w > 0 && a->n + (size_t)w < sizeof a->text)
        a->n += (size_t)w;
}

TEST(check_reports_unknown_event_codes_and_unreachable_cameo_codes)
{
    diags c = {0};
    static all_lines problems;
    problems.n = 0;
    problems.text[0] = '\0';
    pl_knowledge *k = pl_knowledge_new();
    pl_diag d = {diags_collect, &c, 0, 0};
    const char *verbs = "--- URGE [020] ---\nURGE\n- * (FOR TALKS) [0234]\n- * MONEY [999]\n"
                        "--- SAY [010] ---\nSAY {SAID SAYS SAYING}\n"
                        "--- TELL [010] ---\nSAY\n";              /* SAY again, another block */
    pl_load_verbs_mem(k, "v.txt", verbs, strlen(verbs), &d);
    pl_knowledge_freeze(k);
    pl_knowledge_check(k, append, &problems);
    CHECK(strstr(problems.text, "v.txt:4: event code 999 is not in the CAMEO table") != NULL);
    CHECK(strstr(problems.text, "verb form SAY is already defined at v.txt:6") != NULL);
    CHECK(strstr(problems.text, "CAMEO code 0211 ") != NULL); /* nothing produces it */
    CHECK(strstr(problems.text, "CAMEO code 020 ") == NULL);
    CHECK(strstr(problems.text, "CAMEO code 0234 ") == NULL);
    pl_knowledge_free(k);
}

TEST(file_counts_say_what_each_file_holds)
{
    diags c = {0};
    pl_knowledge *k = load_people("UNITED_NATIONS_ [IGOUNO]\n", &c);
    pl_file_counts t[4];
    int n = pl_knowledge_file_counts(k, t, 4);
    CHECK_INT(n, 2);
    CHECK_STR(t[0].file, "people.txt");
    CHECK_INT(t[0].actors, 6);
    CHECK_INT(t[1].actors, 1);
    pl_knowledge_free(k);
}

static void ignore(void *ud, const char *line)
{
    (void)ud;
    (void)line;
}

TEST(phrase_code_combines_actor_agents_and_titles)
{
    char dir[] = "/tmp/petrel-cur-XXXXXX", a[64], g[64];
    if (!mkdtemp(dir))
        SKIP("no temporary folder");
    snprintf(a, sizeof a, "%s/actors.txt", dir);
    snprintf(g, sizeof g, "%s/agents.txt", dir);
    FILE *fa = fopen(a, "w"), *fg = fopen(g, "w");
    if (!fa || !fg)
        SKIP("cannot write temporary files");
    fputs(people, fa);
    fputs("FOREIGN_MINISTER [~GOV]\nMINISTER [~GOV]\nARMY {ARMIES} [~MIL]\n", fg);
    fclose(fa);
    fclose(fg);
    petrel_knowledge *k = petrel_knowledge_new(ignore, NULL);
    CHECK_INT(petrel_knowledge_load(k, PETREL_ACTORS, a) | petrel_knowledge_load(k, PETREL_AGENTS, g), 0);
    petrel_knowledge_freeze(k);
    char out[64];
    CHECK_INT(petrel_knowledge_phrase_code(k, "Pakistan's foreign minister", "2019-05-01", out, sizeof out), 1);
    CHECK_STR(out, "PAKGOV");
    petrel_knowledge_phrase_code(k, "the army of Afghanistan", "2019-05-01", out, sizeof out);
    CHECK_STR(out, "AFGMIL");
    petrel_knowledge_phrase_code(k, "Prime Minister Khan", "2019-05-01", out, sizeof out);
    CHECK_STR(out, "PAKGOV");
    petrel_knowledge_phrase_code(k, "Imran Khan", "2023-01-01", out, sizeof out);
    CHECK_STR(out, "PAKOPP");
    CHECK_INT(petrel_knowledge_phrase_code(k, "the weather", "2019-05-01", out, sizeof out), 0);
    CHECK_INT(petrel_knowledge_phrase_code(k, "Pakistan", "May 2019", out, sizeof out), -1);
    petrel_knowledge_free(k);
    unlink(a);
    unlink(g);
    rmdir(dir);
}

TEST(builtin_knowledge_loads_without_problems)
{
    diags c = {0};
    pl_knowledge *k = pl_knowledge_new();
    pl_diag d = {diags_collect, &c, 0, 0};
    CHECK_INT(pl_load_builtin(k, &d), 0);
    CHECK_INT(c.n, 0);
    pl_knowledge_freeze(k);
    const pl_actor *a = NULL;
    const char *words[] = {"PAKISTAN"};
    CHECK_INT(pl_actor_match(k, words, 1, &a), 1); /* from iso-codes at build time */
    if (a)
        CHECK_STR(pl_actor_code(a, 20190501), "PAK");
    CHECK(pl_builtin_count() >= 1);
    pl_knowledge_free(k);
}

static const char *field(const pl_slice *s, char *buf, size_t size)
{
    snprintf(buf, size, "%.*s", (int)s->n, s->p);
    return buf;
}

TEST(text_header_lines_are_read_and_skipped)
{
    const char *doc = "Title: Talks resume\r\nDate: 2019-05-01T08:00:00Z\nsource: Dawn\n\n"
                      "Pakistan urged the Taliban to talk.\n";
    pl_text_header h;
    char buf[64], date[16];
    pl_text_header_read(doc, strlen(doc), &h);
    CHECK_STR(field(&h.title, buf, sizeof buf), "Talks resume");
    CHECK_STR(field(&h.source, buf, sizeof buf), "Dawn");
    CHECK_INT(pl_doc_date(h.date.p, h.date.n, date), 0);
    CHECK_STR(date, "2019-05-01");
    CHECK_STR(doc + h.body, "Pakistan urged the Taliban to talk.\n");
    /* no header: the body is everything, even a line with a colon */
    const char *plain = "Note: Pakistan urged the Taliban.\n";
    pl_text_header_read(plain, strlen(plain), &h);
    CHECK_INT(h.body, 0);
    CHECK_INT(h.date.n, 0);
    pl_slice bad = {"May 1", 5};
    CHECK_INT(pl_doc_date(bad.p, bad.n, date), -1);
    pl_slice month13 = {"2019-13-01", 10};
    CHECK_INT(pl_doc_date(month13.p, month13.n, date), -1);
}
