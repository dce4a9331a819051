/*
 * test_knowledge_verbs.c - the verb dictionary loader on small inline
 * dictionaries: synsets (plurals, nesting, cycles, late definitions), block
 * codes, regular/listed/compound forms, every pattern element, '_'
 * adjacency, comments, transformations and diagnostics.
 */
#include "test.h"

#include "../src/knowledge/knowledge.h"
#include "diags.h"


/* A frozen knowledge base holding only the verb file text. */
static pl_knowledge *verbs(const char *text, diags *c)
{
    pl_diag d = {diags_collect, c, 0, 0};
    pl_knowledge *k = pl_knowledge_new();
    CHECK_INT(pl_load_verbs_mem(k, "t.verbs", text, strlen(text), &d), 0);
    CHECK_INT(d.errors, c->n);
    pl_knowledge_freeze(k);
    return k;
}

/* The plain (no particles) form of word, or NULL. */
static const pl_verb_form *plain(const pl_knowledge *k, const char *word)
{
    for (const pl_verb_form *f = pl_verb_lookup(k, word); f; f = f->next)
        if (!f->before.n && !f->after.n)
            return f;
    return NULL;
}

static const pl_pattern *pattern_of(const pl_knowledge *k, const char *verb, int i)
{
    const pl_verb_form *f = pl_verb_lookup(k, verb);
    if (!f || i >= f->block->npatterns)
        return NULL;
    return &f->block->patterns[i];
}

/* The alternatives of a PE_WORDS element, "|"-separated, words by blanks. */
static const char *alts(const pl_pat_elem *e)
{
    static char buf[2048];
    size_t n = 0;
    buf[0] = '\0';
    for (int i = 0; i < e->nalts; i++)
        for (int j = 0; j < e->alts[i].n; j++)
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s",
                                  j   ? " "
                                  : i ? "|"
                                      : "",
                                  e->alts[i].w[j]);
    return buf;
}

/* Element kinds as one letter each: W * $ + % ^ ( ) { }, '_' after adjacent ones. */
static const char *shape(const pl_pattern *p)
{
    static char buf[128];
    static const char sym[] = "W*$+%^(){}";
    size_t n = 0;
    for (int i = 0; i < p->nelem && n + 3 < sizeof buf; i++) {
        buf[n++] = sym[p->elem[i].kind];
        if (p->elem[i].adjacent)
            buf[n++] = '_';
    }
    buf[n] = '\0';
    return buf;
}

TEST(knowledge_verbs_synset_terms_and_plurals)
{
    diags c = {0};
    pl_knowledge *k = verbs("&CURRENCY\n"
                            "+DOLLAR\n+PENNY\n+KEY\n+BOX\n+CHURCH\n+BUS\n+CASH_\n"
                            "+SWISS FRANC\n+GOLD_BAR\n"
                            "&AUXVERB_\n+WAS\n+WERE\n"
                            "--- GIVE [070] ---\n"
                            "GIVE\n"
                            "- * &CURRENCY [071]\n"
                            "- * &AUXVERB [072]\n",
                            &c);
    const pl_pattern *p = pattern_of(k, "GIVE", 0);
    CHECK(p != NULL);
    if (p) {
        CHECK_STR(shape(p), "*W");
        CHECK_STR(alts(&p->elem[1]), "DOLLAR|DOLLARS|PENNY|PENNIES|KEY|KEYS|BOX|BOXES|CHURCH|"
                                     "CHURCHES|BUS|BUSES|CASH|SWISS FRANC|SWISS FRANCS|GOLD BAR|"
                                     "GOLD BARS");
        CHECK_INT(p->elem[1].alts[13].n, 2); /* one two-word alternative */
    }
    p = pattern_of(k, "GIVE", 1);
    CHECK(p != NULL);
    if (p) /* a label ending in '_' has no plurals */
        CHECK_STR(alts(&p->elem[1]), "WAS|WERE");
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    CHECK_INT(s.synsets, 2);
    CHECK_INT(c.n, 0);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_nested_late_and_cyclic_synsets)
{
    diags c = {0};
    pl_knowledge *k = verbs("--- A [010] ---\n"
                            "A\n"
                            "- * &OUTER [011]\n" /* used before it is defined */
                            "&INNER\n+RED\n"
                            "&OUTER\n+&INNER\n+BLUE\n"
                            "&LOOP1\n+&LOOP2\n+X\n"
                            "&LOOP2\n+&LOOP1\n+Y\n"
                            "--- B [020] ---\n"
                            "B\n"
                            "- * &LOOP1 [021]\n"
                            "- * &LOOP2_THING [022]\n",
                            &c);
    const pl_pattern *p = pattern_of(k, "A", 0);
    CHECK(p && strcmp(alts(&p->elem[1]), "RED|REDS|BLUE|BLUES") == 0);
    p = pattern_of(k, "B", 0);
    CHECK(p && strcmp(alts(&p->elem[1]), "Y|YS|X|XES") == 0);
    p = pattern_of(k, "B", 1);
    CHECK(p && strcmp(shape(p), "*W_W") == 0);
    CHECK_INT(c.n, 1); /* the cycle, reported once, where it closes */
    CHECK(diags_has(&c, "t.verbs:13: synset &LOOP2 includes itself through &LOOP1"));
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_block_codes)
{
    diags c = {0};
    pl_knowledge *k = verbs("--- NONE [---] ---\nP\n"
                            "--- BOTH [042:043] ---\nQ\n"
                            "--- PASSIVE [:173] ---\nR\n"
                            "--- WEIS [345] ---\nW\n"
                            "--- BARE ---\nN\n"
                            "--- NOTED [012] # a comment ---\nT\n"
                            "--- GLUED [110]---  ---\nU\n"
                            "--- LASH OUT [122] ---\nLASH OUT\n",
                            &c);
    const pl_verb_form *f = plain(k, "P");
    CHECK(f && strcmp(f->block->name, "NONE") == 0 && !*f->active && !*f->passive);
    f = plain(k, "Q");
    CHECK(f && strcmp(f->active, "042") == 0 && strcmp(f->passive, "043") == 0);
    CHECK(f && strcmp(f->block->active, "042") == 0 && f->block->line == 3);
    f = plain(k, "R");
    CHECK(f && strcmp(f->active, "") == 0 && strcmp(f->passive, "173") == 0);
    f = plain(k, "W");
    CHECK(f && strcmp(f->active, "345") == 0); /* WEIS codes stay strings */
    f = plain(k, "N");
    CHECK(f && strcmp(f->block->name, "BARE") == 0 && !*f->active);
    f = plain(k, "T");
    CHECK(f && strcmp(f->block->name, "NOTED") == 0 && strcmp(f->active, "012") == 0);
    f = plain(k, "U");
    CHECK(f && strcmp(f->active, "110") == 0);
    f = pl_verb_lookup(k, "LASH");
    CHECK(f && strcmp(f->block->name, "LASH OUT") == 0 && f->after.n == 1);
    CHECK_INT(c.n, 0);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_regular_forms)
{
    diags c = {0};
    pl_knowledge *k = verbs("--- V [010] ---\n"
                            "ASK\nQUERY\nCARRY\nOBEY\nPUSH\nFIX\nBUZZ\nTOUCH\nHOPE\nFREE\nDIE\n"
                            "TOE\nEYE\n",
                            &c);
    static const char *const forms[] = {"ASK",     "ASKS",     "ASKED",   "ASKING",  "QUERIES",
                                        "QUERIED", "QUERYING", "CARRIES", "CARRIED", "OBEYS",
                                        "OBEYED",  "PUSHES",   "FIXES",   "BUZZES",  "TOUCHES",
                                        "HOPES",   "HOPED",    "HOPING",  "FREED",   "FREEING",
                                        "DIES",    "DIED",     "DYING",   "TOEING",  "EYEING"};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (!plain(k, forms[i]))
            test_fail(__FILE__, __LINE__, "no verb form %s", forms[i]);
    static const char *const wrong[] = {"QUERYED", "OBEIES", "HOPEING", "FREING",
                                        "DIING",   "PUSHS",  "WORRYED"};
    for (size_t i = 0; i < sizeof wrong / sizeof wrong[0]; i++)
        if (pl_verb_lookup(k, wrong[i]))
            test_fail(__FILE__, __LINE__, "unexpected verb form %s", wrong[i]);
    CHECK_STR(plain(k, "ASKED")->block->name, "V");
    CHECK_INT(plain(k, "ASKED")->line, 2);
    CHECK(pl_verb_lookup(k, "asked") == NULL); /* callers pass upper case */
    CHECK(pl_verb_lookup(k, "NOPE") == NULL);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_listed_and_compound_forms)
{
    diags c = {0};
    pl_knowledge *k = verbs("--- ASK [---] ---\n"
                            "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]\n"
                            "ASK [021]\n"
                            "BREAK { BROKE BROKEN }\n"
                            "+BREAK_DOWN {+BROKE_DOWN BREAKS}\n"
                            "KLM_NOP_+RST [002]\n"
                            "WIRE_+TAP {WIRE_+TAPPED}\n"
                            "+ANGERED_BY {}\n"
                            "+GIVE_UP_ON\n"
                            "+GIVE_UP\n"
                            "GIVE\n",
                            &c);
    const pl_verb_form *f = pl_verb_lookup(k, "ASKED");
    CHECK(f && f->after.n == 1 && strcmp(f->after.w[0], "FOR") == 0);
    CHECK(f && strcmp(f->active, "020") == 0);
    CHECK(f && f->next && !f->next->after.n && strcmp(f->next->active, "021") == 0);
    CHECK(f && f->next && !f->next->next);
    /* listed forms plus the base only: no regular forms next to a listing */
    CHECK(plain(k, "BROKE") && plain(k, "BROKEN") && plain(k, "BREAK"));
    CHECK(!pl_verb_lookup(k, "BREAKED"));
    f = pl_verb_lookup(k, "BREAKS"); /* a plain listed word keeps the particles */
    CHECK(f && f->after.n == 1 && strcmp(f->after.w[0], "DOWN") == 0 && !plain(k, "BREAKS"));
    f = pl_verb_lookup(k, "RST");
    CHECK(f && f->before.n == 2 && strcmp(f->before.w[0], "KLM") == 0 &&
          strcmp(f->before.w[1], "NOP") == 0 && strcmp(f->active, "002") == 0);
    f = pl_verb_lookup(k, "RSTED"); /* generated forms keep the particles */
    CHECK(f && f->before.n == 2);
    f = pl_verb_lookup(k, "TAPPED");
    CHECK(f && f->before.n == 1 && strcmp(f->before.w[0], "WIRE") == 0);
    CHECK(!pl_verb_lookup(k, "TAPS"));
    f = pl_verb_lookup(k, "ANGERED");
    CHECK(f && f->after.n == 1 && !f->next);
    CHECK(!pl_verb_lookup(k, "ANGEREDS"));
    f = pl_verb_lookup(k, "GIVING"); /* longest first */
    CHECK(f && f->after.n == 2);
    CHECK(f && f->next && f->next->after.n == 1);
    CHECK(f && f->next && f->next->next && f->next->next->after.n == 0);
    CHECK_INT(c.n, 0);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_first_definition_wins)
{
    diags c = {0};
    pl_knowledge *k = verbs("--- SHOT [---] ---\nSHOT\n- * DEAD [010]\n"
                            "--- SHOT [223] ---\nSHOT\n- * WOUNDED [020]\n",
                            &c);
    const pl_verb_form *f = pl_verb_lookup(k, "SHOT");
    CHECK(f && !f->next && f->line == 2 && !*f->active);
    pl_knowledge_stats s;
    pl_knowledge_stats_get(k, &s);
    CHECK_INT(s.verb_blocks, 2); /* the second block keeps its patterns */
    CHECK_INT(s.patterns, 2);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_plus_line_in_block_is_a_verb)
{
    diags c = {0};
    pl_knowledge *k = verbs("&SYN\n+MEMBER\n"
                            "--- ABANDON [345] ---\n"
                            "ABANDON\n"
                            "+ABC_DEF_GHI\n"
                            "- * &SYN [346]\n",
                            &c);
    const pl_verb_form *f = pl_verb_lookup(k, "ABC");
    CHECK(f && f->after.n == 2 && strcmp(f->after.w[1], "GHI") == 0);
    CHECK(f && strcmp(f->active, "345") == 0);
    const pl_pattern *p = pattern_of(k, "ABANDON", 0);
    CHECK(p && strcmp(alts(&p->elem[1]), "MEMBER|MEMBERS") == 0);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_pattern_elements)
{
    diags c = {0};
    pl_knowledge *k = verbs("--- X [010] ---\n"
                            "X\n"
                            "- $ * + (TO BORDER) {ARMS SHIPMENT} ^ %   [011:012] # a comment\n"
                            "- IN_* [013]\n"
                            "- WAS_ * TO_ + [014]\n"
                            "- SO IN_AND_*_OUT_AGAIN NOW [015]\n"
                            "- * OFF_ [016]\n"
                            "- * (WITH) [:017]\n"
                            "- * (TO/FOR PROTEST) [---]\n"
                            "- PLANES_* [018]\n"
                            "- suggested_+ * [019]\n",
                            &c);
    const pl_pattern *p = pattern_of(k, "X", 0);
    CHECK(p != NULL);
    if (p) {
        CHECK_STR(shape(p), "$*+(WW){WW}^%");
        CHECK_INT(p->verb_at, 1);
        CHECK_STR(p->active, "011");
        CHECK_STR(p->passive, "012");
        CHECK_STR(p->text, "$ * + (TO BORDER) {ARMS SHIPMENT} ^ % [011:012]");
        CHECK_STR(p->file, "t.verbs");
        CHECK_INT(p->line, 3);
        CHECK_STR(alts(&p->elem[4]), "TO");
        CHECK_STR(alts(&p->elem[9]), "SHIPMENT");
    }
    static const struct {
        const char *shape, *active, *passive;
        int verb_at;
    } want[] = {{"W_*", "013", "", 1}, {"W_*W_+", "014", "", 1}, {"WW_W_*_W_WW", "015", "", 3},
                {"*W", "016", "", 0},  {"*(W)", "", "017", 0},   {"*(WW)", "", "", 0},
                {"W_*", "018", "", 1}, {"W_+*", "019", "", 2}};
    for (int i = 0; i < (int)(sizeof want / sizeof want[0]); i++) {
        p = pattern_of(k, "X", i + 1);
        if (!p) {
            test_fail(__FILE__, __LINE__, "pattern %d missing", i + 1);
            continue;
        }
        if (strcmp(shape(p), want[i].shape) || strcmp(p->active, want[i].active) ||
            strcmp(p->passive, want[i].passive) || p->verb_at != want[i].verb_at)
            test_fail(__FILE__, __LINE__, "pattern %d: %s [%s:%s] verb %d", i + 1, shape(p),
                      p->active, p->passive, p->verb_at);
    }
    p = pattern_of(k, "X", 6);
    CHECK(p && strcmp(alts(&p->elem[2]), "TO|FOR") == 0);
    p = pattern_of(k, "X", 8);
    CHECK(p && strcmp(alts(&p->elem[0]), "SUGGESTED") == 0); /* upper-cased */
    CHECK_INT(c.n, 0);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_bad_patterns_are_reported_and_skipped)
{
    diags c = {0};
    pl_knowledge *k = verbs("- * ORPHAN [001]\n"
                            "--- X [010] ---\n"
                            "X\n"
                            "- * NOCODE\n"
                            "- NOVERB [020]\n"
                            "- * (OPEN [021]\n"
                            "- * {A (B)} [022]\n"
                            "- * * [023]\n"
                            "- * THING [1:2:3]\n"
                            "- * &UNDEFINED_X [024]\n"
                            "- * GOOD [025]\n",
                            &c);
    CHECK(diags_has(&c, "t.verbs:1: pattern outside any --- block ---"));
    CHECK(diags_has(&c, "t.verbs:4: pattern has no [CODE]"));
    CHECK(diags_has(&c, "t.verbs:5: pattern has no '*'"));
    CHECK(diags_has(&c, "t.verbs:6: unclosed bracket"));
    CHECK(diags_has(&c, "t.verbs:7: '(' inside ( ) or { }"));
    CHECK(diags_has(&c, "t.verbs:8: more than one '*'"));
    CHECK(diags_has(&c, "t.verbs:9: bad code [1:2:3]"));
    CHECK(diags_has(&c, "t.verbs:10: undefined synset &UNDEFINED_X; kept as a literal word"));
    CHECK_INT(c.n, 8);
    const pl_verb_form *f = pl_verb_lookup(k, "X");
    CHECK(f && f->block->npatterns == 2);
    const pl_pattern *p = pattern_of(k, "X", 0);
    CHECK(p && strcmp(alts(&p->elem[1]), "&UNDEFINED_X") == 0 && p->line == 10);
    p = pattern_of(k, "X", 1);
    CHECK(p && strcmp(alts(&p->elem[1]), "GOOD") == 0);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_comments_do_not_stop_patterns)
{
    /* PETRARCH2 loads no pattern after a line starting "<!"; petrel skips
     * exactly the comment, also across lines and with '#' inside it. */
    diags c = {0};
    pl_knowledge *k = verbs("<!-- HEADER -->\n"
                            "<!-- a long\n"
                            "- * FAKE [999]\n"
                            "+ALSO_FAKE\n"
                            "   # not the end -->\n"
                            "--- A [010] ---\n"
                            "A   # pas 15 Jul 2003\n"
                            "- * REAL [011]  # comment <!-- not opened\n"
                            "#- * COMMENTED [012]\n"
                            "- * INLINE <!-- gone --> KEPT [013]\n"
                            "<!-- x # y -->\n"
                            "- * LAST [014]\r\n",
                            &c);
    const pl_verb_form *f = pl_verb_lookup(k, "A");
    CHECK(f && f->block->npatterns == 3);
    CHECK(!pl_verb_lookup(k, "ALSO"));
    const pl_pattern *p = pattern_of(k, "A", 1);
    CHECK(p && strcmp(shape(p), "*WW") == 0 && strcmp(alts(&p->elem[2]), "KEPT") == 0);
    p = pattern_of(k, "A", 2);
    CHECK(p && strcmp(p->active, "014") == 0 && p->line == 12);
    CHECK_INT(c.n, 0);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_transformations)
{
    diags c = {0};
    pl_knowledge *k = verbs("--- EXPLAIN_VERBAL [010] ---\n"
                            "SAY {SAYS SAID SAYING}\n"
                            "--- PHYSICAL_CONFLICT [190] ---\n"
                            "ATTACK\n"
                            "~ a (a b ATTACK) SAY = a b 015\n"
                            "~ a (b . Q) SAID = a b Q  # comment\n"
                            "~ a (_ b NOSUCH) SAY = a b 138\n"
                            "~ broken\n"
                            "~ a (b c ATTACK) SAY = a 1\n",
                            &c);
    int n = 0;
    const pl_transform *t = pl_transforms(k, &n);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK(t[0].upper_src == 'a' && t[0].lower_src == 'a' && t[0].lower_tgt == 'b');
        CHECK_STR(t[0].lower_verb, "PHYSICAL_CONFLICT");
        CHECK_STR(t[0].upper_verb, "EXPLAIN_VERBAL");
        CHECK(t[0].out_src == 'a' && t[0].out_tgt == 'b');
        CHECK_STR(t[0].out_code, "015");
        CHECK_STR(t[0].text, "a (a b ATTACK) SAY = a b 015");
        CHECK_INT(t[0].line, 5);
        CHECK(t[1].lower_tgt == '.');
        CHECK_STR(t[1].lower_verb, "Q");
        CHECK_STR(t[1].upper_verb, "EXPLAIN_VERBAL");
        CHECK_STR(t[1].out_code, "Q");
    }
    CHECK(diags_has(&c, "t.verbs:7: transformation uses unknown verb NOSUCH"));
    CHECK(diags_has(&c, "t.verbs:8: transformation without '='"));
    CHECK(diags_has(&c, "t.verbs:9: expected"));
    CHECK_INT(c.n, 3);
    pl_knowledge_free(k);
}

TEST(knowledge_verbs_bad_lines_go_on)
{
    diags c = {0};
    pl_knowledge *k = verbs("ORPHAN\n"
                            "&\n+IGNORED\n"
                            "--- X [010] [020] ---\n"
                            "X {XS\n"
                            "Y [1:2:3]\n"
                            "A+B\n"
                            "Z {ZS} ;junk\n"
                            "W\n",
                            &c);
    CHECK(diags_has(&c, "t.verbs:1: verb outside any --- block ---"));
    CHECK(diags_has(&c, "t.verbs:2: bad synset label"));
    CHECK(diags_has(&c, "t.verbs:4: block X has a second code"));
    CHECK(diags_has(&c, "t.verbs:5: '{' without '}'"));
    CHECK(diags_has(&c, "t.verbs:6: bad code [1:2:3]"));
    CHECK(diags_has(&c, "t.verbs:7: bad verb \"A+B\""));
    CHECK(diags_has(&c, "t.verbs:8: text after the verb ignored: \";junk\""));
    CHECK_INT(c.n, 7);
    CHECK(!pl_verb_lookup(k, "IGNORED") && !pl_verb_lookup(k, "X") && !pl_verb_lookup(k, "Y"));
    CHECK(plain(k, "ZS") && plain(k, "W") && plain(k, "WS"));
    CHECK_STR(plain(k, "W")->active, "010");
    pl_knowledge_free(k);
}
