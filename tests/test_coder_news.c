/*
 * test_coder_news.c - coder and recogniser rules that news sentences need
 * (found on petrel's own evaluation set, eval/events.gold.jsonl): reported
 * speech, roles not stacked on an actor that has one, and the other rules
 * added for that set. Trees are CoNLL-U written by hand in UD EWT style;
 * each test would fail if its rule broke.
 *
 * Must not: depend on ../shared or on the built-in knowledge (its own small
 * dictionaries are written here).
 */
#include "test.h"

#include "coder_fixture.h"

static const char verbs[] = "--- SAY [010] ---\nSAY {SAID SAYS SAYING}\nTELL {TOLD TELLS TELLING}\n\n"
                            "--- ATTACK [190] ---\nATTACK\n\n"
                            "--- CRITICIZE [111] ---\nCRITICIZE\n\n"
                            "--- MEET [040] ---\nMEET {MET MEETS MEETING}\n\n"
                            "--- WARN [130] ---\nWARN\n\n"
                            "--- ARREST [173] ---\nARREST\n\n"
                            "--- DEPLOY [154] ---\nDEPLOY\nMOVE\n\n"
                            "--- SIGN [057] ---\nSIGN\n\n"
                            "--- HALT [0871] ---\nHALT\n\n"
                            "--- PROTEST [141] ---\nPROTEST\n\n"
                            "--- DEMAND [100] ---\nDEMAND\n\n"
                            "--- ACCUSE [112] ---\nACCUSE\n\n"
                            "--- AGREE [019] ---\nAGREE\n\n";
static const char actors[] = "BREE [BRE]\nGONDOR [GON]\nARNOR [ARN]\n"
                             "ARAGORN\n\t[ARNOPP <20110101]\n\t[ARNGOV >20110101]\n"
                             "ORCS [MORREB]\nMORDOR [MOR]\nCOUNCIL [IGOCOU]\n"
                             "FARAMIR_HURIN\n\t[GONGOV >20100101]\n"
                             "BOROMIR\n\t[GONGOV >20100101]\nDENETHOR\n\t[GONGOV >20100101]\n";
static const char agents[] = "OFFICIALS [~GOV]\nLEADER [~GOV]\nOPPOSITION [~OPP]\n"
                             "FIGHTERS [~MIL]\nREPORTERS [~MED]\nMILITARY [~MIL]\n"
                             "RULERS [~GOV]\nPOLICE [~COP]\nSTUDENTS [~EDU]\nTROOPS {} [~MIL]\n"
                             "AID_WORKERS [NGO~]\nGOVERNMENT [~GOV]\n";

/* Code the one sentence of `conllu` on 2011-01-05 with require_dyad on,
 * by petrel's conventions or PETRARCH's; its events as "SRC TGT CODE;"
 * into buf. */
static const char *code_news_by(const char *conllu, int petrel_conventions, char *buf,
                                size_t size)
{
    pl_knowledge *k = fixture_knowledge(verbs, actors, agents, petrel_conventions);
    fixture_code(k, conllu, 1, buf, size);
    pl_knowledge_free(k);
    return buf;
}

static const char *code_news(const char *conllu, char *buf, size_t size)
{
    return code_news_by(conllu, 0, buf, size);
}

TEST(coder_news_saying_that_reports_a_coded_clause_gives_no_event)
{
    /* "Bree said Gondor attacked Arnor": only the attack */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tGondor\tGondor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "4\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
                               "5\tArnor\tArnor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "GON ARN 190;");
}

TEST(coder_news_saying_to_an_actor_is_still_a_statement)
{
    /* "Bree told Arnor that Gondor attacked": addressed to Arnor, so coded */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                               "4\tthat\tthat\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
                               "5\tGondor\tGondor\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
                               "6\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "BRE ARN 010;");
    /* told reporters: a role without an actor is no addressee */
    static const char reporters[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                    "2\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                    "3\treporters\treporter\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                    "4\tGondor\tGondor\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                                    "5\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
                                    "6\tArnor\tArnor\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(reporters, got, sizeof got), "GON ARN 190;");
}

TEST(coder_news_statement_without_a_coded_clause_is_kept)
{
    /* "Bree said Gondor was tired": nothing else is coded, so the saying is */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tGondor\tGondor\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                               "4\twas\tbe\tAUX\tVBD\t_\t5\tcop\t_\t_\n"
                               "5\ttired\ttired\tADJ\tJJ\t_\t2\tccomp\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "BRE GON 010;");
}

TEST(coder_news_status_role_not_stacked_on_an_actor_that_has_one)
{
    /* "opposition leader Aragorn" on 2011-01-05 is ARNGOV, not ARNGOVOPP */
    static const char tree[] = "1\topposition\topposition\tNOUN\tNN\t_\t2\tcompound\t_\t_\n"
                               "2\tleader\tleader\tNOUN\tNN\t_\t3\tnmod:desc\t_\t_\n"
                               "3\tAragorn\tAragorn\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "4\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tGondor\tGondor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "ARNGOV GON 111;");
    /* a group's code (MORREB) takes no second status from "fighters" */
    static const char orcs[] = "1\tOrcs\tOrcs\tPROPN\tNNPS\t_\t2\tcompound\t_\t_\n"
                               "2\tfighters\tfighter\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                               "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "4\tGondor\tGondor\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                               "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(orcs, got, sizeof got), "MORREB GON 190;");
    /* a bare country takes the first status only: "Bree's military rulers" */
    static const char rulers[] = "1\tBree\tBree\tPROPN\tNNP\t_\t4\tnmod:poss\t_\t_\n"
                                 "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
                                 "3\tmilitary\tmilitary\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
                                 "4\trulers\truler\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
                                 "5\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "6\tGondor\tGondor\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                 "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(rulers, got, sizeof got), "BREMIL GON 111;");
}

TEST(coder_news_titles_before_a_name_are_the_person_however_parsed)
{
    /* "Arnor leader Aragorn" split into "Arnor" (subject) and "Aragorn" (its
     * conjunct): one actor, ARNGOV, not ARN as well */
    static const char conj[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "2\tleader\tleader\tNOUN\tNN\t_\t3\tnmod:desc\t_\t_\n"
                               "3\tAragorn\tAragorn\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                               "4\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tGondor\tGondor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(conj, got, sizeof got), "ARNGOV GON 111;");
    /* the title and the name as two subjects: the title is the person's */
    static const char two[] = "1\tleader\tleader\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                              "2\tAragorn\tAragorn\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                              "3\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                              "4\tGondor\tGondor\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                              "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(two, got, sizeof got), "ARNGOV GON 111;");
    /* a country that disagrees with the person's code stays itself */
    static const char other[] = "1\tBree\tBree\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                                "2\tleader\tleader\tNOUN\tNN\t_\t3\tnmod:desc\t_\t_\n"
                                "3\tAragorn\tAragorn\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                                "4\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "5\tGondor\tGondor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                                "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(other, got, sizeof got), "BRE GON 111;ARNGOV GON 111;");
    /* across a title no dictionary knows: "Arnor chief Aragorn" */
    static const char chief[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                                "2\tchief\tchief\tNOUN\tNN\t_\t3\tnmod:desc\t_\t_\n"
                                "3\tAragorn\tAragorn\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                                "4\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "5\tGondor\tGondor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                                "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(chief, got, sizeof got), "ARNGOV GON 111;");
}

TEST(coder_news_state_actor_does_not_target_its_own_country)
{
    /* "Aragorn warned that Arnor would attack Gondor": the warning is
     * against Gondor, not against Aragorn's own Arnor */
    static const char tree[] = "1\tAragorn\tAragorn\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tthat\tthat\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
                               "4\tArnor\tArnor\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
                               "5\twould\twould\tAUX\tMD\t_\t6\taux\t_\t_\n"
                               "6\tattack\tattack\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
                               "7\tGondor\tGondor\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
                               "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "ARNGOV GON 130;ARN GON 190;");
    /* rebels may act on their own country as a whole */
    static const char rebels[] = "1\tOrcs\tOrcs\tPROPN\tNNPS\t_\t2\tnsubj\t_\t_\n"
                                 "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "3\tMordor\tMordor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                 "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(rebels, got, sizeof got), "MORREB MOR 190;");
}

TEST(coder_news_role_only_target_takes_the_source_country_by_petrel_conventions)
{
    /* "Bree police arrested students" */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tpolice\tpolice\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                               "3\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "4\tstudents\tstudent\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                               "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "BRECOP BREEDU 173;");
    /* PETRARCH's convention (its dictionaries alone) leaves the role bare */
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "BRECOP ~EDU 173;");
}

TEST(coder_news_compound_subject_meeting_in_a_place_meets_each_other)
{
    /* "Arnor and Gondor met in Bree": Bree is the place, not the one met */
    static const char tree[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                               "3\tGondor\tGondor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                               "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
                               "6\tBree\tBree\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "ARN GON 040;GON ARN 040;");
    /* one source meeting in a place keeps the default target */
    static const char one[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                              "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                              "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
                              "4\tBree\tBree\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                              "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(one, got, sizeof got), "ARN BRE 040;");
}

TEST(coder_news_own_forces_named_by_role_are_no_target_by_petrel_conventions)
{
    /* "Arnor moved troops toward Gondor": the troops are Arnor's own, so
     * the target is Gondor */
    static const char tree[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tmoved\tmove\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\ttroops\ttroops\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                               "4\ttoward\ttoward\tADP\tIN\t_\t5\tcase\t_\t_\n"
                               "5\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "ARN GON 154;");
    /* PETRARCH's convention keeps the object */
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "ARN ~MIL 154;");
}

TEST(coder_news_subject_split_by_the_parser_is_one_subject)
{
    /* "Arnor and Gondor met" with both names hung on the verb as nsubj */
    static const char two[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                              "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                              "3\tGondor\tGondor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                              "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                              "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(two, got, sizeof got), "ARN GON 040;GON ARN 040;");
    /* "Bree | police arrested Gondor": the role joins the one country */
    static const char role[] = "1\tBree\tBree\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                               "2\tpolice\tpolice\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                               "3\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "4\tGondor\tGondor\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                               "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(role, got, sizeof got), "BRECOP GON 173;");
}

TEST(coder_news_a_thing_done_in_a_place_does_not_borrow_the_place)
{
    /* "Arnor and Gondor signed an agreement in Bree": the agreement is not
     * Bree's, so the signers act among themselves */
    static const char tree[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                               "3\tGondor\tGondor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                               "4\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tan\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
                               "6\tagreement\tagreement\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
                               "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
                               "8\tBree\tBree\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
                               "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "ARN GON 057;GON ARN 057;");
}

TEST(coder_news_split_subject_title_beside_a_named_actor_is_its_title)
{
    /* "officials, Aragorn criticized Gondor" (two subjects, not adjacent):
     * the role is Aragorn's title, not a second source */
    static const char tree[] = "1\tofficials\tofficial\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
                               "2\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
                               "3\tAragorn\tAragorn\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "4\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tGondor\tGondor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "ARNGOV GON 111;");
}

TEST(coder_news_verb_stranded_by_the_parser_reads_in_word_order)
{
    /* "Bree police arrested Gondor students" parsed as a noun phrase with
     * "arrested" as a participle modifier and no main verb */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tpolice\tpolice\tNOUN\tNNS\t_\t5\tcompound\t_\t_\n"
                               "3\tarrested\tarrest\tVERB\tVBN\t_\t5\tamod\t_\t_\n"
                               "4\tGondor\tGondor\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
                               "5\tstudents\tstudent\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "BRECOP GONEDU 173;");
    /* with an auxiliary it is a participle after all: nothing is read */
    static const char aux[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                              "2\tpolice\tpolice\tNOUN\tNNS\t_\t6\tcompound\t_\t_\n"
                              "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
                              "4\tarrested\tarrest\tVERB\tVBN\t_\t6\tamod\t_\t_\n"
                              "5\tGondor\tGondor\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
                              "6\tstudents\tstudent\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                              "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(aux, got, sizeof got), "");
    /* the words after the verb name a person of the country before it:
     * "... arrested Arnor former chief Aragorn" is ARNGOV, not ARN */
    static const char person[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                                 "2\tpolice\tpolice\tNOUN\tNNS\t_\t7\tcompound\t_\t_\n"
                                 "3\tarrested\tarrest\tVERB\tVBN\t_\t7\tamod\t_\t_\n"
                                 "4\tArnor\tArnor\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
                                 "5\tformer\tformer\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
                                 "6\tchief\tchief\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
                                 "7\tAragorn\tAragorn\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
                                 "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
    CHECK_STR(code_news(person, got, sizeof got), "BRECOP ARNGOV 173;");
}

TEST(coder_news_stranded_verb_reads_across_a_preposition)
{
    /* "Bree police arrested dozens of Gondor students" parsed as a noun
     * phrase: the words right after the verb name no actor, those after
     * the preposition do */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tpolice\tpolice\tNOUN\tNNS\t_\t4\tcompound\t_\t_\n"
                               "3\tarrested\tarrest\tVERB\tVBN\t_\t4\tamod\t_\t_\n"
                               "4\tdozens\tdozen\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                               "5\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
                               "6\tGondor\tGondor\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
                               "7\tstudents\tstudent\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
                               "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "BRECOP GONEDU 173;");
}

TEST(coder_news_compound_subject_fighting_without_target_fights_each_other)
{
    /* "Arnor and Gondor attacked." (ATTACK is root 19): between the two
     * sides by petrel's conventions, nothing by PETRARCH's */
    static const char tree[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                               "3\tGondor\tGondor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                               "4\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "ARN GON 190;GON ARN 190;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "");
    /* a statement is not reciprocal: "Arnor and Gondor criticized." */
    static const char crit[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                               "3\tGondor\tGondor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                               "4\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(crit, 1, got, sizeof got), "");
}

TEST(coder_news_international_actors_take_no_agent_roles_by_petrel_conventions)
{
    /* "Council troops attacked Gondor": the organisation's forces are it */
    static const char tree[] = "1\tCouncil\tCouncil\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\ttroops\ttroops\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                               "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "4\tGondor\tGondor\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                               "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "IGOCOU GON 190;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "IGOCOUMIL GON 190;");
    /* "aid workers criticized Gondor": the type alone, NGO */
    static const char aid[] = "1\taid\taid\tNOUN\tNN\t_\t2\tcompound\t_\t_\n"
                              "2\tworkers\tworker\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                              "3\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                              "4\tGondor\tGondor\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                              "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(aid, 1, got, sizeof got), "NGO GON 111;");
    CHECK_STR(code_news_by(aid, 0, got, sizeof got), "NGO~ GON 111;");
}

TEST(coder_news_surname_before_a_role_noun_is_the_person)
{
    /* "the Hurin government criticized Arnor" (Faramir Hurin, by surname
     * alone), "Hurin" tagged as a noun as taggers do before a noun */
    static const char tree[] = "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
                               "2\tHurin\thurin\tNOUN\tNN\t_\t3\tcompound\t_\t_\n"
                               "3\tgovernment\tgovernment\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
                               "4\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tArnor\tArnor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "GONGOV ARN 111;");
}

TEST(coder_news_compound_subject_signing_about_a_member_signs_with_each_other)
{
    /* "Arnor and Gondor signed an agreement on Gondor": the object names a
     * member again, so by petrel's conventions the two signed with each
     * other; a third party in the object stays the target */
    static const char tree[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                               "3\tGondor\tGondor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                               "4\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tan\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
                               "6\tagreement\tagreement\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
                               "7\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
                               "8\tGondor\tGondor\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
                               "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "ARN GON 057;GON ARN 057;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "ARN GON 057;");
    static const char third[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                                "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                                "3\tGondor\tGondor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                                "4\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "5\tan\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
                                "6\tagreement\tagreement\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
                                "7\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
                                "8\tMordor\tMordor\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
                                "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(third, 1, got, sizeof got), "ARN MOR 057;GON MOR 057;");
}

TEST(coder_news_conjoined_verb_without_target_shares_the_object_by_petrel_conventions)
{
    /* "Gondor met Arnor and warned": the warning is to Arnor too */
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                               "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
                               "5\twarned\twarn\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GON ARN 040;GON ARN 130;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "GON ARN 040;");
    /* "Gondor criticized and attacked Arnor": the first verb shares the second's */
    static const char raised[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
                                 "4\tattacked\tattack\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
                                 "5\tArnor\tArnor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                                 "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(raised, 1, got, sizeof got), "GON ARN 111;GON ARN 190;");
    /* a statement needs no addressee, and a verb with its own subject is its own */
    static const char said[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                               "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
                               "5\tsaid\tsay\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(said, 1, got, sizeof got), "GON ARN 040;");
    static const char own[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                              "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                              "3\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                              "4\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
                              "5\tBree\tBree\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
                              "6\twarned\twarn\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
                              "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(own, 1, got, sizeof got), "GON ARN 040;");
}

TEST(coder_news_describing_agent_gives_no_role_to_a_borrowed_actor_by_petrel_conventions)
{
    /* "Gondor criticized military drills around Arnor": Arnor, not its military */
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tmilitary\tmilitary\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
                               "4\tdrills\tdrill\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                               "5\taround\taround\tADP\tIN\t_\t6\tcase\t_\t_\n"
                               "6\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GON ARN 111;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "GON ARNMIL 111;");
    /* a role that heads the phrase still takes the borrowed actor */
    static const char head[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                               "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                               "5\tArnor\tArnor\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(head, 1, got, sizeof got), "GON ARNGOV 111;");
}

TEST(coder_news_stranded_verb_reads_each_side_of_a_conjunction)
{
    /* "Bree police arrested Gondor and Arnor students" stranded: the words
     * after the verb name both countries' students */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tpolice\tpolice\tNOUN\tNNS\t_\t7\tcompound\t_\t_\n"
                               "3\tarrested\tarrest\tVERB\tVBN\t_\t7\tamod\t_\t_\n"
                               "4\tGondor\tGondor\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
                               "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
                               "6\tArnor\tArnor\tPROPN\tNNP\t_\t4\tconj\t_\t_\n"
                               "7\tstudents\tstudent\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                               "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "BRECOP GONEDU 173;BRECOP ARNEDU 173;");
}

TEST(coder_news_role_without_a_country_is_no_actor_by_petrel_conventions)
{
    /* "Fighters attacked students": no country anywhere, no event */
    static const char tree[] = "1\tFighters\tfighter\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                               "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tstudents\tstudent\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                               "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "~MIL ~EDU 190;");
    /* the source's country still lends itself to a role-only target */
    static const char lent[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tstudents\tstudent\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                               "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(lent, 1, got, sizeof got), "GON GONEDU 190;");
}

TEST(coder_news_compound_subject_agreeing_to_a_truce_acts_among_its_members)
{
    /* "Arnor and Gondor halted." (0871, a ceasefire): between the two sides
     * by petrel's conventions, nothing by PETRARCH's */
    static const char tree[] = "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                               "3\tGondor\tGondor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                               "4\thalted\thalt\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "ARN GON 0871;GON ARN 0871;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "");
}

TEST(coder_news_another_actor_of_a_members_country_is_a_third_party)
{
    /* "Gondor and Mordor attacked the orcs": MORREB is not Mordor named
     * again, so both attack it rather than each other */
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                               "3\tMordor\tMordor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                               "4\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                               "6\torcs\torc\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GON MORREB 190;MOR MORREB 190;");
}

TEST(coder_news_stranded_verb_object_may_follow_a_preposition)
{
    /* "Bree police attacked camps of the orcs" stranded: "camps" names no
     * actor, the phrase after the preposition does */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tpolice\tpolice\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                               "3\tattacked\tattack\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
                               "4\tcamps\tcamp\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                               "5\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
                               "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                               "7\torcs\torc\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
                               "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news(tree, got, sizeof got), "BRECOP MORREB 190;");
}

TEST(coder_news_cooperation_said_of_the_future_is_an_intention)
{
    /* "Gondor would meet Arnor": by petrel's conventions the intention to
     * meet (036), by PETRARCH's the meeting (040) */
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                               "2\twould\twould\tAUX\tMD\t_\t3\taux\t_\t_\n"
                               "3\tmeet\tmeet\tVERB\tVB\t_\t0\troot\t_\t_\n"
                               "4\tArnor\tArnor\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                               "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GON ARN 036;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "GON ARN 040;");
    /* a threat of force stays what it is: "Gondor will attack Arnor" */
    static const char attack[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                                 "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
                                 "3\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
                                 "4\tArnor\tArnor\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                                 "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(attack, 1, got, sizeof got), "GON ARN 190;");
}

TEST(coder_news_participle_with_an_object_is_a_stranded_verb)
{
    /* "Bree fighters attacked Gondor, officials said" parsed with
     * "attacked" as a participle of "fighters": a participle takes no
     * object, so by petrel's conventions it is read in word order */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tfighters\tfighter\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
                               "3\tattacked\tattack\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
                               "4\tGondor\tGondor\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                               "5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
                               "6\tofficials\tofficial\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
                               "7\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "BREMIL GON 190;");
    /* without an object it stays a participle: "Bree fighters attacked in
     * Gondor, officials said" gives no attack */
    static const char bare[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tfighters\tfighter\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
                               "3\tattacked\tattack\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
                               "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                               "5\tGondor\tGondor\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
                               "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
                               "7\tofficials\tofficial\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
                               "8\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";
    CHECK_STR(code_news_by(bare, 1, got, sizeof got), "");
}

TEST(coder_news_protest_is_aimed_at_whom_its_demand_addresses)
{
    /* "Bree students protested, demanding reforms from Gondor": by petrel's
     * conventions one protest at Gondor, the demand only says what for */
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tstudents\tstudent\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                               "3\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "4\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
                               "5\tdemanding\tdemand\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
                               "6\treforms\treform\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
                               "7\tfrom\tfrom\tADP\tIN\t_\t8\tcase\t_\t_\n"
                               "8\tGondor\tGondor\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
                               "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "BREEDU GON 141;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "BREEDU GON 100;");
}

TEST(coder_news_subject_of_the_charge_is_the_accused)
{
    /* "Aragorn accused Boromir of attacking Gondor" parsed with Boromir as
     * the subject of "of attacking": the accusation only, at Boromir */
    static const char tree[] = "1\tAragorn\tAragorn\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tBoromir\tBoromir\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                               "4\tof\tof\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                               "5\tattacking\tattack\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                               "6\tGondor\tGondor\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "ARNGOV GONGOV 112;");
}

TEST(coder_news_two_people_of_one_code_may_act_on_each_other)
{
    /* "Denethor accused Boromir": two dictionary entries, both GONGOV */
    static const char tree[] = "1\tDenethor\tDenethor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tBoromir\tBoromir\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                               "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GONGOV GONGOV 112;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "");
}

TEST(coder_news_agreeing_to_act_is_an_intention)
{
    /* "Gondor agreed to help Arnor": by petrel's conventions the intention
     * to cooperate (030), by PETRARCH's the verb's own code */
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
                               "4\thelp\thelp\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
                               "5\tArnor\tArnor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GON ARN 030;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "GON ARN 019;");
}

TEST(coder_news_what_is_demanded_has_not_happened)
{
    /* "Gondor demanded that Arnor attack Bree": by petrel's conventions the
     * demand only, by PETRARCH's the attack as well */
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tdemanded\tdemand\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tthat\tthat\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                               "4\tArnor\tArnor\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                               "5\tattack\tattack\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
                               "6\tBree\tBree\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GON ARN 100;");
    CHECK_STR(code_news_by(tree, 0, got, sizeof got), "GON ARN 100;ARN BRE 190;");
}

TEST(coder_news_object_pronoun_of_a_participle_is_not_its_subject)
{
    /* "Gondor and Arnor criticized Bree, accusing it": "accusing" is the
     * subjects' own act, so "it" does not name them again; unresolved, it
     * still fills the object (no target is looked for elsewhere) */
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                               "3\tArnor\tArnor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                               "4\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tBree\tBree\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                               "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
                               "7\taccusing\taccuse\tVERB\tVBG\t_\t4\tadvcl\t_\t_\n"
                               "8\tit\tit\tPRON\tPRP\t_\t7\tobj\t_\t_\n"
                               "9\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_\n"
                               "10\tMordor\tMordor\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
                               "11\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GON BRE 111;ARN BRE 111;");
}

TEST(coder_news_the_charge_of_an_accusation_is_not_coded)
{
    /* "Gondor accused Arnor of attacking Bree": the accusation only */
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                               "4\tof\tof\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                               "5\tattacking\tattack\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                               "6\tBree\tBree\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GON ARN 112;");
}

TEST(coder_news_uncoded_verb_links_a_frame_to_its_complement)
{
    /* "Gondor agreed to keep meeting Arnor": "keep" (no verb entry) only links
     * the agreement to what is agreed, which gives no event of its own */
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
                               "4\tkeep\tkeep\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
                               "5\tmeeting\tmeet\tVERB\tVBG\t_\t4\txcomp\t_\t_\n"
                               "6\tArnor\tArnor\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_news_by(tree, 1, got, sizeof got), "GON ARN 030;");
}

TEST(coder_news_multiword_verb_words_are_not_its_object)
{
    /* "Gondor exchanged fire with Arnor": FIRE is the verb's own word, so
     * the block's pattern for "fight fires" must not take it */
    static const char fight[] = "--- FIGHT [190] ---\nFIGHT\n+EXCHANGE_FIRE\n- * FIRE/FIRES [---]\n";
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\texchanged\texchange\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tfire\tfire\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                               "4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n"
                               "5\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    static const char fires[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                "2\tfought\tfight\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\tfires\tfire\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                                "5\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                                "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    pl_knowledge *k = fixture_knowledge(fight, actors, agents, 0);
    CHECK_STR(fixture_code(k, tree, 1, got, sizeof got), "GON ARN 190;");
    /* the plain verb with FIRES as its object still takes the pattern */
    CHECK_STR(fixture_code(k, fires, 1, got, sizeof got), "");
    pl_knowledge_free(k);
}

TEST(coder_news_head_noun_names_the_branch_of_the_state)
{
    /* "Gondor criticized Mordor's military intelligence agency": the agency
     * is Mordor's intelligence service; "military" does not stack MIL */
    static const char branch_agents[] = "MILITARY [~MIL]\nINTELLIGENCE_AGENCY [~SPY]\nRULERS [~GOV]\n";
    static const char agency[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "3\tMordor\tMordor\tPROPN\tNNP\t_\t7\tnmod:poss\t_\t_\n"
                                 "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
                                 "5\tmilitary\tmilitary\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
                                 "6\tintelligence\tintelligence\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
                                 "7\tagency\tagency\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                                 "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    static const char rulers[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "3\tMordor\tMordor\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
                                 "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
                                 "5\tmilitary\tmilitary\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                                 "6\trulers\truler\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                 "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    pl_knowledge *k = fixture_knowledge(verbs, actors, branch_agents, 1);
    CHECK_STR(fixture_code(k, agency, 1, got, sizeof got), "GON MORSPY 111;");
    /* a generic government head takes the branch its modifier names */
    CHECK_STR(fixture_code(k, rulers, 1, got, sizeof got), "GON MORMIL 111;");
    pl_knowledge_free(k);
    /* by PETRARCH's conventions the first branch word wins */
    k = fixture_knowledge(verbs, actors, branch_agents, 0);
    CHECK_STR(fixture_code(k, agency, 1, got, sizeof got), "GON MORMIL 111;");
    pl_knowledge_free(k);
}

TEST(coder_news_stranded_verb_patterns_see_its_object)
{
    /* "Bree police fired tear gas at protesters", parsed with "fired" as a
     * modifier of "gas" and no main verb: the words read as the object
     * still choose the pattern (175, not FIRE's 190) */
    static const char fire[] = "--- FIRE [190] ---\nFIRE\n- * {TEAR GAS} [175]\n";
    static const char fire_agents[] = "POLICE [~COP]\nPROTESTERS [~CVL]\n";
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tpolice\tpolice\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                               "3\tfired\tfire\tVERB\tVBN\t_\t5\tamod\t_\t_\n"
                               "4\ttear\ttear\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                               "5\tgas\tgas\tNOUN\tNN\t_\t2\tconj\t_\t_\n"
                               "6\tat\tat\tADP\tIN\t_\t7\tcase\t_\t_\n"
                               "7\tprotesters\tprotester\tNOUN\tNNS\t_\t5\tnmod\t_\t_\n"
                               "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    pl_knowledge *k = fixture_knowledge(fire, actors, fire_agents, 1);
    CHECK_STR(fixture_code(k, tree, 1, got, sizeof got), "BRECOP BRECVL 175;");
    pl_knowledge_free(k);
}
