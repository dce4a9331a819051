/*
 * test_coder_ud.c - the coder on trees as petrel's own parser gives them
 * (UD English EWT conventions, read from CoNLL-U written by hand), where
 * they differ from trees converted from Penn Treebank parses: a title
 * before a name is nmod:desc, a purpose to-infinitive is advcl, and a
 * reporting clause is a parataxis of the main clause.
 */
#include "test.h"

#include "coder_fixture.h"

static const char verbs[] = "--- CRITICIZE [111] ---\nCRITICIZE\n\n"
                            "--- PLEASE [012] ---\nPLEASE\n\n"
                            "--- SAY [023] ---\nSAY\nSAID\n";
static const char actors[] = "BREE [BRE]\nGONDOR [GON]\nARNOR [ARN]\nROHAN [ROH]\n";
static const char agents[] = "PRESIDENT [~GOV]\nOFFICIALS [~GOV]\n";

/* Code the one sentence of `conllu` (require_dyad as given); its events as
 * "SRC TGT CODE;" into buf. */
static const char *code_conllu(const char *conllu, int require_dyad, char *buf, size_t size)
{
    pl_knowledge *k = fixture_knowledge(verbs, actors, agents, 0);
    fixture_code(k, conllu, require_dyad, buf, size);
    pl_knowledge_free(k);
    return buf;
}

TEST(coder_ud_title_before_a_name_is_part_of_it)
{
    static const char tree[] = "1\tBree\tBree\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
                               "2\tPresident\tPresident\tPROPN\tNNP\t_\t3\tnmod:desc\t_\t_\n"
                               "3\tRomendacil\tRomendacil\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                               "4\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "5\tGondor\tGondor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                               "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_conllu(tree, 1, got, sizeof got), "BREGOV GON 111;");
}

TEST(coder_ud_purpose_infinitive_gives_no_event_of_its_own)
{
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                               "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                               "5\tplease\tplease\tVERB\tVB\t_\t2\tadvcl\t_\t_\n"
                               "6\tRohan\tRohan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_conllu(tree, 1, got, sizeof got), "GON ARN 111;");
}

TEST(coder_ud_reporting_clause_beside_a_coded_one_is_coded)
{
    static const char tree[] = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                               "4\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
                               "5\tofficials\tofficial\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
                               "6\tsaid\tsay\tVERB\tVBD\t_\t2\tparataxis\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    char got[256];
    CHECK_STR(code_conllu(tree, 0, got, sizeof got), "GON ARN 111;~GOV --- 023;");
}
