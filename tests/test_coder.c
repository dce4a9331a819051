/*
 * test_coder.c - the event coder through the public API only: small
 * PETRARCH2-format dictionaries written for these tests into a temporary
 * folder, Penn Treebank parses written by hand as CoreNLP would parse the
 * sentences, and petrel_code_parse(). One or more tests per coder rule
 * (src/code/coder.h, src/recognise/actors.h); each would fail if its rule
 * broke.
 */
#include "test.h"

#include <stdlib.h>
#include <unistd.h>

#include "petrel.h"

/* ---- dictionaries (written for petrel's tests, not taken from PETRARCH2) ---- */

static const char verbs_text[] =
    "# petrel coder tests: verbs\n"
    "&AIDTYPE\n"
    "+AID\n"
    "+ASSISTANCE\n"
    "+LOAN\n"
    "\n"
    "--- CRITICIZE [111] ---\n"
    "CRITICIZE\n"
    "CONDEMN\n"
    "REBUKE\n"
    "- SHARPLY * [1112]\n"
    "- PUBLICLY_* [1113]\n"
    "\n"
    "--- COMPLAIN [114] ---\n"
    "COMPLAIN\n"
    "PROTEST\n"
    "- * ABOUT + [1111]\n"
    "\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "BOMB\n"
    "\n"
    "--- SUPPORT [051] ---\n"
    "SUPPORT\n"
    "- DID N'T * [120]\n"
    "\n"
    "--- VISIT [042:043] ---\n"
    "VISIT\n"
    "\n"
    "--- HOST [---:042] ---\n"
    "HOST\n"
    "\n"
    "--- MEET [040] ---\n"
    "MEET {MET MEETS MEETING}\n"
    "\n"
    "--- CLASH [---] ---\n"
    "CLASH\n"
    "- % * [190]\n"
    "\n"
    "--- MEDIATE [045] ---\n"
    "MEDIATE\n"
    "- * BETWEEN % [046]\n"
    "\n"
    "--- SAY [---] ---\n"
    "SAY {SAID SAYS SAYING}\n"
    "\n"
    "--- URGE [020] ---\n"
    "URGE\n"
    "\n"
    "--- SUSPEND [160] ---\n"
    "SUSPEND\n"
    "+CUT_OFF {+CUTS_OFF +CUTTING_OFF} [163]\n"
    "- * &AIDTYPE [162]\n"
    "- * MILITARY_&AIDTYPE [1622]\n"
    "\n"
    "--- RELAY [---] ---\n"
    "RELAY\n"
    "- * WARNING FROM $ TO + [130]\n"
    "- * WARNING [131]\n"
    "\n"
    "--- SEND [---] ---\n"
    "SEND {SENT SENDS SENDING}\n"
    "- * ^_TO + [042]\n";

static const char actors_text[] =
    "# petrel coder tests: actors\n"
    "PAKISTAN [PAK]\n"
    "+ISLAMABAD\n"
    "+PAKISTANI\n"
    "INDIA [IND]\n"
    "+NEW_DELHI\n"
    "+INDIAN\n"
    "CHINA [CHN]\n"
    "AFGHANISTAN [AFG]\n"
    "DANISH [DNK]\n"
    "ISRAEL [ISR]\n"
    "QUARTET [USA/RUS]\n"
    "NAWAZ_SHARIF [PAKGOV]\n"
    "MUSHARRAF\n"
    "\t[PAKMIL <19991012]\n"
    "\t[PAKGOV 19991012-20080818]\n"
    "\t[PAKELI >20080819]\n"
    "JOHN_SMITH [USA]\n"
    "\t[USAGOV 20090120-20170119]\n";

static const char agents_text[] =
    "# petrel coder tests: agents\n"
    "GOVERNMENT [~GOV]\n"
    "TROOPS {} [~MIL]\n"
    "FOREIGN_MINISTER [~GOV]\n"
    "MEDIA {} [~MED]\n"
    "AMBASSADOR [~GOV]\n";

static const char discards_text[] =
    "# petrel coder tests: discards\n"
    "FOOTBALL_MATCH\n"
    "+EARTHQUAKE\n";

/* ---- fixture ------------------------------------------------------------------ */

typedef struct fixture {
    char dir[64];
    char verbs[128], actors[128], agents[128], discards[128];
    petrel_knowledge *k;
    petrel_coder *c;
    petrel_result r;
    petrel_status st;
    int nmsg;
    char msg[4][256];
    char evs[2048];
} fixture;

static void on_message(void *ud, const char *line)
{
    fixture *f = ud;
    if (f->nmsg < 4)
        snprintf(f->msg[f->nmsg], sizeof f->msg[0], "%s", line);
    f->nmsg++;
}

static int write_file(char *path, size_t size, const char *dir, const char *name,
                      const char *text)
{
    snprintf(path, size, "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    if (!fp)
        return -1;
    fputs(text, fp);
    return fclose(fp);
}

/* Writes the dictionaries into a fresh temporary folder and loads them. */
static int fx_open(fixture *f)
{
    memset(f, 0, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "/tmp/petrel-coder-XXXXXX");
    if (!mkdtemp(f->dir)) {
        test_fail(__FILE__, __LINE__, "mkdtemp failed");
        return -1;
    }
    if (write_file(f->verbs, sizeof f->verbs, f->dir, "verbs.txt", verbs_text) ||
        write_file(f->actors, sizeof f->actors, f->dir, "actors.txt", actors_text) ||
        write_file(f->agents, sizeof f->agents, f->dir, "agents.txt", agents_text) ||
        write_file(f->discards, sizeof f->discards, f->dir, "discards.txt", discards_text)) {
        test_fail(__FILE__, __LINE__, "cannot write the test dictionaries in %s", f->dir);
        return -1;
    }
    f->k = petrel_knowledge_new(on_message, f);
    CHECK_INT(petrel_knowledge_load(f->k, PETREL_VERBS, f->verbs), 0);
    CHECK_INT(petrel_knowledge_load(f->k, PETREL_ACTORS, f->actors), 0);
    CHECK_INT(petrel_knowledge_load(f->k, PETREL_AGENTS, f->agents), 0);
    CHECK_INT(petrel_knowledge_load(f->k, PETREL_DISCARDS, f->discards), 0);
    CHECK_INT(petrel_knowledge_errors(f->k), 0);
    if (f->nmsg)
        test_fail(__FILE__, __LINE__, "dictionary diagnostic: %s", f->msg[0]);
    petrel_knowledge_freeze(f->k);
    f->c = petrel_coder_new(f->k);
    return 0;
}

static void fx_close(fixture *f)
{
    petrel_coder_free(f->c);
    petrel_knowledge_free(f->k);
    unlink(f->verbs);
    unlink(f->actors);
    unlink(f->agents);
    unlink(f->discards);
    rmdir(f->dir);
}

static petrel_status code(fixture *f, const char *parse, const char *text, const char *date)
{
    f->st = petrel_code_parse(f->c, parse, text, date, &f->r);
    return f->st;
}

/* 1-based number of the first line of text that starts with `line`. */
static int line_of(const char *text, const char *line)
{
    int n = 1;
    size_t len = strlen(line);
    for (const char *p = text; *p; n++) {
        if (strncmp(p, line, len) == 0)
            return n;
        const char *nl = strchr(p, '\n');
        if (!nl)
            break;
        p = nl + 1;
    }
    return -1;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* "A B C, D E F" -> the same items sorted, joined by ", ". */
static void sort_items(const char *in, char *out, size_t size)
{
    char buf[2048];
    char *items[64];
    int n = 0;
    snprintf(buf, sizeof buf, "%s", in);
    for (char *save = NULL, *p = strtok_r(buf, ",", &save); p && n < 64;
         p = strtok_r(NULL, ",", &save)) {
        while (*p == ' ')
            p++;
        if (*p)
            items[n++] = p;
    }
    qsort(items, (size_t)n, sizeof items[0], cmp_str);
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < n && len < size; i++)
        len += (size_t)snprintf(out + len, size - len, "%s%s", i ? ", " : "", items[i]);
}

/* The coded events as "SRC TGT CODE, ..." in sorted order ("" when none). */
static const char *events_of(fixture *f)
{
    char raw[2048];
    size_t len = 0;
    raw[0] = '\0';
    for (int i = 0; i < f->r.nevents && len < sizeof raw; i++) {
        const petrel_event *e = &f->r.events[i];
        len += (size_t)snprintf(raw + len, sizeof raw - len, "%s%s %s %s", i ? ", " : "",
                                e->source, e->target, e->code);
    }
    sort_items(raw, f->evs, sizeof f->evs);
    return f->evs;
}

#define CHECK_EVENTS(f, expected)                                                       \
    do {                                                                                \
        char want_[2048];                                                               \
        sort_items(expected, want_, sizeof want_);                                      \
        CHECK_STR(events_of(f), want_);                                                 \
    } while (0)

static const petrel_event *find(const fixture *f, const char *src, const char *tgt,
                                const char *cd)
{
    for (int i = 0; i < f->r.nevents; i++) {
        const petrel_event *e = &f->r.events[i];
        if (!strcmp(e->source, src) && !strcmp(e->target, tgt) && !strcmp(e->code, cd))
            return e;
    }
    return NULL;
}

#define D "2011-01-05"

/* ---- source and target ---------------------------------------------------------- */

TEST(coder_dictionaries_load_without_diagnostics)
{
    fixture f;
    if (fx_open(&f))
        return;
    CHECK_INT(petrel_knowledge_errors(f.k), 0);
    CHECK_INT(f.nmsg, 0);
    fx_close(&f);
}

TEST(coder_source_is_subject_target_is_object)
{
    fixture f;
    if (fx_open(&f))
        return;
    CHECK_INT(code(&f, "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India))) (. .)))",
                   "Pakistan criticized India.", D),
              PETREL_OK);
    CHECK_EVENTS(&f, "PAK IND 111");
    const petrel_event *e = find(&f, "PAK", "IND", "111");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->verb_block, "CRITICIZE");
        CHECK_INT(e->passive, 0);
        CHECK_INT(e->inverse, 0);
        CHECK_INT(e->among, 0);
    }
    /* the object, not the subject, is the target when the roles swap */
    code(&f, "(ROOT (S (NP (NNP India)) (VP (VBD criticized) (NP (NNP Pakistan))) (. .)))", NULL, D);
    CHECK_EVENTS(&f, "IND PAK 111");
    fx_close(&f);
}

TEST(coder_target_is_first_actor_after_verb_when_no_object)
{
    fixture f;
    if (fx_open(&f))
        return;
    /* no object: the first actor of the clause after the verb (Pakistan, not China) */
    code(&f,
         "(ROOT (S (NP (NNP India)) (VP (VBD protested) (PP (TO to) (NP (NNP Pakistan))) "
         "(PP (IN over) (NP (NNP China)))) (. .)))",
         "India protested to Pakistan over China.", D);
    CHECK_EVENTS(&f, "IND PAK 114");
    /* an actor after the verb comes before one in front of it */
    code(&f,
         "(ROOT (S (PP (IN In) (NP (NNP China))) (, ,) (NP (NNP India)) (VP (VBD protested) "
         "(PP (TO to) (NP (NNP Pakistan)))) (. .)))",
         "In China, India protested to Pakistan.", D);
    CHECK_EVENTS(&f, "IND PAK 114");
    /* an object that names no actor does not stop the search */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD suspended) (NP (NNS talks)) (PP (IN with) "
         "(NP (NNP India)))) (. .)))",
         "Pakistan suspended talks with India.", D);
    CHECK_EVENTS(&f, "PAK IND 160");
    fx_close(&f);
}

TEST(coder_target_not_taken_from_a_subordinate_clause)
{
    fixture f;
    if (fx_open(&f))
        return;
    const char *p = "(ROOT (S (NP (NNP India)) (VP (VBD protested) (SBAR (IN after) (S (NP (NNP China)) "
                    "(VP (VBD arrived))))) (. .)))";
    CHECK_INT(code(&f, p, "India protested after China arrived.", D), PETREL_OK);
    CHECK_EVENTS(&f, "");
    petrel_coder_set_require_dyad(f.c, 0);
    code(&f, p, "India protested after China arrived.", D);
    CHECK_EVENTS(&f, "IND --- 114");
    fx_close(&f);
}

TEST(coder_subject_shared_through_coordination_and_control)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VP (VBD criticized) (NP (NNP India))) (CC and) "
         "(VP (VBD attacked) (NP (NNP China)))) (. .)))",
         "Pakistan criticized India and attacked China.", D);
    CHECK_EVENTS(&f, "PAK IND 111, PAK CHN 190");
    /* "decided" is no dictionary verb: its subject is the subject of "to attack" */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD decided) (S (VP (TO to) (VP (VB attack) "
         "(NP (NNP India)))))) (. .)))",
         "Pakistan decided to attack India.", D);
    CHECK_EVENTS(&f, "PAK IND 190");
    fx_close(&f);
}

/* ---- passive voice ---------------------------------------------------------------- */

TEST(coder_passive_by_agent_is_source_subject_is_target)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP India)) (VP (VBD was) (VP (VBN criticized) (PP (IN by) "
         "(NP (NNP Pakistan))))) (. .)))",
         "India was criticized by Pakistan.", D);
    CHECK_EVENTS(&f, "PAK IND 111");
    const petrel_event *e = find(&f, "PAK", "IND", "111");
    CHECK(e != NULL);
    if (e) {
        CHECK_INT(e->passive, 1);
        CHECK_INT(e->inverse, 0);
        CHECK_STR(e->source_span.text, "Pakistan");
        CHECK_STR(e->target_span.text, "India");
        CHECK_STR(e->verb_span.text, "criticized");
    }
    fx_close(&f);
}

TEST(coder_passive_participle_with_by_agent)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (S (VP (VBN Rebuked) (PP (IN by) (NP (NNP Pakistan))))) (, ,) (NP (NNP India)) "
         "(VP (VBD withdrew) (NP (PRP$ its) (NN envoy))) (. .)))",
         "Rebuked by Pakistan, India withdrew its envoy.", D);
    CHECK_EVENTS(&f, "PAK IND 111");
    const petrel_event *e = find(&f, "PAK", "IND", "111");
    CHECK(e && e->passive);
    fx_close(&f);
}

TEST(coder_passive_without_agent_has_no_source)
{
    fixture f;
    if (fx_open(&f))
        return;
    const char *p =
        "(ROOT (S (NP (NNP India)) (VP (VBD was) (VP (VBN criticized))) (. .)))";
    code(&f, p, "India was criticized.", D);
    CHECK_EVENTS(&f, "");
    petrel_coder_set_require_dyad(f.c, 0);
    code(&f, p, "India was criticized.", D);
    CHECK_EVENTS(&f, "--- IND 111");   /* the subject is the target, never the source */
    fx_close(&f);
}

/* ---- negation ------------------------------------------------------------------------ */

TEST(coder_negation_suppresses_the_event)
{
    fixture f;
    if (fx_open(&f))
        return;
    CHECK_INT(code(&f,
                   "(ROOT (S (NP (NNP Pakistan)) (VP (VBD did) (RB not) (VP (VB criticize) "
                   "(NP (NNP India)))) (. .)))",
                   "Pakistan did not criticize India.", D),
              PETREL_OK);
    CHECK_EVENTS(&f, "");
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (ADVP (RB never)) (VP (VBD criticized) (NP (NNP India))) "
         "(. .)))",
         "Pakistan never criticized India.", D);
    CHECK_EVENTS(&f, "");
    /* a pattern that matches but does not spell out the negation does not help */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD did) (RB not) (VP (ADVP (RB sharply)) "
         "(VB criticize) (NP (NNP India)))) (. .)))",
         "Pakistan did not sharply criticize India.", D);
    CHECK_EVENTS(&f, "");
    fx_close(&f);
}

TEST(coder_negation_coded_by_a_pattern_that_spells_it_out)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP India)) (VP (VBD did) (RB n't) (VP (VB support) (NP (NNP Pakistan)))) "
         "(. .)))",
         "India didn't support Pakistan.", D);
    CHECK_EVENTS(&f, "IND PAK 120");
    const petrel_event *e = find(&f, "IND", "PAK", "120");
    if (e)
        CHECK_STR(e->pattern, "DID N'T * [120]");
    /* the pattern says N'T, the sentence says NOT: no event */
    code(&f,
         "(ROOT (S (NP (NNP India)) (VP (VBD did) (RB not) (VP (VB support) (NP (NNP Pakistan)))) "
         "(. .)))",
         "India did not support Pakistan.", D);
    CHECK_EVENTS(&f, "");
    /* not negated: the verb's own code */
    code(&f, "(ROOT (S (NP (NNP India)) (VP (VBD supported) (NP (NNP Pakistan))) (. .)))",
         "India supported Pakistan.", D);
    CHECK_EVENTS(&f, "IND PAK 051");
    fx_close(&f);
}

/* ---- [AAA:PPP] codes ------------------------------------------------------------------- */

TEST(coder_active_passive_code_gives_the_inverse_event)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (NNP Pakistan)) (VP (VBD visited) (NP (NNP India))) (. .)))",
         "Pakistan visited India.", D);
    CHECK_EVENTS(&f, "PAK IND 042, IND PAK 043");
    const petrel_event *a = find(&f, "PAK", "IND", "042"), *b = find(&f, "IND", "PAK", "043");
    CHECK(a && !a->inverse);
    CHECK(b && b->inverse);
    if (b) {
        CHECK_STR(b->source_span.text, "India");
        CHECK_STR(b->target_span.text, "Pakistan");
    }
    /* in the passive the roles turn first, then the inverse event follows them */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD was) (VP (VBN visited) (PP (IN by) "
         "(NP (NNP India))))) (. .)))",
         "Pakistan was visited by India.", D);
    CHECK_EVENTS(&f, "IND PAK 042, PAK IND 043");
    fx_close(&f);
}

TEST(coder_passive_only_code_gives_only_the_inverse_event)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (NNP India)) (VP (VBD hosted) (NP (NNP Pakistan))) (. .)))",
         "India hosted Pakistan.", D);
    CHECK_EVENTS(&f, "PAK IND 042");
    const petrel_event *e = find(&f, "PAK", "IND", "042");
    CHECK(e && e->inverse);
    fx_close(&f);
}

/* ---- compound actors ---------------------------------------------------------------- */

TEST(coder_compound_subject_of_cooperative_verb_gives_events_among_them)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP India)) (VP (VBD met)) (. .)))",
         "Pakistan and India met.", D);
    CHECK_EVENTS(&f, "PAK IND 040, IND PAK 040");
    for (int i = 0; i < f.r.nevents; i++)
        CHECK_INT(f.r.events[i].among, 1);
    code(&f,
         "(ROOT (S (NP (NNP Pakistan) (, ,) (NNP India) (CC and) (NNP China)) (VP (VBD met)) "
         "(. .)))",
         "Pakistan, India and China met.", D);
    CHECK_EVENTS(&f, "PAK IND 040, PAK CHN 040, IND PAK 040, IND CHN 040, CHN PAK 040, "
                     "CHN IND 040");
    fx_close(&f);
}

TEST(coder_compound_subject_of_conflictual_verb_without_target_gives_nothing)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP India)) (VP (VBD attacked)) (. .)))",
         "Pakistan and India attacked.", D);
    CHECK_EVENTS(&f, "");
    fx_close(&f);
}

TEST(coder_compound_subject_with_a_target)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP India)) (VP (VBD criticized) (NP (NNP China))) "
         "(. .)))",
         "Pakistan and India criticized China.", D);
    CHECK_EVENTS(&f, "PAK CHN 111, IND CHN 111");
    /* a cooperative verb with a target: no events among the subjects */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP India)) (VP (VBD met) (NP (NNP China))) "
         "(. .)))",
         "Pakistan and India met China.", D);
    CHECK_EVENTS(&f, "PAK CHN 040, IND CHN 040");
    for (int i = 0; i < f.r.nevents; i++)
        CHECK_INT(f.r.events[i].among, 0);
    fx_close(&f);
}

TEST(coder_compound_object)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India) (CC and) (NNP China))) "
         "(. .)))",
         "Pakistan criticized India and China.", D);
    CHECK_EVENTS(&f, "PAK IND 111, PAK CHN 111");
    const petrel_event *e = find(&f, "PAK", "CHN", "111");
    if (e)
        CHECK_STR(e->target_span.text, "China");
    fx_close(&f);
}

/* ---- agents and actors --------------------------------------------------------------- */

TEST(coder_agent_with_actor_adjective)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (JJ Pakistani) (NNS troops)) (VP (VBD attacked) (NP (NNP India))) (. .)))",
         "Pakistani troops attacked India.", D);
    CHECK_EVENTS(&f, "PAKMIL IND 190");
    const petrel_event *e = find(&f, "PAKMIL", "IND", "190");
    if (e)
        CHECK_STR(e->source_span.text, "Pakistani troops");
    fx_close(&f);
}

TEST(coder_agent_takes_actor_of_prepositional_modifier)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NP (DT The) (NN government)) (PP (IN of) (NP (NNP Pakistan)))) "
         "(VP (VBD criticized) (NP (NNP India))) (. .)))",
         "The government of Pakistan criticized India.", D);
    CHECK_EVENTS(&f, "PAKGOV IND 111");
    fx_close(&f);
}

TEST(coder_agent_takes_actor_of_possessor)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NP (NNP Pakistan) (POS 's)) (JJ foreign) (NN minister)) (VP (VBD criticized) "
         "(NP (NNP India))) (. .)))",
         "Pakistan's foreign minister criticized India.", D);
    CHECK_EVENTS(&f, "PAKGOV IND 111");
    fx_close(&f);
}

TEST(coder_agent_alone_is_dashes_plus_agent)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (DT The) (NN government)) (VP (VBD criticized) (NP (NNP India))) (. .)))",
         "The government criticized India.", D);
    CHECK_EVENTS(&f, "---GOV IND 111");
    fx_close(&f);
}

TEST(coder_possessor_before_the_actor_comes_first)
{
    fixture f;
    if (fx_open(&f))
        return;
    /* John Smith is USAGOV on this date, but here he is China's ambassador */
    code(&f,
         "(ROOT (S (NP (NP (NNP China) (POS 's)) (NN ambassador) (NNP John) (NNP Smith)) "
         "(VP (VBD criticized) (NP (NNP India))) (. .)))",
         "China's ambassador John Smith criticized India.", D);
    CHECK_EVENTS(&f, "CHNGOV IND 111");
    code(&f,
         "(ROOT (S (NP (NN Ambassador) (NNP John) (NNP Smith)) (VP (VBD criticized) "
         "(NP (NNP India))) (. .)))",
         "Ambassador John Smith criticized India.", D);
    CHECK_EVENTS(&f, "USAGOV IND 111");
    fx_close(&f);
}

TEST(coder_conjuncts_share_the_country)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (DT The) (JJ Danish) (NNS media) (CC and) (NN government)) "
         "(VP (VBD criticized) (NP (NNP Pakistan))) (. .)))",
         "The Danish media and government criticized Pakistan.", D);
    CHECK_EVENTS(&f, "DNKMED PAK 111, DNKGOV PAK 111");
    fx_close(&f);
}

TEST(coder_slash_codes_name_several_actors)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (DT The) (NNP Quartet)) (VP (VBD criticized) (NP (NNP Israel))) (. .)))",
         "The Quartet criticized Israel.", D);
    CHECK_EVENTS(&f, "USA ISR 111, RUS ISR 111");
    code(&f, "(ROOT (S (NP (NNP Israel)) (VP (VBD criticized) (NP (DT the) (NNP Quartet))) (. .)))",
         "Israel criticized the Quartet.", D);
    CHECK_EVENTS(&f, "ISR USA 111, ISR RUS 111");
    fx_close(&f);
}

/* ---- dated actor codes ------------------------------------------------------------ */

static const char musharraf[] =
    "(ROOT (S (NP (NNP Musharraf)) (VP (VBD criticized) (NP (NNP India))) (. .)))";
static const char smith[] =
    "(ROOT (S (NP (NNP John) (NNP Smith)) (VP (VBD criticized) (NP (NNP India))) (. .)))";

TEST(coder_dated_codes_follow_the_sentence_date)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, musharraf, NULL, "19991011");   /* [PAKMIL <19991012]: before that day */
    CHECK_EVENTS(&f, "PAKMIL IND 111");
    code(&f, musharraf, NULL, "19991012");   /* first day of the range */
    CHECK_EVENTS(&f, "PAKGOV IND 111");
    code(&f, musharraf, NULL, "2008-08-18"); /* last day of the range is included */
    CHECK_EVENTS(&f, "PAKGOV IND 111");
    code(&f, musharraf, NULL, "20080819");   /* [PAKELI >20080819]: from that day on */
    CHECK_EVENTS(&f, "PAKELI IND 111");
    code(&f, musharraf, NULL, "2020-01-01");
    CHECK_EVENTS(&f, "PAKELI IND 111");
    fx_close(&f);
}

TEST(coder_dated_code_else_the_default_code)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, smith, NULL, "20090119");
    CHECK_EVENTS(&f, "USA IND 111");
    code(&f, smith, NULL, "20090120");
    CHECK_EVENTS(&f, "USAGOV IND 111");
    code(&f, smith, NULL, "20170119");   /* last day of the range */
    CHECK_EVENTS(&f, "USAGOV IND 111");
    code(&f, smith, NULL, "2017-01-20");
    CHECK_EVENTS(&f, "USA IND 111");
    fx_close(&f);
}

/* ---- pronouns and clauses ----------------------------------------------------------- */

TEST(coder_pronoun_is_the_subject_of_the_enclosing_clause)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) "
         "(VP (VB attack) (NP (NNP India))))))) (. .)))",
         "Pakistan said it would attack India.", D);
    CHECK_EVENTS(&f, "PAK IND 190");
    code(&f,
         "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP India)) (VP (VBD said) (SBAR (S (NP (PRP they)) "
         "(VP (MD would) (VP (VB meet) (NP (NNP China))))))) (. .)))",
         "Pakistan and India said they would meet China.", D);
    CHECK_EVENTS(&f, "PAK CHN 040, IND CHN 040");
    /* nothing to refer to */
    code(&f, "(ROOT (S (NP (PRP It)) (VP (VBD attacked) (NP (NNP India))) (. .)))",
         "It attacked India.", D);
    CHECK_EVENTS(&f, "");
    fx_close(&f);
}

TEST(coder_reported_speech_codes_the_reported_event)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP India)) (VP (VBD said) (SBAR (S (NP (NNP Pakistan)) "
         "(VP (VBD attacked) (NP (NNP China)))))) (. .)))",
         "India said Pakistan attacked China.", D);
    CHECK_EVENTS(&f, "PAK CHN 190");
    code(&f,
         "(ROOT (S (NP (NNP India)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Pakistan)) "
         "(VP (VBD attacked) (NP (NNP China)))))) (. .)))",
         "India said that Pakistan attacked China.", D);
    CHECK_EVENTS(&f, "PAK CHN 190");
    fx_close(&f);
}

TEST(coder_reported_statement_before_the_verb_is_not_its_target)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (S (NP (NNP Pakistan)) (VP (VBD attacked) (NP (NNP China)))) (, ,) "
         "(NP (NNP India)) (VP (VBD complained)) (. .)))",
         "Pakistan attacked China, India complained.", D);
    CHECK_EVENTS(&f, "PAK CHN 190");
    fx_close(&f);
}

TEST(coder_complement_without_its_own_subject_is_not_coded)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP India)) (VP (VBD urged) (NP (NNP Pakistan)) (S (VP (TO to) "
         "(VP (VB attack) (NP (NNP China)))))) (. .)))",
         "India urged Pakistan to attack China.", D);
    CHECK_EVENTS(&f, "IND PAK 020");
    fx_close(&f);
}

/* ---- patterns -------------------------------------------------------------------------- */

TEST(coder_pattern_word_before_the_verb)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (ADVP (RB sharply)) (VP (VBD criticized) (NP (NNP India))) "
         "(. .)))",
         "Pakistan sharply criticized India.", D);
    CHECK_EVENTS(&f, "PAK IND 1112");
    /* the same word after the verb does not match a word written before '*' */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India)) (ADVP (RB sharply))) "
         "(. .)))",
         "Pakistan criticized India sharply.", D);
    CHECK_EVENTS(&f, "PAK IND 111");
    fx_close(&f);
}

TEST(coder_pattern_words_after_the_verb_stay_in_its_clause)
{
    fixture f;
    if (fx_open(&f))
        return;
    petrel_coder_set_require_dyad(f.c, 0);
    /* "aid" is in the clause of "sent", not of "suspended" */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD suspended) (NP (NNS talks)) (SBAR (IN after) "
         "(S (NP (NNP India)) (VP (VBD sent) (NP (NN aid)))))) (. .)))",
         "Pakistan suspended talks after India sent aid.", D);
    CHECK_EVENTS(&f, "PAK --- 160");
    fx_close(&f);
}

TEST(coder_pattern_target_stays_in_the_verb_clause)
{
    fixture f;
    if (fx_open(&f))
        return;
    /* '+' after ABOUT must not bind China, the subject of another clause */
    code(&f,
         "(ROOT (S (S (NP (NNP India)) (VP (VBD complained) (PP (IN about) (NP (DT the) (NN dam))))) "
         "(CC and) (S (NP (NNP China)) (VP (VBD attacked) (NP (NNP Pakistan)))) (. .)))",
         "India complained about the dam and China attacked Pakistan.", D);
    CHECK_EVENTS(&f, "CHN PAK 190");
    fx_close(&f);
}

TEST(coder_pattern_adjacency_fails_when_a_word_intervenes)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD suspended) (NP (JJ military) (NN aid)) (PP (TO to) "
         "(NP (NNP India)))) (. .)))",
         "Pakistan suspended military aid to India.", D);
    CHECK_EVENTS(&f, "PAK IND 1622");
    /* MILITARY_&AIDTYPE needs the words side by side; &AIDTYPE alone still fits */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD suspended) (NP (JJ military) (CC and) (JJ economic) "
         "(NN aid)) (PP (TO to) (NP (NNP India)))) (. .)))",
         "Pakistan suspended military and economic aid to India.", D);
    CHECK_EVENTS(&f, "PAK IND 162");
    fx_close(&f);
}

TEST(coder_pattern_adjacency_to_the_verb)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (ADVP (RB publicly)) (VP (VBD criticized) (NP (NNP India))) "
         "(. .)))",
         "Pakistan publicly criticized India.", D);
    CHECK_EVENTS(&f, "PAK IND 1113");
    /* PUBLICLY_* : a word between PUBLICLY and the verb breaks the pattern */
    code(&f,
         "(ROOT (S (ADVP (RB Publicly)) (, ,) (NP (NNP Pakistan)) (VP (VBD criticized) "
         "(NP (NNP India))) (. .)))",
         "Publicly, Pakistan criticized India.", D);
    CHECK_EVENTS(&f, "PAK IND 111");
    fx_close(&f);
}

TEST(coder_more_specific_pattern_wins)
{
    fixture f;
    if (fx_open(&f))
        return;
    /* both "* &AIDTYPE" (first in the file) and "* MILITARY_&AIDTYPE" match */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD suspended) (NP (JJ military) (NN aid)) (PP (TO to) "
         "(NP (NNP India)))) (. .)))",
         "Pakistan suspended military aid to India.", D);
    CHECK_INT(f.r.nevents, 1);
    if (f.r.nevents == 1) {
        CHECK_STR(f.r.events[0].code, "1622");
        CHECK_STR(f.r.events[0].pattern, "* MILITARY_&AIDTYPE [1622]");
        CHECK_INT(f.r.events[0].rule_line, line_of(verbs_text, "- * MILITARY_&AIDTYPE"));
    }
    /* "* WARNING FROM $ TO +" comes before "* WARNING" in the file and wins by
     * its words; without "from China" only the short one matches */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD relayed) (NP (NP (DT a) (NN warning)) (PP (IN from) "
         "(NP (NNP China)))) (PP (TO to) (NP (NNP India)))) (. .)))",
         "Pakistan relayed a warning from China to India.", D);
    CHECK_EVENTS(&f, "CHN IND 130");
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD relayed) (NP (DT a) (NN warning)) (PP (TO to) "
         "(NP (NNP India)))) (. .)))",
         "Pakistan relayed a warning to India.", D);
    CHECK_EVENTS(&f, "PAK IND 131");
    fx_close(&f);
}

TEST(coder_pattern_synset_with_plurals)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD suspended) (NP (NN assistance)) (PP (TO to) "
         "(NP (NNP India)))) (. .)))",
         "Pakistan suspended assistance to India.", D);
    CHECK_EVENTS(&f, "PAK IND 162");
    /* +LOAN in the synset also matches LOANS */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD suspended) (NP (NNS loans)) (PP (TO to) "
         "(NP (NNP India)))) (. .)))",
         "Pakistan suspended loans to India.", D);
    CHECK_EVENTS(&f, "PAK IND 162");
    const petrel_event *e = find(&f, "PAK", "IND", "162");
    if (e)
        CHECK_STR(e->pattern, "* &AIDTYPE [162]");
    fx_close(&f);
}

TEST(coder_pattern_binds_source_and_target)
{
    fixture f;
    if (fx_open(&f))
        return;
    /* without the pattern: Pakistan -> China ("warning from China" is the object) */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD relayed) (NP (NP (DT a) (NN warning)) (PP (IN from) "
         "(NP (NNP China)))) (PP (TO to) (NP (NNP India)))) (. .)))",
         "Pakistan relayed a warning from China to India.", D);
    CHECK_EVENTS(&f, "CHN IND 130");
    const petrel_event *e = find(&f, "CHN", "IND", "130");
    if (e) {
        CHECK_STR(e->source_span.text, "China");
        CHECK_STR(e->target_span.text, "India");
        CHECK_STR(e->verb_span.text, "relayed");
    }
    /* '+' picks the actor after ABOUT, not the first actor after the verb */
    code(&f,
         "(ROOT (S (NP (NNP India)) (VP (VBD protested) (PP (TO to) (NP (NNP Pakistan))) "
         "(PP (IN about) (NP (NNP China)))) (. .)))",
         "India protested to Pakistan about China.", D);
    CHECK_EVENTS(&f, "IND CHN 1111");
    fx_close(&f);
}

TEST(coder_pattern_compound_before_verb_gives_events_among_members)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP India)) (VP (VBD clashed)) (. .)))",
         "Pakistan and India clashed.", D);
    CHECK_EVENTS(&f, "PAK IND 190, IND PAK 190");
    for (int i = 0; i < f.r.nevents; i++) {
        CHECK_INT(f.r.events[i].among, 1);
        CHECK_STR(f.r.events[i].pattern, "% * [190]");
    }
    /* '%' needs a compound actor; CLASH has no code of its own */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD clashed) (PP (IN with) (NP (NNP India)))) (. .)))",
         "Pakistan clashed with India.", D);
    CHECK_EVENTS(&f, "");
    fx_close(&f);
}

TEST(coder_pattern_compound_after_verb_is_the_target)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD mediated) (PP (IN between) (NP (NNP India) (CC and) "
         "(NNP Afghanistan)))) (. .)))",
         "Pakistan mediated between India and Afghanistan.", D);
    CHECK_EVENTS(&f, "PAK IND 046, PAK AFG 046");   /* and nothing between India and Afghanistan */
    for (int i = 0; i < f.r.nevents; i++)
        CHECK_INT(f.r.events[i].among, 0);
    /* one actor only: '%' does not match, the verb's own code applies */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD mediated) (PP (IN between) (NP (NP (NNP India)) "
         "(CC and) (NP (DT the) (NNPS Taliban))))) (. .)))",
         "Pakistan mediated between India and the Taliban.", D);
    CHECK_EVENTS(&f, "PAK IND 045");
    fx_close(&f);
}

TEST(coder_pattern_caret_skips_one_word_or_name)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD sent) (NP (DT a) (JJ large) (NN delegation)) "
         "(PP (TO to) (NP (NNP India)))) (. .)))",
         "Pakistan sent a large delegation to India.", D);
    CHECK_EVENTS(&f, "PAK IND 042");
    /* a two-word name is skipped whole; '+' then binds India, not the object */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD sent) (NP (NNP Nawaz) (NNP Sharif)) (PP (TO to) "
         "(NP (NNP India)))) (. .)))",
         "Pakistan sent Nawaz Sharif to India.", D);
    CHECK_EVENTS(&f, "PAK IND 042");
    /* more than one phrase before TO: "^_TO" fails and SEND has no code */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD sent) (NP (NP (DT a) (NN delegation)) (PP (IN of) "
         "(NP (NNS officials)))) (PP (TO to) (NP (NNP India)))) (. .)))",
         "Pakistan sent a delegation of officials to India.", D);
    CHECK_EVENTS(&f, "");
    fx_close(&f);
}

/* ---- verbs ------------------------------------------------------------------------------ */

TEST(coder_multiword_verb_with_particle)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD cut) (PRT (RP off)) (NP (NNS relations)) "
         "(PP (IN with) (NP (NNP India)))) (. .)))",
         "Pakistan cut off relations with India.", D);
    CHECK_EVENTS(&f, "PAK IND 163");
    if (f.r.nevents == 1) {
        CHECK_STR(f.r.events[0].verb_block, "SUSPEND");
        CHECK_STR(f.r.events[0].pattern, "");
        CHECK_INT(f.r.events[0].rule_line, line_of(verbs_text, "+CUT_OFF"));
    }
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBZ is) (VP (VBG cutting) (PRT (RP off)) "
         "(NP (NNS relations)) (PP (IN with) (NP (NNP India))))) (. .)))",
         "Pakistan is cutting off relations with India.", D);
    CHECK_EVENTS(&f, "PAK IND 163");
    /* without the particle CUT is no dictionary verb */
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD cut) (NP (NNS relations)) (PP (IN with) "
         "(NP (NNP India)))) (. .)))",
         "Pakistan cut relations with India.", D);
    CHECK_EVENTS(&f, "");
    fx_close(&f);
}

/* ---- statuses ---------------------------------------------------------------------- */

TEST(coder_sentence_discard)
{
    fixture f;
    if (fx_open(&f))
        return;
    CHECK_INT(code(&f,
                   "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India)) (PP (IN after) "
                   "(NP (DT the) (NN football) (NN match)))) (. .)))",
                   "Pakistan criticized India after the football match.", D),
              PETREL_SENTENCE_DISCARD);
    CHECK_INT(f.r.status, PETREL_SENTENCE_DISCARD);
    CHECK_INT(f.r.nevents, 0);
    CHECK_STR(f.r.discard, "football match");
    /* one word of the phrase is not enough */
    CHECK_INT(code(&f,
                   "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India)) (PP (IN after) "
                   "(NP (DT the) (NN match)))) (. .)))",
                   "Pakistan criticized India after the match.", D),
              PETREL_OK);
    CHECK_EVENTS(&f, "PAK IND 111");
    fx_close(&f);
}

TEST(coder_story_discard)
{
    fixture f;
    if (fx_open(&f))
        return;
    CHECK_INT(code(&f,
                   "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India)) (PP (IN after) "
                   "(NP (DT the) (NN earthquake)))) (. .)))",
                   "Pakistan criticized India after the earthquake.", D),
              PETREL_STORY_DISCARD);
    CHECK_INT(f.r.nevents, 0);
    CHECK_STR(f.r.discard, "earthquake");
    fx_close(&f);
}

TEST(coder_dateline_is_not_coded)
{
    fixture f;
    if (fx_open(&f))
        return;
    CHECK_INT(code(&f,
                   "(ROOT (FRAG (NP (NNP KABUL)) (: --) (S (NP (NNP Pakistan)) (VP (VBD criticized) "
                   "(NP (NNP India)))) (. .)))",
                   "KABUL -- Pakistan criticized India.", D),
              PETREL_DATELINE);
    CHECK_INT(f.r.nevents, 0);
    CHECK_INT(code(&f,
                   "(ROOT (S (NP (NNP NEW) (NNP DELHI)) (: --) (NP (NNP Pakistan)) (VP (VBD criticized) "
                   "(NP (NNP India))) (. .)))",
                   "NEW DELHI -- Pakistan criticized India.", D),
              PETREL_DATELINE);
    CHECK_INT(f.r.nevents, 0);
    /* an ordinary sentence with a dash is coded */
    CHECK_INT(code(&f,
                   "(ROOT (S (NP (NNP Pakistan)) (: --) (VP (VBD criticized) (NP (NNP India))) (. .)))",
                   "Pakistan -- criticized India.", D),
              PETREL_OK);
    CHECK_EVENTS(&f, "PAK IND 111");
    fx_close(&f);
}

TEST(coder_compound_hyphen_is_not_a_dateline)
{
    fixture f;
    if (fx_open(&f))
        return;
    /* "U.S.-led": upper-case word and a hyphen, but no space after it */
    CHECK_INT(code(&f,
                   "(ROOT (S (NP (ADJP (NNP U.S.) (HYPH -) (VBN led)) (NNS warplanes)) (VP (VBD bombed) "
                   "(NP (NNP Iraq))) (. .)))",
                   "U.S.-led warplanes bombed Iraq.", D),
              PETREL_OK);
    /* the same words with a spaced dash are a dateline */
    CHECK_INT(code(&f,
                   "(ROOT (S (NP (NNP U.S.)) (: -) (NP (NNS warplanes)) (VP (VBD bombed) "
                   "(NP (NNP Iraq))) (. .)))",
                   "U.S. - warplanes bombed Iraq.", D),
              PETREL_DATELINE);
    fx_close(&f);
}

TEST(coder_unreadable_parse)
{
    fixture f;
    if (fx_open(&f))
        return;
    CHECK_INT(code(&f, "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India)))",
                   NULL, D),
              PETREL_BAD_PARSE);
    CHECK_INT(f.r.nevents, 0);
    CHECK_INT(code(&f, "Pakistan criticized India.", NULL, D), PETREL_BAD_PARSE);
    CHECK_INT(code(&f, "", NULL, D), PETREL_BAD_PARSE);
    CHECK_INT(code(&f, NULL, NULL, D), PETREL_BAD_PARSE);
    CHECK_INT(code(&f, "(ROOT (S (NP (NNP Pakistan))) (VP (VBD criticized) (NP (NNP India))) (. .)))",
                   NULL, D),
              PETREL_BAD_PARSE);
    /* the coder is fine afterwards */
    CHECK_INT(code(&f, "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India))) (. .)))",
                   NULL, D),
              PETREL_OK);
    CHECK_EVENTS(&f, "PAK IND 111");
    fx_close(&f);
}

TEST(coder_bad_date)
{
    static const char *const bad[] = {"", "yesterday", "2011-13-05", "2011-01-00", "20110",
                                      "2011/01/05", "201101055", "2011-01-32"};
    fixture f;
    if (fx_open(&f))
        return;
    const char *p = "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India))) (. .)))";
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (code(&f, p, NULL, bad[i]) != PETREL_BAD_DATE)
            test_fail(__FILE__, __LINE__, "date \"%s\" gave status %d, expected PETREL_BAD_DATE",
                      bad[i], (int)f.st);
        CHECK_INT(f.r.nevents, 0);
    }
    CHECK_INT(code(&f, p, NULL, NULL), PETREL_BAD_DATE);
    CHECK_INT(code(&f, p, NULL, "20110105"), PETREL_OK);
    CHECK_EVENTS(&f, "PAK IND 111");
    CHECK_INT(code(&f, p, NULL, "2011-01-05"), PETREL_OK);
    CHECK_EVENTS(&f, "PAK IND 111");
    fx_close(&f);
}

/* ---- options ------------------------------------------------------------------------------ */

TEST(coder_require_dyad_off_keeps_one_sided_events)
{
    fixture f;
    if (fx_open(&f))
        return;
    const char *p = "(ROOT (S (NP (NNP India)) (VP (VBD protested)) (. .)))";
    code(&f, p, "India protested.", D);
    CHECK_EVENTS(&f, "");
    petrel_coder_set_require_dyad(f.c, 0);
    code(&f, p, "India protested.", D);
    CHECK_EVENTS(&f, "IND --- 114");
    if (f.r.nevents == 1) {
        const petrel_event *e = &f.r.events[0];
        CHECK_INT(e->target_span.start, -1);
        CHECK_INT(e->target_span.end, -1);
        CHECK_STR(e->target_span.text, "");
        CHECK_STR(e->source_span.text, "India");
    }
    /* a verb with neither side still gives nothing */
    code(&f, "(ROOT (S (NP (NNS Crowds)) (VP (VBD protested)) (. .)))", "Crowds protested.", D);
    CHECK_EVENTS(&f, "");
    /* and back on */
    petrel_coder_set_require_dyad(f.c, 1);
    code(&f, p, "India protested.", D);
    CHECK_EVENTS(&f, "");
    fx_close(&f);
}

TEST(coder_new_actors_are_coded_by_their_text)
{
    fixture f;
    if (fx_open(&f))
        return;
    const char *p1 = "(ROOT (S (NP (NNP Hezbollah)) (VP (VBD attacked) (NP (NNP Israel))) (. .)))";
    const char *p2 =
        "(ROOT (S (NP (NNP Jaish) (NNP Mohammed)) (VP (VBD attacked) (NP (NNP India))) (. .)))";
    code(&f, p1, "Hezbollah attacked Israel.", D);
    CHECK_EVENTS(&f, "");   /* off by default */
    petrel_coder_set_new_actors(f.c, 3);
    code(&f, p1, "Hezbollah attacked Israel.", D);
    CHECK_EVENTS(&f, "\"HEZBOLLAH\" ISR 190");
    code(&f, p2, "Jaish Mohammed attacked India.", D);
    CHECK_EVENTS(&f, "\"JAISH MOHAMMED\" IND 190");
    petrel_coder_set_new_actors(f.c, 1);   /* two words are too many */
    code(&f, p2, "Jaish Mohammed attacked India.", D);
    CHECK_EVENTS(&f, "");
    petrel_coder_set_new_actors(f.c, 0);
    code(&f, p1, "Hezbollah attacked Israel.", D);
    CHECK_EVENTS(&f, "");
    fx_close(&f);
}

/* ---- evidence ---------------------------------------------------------------------------- */

TEST(coder_evidence_of_a_pattern_event)
{
    fixture f;
    if (fx_open(&f))
        return;
    const char *text = "Pakistan sharply criticized India.";
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (ADVP (RB sharply)) (VP (VBD criticized) (NP (NNP India))) "
         "(. .)))",
         text, D);
    CHECK_INT(f.r.ntokens, 5);
    CHECK_INT(f.r.nevents, 1);
    if (f.r.nevents != 1) {
        fx_close(&f);
        return;
    }
    const petrel_event *e = &f.r.events[0];
    CHECK_INT(e->source_span.start, 0);
    CHECK_INT(e->source_span.end, 1);
    CHECK_INT(e->source_span.byte_start, 0);
    CHECK_INT(e->source_span.byte_end, 8);
    CHECK_STR(e->source_span.text, "Pakistan");
    CHECK_INT(e->verb_span.start, 2);
    CHECK_INT(e->verb_span.end, 3);
    CHECK_INT(e->verb_span.byte_start, 17);
    CHECK_INT(e->verb_span.byte_end, 27);
    CHECK_STR(e->verb_span.text, "criticized");
    CHECK_INT(e->target_span.start, 3);
    CHECK_INT(e->target_span.end, 4);
    CHECK_INT(e->target_span.byte_start, 28);
    CHECK_INT(e->target_span.byte_end, 33);
    CHECK_STR(e->target_span.text, "India");
    CHECK_STR(e->verb_block, "CRITICIZE");
    CHECK_STR(e->pattern, "SHARPLY * [1112]");
    CHECK_STR(e->rule_file, f.verbs);
    CHECK_INT(e->rule_line, line_of(verbs_text, "- SHARPLY *"));
    fx_close(&f);
}

TEST(coder_evidence_of_a_verb_code_event)
{
    fixture f;
    if (fx_open(&f))
        return;
    const char *text = "Pakistan's foreign minister met his counterpart from New Delhi.";
    code(&f,
         "(ROOT (S (NP (NP (NNP Pakistan) (POS 's)) (JJ foreign) (NN minister)) (VP (VBD met) "
         "(NP (NP (PRP$ his) (NN counterpart)) (PP (IN from) (NP (NNP New) (NNP Delhi))))) (. .)))",
         text, D);
    CHECK_EVENTS(&f, "PAKGOV IND 040");
    if (f.r.nevents != 1) {
        fx_close(&f);
        return;
    }
    const petrel_event *e = &f.r.events[0];
    CHECK_INT(e->source_span.start, 0);
    CHECK_INT(e->source_span.end, 4);
    CHECK_STR(e->source_span.text, "Pakistan 's foreign minister");
    CHECK_INT(e->source_span.byte_start, 0);
    CHECK_INT(e->source_span.byte_end, 27);
    CHECK_INT(e->verb_span.start, 4);
    CHECK_INT(e->verb_span.byte_start, 28);
    CHECK_INT(e->verb_span.byte_end, 31);
    CHECK_INT(e->target_span.start, 8);
    CHECK_INT(e->target_span.end, 10);
    CHECK_STR(e->target_span.text, "New Delhi");
    CHECK_INT(e->target_span.byte_start, 53);
    CHECK_INT(e->target_span.byte_end, 62);
    CHECK_STR(e->verb_block, "MEET");
    CHECK_STR(e->pattern, "");
    CHECK_STR(e->rule_file, f.verbs);
    CHECK_INT(e->rule_line, line_of(verbs_text, "MEET {MET"));
    fx_close(&f);
}

TEST(coder_without_text_spans_have_no_bytes)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India))) (. .)))", NULL, D);
    CHECK_INT(f.r.nevents, 1);
    if (f.r.nevents == 1) {
        const petrel_event *e = &f.r.events[0];
        CHECK_STR(e->source_span.text, "Pakistan");
        CHECK_INT(e->source_span.start, 0);
        CHECK_INT(e->target_span.start, 2);
        CHECK_INT(e->verb_span.start, 1);
        CHECK_INT(e->rule_line, line_of(verbs_text, "CRITICIZE\n"));
    }
    fx_close(&f);
}

TEST(coder_keeps_nothing_between_sentences)
{
    fixture f;
    if (fx_open(&f))
        return;
    code(&f, "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India))) (. .)))", NULL, D);
    CHECK_EVENTS(&f, "PAK IND 111");
    code(&f, "(ROOT (S (NP (NNP Pakistan)) (VP (VBD arrived)) (. .)))", NULL, D);
    CHECK_INT(f.r.status, PETREL_OK);
    CHECK_INT(f.r.nevents, 0);
    CHECK(f.r.discard == NULL);
    code(&f,
         "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India)) (PP (IN after) "
         "(NP (DT the) (NN earthquake)))) (. .)))",
         NULL, D);
    CHECK_INT(f.r.status, PETREL_STORY_DISCARD);
    code(&f, "(ROOT (S (NP (NNP China)) (VP (VBD criticized) (NP (NNP India))) (. .)))", NULL, D);
    CHECK_INT(f.r.status, PETREL_OK);
    CHECK(f.r.discard == NULL);
    CHECK_EVENTS(&f, "CHN IND 111");
    fx_close(&f);
}
