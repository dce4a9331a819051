/*
 * test_knowledge_dicts.c - actor, agent, discard and issue loaders on small
 * inline dictionaries, the shared comment handling, date restrictions,
 * diagnostics, unreadable files and the frozen state.
 */
#include "test.h"

#include "../src/knowledge/knowledge.h"
#include "diags.h"


typedef int (*loader)(pl_knowledge *, const char *, const char *, size_t, pl_diag *);

static pl_knowledge *load(loader fn, const char *name, const char *text, diags *c)
{
    pl_diag d = {diags_collect, c, 0, 0};
    pl_knowledge *k = pl_knowledge_new();
    CHECK_INT(fn(k, name, text, strlen(text), &d), 0);
    CHECK_INT(d.errors, c->n);
    pl_knowledge_freeze(k);
    return k;
}

/* Splits s on blanks into words (at most 16, each at most 63 bytes). */
typedef struct words {
    char buf[16][64];
    const char *w[16];
    int n;
} words;

static const char *const *split(words *ws, const char *s)
{
    ws->n = 0;
    while (*s && ws->n < 16) {
        while (*s == ' ')
            s++;
        size_t n = strcspn(s, " ");
        if (n && n < 64) {
            memcpy(ws->buf[ws->n], s, n);
            ws->buf[ws->n][n] = '\0';
            ws->w[ws->n] = ws->buf[ws->n];
            ws->n++;
        }
        s += n;
    }
    return ws->w;
}

static const pl_actor *actor(const pl_knowledge *k, const char *phrase, int *len)
{
    words ws;
    const pl_actor *a = NULL;
    const char *const *w = split(&ws, phrase);
    *len = pl_actor_match(k, w, ws.n, &a);
    return *len ? a : NULL;
}

/* Code of the actor phrase (which must match whole) on date, "" when none. */
static const char *code_on(const pl_knowledge *k, const char *phrase, int32_t date)
{
    int len;
    words ws;
    split(&ws, phrase);
    const pl_actor *a = actor(k, phrase, &len);
    if (!a || len != ws.n)
        return "(no actor)";
    const char *code = pl_actor_code(a, date);
    return code ? code : "";
}

static const char *agent_code(const pl_knowledge *k, const char *phrase)
{
    words ws;
    const pl_agent *a = NULL;
    const char *const *w = split(&ws, phrase);
    int len = pl_agent_match(k, w, ws.n, &a);
    return len == ws.n && a ? a->code : "(none)";
}

static int discard_level(const pl_knowledge *k, const char *phrase, int *len)
{
    words ws;
    int level = 0;
    const char *const *w = split(&ws, phrase);
    *len = pl_discard_match(k, w, ws.n, &level);
    return *len ? level : 0;
}

static const char *issue_code(const pl_knowledge *k, const char *phrase)
{
    words ws;
    const char *code = NULL;
    const char *const *w = split(&ws, phrase);
    int len = pl_issue_match(k, w, ws.n, &code);
    return len == ws.n && code ? code : "(none)";
}

/* ---- actors ------------------------------------------------------------------- */

static const char actors_text[] =
    "<!-- ACTORS -->\n"
    "<!-- \n"
    "# a multi-line comment whose lines start with '#'\n"
    "FAKE_ACTOR [FAK]\n"
    "# -->\n"
    "HAMAS [PSEREBHMS]\n"
    "HAMAS WING [PSEHMSBRD]\n"
    "PALESTINIAN [pse]\n"
    "CARAS GALADHON [ELF] # pas   12/09/13\n"
    "ENT  \n"
    "\t[ENT]\n"
    "GOLLUM  # pas 27 Apr 03\n"
    "+SMEAGOL\n"
    "\t[HOB < 950601]\n"
    "\t[HOBGOV 19950601 - 19990815]\n"
    "#\t[950601-990815]  commented out\n"
    "\t[HOBREB > 990816]\n"
    "\t\n"
    "UFFE_ELLEMANN_JENSEN_  [IGOEUREEC 820701-821231][IGOEUREEC 870701-871231]\n"
    "SAM_GAMGEE [HOB]\n"
    "\t[HOBMIL 20080120-20121109]\n"
    "\t[ORCHOB 20100109-20100112]\n"
    "LEONID_BREZHNEV_\n"
    "SECRETARY_BREZHNEV\n"
    "\t[RUSGOV 641014-821110]\n"
    "<! -- NEW ACTORS -->\n"
    "CENTURY [C19 000101-001231][C20 300101-301231][C21 310101-311231][ONE 20200202-20200202]\n"
    "TUCKBOROUGH [TOK]"; /* last line, no newline: must still be stored */

TEST(knowledge_actors_phrases_codes_and_last_group)
{
    diags c = {0};
    pl_knowledge *k = load(pl_load_actors_mem, "t.actors", actors_text, &c);
    int len = 0;
    const pl_actor *a = actor(k, "HAMAS WING LEADERS", &len);
    CHECK_INT(len, 2); /* longest match */
    CHECK(a && strcmp(a->codes[0].code, "PSEHMSBRD") == 0);
    CHECK_STR(code_on(k, "HAMAS", 20000101), "PSEREBHMS");
    CHECK_STR(code_on(k, "PALESTINIAN", 20000101), "PSE");
    CHECK_STR(code_on(k, "CARAS GALADHON", 20000101), "ELF");
    CHECK_STR(code_on(k, "ENT", 20000101), "ENT");
    CHECK_STR(code_on(k, "TUCKBOROUGH", 20000101), "TOK");
    CHECK_STR(code_on(k, "FAKE ACTOR", 20000101), "(no actor)");
    CHECK_STR(code_on(k, "NEW ACTORS", 20000101), "(no actor)");
    CHECK_STR(code_on(k, "UFFE ELLEMANN JENSEN", 19821231), "IGOEUREEC"); /* last day */
    CHECK_STR(code_on(k, "UFFE ELLEMANN JENSEN", 19830101), "");
    CHECK_STR(code_on(k, "UFFE ELLEMANN JENSEN", 19870701), "IGOEUREEC");
    /* codeless base lines before the codes share them (TABARI) */
    CHECK_STR(code_on(k, "LEONID BREZHNEV", 19700101), "RUSGOV");
    CHECK_STR(code_on(k, "SECRETARY BREZHNEV", 19700101), "RUSGOV");
    a = actor(k, "SMEAGOL", &len);
    CHECK(a && strcmp(a->name, "GOLLUM") == 0 && a->ncodes == 3 && a->line == 12);
    CHECK(a && strcmp(a->file, "t.actors") == 0);
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    CHECK_INT(s.actors, 11);
    CHECK_INT(s.actor_phrases, 13);
    CHECK(s.bytes > 0);
    CHECK_INT(c.n, 0);
    pl_knowledge_free(k);
}

TEST(knowledge_actors_date_restrictions)
{
    diags c = {0};
    pl_knowledge *k = load(pl_load_actors_mem, "t.actors", actors_text, &c);
    /* Gollum: HOB before 1995-06-01, HOBGOV 1995-06-01 to 1999-08-15
     * inclusive, HOBREB from 1999-08-16 on. */
    CHECK_STR(code_on(k, "GOLLUM", 19950531), "HOB");
    CHECK_STR(code_on(k, "GOLLUM", 19950601), "HOBGOV");
    CHECK_STR(code_on(k, "SMEAGOL", 19990814), "HOBGOV");
    CHECK_STR(code_on(k, "GOLLUM", 19990815), "HOBGOV");
    CHECK_STR(code_on(k, "GOLLUM", 19990816), "HOBREB");
    CHECK_STR(code_on(k, "GOLLUM", 20240101), "HOBREB");
    /* a restricted entry beats the undated default, wherever it is written */
    CHECK_STR(code_on(k, "SAM GAMGEE", 20070101), "HOB");
    CHECK_STR(code_on(k, "SAM GAMGEE", 20100110), "HOBMIL");
    CHECK_STR(code_on(k, "SAM GAMGEE", 20121109), "HOBMIL"); /* last day of its range */
    CHECK_STR(code_on(k, "SAM GAMGEE", 20121110), "HOB");
    /* YYMMDD: YY <= 30 is 20YY, else 19YY; YYYYMMDD as written */
    int len;
    const pl_actor *a = actor(k, "CENTURY", &len);
    CHECK(a && a->ncodes == 4);
    if (a && a->ncodes == 4) {
        CHECK_INT(a->codes[0].from, 20000101);
        CHECK_INT(a->codes[0].to, 20001232); /* the last day is included */
        CHECK_INT(a->codes[1].from, 20300101);
        CHECK_INT(a->codes[2].from, 19310101);
        CHECK_INT(a->codes[3].from, 20200202); /* d-d: that one day */
    }
    CHECK_STR(code_on(k, "CENTURY", 20200202), "ONE");
    CHECK_STR(code_on(k, "CENTURY", 20200203), "");
    a = actor(k, "GOLLUM", &len);
    CHECK(a && a->codes[0].from == 0 && a->codes[0].to == 19950601);
    CHECK(a && a->codes[2].from == 19990816 && a->codes[2].to == 0);
    CHECK(pl_actor_code(NULL, 20000101) == NULL);
    pl_knowledge_free(k);
}

TEST(knowledge_actors_accumulate_across_groups_and_files)
{
    diags c = {0};
    pl_diag d = {diags_collect, &c, 0, 0};
    pl_knowledge *k = pl_knowledge_new();
    const char *one = "CROATIA_ [HRV]\n+ZAGREB_\n";
    const char *two = "YUGOSLAVIA [YUG]\n+CROATIA\n\t[YUGHRV <910625]\n";
    CHECK_INT(pl_load_actors_mem(k, "one", one, strlen(one), &d), 0);
    CHECK_INT(pl_load_actors_mem(k, "two", two, strlen(two), &d), 0);
    pl_knowledge_freeze(k);
    CHECK_STR(code_on(k, "CROATIA", 19900101), "YUGHRV");
    CHECK_STR(code_on(k, "CROATIA", 19990101), "HRV");
    CHECK_STR(code_on(k, "ZAGREB", 19900101), "HRV"); /* only its own group */
    CHECK_STR(code_on(k, "YUGOSLAVIA", 19900101), "YUGHRV");
    int len;
    const pl_actor *a = actor(k, "CROATIA", &len);
    CHECK(a && a->ncodes == 3 && strcmp(a->name, "CROATIA") == 0);
    CHECK_INT(c.n, 0);
    pl_knowledge_free(k);
}

TEST(knowledge_actors_bad_lines_are_reported)
{
    diags c = {0};
    pl_knowledge *k = load(pl_load_actors_mem, "t.actors",
                           "\t[ORPHAN]\n"
                           "+ORPHAN\n"
                           "A [AAA 9008223-911221]\n"
                           "B [BBB 20121207-20120802]\n"
                           "C [CCC >201005011]\n"
                           "D [DDD 991399]\n"
                           "E []\n"
                           "F [FFF] Newspapers $137\n"
                           "G [GGG\n"
                           "NOCODE\n"
                           "\n"
                           "GOOD [OK]\n"
                           "LAST_NOCODE\n",
                           &c);
    CHECK(diags_has(&c, "t.actors:1: code line before any actor phrase"));
    CHECK(diags_has(&c, "t.actors:2: synonym before any actor phrase"));
    CHECK(diags_has(&c, "t.actors:3: bad date restriction in [AAA 9008223-911221]"));
    CHECK(diags_has(&c, "t.actors:4: bad date restriction"));
    CHECK(diags_has(&c, "t.actors:5: bad date restriction"));
    CHECK(diags_has(&c, "t.actors:6: bad date restriction"));
    CHECK(diags_has(&c, "t.actors:7: empty code []"));
    CHECK(diags_has(&c, "t.actors:8: text after the code ignored: \"Newspapers $137\""));
    CHECK(diags_has(&c, "t.actors:9: '[' without ']'"));
    CHECK(diags_has(&c, "t.actors:13: actor LAST NOCODE has no code; skipped"));
    CHECK_INT(c.n, 10);
    CHECK_STR(code_on(k, "F", 20000101), "FFF");
    CHECK_STR(code_on(k, "GOOD", 20000101), "OK");
    CHECK_STR(code_on(k, "A", 20000101), "(no actor)"); /* its only code was bad */
    CHECK_STR(code_on(k, "NOCODE", 20000101), "OK");    /* joined GOOD's group */
    CHECK_STR(code_on(k, "G", 20000101), "(no actor)");
    CHECK_STR(code_on(k, "LAST NOCODE", 20000101), "(no actor)");
    pl_knowledge_free(k);
}

/* ---- agents ------------------------------------------------------------------- */

TEST(knowledge_agents_markers_plurals_and_codes)
{
    diags c = {0};
    pl_knowledge *k = load(pl_load_agents_mem, "t.agents",
                           "<!-- AGENTS -->\n"
                           "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
                           "!MINST! = MINISTER, MINISTRY\n"
                           "CONGRESS [~LEG]\n"
                           "CONGRESS!PERSON! [~LEG] # check for substitution marker\n"
                           "!MINST!_OF_SILLY_WALKS [~GOV] \n"
                           "FIRE!PERSON! {} [~FIR]\n"
                           "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
                           "MEDIA {} [~MED]\n"
                           "AMBASSADOR [~GOV] # LRP 02 Jun 2004\n"
                           "PARTY [~PTY]\n"
                           "ATTORNEY [~JUD]\n"
                           "BOSS [~BUS]\n"
                           "CHURCH [~REL]\n"
                           "HUMAN_RIGHTS_BODY  [  NGO~]\n"
                           "police {} [~cop]\n"
                           "AMBASSADOR [~DIP]\n",
                           &c);
    CHECK_STR(agent_code(k, "CONGRESS"), "~LEG");
    CHECK_STR(agent_code(k, "CONGRESSES"), "~LEG");
    CHECK_STR(agent_code(k, "CONGRESSMAN"), "~LEG");
    CHECK_STR(agent_code(k, "CONGRESSWOMEN"), "~LEG");
    CHECK_STR(agent_code(k, "CONGRESSMANS"), "(none)");
    CHECK_STR(agent_code(k, "MINISTER OF SILLY WALKS"), "~GOV");
    CHECK_STR(agent_code(k, "MINISTRY OF SILLY WALKS"), "~GOV");
    CHECK_STR(agent_code(k, "FIREMEN"), "~FIR");
    CHECK_STR(agent_code(k, "ATTORNEYS GENERAL"), "~GOV");
    CHECK_STR(agent_code(k, "ATTORNEY GENERALS"), "(none)");
    CHECK_STR(agent_code(k, "MEDIA"), "~MED");
    CHECK_STR(agent_code(k, "MEDIAS"), "(none)");
    CHECK_STR(agent_code(k, "PARTIES"), "~PTY");
    CHECK_STR(agent_code(k, "ATTORNEYS"), "~JUD");
    CHECK_STR(agent_code(k, "BOSSES"), "~BUS");
    CHECK_STR(agent_code(k, "CHURCHES"), "~REL");
    CHECK_STR(agent_code(k, "HUMAN RIGHTS BODY"), "NGO~");
    CHECK_STR(agent_code(k, "HUMAN RIGHTS BODIES"), "NGO~");
    CHECK_STR(agent_code(k, "POLICE"), "~COP");
    CHECK_STR(agent_code(k, "AMBASSADOR"), "~DIP"); /* the last definition wins */
    CHECK_STR(agent_code(k, "AMBASSADORS"), "~DIP");
    words ws;
    const pl_agent *a = NULL;
    CHECK_INT(pl_agent_match(k, split(&ws, "CONGRESSMEN SAID"), 2, &a), 1);
    CHECK(a && a->line == 5 && strcmp(a->file, "t.agents") == 0);
    CHECK_INT(c.n, 0);
    pl_knowledge_free(k);
}

TEST(knowledge_agents_bad_lines_are_reported)
{
    diags c = {0};
    pl_knowledge *k = load(pl_load_agents_mem, "t.agents",
                           "ISLAMIC_EXTREMIST\n"
                           "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"
                           "!BROKEN = A, B\n"
                           "CHAIR!NOPE! [~X]\n"
                           "BRACE {OPEN [~Y]\n"
                           " [~Z]\n"
                           "GOOD [~OK]\n",
                           &c);
    CHECK(diags_has(&c, "t.agents:1: agent line has no [CODE]"));
    CHECK(diags_has(&c, "t.agents:2: agent line has no [CODE]"));
    CHECK(diags_has(&c, "t.agents:3: bad substitution marker"));
    CHECK(diags_has(&c, "t.agents:4: undefined marker !NOPE!"));
    CHECK(diags_has(&c, "t.agents:5: '{' without '}'"));
    CHECK(diags_has(&c, "t.agents:6: agent line has no phrase"));
    CHECK_INT(c.n, 6);
    CHECK_STR(agent_code(k, "GOOD"), "~OK");
    CHECK_STR(agent_code(k, "GOODS"), "~OK");
    pl_knowledge_free(k);
}

/* ---- discards ------------------------------------------------------------------- */

TEST(knowledge_discards_levels)
{
    diags c = {0};
    pl_knowledge *k = load(pl_load_discards_mem, "t.discards",
                           "# sentence and story discards\n"
                           "MONTHS LATER\n"
                           "+World Golf Championships   # pas 26-Feb-2014\n"
                           "GROUP A_\n"
                           "BASEBALL   \n"
                           "+BASEBALL\n"
                           "+\n",
                           &c);
    int len;
    CHECK_INT(discard_level(k, "MONTHS LATER", &len), 1);
    CHECK_INT(len, 2);
    CHECK_INT(discard_level(k, "WORLD GOLF CHAMPIONSHIPS", &len), 2);
    CHECK_INT(discard_level(k, "GROUP A", &len), 1);
    CHECK_INT(discard_level(k, "BASEBALL", &len), 2); /* story level kept */
    CHECK_INT(discard_level(k, "MONTHS", &len), 0);
    CHECK_INT(len, 0);
    CHECK_INT(discard_level(k, "World", &len), 0); /* callers pass upper case */
    CHECK(diags_has(&c, "t.discards:7: empty discard phrase"));
    CHECK_INT(c.n, 1);
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    CHECK_INT(s.discards, 4);
    pl_knowledge_free(k);
}

/* ---- issues ----------------------------------------------------------------------- */

TEST(knowledge_issues_expansions)
{
    diags c = {0};
    pl_knowledge *k = load(pl_load_issues_mem, "t.issues",
                           "# issues\n"
                           "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
                           "n:preschool [EARLY_CHILDHOOD_EDUCATION]\n"
                           "pre+n:school [ECE]\n"
                           "early+childhood education [ECE]\n"
                           "v:retaliate [RETALIATION]\n"
                           "v:access food [FOOD_SECURITY]\n"
                           "n:pick+pocket [ROBBERY]\n"
                           "n:bachelor n:degree [HIGHER]\n"
                           "~a head start\n"
                           "~~edison electric company\n"
                           "head start [ECE]\n"
                           "european central bank\n"
                           "v:block m:site [X]\n"
                           "tourism[TOURISM]extra\n"
                           "</ISSUE>\n",
                           &c);
    CHECK_STR(issue_code(k, "PRESCHOOL"), "EARLY_CHILDHOOD_EDUCATION");
    CHECK_STR(issue_code(k, "PRESCHOOLS"), "EARLY_CHILDHOOD_EDUCATION");
    CHECK_STR(issue_code(k, "PRE SCHOOL"), "ECE");
    CHECK_STR(issue_code(k, "PRE-SCHOOLS"), "ECE");
    CHECK_STR(issue_code(k, "EARLY CHILDHOOD EDUCATION"), "ECE");
    CHECK_STR(issue_code(k, "EARLY-CHILDHOOD EDUCATION"), "ECE");
    CHECK_STR(issue_code(k, "RETALIATE"), "RETALIATION");
    CHECK_STR(issue_code(k, "RETALIATES"), "RETALIATION");
    CHECK_STR(issue_code(k, "RETALIATED"), "RETALIATION");
    CHECK_STR(issue_code(k, "RETALIATING"), "RETALIATION");
    CHECK_STR(issue_code(k, "ACCESSES FOOD"), "FOOD_SECURITY");
    CHECK_STR(issue_code(k, "PICK-POCKETS"), "ROBBERY");
    CHECK_STR(issue_code(k, "PICK POCKETS"), "ROBBERY");
    CHECK_STR(issue_code(k, "PICKS POCKET"), "(none)");
    CHECK_STR(issue_code(k, "BACHELORS DEGREES"), "HIGHER");
    CHECK_STR(issue_code(k, "A HEAD START"), "");
    CHECK_STR(issue_code(k, "EDISON ELECTRIC COMPANY"), "");
    CHECK_STR(issue_code(k, "HEAD START"), "ECE");
    CHECK_STR(issue_code(k, "TOURISM"), "TOURISM");
    CHECK_STR(issue_code(k, "EUROPEAN CENTRAL BANK"), "(none)");
    CHECK(diags_has(&c, "t.issues:13: issue phrase has no [CODE]"));
    CHECK(diags_has(&c, "t.issues:14: unknown marker \"m:\""));
    CHECK(diags_has(&c, "t.issues:15: text after the code ignored: \"extra\""));
    CHECK_INT(c.n, 3);
    pl_knowledge_free(k);
}

/* ---- shared line handling, files, states --------------------------------------------- */

TEST(knowledge_lines_comments_crlf_bom_and_unclosed_comment)
{
    diags c = {0};
    pl_knowledge *k = load(pl_load_discards_mem, "t.discards",
                           "\xEF\xBB\xBF"
                           "FIRST\r\n"
                           "SECOND <!-- inline --> HALF\r\n"
                           "THIRD#glued comment\n"
                           "<!-- x # y --> FOURTH\n"
                           "<!-- open\n"
                           "NEVER\n",
                           &c);
    int len;
    CHECK_INT(discard_level(k, "FIRST", &len), 1);
    CHECK_INT(discard_level(k, "SECOND HALF", &len), 1);
    CHECK_INT(discard_level(k, "THIRD", &len), 1);
    CHECK_INT(discard_level(k, "FOURTH", &len), 1);
    CHECK_INT(discard_level(k, "NEVER", &len), 0);
    CHECK(diags_has(&c, "t.discards:5: comment opened here is never closed"));
    CHECK_INT(c.n, 1);
    pl_knowledge_free(k);
}

TEST(knowledge_unreadable_files_fail)
{
    diags c = {0};
    pl_diag d = {diags_collect, &c, 0, 0};
    pl_knowledge *k = pl_knowledge_new();
    const char *missing = "/nonexistent/petrel/dictionary.txt";
    CHECK_INT(pl_load_verbs(k, missing, &d), -1);
    CHECK_INT(pl_load_actors(k, missing, &d), -1);
    CHECK_INT(pl_load_agents(k, missing, &d), -1);
    CHECK_INT(pl_load_discards(k, missing, &d), -1);
    CHECK_INT(pl_load_issues(k, missing, &d), -1);
    CHECK_INT(pl_load_actors(k, "/", &d), -1); /* a directory cannot be read */
    CHECK_INT(c.n, 6);
    CHECK(diags_has(&c, "/nonexistent/petrel/dictionary.txt: cannot open"));
    pl_knowledge_free(k);
}

TEST(knowledge_frozen_refuses_loading_and_empty_lookups)
{
    diags c = {0};
    pl_diag d = {diags_collect, &c, 0, 0};
    pl_knowledge *k = pl_knowledge_new();
    pl_knowledge_freeze(k);
    CHECK_INT(pl_load_actors_mem(k, "late", "X [Y]\n", 6, &d), -1);
    CHECK(diags_has(&c, "late: dictionaries are frozen"));
    const char *w[] = {"X"};
    const pl_actor *a = NULL;
    int level = 0;
    const char *code = NULL;
    CHECK_INT(pl_actor_match(k, w, 1, &a), 0);
    CHECK_INT(pl_agent_match(k, w, 1, NULL), 0);
    CHECK_INT(pl_discard_match(k, w, 1, &level), 0);
    CHECK_INT(pl_issue_match(k, w, 1, &code), 0);
    CHECK_INT(pl_actor_match(k, NULL, 0, &a), 0);
    CHECK(pl_verb_lookup(k, "X") == NULL);
    int n = -1;
    pl_transforms(k, &n);
    CHECK_INT(n, 0);
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    CHECK_INT(s.actors + s.agents + s.verb_forms + s.patterns + s.discards + s.issues, 0);
    pl_knowledge_free(k);
    pl_knowledge_free(NULL);
}
