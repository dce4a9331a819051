/*
 * test_xml.c - the streaming PETRARCH XML reader: records and their
 * attributes, text clean-up, validation expectations, <Config> and
 * <Environment>, bad records, broken XML, <Stop>, entities, and the real
 * PETRARCH files when ../shared is present.
 */
#include "test.h"

#include <stdlib.h>

#include "../src/read/petrarch_xml.h"

/* Everything the callbacks saw, copied out (the reader frees its strings). */
typedef struct seen {
    int nrec, nconfig, nenv, nsentence, nexpect, nnoevents, nerror;
    char id[8][64], text[8][256], parse[8][256], date[8][32], source[8][32], err[8][32];
    long line[8], parse_line[8];
    int is_sentence[8], has_parse[8];
    char ev[8][3][32];
    char cfg[8][64];
    long cfg_line[8];
    long last_line;
    char env[512];
    char msg[512];
    int nmsg;
    int stop_after;
} seen;

static void cp(char *dst, size_t n, const char *s)
{
    snprintf(dst, n, "%s", s ? s : "(null)");
}

static int on_rec(void *ud, const pl_xml_record *r)
{
    seen *s = ud;
    int i = s->nrec++;
    s->nsentence += r->is_sentence;
    s->nexpect += r->has_expectations;
    s->nnoevents += r->noevents;
    s->nerror += r->error != NULL;
    s->last_line = r->line;
    if (i < 8) {
        cp(s->id[i], 64, r->id);
        cp(s->text[i], 256, r->text);
        cp(s->parse[i], 256, r->parse);
        cp(s->date[i], 32, r->date);
        cp(s->source[i], 32, r->source);
        cp(s->err[i], 32, r->error);
        s->line[i] = r->line;
        s->parse_line[i] = r->parse_line;
        s->is_sentence[i] = r->is_sentence;
        s->has_parse[i] = r->parse != NULL;
        if (r->nexpected > 0) {
            cp(s->ev[i][0], 32, r->expected[0].source);
            cp(s->ev[i][1], 32, r->expected[0].target);
            cp(s->ev[i][2], 32, r->expected[0].code);
        }
    }
    return s->stop_after && s->nrec >= s->stop_after;
}

static int on_cfg(void *ud, const char *opt, const char *val, long line)
{
    seen *s = ud;
    int i = s->nconfig++;
    if (i < 8) {
        snprintf(s->cfg[i], 64, "%s=%s", opt, val);
        s->cfg_line[i] = line;
    }
    return 0;
}

static int on_env(void *ud, const pl_xml_env *e)
{
    seen *s = ud;
    s->nenv++;
    size_t n = (size_t)snprintf(s->env, sizeof s->env, "verb=%s agent=%s discard=%s issue=%s include=%s actors=",
                                e->verbfile ? e->verbfile : "-", e->agentfile ? e->agentfile : "-",
                                e->discardfile ? e->discardfile : "-",
                                e->issuefile ? e->issuefile : "-", e->include ? e->include : "-");
    for (const char *const *a = e->actorfiles; *a && n < sizeof s->env; a++)
        n += (size_t)snprintf(s->env + n, sizeof s->env - n, "[%s]", *a);
    return 0;
}

static void on_msg(void *ud, const char *msg)
{
    seen *s = ud;
    s->nmsg++;
    snprintf(s->msg, sizeof s->msg, "%s", msg);
}

static int read_mem(const char *xml, seen *s)
{
    pl_xml_handler h = {on_env, on_cfg, on_rec, s};
    pl_diag d = {on_msg, s, 0, 0};
    return pl_petrarch_xml_read_mem("t.xml", xml, strlen(xml), &h, &d);
}

TEST(xml_batch_record)
{
    seen s;
    memset(&s, 0, sizeof s);
    const char *xml =
        "<Sentences>\n"
        "<Sentence date = \"20080804\" id =\"AFP0808020625_4\" source = \"AFP\" sentence = \"True\">\n"
        "<Text>\n  The stopover   came\tas the\n US leader  prepared . \n</Text>\n"
        "<Parse>\n( (S (NP (DT The)) ) )\n</Parse>\n"
        "</Sentence>\n"
        "</Sentences>\n";
    CHECK_INT(read_mem(xml, &s), 0);
    CHECK_INT(s.nrec, 1);
    CHECK_STR(s.id[0], "AFP0808020625_4");
    CHECK_STR(s.date[0], "20080804");
    CHECK_STR(s.source[0], "AFP");
    CHECK_INT(s.is_sentence[0], 1);
    CHECK_STR(s.text[0], "The stopover came as the US leader prepared .");
    CHECK_STR(s.parse[0], "\n( (S (NP (DT The)) ) )\n");
    CHECK_INT(s.line[0], 2);
    CHECK_INT(s.parse_line[0], 7);
    CHECK_INT(s.nexpect, 0);
    CHECK_INT(s.nmsg, 0);
}

TEST(xml_validation_records)
{
    seen s;
    memset(&s, 0, sizeof s);
    const char *xml =
        "<Validation>\n"
        "<!-- a comment -->\n"
        "<Environment>\n"
        "  <Verbfile>v.txt</Verbfile>\n"
        "  <Actorfile> a1.txt, a2.txt </Actorfile>\n"
        "  <Actorfile>a3.txt</Actorfile>\n"
        "  <Agentfile>ag.txt</Agentfile>\n"
        "  <Discardfile>d.txt</Discardfile>\n"
        "  <Include>valid DEMO\n  ERROR</Include>\n"
        "  <Errorfile>ignored.txt</Errorfile>\n"
        "  <Config option=\"stop_on_error\" value=\"True\"></Config>\n"
        "</Environment>\n"
        "<Sentences>\n"
        "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
        "<Sentence date=\"19950103\" id=\"DEMO-02\" category=\"DEMO\" sentence=\"true\">\n"
        "<!-- comment inside -->\n"
        "<EventCoding sourcecode=\"DAGGOV\" targetcode=\"GON\" eventcode=\"032\"></EventCoding>\n"
        "<EventCoding sourcecode='\"INJURY TOLL\"' targetcode=\"GON\" eventcode=\"033\"/>\n"
        "<Text>Dagolath &amp; Gondor <!-- x --> met.</Text>\n"
        "<Parse>(ROOT (S (NP (NNP Dagolath))))</Parse>\n"
        "</Sentence>\n"
        "<Sentence date=\"19950103\" id=\"DEMO-03\" category=\"DEMO\" sentence=\"false\">\n"
        "<EventCoding noevents=\"True\"></EventCoding>\n"
        "<Text>x</Text>\n"
        "</Sentence>\n"
        "<Sentence date=\"19950103\" id=\"ERROR-01\" category=\"ERROR\" sentence=\"TRUE\">\n"
        "<EventCoding error=\"dateline\"></EventCoding>\n"
        "</Sentence>\n"
        "</Sentences>\n"
        "</Validation>\n";
    CHECK_INT(read_mem(xml, &s), 0);
    CHECK_INT(s.nenv, 1);
    CHECK_STR(s.env, "verb=v.txt agent=ag.txt discard=d.txt issue=- include=valid DEMO ERROR "
                     "actors=[a1.txt][a2.txt][a3.txt]");
    CHECK_INT(s.nconfig, 2);
    CHECK_STR(s.cfg[0], "stop_on_error=True");
    CHECK_INT(s.cfg_line[0], 12);
    CHECK_STR(s.cfg[1], "require_dyad=false");
    CHECK_INT(s.cfg_line[1], 15);
    CHECK_INT(s.nrec, 3);
    CHECK_STR(s.ev[0][0], "DAGGOV");
    CHECK_STR(s.ev[0][1], "GON");
    CHECK_STR(s.ev[0][2], "032");
    CHECK_STR(s.text[0], "Dagolath & Gondor met.");
    CHECK_STR(s.parse[0], "(ROOT (S (NP (NNP Dagolath))))");
    CHECK_INT(s.is_sentence[1], 0);
    CHECK_INT(s.has_parse[1], 0);
    CHECK_INT(s.is_sentence[2], 1);
    CHECK_STR(s.err[2], "dateline");
    CHECK_STR(s.text[2], "");
    CHECK_INT(s.nexpect, 3);
    CHECK_INT(s.nnoevents, 1);
    CHECK_INT(s.nerror, 1);
    CHECK_INT(s.nmsg, 0);
}

static int count_events(void *ud, const pl_xml_record *r)
{
    int *n = ud;
    *n = r->nexpected;
    if (r->nexpected == 5) {
        CHECK_STR(r->expected[1].source, "\"NEW\"");
        CHECK_STR(r->expected[4].code, "5");
    }
    return 0;
}

TEST(xml_expected_event_array)
{
    const char *xml = "<S><Sentence id=\"A-1\">"
                      "<EventCoding sourcecode=\"A\" targetcode=\"B\" eventcode=\"1\"/>"
                      "<EventCoding sourcecode='\"NEW\"' targetcode=\"C\" eventcode=\"2\"/>"
                      "<EventCoding sourcecode=\"D\" targetcode=\"E\" eventcode=\"3\"/>"
                      "<EventCoding sourcecode=\"F\" targetcode=\"G\" eventcode=\"4\"/>"
                      "<EventCoding sourcecode=\"H\" targetcode=\"I\" eventcode=\"5\"/>"
                      "</Sentence></S>";
    int n = 0;
    pl_xml_handler h = {NULL, NULL, count_events, &n};
    CHECK_INT(pl_petrarch_xml_read_mem("t.xml", xml, strlen(xml), &h, NULL), 0);
    CHECK_INT(n, 5);
}

TEST(xml_sentence_without_id_is_skipped)
{
    seen s;
    memset(&s, 0, sizeof s);
    const char *xml = "<Sentences>\n"
                      "<Sentence id=\"A-1\"><Text>a</Text></Sentence>\n"
                      "<Sentence date=\"1\">\n<Text>b</Text></Sentence>\n"
                      "<Sentence id=\"A-3\"><Text>c</Text></Sentence>\n"
                      "</Sentences>\n";
    CHECK_INT(read_mem(xml, &s), 0);
    CHECK_INT(s.nrec, 2);
    CHECK_STR(s.id[0], "A-1");
    CHECK_STR(s.id[1], "A-3");
    CHECK_INT(s.nmsg, 1);
    CHECK_STR(s.msg, "t.xml:3: <Sentence> without id");
}

/* libxml2 parses in 512-byte chunks and an error discards what its chunk
 * built, so records well before the error are delivered, the last few
 * hundred bytes' worth may not be. */
TEST(xml_broken_keeps_earlier_records)
{
    enum { GOOD = 40 };
    char xml[8192];
    size_t n = (size_t)snprintf(xml, sizeof xml, "<Sentences>\n");
    for (int i = 0; i < GOOD; i++)
        n += (size_t)snprintf(xml + n, sizeof xml - n,
                              "<Sentence id=\"A-%d\"><Text>a</Text></Sentence>\n", i);
    snprintf(xml + n, sizeof xml - n,
             "<Sentence id=\"B\"><Text>c</Txt></Sentence>\n"
             "<Sentence id=\"C\"><Text>d</Text></Sentence>\n</Sentences>\n");
    seen s;
    memset(&s, 0, sizeof s);
    CHECK_INT(read_mem(xml, &s), -1);
    CHECK(s.nrec >= GOOD - 15 && s.nrec <= GOOD);
    CHECK_STR(s.id[0], "A-0");
    CHECK_INT(s.nmsg, 1);
    CHECK(strstr(s.msg, "t.xml:42: XML: ") == s.msg);
}

TEST(xml_truncated_file)
{
    seen s;
    memset(&s, 0, sizeof s);
    const char *xml = "<Sentences>\n<Sentence id=\"A-1\"><Text>a</Text></Sentence>\n<Sentence id=\"A-2\"><Te";
    CHECK_INT(read_mem(xml, &s), -1);
    CHECK_INT(s.nrec, 1);
    CHECK(s.nmsg >= 1);
}

TEST(xml_stop_element_and_callback_stop)
{
    seen s;
    memset(&s, 0, sizeof s);
    const char *xml = "<Sentences><Sentence id=\"A-1\"/><Stop></Stop><Sentence id=\"A-2\"/></Sentences>";
    CHECK_INT(read_mem(xml, &s), 0);
    CHECK_INT(s.nrec, 1);
    memset(&s, 0, sizeof s);
    s.stop_after = 1;
    xml = "<Sentences><Sentence id=\"A-1\"/><Sentence id=\"A-2\"/><Sentence id=\"A-3\"/></Sentences>";
    CHECK_INT(read_mem(xml, &s), 0);
    CHECK_INT(s.nrec, 1);
}

TEST(xml_entities_not_expanded)
{
    seen s;
    memset(&s, 0, sizeof s);
    const char *xml = "<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE S [<!ENTITY big \"EXPANDED\">]>\n"
                      "<S><Sentence id=\"A-1\"><Text>a &big; b &#65;&lt;</Text></Sentence></S>";
    CHECK_INT(read_mem(xml, &s), 0);
    CHECK_INT(s.nrec, 1);
    CHECK(strstr(s.text[0], "EXPANDED") == NULL);
    CHECK(strstr(s.text[0], "A<") != NULL);
}

TEST(xml_external_entity_not_loaded)
{
    seen s;
    memset(&s, 0, sizeof s);
    const char *xml = "<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE S [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n"
                      "<S><Sentence id=\"A-1\"><Text>a &ext; b</Text></Sentence></S>";
    read_mem(xml, &s);
    CHECK_INT(s.nrec, 1);
    CHECK(strstr(s.text[0], "root") == NULL);
}

TEST(xml_missing_file)
{
    seen s;
    memset(&s, 0, sizeof s);
    pl_xml_handler h = {NULL, NULL, on_rec, &s};
    pl_diag d = {on_msg, &s, 0, 0};
    CHECK_INT(pl_petrarch_xml_read_file("/nonexistent/petrel.xml", &h, &d), -1);
    CHECK_INT(s.nmsg, 1);
    CHECK(strstr(s.msg, "/nonexistent/petrel.xml: cannot open") == s.msg);
}

/* Many records through one reader: every record arrives, and line numbers
 * stay right past 65535 (libxml2 needs XML_PARSE_BIG_LINES for that). */
TEST(xml_many_records)
{
    enum { N = 70000 };
    size_t cap = (size_t)N * 120 + 64, n = 0;
    char *xml = malloc(cap);
    n += (size_t)snprintf(xml + n, cap - n, "<Sentences>\n");
    for (int i = 0; i < N; i++)
        n += (size_t)snprintf(xml + n, cap - n,
                              "<Sentence id=\"R-%d\" sentence=\"true\"><Text>t %d</Text>"
                              "<Parse>(S (NN x))</Parse></Sentence>\n",
                              i, i);
    n += (size_t)snprintf(xml + n, cap - n, "</Sentences>\n");
    seen s;
    memset(&s, 0, sizeof s);
    pl_xml_handler h = {NULL, NULL, on_rec, &s};
    CHECK_INT(pl_petrarch_xml_read_mem("many.xml", xml, n, &h, NULL), 0);
    CHECK_INT(s.nrec, N);
    CHECK_INT(s.nsentence, N);
    CHECK_INT(s.last_line, N + 1);
    free(xml);
}

TEST(xml_unit_test_file)
{
    const char *path = test_shared_path("petrarch2/text/PETR.UnitTest.records.xml");
    if (!path)
        SKIP("PETR.UnitTest.records.xml not found");
    seen s;
    memset(&s, 0, sizeof s);
    pl_xml_handler h = {on_env, on_cfg, on_rec, &s};
    pl_diag d = {on_msg, &s, 0, 0};
    CHECK_INT(pl_petrarch_xml_read_file(path, &h, &d), 0);
    CHECK_INT(s.nrec, 284);
    CHECK_INT(s.nsentence, 279);
    CHECK_INT(s.nenv, 1);
    CHECK(strstr(s.env, "verb=PETR.Validate.verbs.txt") == s.env);
    CHECK(strstr(s.env, "actors=[PETR.Validate.actors.txt]") != NULL);
    CHECK_INT(s.nconfig, 29); /* a 30th is inside a comment */
    CHECK_STR(s.cfg[0], "stop_on_error=True");
    CHECK_INT(s.cfg_line[0], 45);
    CHECK_STR(s.id[0], "DEMO-00");
    CHECK_INT(s.line[0], 61);
    CHECK_INT(s.parse_line[0], 70);
    CHECK_STR(s.ev[0][0], "ARN");
    CHECK_STR(s.ev[0][1], "GON");
    CHECK_STR(s.ev[0][2], "064");
    CHECK_STR(s.text[0], "Arnor is about to restore full diplomatic ties with Gondor almost five "
                         "years after crowds trashed its embassy.");
    CHECK_INT(s.nmsg, 0);
}

TEST(xml_gigaword_sample)
{
    const char *path = test_shared_path("petrarch2/text/GigaWord.sample.PETR.xml");
    if (!path)
        SKIP("GigaWord.sample.PETR.xml not found");
    seen s;
    memset(&s, 0, sizeof s);
    pl_xml_handler h = {on_env, on_cfg, on_rec, &s};
    CHECK_INT(pl_petrarch_xml_read_file(path, &h, NULL), 0);
    CHECK_INT(s.nrec, 76);
    CHECK_INT(s.nsentence, 76);
    CHECK_STR(s.id[0], "AFP0808020625_4");
    CHECK_STR(s.date[0], "20080804");
    CHECK_STR(s.source[0], "AFP");
    CHECK_INT(s.nenv, 0);
}
