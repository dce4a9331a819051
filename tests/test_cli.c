/*
 * test_cli.c - the petrel command, run as a program (test_petrel_bin(),
 * from the repository root): help texts and exit statuses, `petrel code` on
 * small PETRARCH XML files written at test time with dictionaries of its
 * own (JSON Lines and TSV output, atomic -o, story discards, bad records in
 * the middle of a file), and unknown options.
 */
#include "test.h"

#include "cli_harness.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- dictionaries and records (written for these tests) -------------------------- */

#define P_PAK_CRIT_IND                                                                     \
    "(ROOT (S (NP (NNP Pakistan)) (VP (VBD criticized) (NP (NNP India))) (. .)))"
#define P_IND_ATT_CHN "(ROOT (S (NP (NNP India)) (VP (VBD attacked) (NP (NNP China))) (. .)))"
#define P_PAK_VIS_IND "(ROOT (S (NP (NNP Pakistan)) (VP (VBD visited) (NP (NNP India))) (. .)))"
#define P_CHN_CRIT_AFG                                                                     \
    "(ROOT (S (NP (NNP China)) (VP (VBD criticized) (NP (NNP Afghanistan))) (. .)))"
#define P_QUAKE                                                                            \
    "(ROOT (S (NP (DT The) (NN earthquake)) (VP (VBD killed) (NP (CD 12) (NNS people))) (. .)))"

#define SENTENCE(id, date, text, parse)                                                    \
    "<Sentence date=\"" date "\" id=\"" id "\" source=\"AFP\" sentence=\"True\">\n"          \
    "<Text>" text "</Text>\n"                                                              \
    "<Parse>" parse "</Parse>\n"                                                           \
    "</Sentence>\n"

static const char records_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Sentences>\n" SENTENCE("AAA01_1", "20110105", "Pakistan criticized India.", P_PAK_CRIT_IND)
        SENTENCE("AAA01_2", "20110105", "India attacked China.", P_IND_ATT_CHN)
            SENTENCE("BBB02_1", "20110106", "Pakistan visited India.", P_PAK_VIS_IND)
                SENTENCE("BBB02_2", "20110106", "The earthquake killed 12 people.", P_QUAKE)
                    SENTENCE("CCC03_1", "20110107", "The earthquake killed 12 people.", P_QUAKE)
                        SENTENCE("CCC03_2", "20110107", "Pakistan visited India.", P_PAK_VIS_IND)
                            SENTENCE("DDD04_1", "2011-01-08", "China criticized Afghanistan.",
                                     P_CHN_CRIT_AFG) "</Sentences>\n";

/* 1-based line of the first line of text containing needle. */
static long text_line(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    if (!p)
        return -1;
    long n = 1;
    for (const char *q = text; q < p; q++)
        n += *q == '\n';
    return n;
}

/* Number of entries in the folder (without . and ..). */
static int dir_entries(const char *dir)
{
    int n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    for (struct dirent *e; (e = readdir(d));)
        n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return n;
}

/* ---- help and options ---------------------------------------------------------------- */

TEST(cli_help)
{
    cli c;
    if (cli_open(&c))
        return;
    CHECK_INT(cli_run(&c, "--help"), 0);
    CHECK(strstr(c.out, "usage: petrel") != NULL);
    CHECK(strstr(c.out, "code") && strstr(c.out, "validate") && strstr(c.out, "explain"));
    static const char *const cmds[] = {"code", "validate", "explain"};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        char args[64];
        snprintf(args, sizeof args, "%s --help", cmds[i]);
        if (cli_run(&c, args) != 0)
            test_fail(__FILE__, __LINE__, "petrel %s exited %d", args, c.status);
        char want[64];
        snprintf(want, sizeof want, "usage: petrel %s", cmds[i]);
        if (!strstr(c.out, want))
            test_fail(__FILE__, __LINE__, "petrel %s printed no \"%s\"", args, want);
    }
    cli_close(&c);
}

TEST(cli_unknown_option_or_command_exits_2)
{
    cli c;
    if (cli_open(&c))
        return;
    char xml[256], args[4096];
    path_in(&c, xml, sizeof xml, "in.xml");
    CHECK_INT(put_file(xml, records_xml), 0);
    snprintf(args, sizeof args, "code %s --no-such-option %s", c.dicts, xml);
    CHECK_INT(cli_run(&c, args), 2);
    CHECK(strstr(c.err, "--no-such-option") != NULL);
    CHECK_STR(c.out, "");
    snprintf(args, sizeof args, "code %s --format yaml %s", c.dicts, xml);
    CHECK_INT(cli_run(&c, args), 2);
    CHECK_INT(cli_run(&c, "no-such-command"), 2);
    CHECK_INT(cli_run(&c, "explain --no-such-option"), 2);
    CHECK_INT(cli_run(&c, "validate --no-such-option"), 2);
    CHECK_INT(cli_run(&c, ""), 2);
    cli_close(&c);
}

/* Ensemble sizes and thread counts out of range are refused before any
 * treebank is read (the treebank named here does not exist). */
TEST(cli_train_refuses_bad_ensemble_and_threads)
{
    cli c;
    if (cli_open(&c))
        return;
    static const char *const bad[][2] = {
        {"--ensemble 0", "--ensemble takes 1 to 16"},
        {"--ensemble 17", "--ensemble takes 1 to 16"},
        {"-j 0", "-j takes 1 or more"},
        {"--ensemble x", "not a count"},
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        char args[256];
        snprintf(args, sizeof args, "train --train %s/none.conllu -o %s/m.pmodel %s", c.dir, c.dir,
                 bad[k][0]);
        CHECK_INT(cli_run(&c, args), 2);
        CHECK(strstr(c.err, bad[k][1]) != NULL);
    }
    cli_close(&c);
}

/* ---- petrel code ------------------------------------------------------------------- */

TEST(cli_code_jsonl)
{
    cli c;
    if (cli_open(&c))
        return;
    char xml[256], args[4096], line[4096];
    path_in(&c, xml, sizeof xml, "in.xml");
    CHECK_INT(put_file(xml, records_xml), 0);
    snprintf(args, sizeof args, "code %s %s", c.dicts, xml);
    CHECK_INT(cli_run(&c, args), 0);
    /* AAA01: 2 events; BBB02 and CCC03: story discards; DDD04: 1 event */
    CHECK_INT(count_lines(c.out), 3);
    line_with(c.out, "\"AAA01_1\"", line, sizeof line);
    CHECK(line[0] == '{' && line[strlen(line) - 1] == '}');
    CHECK(strstr(line, "{\"doc_id\":\"AAA01\"") == line);
    CHECK(strstr(line, "\"sentence_id\":\"AAA01_1\"") != NULL);
    CHECK(strstr(line, "\"date\":\"2011-01-05\"") != NULL);
    CHECK(strstr(line, "\"source\":\"PAK\"") != NULL);
    CHECK(strstr(line, "\"target\":\"IND\"") != NULL);
    CHECK(strstr(line, "\"code\":\"111\"") != NULL);
    CHECK(strstr(line, "\"evidence\":{") != NULL);
    CHECK(strstr(line, "\"sentence\":\"Pakistan criticized India.\"") != NULL);
    CHECK(strstr(line, "\"verb\":{\"text\":\"criticized\",\"tokens\":[1,2],\"bytes\":[9,19]}") !=
          NULL);
    CHECK(strstr(line, "\"verb_block\":\"CRITICIZE\"") != NULL);
    char rule[256];
    snprintf(rule, sizeof rule, "\"rule\":\"%s:2\"", c.verbs);
    CHECK(strstr(line, rule) != NULL);
    line_with(c.out, "\"AAA01_2\"", line, sizeof line);
    CHECK(strstr(line, "\"source\":\"IND\",\"target\":\"CHN\",\"code\":\"190\"") != NULL);
    /* a date written YYYY-MM-DD comes out the same */
    line_with(c.out, "\"DDD04_1\"", line, sizeof line);
    CHECK(strstr(line, "\"doc_id\":\"DDD04\"") != NULL);
    CHECK(strstr(line, "\"date\":\"2011-01-08\"") != NULL);
    CHECK(strstr(line, "\"source\":\"CHN\",\"target\":\"AFG\",\"code\":\"111\"") != NULL);
    cli_close(&c);
}

TEST(cli_code_tsv_has_petrarch_columns)
{
    cli c;
    if (cli_open(&c))
        return;
    char xml[256], args[4096];
    path_in(&c, xml, sizeof xml, "in.xml");
    CHECK_INT(put_file(xml, records_xml), 0);
    snprintf(args, sizeof args, "code %s --format tsv %s", c.dicts, xml);
    CHECK_INT(cli_run(&c, args), 0);
    /* DATE SRC TGT CAMEO ISSUES SENTENCE_ID STORY_SOURCE */
    CHECK_STR(c.out, "20110105\tPAK\tIND\t111\t\tAAA01_1\tAFP\n"
                     "20110105\tIND\tCHN\t190\t\tAAA01_2\tAFP\n"
                     "2011-01-08\tCHN\tAFG\t111\t\tDDD04_1\tAFP\n");
    cli_close(&c);
}

TEST(cli_code_story_discard_drops_the_whole_story)
{
    cli c;
    if (cli_open(&c))
        return;
    char xml[256], args[4096];
    path_in(&c, xml, sizeof xml, "in.xml");
    CHECK_INT(put_file(xml, records_xml), 0);
    snprintf(args, sizeof args, "code %s %s", c.dicts, xml);
    CHECK_INT(cli_run(&c, args), 0);
    /* BBB02_1 has events but BBB02_2 discards its story; CCC03 discards first */
    CHECK(strstr(c.out, "BBB02") == NULL);
    CHECK(strstr(c.out, "CCC03") == NULL);
    CHECK(strstr(c.out, "\"AAA01_1\"") != NULL);
    CHECK(strstr(c.out, "\"DDD04_1\"") != NULL);
    /* the same records without the discard list: those stories are coded */
    snprintf(args, sizeof args, "code --verbs %s --actors %s %s", c.verbs, c.actors, xml);
    CHECK_INT(cli_run(&c, args), 0);
    CHECK(strstr(c.out, "\"BBB02_1\"") != NULL);
    CHECK(strstr(c.out, "\"CCC03_2\"") != NULL);
    CHECK_INT(count_lines(c.out), 7);
    cli_close(&c);
}

TEST(cli_code_output_file_is_written_atomically)
{
    cli c;
    if (cli_open(&c))
        return;
    char xml[256], out[256], args[4096], got[1 << 16];
    path_in(&c, xml, sizeof xml, "in.xml");
    path_in(&c, out, sizeof out, "events.tsv");
    CHECK_INT(put_file(xml, records_xml), 0);
    int before = dir_entries(c.dir);
    snprintf(args, sizeof args, "code %s --format tsv -o %s %s", c.dicts, out, xml);
    CHECK_INT(cli_run(&c, args), 0);
    CHECK_STR(c.out, "");
    slurp(out, got, sizeof got);
    CHECK_STR(got, "20110105\tPAK\tIND\t111\t\tAAA01_1\tAFP\n"
                   "20110105\tIND\tCHN\t190\t\tAAA01_2\tAFP\n"
                   "2011-01-08\tCHN\tAFG\t111\t\tDDD04_1\tAFP\n");
    CHECK_INT(dir_entries(c.dir), before + 1);   /* the output and no temporary file */
    /* a failed run leaves the earlier file as it was, and no temporary file */
    char missing[256];
    path_in(&c, missing, sizeof missing, "missing.xml");
    snprintf(args, sizeof args, "code %s --format tsv -o %s %s %s", c.dicts, out, xml, missing);
    CHECK(cli_run(&c, args) != 0);
    char again[1 << 16];
    slurp(out, again, sizeof again);
    CHECK_STR(again, got);
    CHECK_INT(dir_entries(c.dir), before + 1);
    /* a failed run to a new file creates none */
    char fresh[256];
    path_in(&c, fresh, sizeof fresh, "fresh.jsonl");
    snprintf(args, sizeof args, "code %s -o %s %s", c.dicts, fresh, missing);
    CHECK(cli_run(&c, args) != 0);
    CHECK(access(fresh, F_OK) != 0);
    CHECK_INT(dir_entries(c.dir), before + 1);
    cli_close(&c);
}

/* Three records, the middle one bad; `needle` is text of its <Sentence> tag. */
static void check_bad_middle_record(const char *middle, const char *needle)
{
    cli c;
    if (cli_open(&c))
        return;
    char xml[4096], path[256], args[4096];
    snprintf(xml, sizeof xml,
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Sentences>\n%s%s%s</Sentences>\n",
             SENTENCE("EEE05_1", "20110105", "Pakistan criticized India.", P_PAK_CRIT_IND), middle,
             SENTENCE("GGG07_1", "20110107", "India attacked China.", P_IND_ATT_CHN));
    path_in(&c, path, sizeof path, "bad.xml");
    CHECK_INT(put_file(path, xml), 0);
    snprintf(args, sizeof args, "code %s --format tsv %s", c.dicts, path);
    cli_run(&c, args);
    /* the records around the bad one are coded */
    CHECK_STR(c.out, "20110105\tPAK\tIND\t111\t\tEEE05_1\tAFP\n"
                     "20110107\tIND\tCHN\t190\t\tGGG07_1\tAFP\n");
    /* and it is reported as file:line, the line of its <Sentence> tag (or of
     * its <Parse>, two lines further) */
    long line = text_line(xml, needle);
    CHECK(line > 0);
    char at_sentence[512], at_parse[512];
    snprintf(at_sentence, sizeof at_sentence, "%s:%ld:", path, line);
    snprintf(at_parse, sizeof at_parse, "%s:%ld:", path, line + 2);
    if (!strstr(c.err, at_sentence) && !strstr(c.err, at_parse))
        test_fail(__FILE__, __LINE__, "stderr does not report \"%s\" (or \"%s\"): %s",
                  at_sentence, at_parse, c.err);
    cli_close(&c);
}

TEST(cli_code_bad_parse_in_the_middle)
{
    check_bad_middle_record(
        SENTENCE("FFF06_1", "20110106", "Pakistan was attacked.",
                 "(ROOT (S (NP (NNP Pakistan)) (VP (VBD was) (VP (VBN attacked)) (. .)))"),
        "id=\"FFF06_1\"");
}

TEST(cli_code_bad_date_in_the_middle)
{
    check_bad_middle_record(SENTENCE("FFF06_1", "2011-13-45", "China criticized Afghanistan.",
                                     P_CHN_CRIT_AFG),
                            "id=\"FFF06_1\"");
}

TEST(cli_code_record_without_id_in_the_middle)
{
    check_bad_middle_record("<Sentence date=\"20110106\" sentence=\"True\">\n"
                            "<Text>China criticized Afghanistan.</Text>\n"
                            "<Parse>" P_CHN_CRIT_AFG "</Parse>\n"
                            "</Sentence>\n",
                            "<Sentence date=\"20110106\"");
}

/* ---- plain text and --parse (need a model: the built-in one, or PETREL_TEST_MODEL) --- */

/* " --model FILE" when PETREL_TEST_MODEL names one, else "" (the built-in model). */
static const char *model_option(void)
{
    static char buf[600];
    const char *m = getenv("PETREL_TEST_MODEL");
    snprintf(buf, sizeof buf, "%s%s", m && *m ? " --model " : "", m && *m ? m : "");
    return buf;
}

TEST(cli_code_text_input)
{
    cli c;
    if (cli_open(&c))
        return;
    char doc[256], args[4096], line[4096];
    path_in(&c, doc, sizeof doc, "story7.txt");
    CHECK_INT(put_file(doc, "Pakistan criticized India.\n\nChina attacked Afghanistan.\n"), 0);
    snprintf(args, sizeof args, "code %s --input-format text --date 2011-01-05%s %s", c.dicts,
             model_option(), doc);
    cli_run(&c, args);
    if (skipped_without_model(&c)) {
        cli_close(&c);
        return;
    }
    CHECK_INT(c.status, 0);
    CHECK_INT(count_lines(c.out), 2);
    line_with(c.out, "\"story7-1\"", line, sizeof line);
    CHECK(strstr(line, "{\"doc_id\":\"story7\",\"sentence_id\":\"story7-1\"") == line);
    CHECK(strstr(line, "\"date\":\"2011-01-05\"") != NULL);
    CHECK(strstr(line, "\"source\":\"PAK\",\"target\":\"IND\",\"code\":\"111\"") != NULL);
    CHECK(strstr(line, "\"sentence\":\"Pakistan criticized India.\"") != NULL);
    line_with(c.out, "\"story7-2\"", line, sizeof line);
    CHECK(strstr(line, "\"source\":\"CHN\",\"target\":\"AFG\",\"code\":\"190\"") != NULL);
    /* spans point into the sentence, not the document */
    CHECK(strstr(line, "\"verb\":{\"text\":\"attacked\",\"tokens\":[1,2],\"bytes\":[6,14]}") !=
          NULL);
    /* a bad --date is an error, not a skipped sentence */
    snprintf(args, sizeof args, "code %s --input-format text --date 2011-02-30%s %s", c.dicts,
             model_option(), doc);
    CHECK_INT(cli_run(&c, args), 1);
    CHECK(strstr(c.err, "--date") != NULL);
    cli_close(&c);
}

TEST(cli_code_text_input_needs_a_date_line_or_option)
{
    cli c;
    if (cli_open(&c))
        return;
    char doc[256], args[4096];
    path_in(&c, doc, sizeof doc, "story.txt");
    CHECK_INT(put_file(doc, "Pakistan criticized India.\n"), 0);
    snprintf(args, sizeof args, "code %s --input-format text %s", c.dicts, doc);
    CHECK_INT(cli_run(&c, args), 1);
    CHECK(strstr(c.err, "story.txt:1: no date (no Date: line or date field) and no --date") !=
          NULL);
    /* a Date: header line dates the document */
    CHECK_INT(put_file(doc, "Title: t\nDate: 2019-05-01\n\nPakistan criticized India.\n"), 0);
    CHECK_INT(cli_run(&c, args), 0);
    CHECK(strstr(c.out, "\"date\":\"2019-05-01\"") != NULL);
    snprintf(args, sizeof args, "code %s --input-format rtf %s", c.dicts, doc);
    CHECK_INT(cli_run(&c, args), 2);
    cli_close(&c);
}

/* Records whose <Parse> is missing or unreadable: --parse codes their <Text>. */
static const char records_without_parses[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Sentences>\n"
    "<Sentence date=\"20110105\" id=\"HHH08_1\" source=\"AFP\" sentence=\"True\">\n"
    "<Text>Pakistan criticized India.</Text>\n</Sentence>\n" SENTENCE(
        "HHH08_2", "20110105", "India attacked China.", "(ROOT (S (NP (NNP India)")
        "</Sentences>\n";

TEST(cli_code_parse_codes_the_text)
{
    cli c;
    if (cli_open(&c))
        return;
    char xml[256], args[4096];
    path_in(&c, xml, sizeof xml, "in.xml");
    CHECK_INT(put_file(xml, records_without_parses), 0);
    snprintf(args, sizeof args, "code %s --format tsv %s", c.dicts, xml);
    CHECK_INT(cli_run(&c, args), 0);
    CHECK_STR(c.out, "");   /* without --parse there is nothing to code */
    snprintf(args, sizeof args, "code %s --format tsv --parse%s %s", c.dicts, model_option(), xml);
    cli_run(&c, args);
    if (skipped_without_model(&c)) {
        cli_close(&c);
        return;
    }
    CHECK_INT(c.status, 0);
    CHECK_STR(c.out, "20110105\tPAK\tIND\t111\t\tHHH08_1\tAFP\n"
                     "20110105\tIND\tCHN\t190\t\tHHH08_2\tAFP\n");
    cli_close(&c);
}

TEST(cli_validate_parse_ignores_the_parse)
{
    cli c;
    if (cli_open(&c))
        return;
    char xml[4096], path[256], args[4096];
    snprintf(xml, sizeof xml,
             "<Validation>\n<Environment>\n<Verbfile>verbs.txt</Verbfile>\n"
             "<Actorfile>actors.txt</Actorfile>\n</Environment>\n<Sentences>\n"
             "<Sentence date=\"20110105\" id=\"V-1\" category=\"T\" sentence=\"true\">\n"
             "<EventCoding sourcecode=\"PAK\" targetcode=\"IND\" eventcode=\"111\"></EventCoding>\n"
             "<Text>Pakistan criticized India.</Text>\n"
             "<Parse>" P_CHN_CRIT_AFG "</Parse>\n</Sentence>\n</Sentences>\n</Validation>\n");
    path_in(&c, path, sizeof path, "valid.xml");
    CHECK_INT(put_file(path, xml), 0);
    /* the (wrong) parse fails the record; parsing the text passes it */
    snprintf(args, sizeof args, "validate --dict-dir %s %s", c.dir, path);
    CHECK_INT(cli_run(&c, args), 1);
    CHECK(strstr(c.out, "0 passed, 1 failed") != NULL);
    snprintf(args, sizeof args, "validate --dict-dir %s --parse%s %s", c.dir, model_option(),
             path);
    cli_run(&c, args);
    if (skipped_without_model(&c)) {
        cli_close(&c);
        return;
    }
    CHECK_INT(c.status, 0);
    CHECK(strstr(c.out, "1 passed, 0 failed") != NULL);
    cli_close(&c);
}

TEST(cli_explain_text)
{
    cli c;
    if (cli_open(&c))
        return;
    char args[4096];
    snprintf(args, sizeof args, "explain %s --date 2011-01-05%s --text 'India attacked China.'",
             c.dicts, model_option());
    cli_run(&c, args);
    if (skipped_without_model(&c)) {
        cli_close(&c);
        return;
    }
    CHECK_INT(c.status, 0);
    CHECK(strstr(c.out, "attacked") != NULL);
    CHECK(strstr(c.out, "  IND CHN 190") != NULL);
    cli_close(&c);
}

/* ---- eval-events and dict ------------------------------------------------------------ */

static const char gold_jsonl[] =
    "{\"id\":\"g1\",\"date\":\"2019-05-01\",\"text\":\"Pakistan criticized India.\","
    "\"events\":[{\"source\":\"PAK\",\"target\":\"IND\",\"code\":\"111\"}],"
    "\"actors\":[{\"text\":\"Pakistan\",\"code\":\"PAK\"},{\"text\":\"India\",\"code\":\"IND\"}]}\n"
    "{\"id\":\"g2\",\"date\":\"2019-05-01\",\"text\":\"India attacked China.\","
    "\"events\":[{\"source\":\"IND\",\"target\":\"CHN\",\"code\":\"193\"},"
    "{\"source\":\"CHN\",\"target\":\"IND\",\"code\":\"190\"}],"
    "\"actors\":[{\"text\":\"Nepal\",\"code\":\"NPL\"}]}\n";

TEST(cli_eval_events_scores_both_levels_and_lists_differences)
{
    cli c;
    if (cli_open(&c))
        return;
    char gold[256], args[4096];
    path_in(&c, gold, sizeof gold, "gold.jsonl");
    CHECK_INT(put_file(gold, gold_jsonl), 0);
    snprintf(args, sizeof args, "eval-events %s %s", c.dicts, gold);
    cli_run(&c, args);
    if (c.status != 0 && strstr(c.err, "model")) {
        cli_close(&c);
        SKIP("petrel was built without a model");
    }
    CHECK_INT(c.status, 0);
    /* coded: PAK IND 111, IND CHN 190; expected 3 events. Root level: 2 of 3
     * matched; full codes: only the first (190 is not 193). */
    CHECK(strstr(c.out, "(source, target, root)     precision 1.000  recall 0.667  F1 0.800") != NULL);
    CHECK(strstr(c.out, "(source, target, code)     precision 0.500  recall 0.333  F1 0.400") != NULL);
    CHECK(strstr(c.out, "g2  India attacked China.") != NULL);
    CHECK(strstr(c.out, "g1  ") == NULL); /* g1 is right: not listed */
    snprintf(args, sizeof args, "eval-events --actor-mentions %s %s", c.dicts, gold);
    CHECK_INT(cli_run(&c, args), 0);
    CHECK(strstr(c.out, "actor mentions: 3; coded right 2, missed 1, coded wrongly 0") != NULL);
    CHECK(strstr(c.out, "g2  Nepal") != NULL);
    /* a broken line is named, the others still scored, and the exit is 1 */
    CHECK_INT(put_file(gold, "{\"id\":\"x\"\n"), 0);
    snprintf(args, sizeof args, "eval-events --actor-mentions %s %s", c.dicts, gold);
    CHECK_INT(cli_run(&c, args), 1);
    CHECK(strstr(c.err, "gold.jsonl:1:") != NULL);
    cli_close(&c);
}

TEST(cli_dict_lookup_and_check)
{
    cli c;
    if (cli_open(&c))
        return;
    char args[4096];
    snprintf(args, sizeof args, "dict lookup %s --date 2019-05-01 \"Pakistan government\"", c.dicts);
    CHECK_INT(cli_run(&c, args), 0);
    CHECK(strstr(c.out, "phrase -> PAK ") != NULL);
    CHECK(strstr(c.out, "agent -> ~GOV") != NULL);
    snprintf(args, sizeof args, "dict lookup %s --date 2019-05-01 Narnia", c.dicts);
    CHECK_INT(cli_run(&c, args), 1);
    CHECK(strstr(c.out, "no dictionary entry matches") != NULL);
    /* the test dictionaries leave most CAMEO codes unreachable */
    snprintf(args, sizeof args, "dict check %s", c.dicts);
    CHECK_INT(cli_run(&c, args), 1);
    CHECK(strstr(c.out, "is produced by no verb or pattern") != NULL);
    CHECK(strstr(c.out, "problems") != NULL);
    cli_close(&c);
}
