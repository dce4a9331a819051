/*
 * test_ptb2ud.c - Penn Treebank -> UD conversion: hand-checked heads and
 * relations for the constructions the event coder relies on, tags, offsets,
 * the Penn label and word tables, the same result whatever the order of a
 * tree's nodes, and the tree guarantee (one root, heads in range, no cycle)
 * over the PETRARCH files and over random garbage trees.
 */
#include "test.h"

#include <stdlib.h>

#include "../src/parse/penn.h"
#include "../src/parse/ptb2ud.h"
#include "../src/read/petrarch_xml.h"

/* One converted sentence kept alive for the checks of a test. */
typedef struct conv_t {
    pl_arena a;
    pl_sentence s;
    int ok;
} conv_t;

static void convert(conv_t *c, const char *parse, const char *text)
{
    pl_arena_init(&c->a, 0);
    pl_ctree t;
    pl_diag d = {NULL, NULL, 0, 1};
    c->ok = pl_ptb_read(parse, strlen(parse), &c->a, &t, &d, "inline", 1) == PTB_OK &&
            pl_ptb_to_ud(&t, text, &c->a, &c->s) == 0;
    if (!c->ok)
        c->s.n = 0;
}

static int tok_of(const conv_t *c, const char *form)
{
    for (int i = 0; i < c->s.n; i++)
        if (strcmp(c->s.tok[i].form, form) == 0)
            return i;
    return -1;
}

/* "form" depends on "head" (form, or ROOT) with relation rel. */
static void check_dep(const conv_t *c, const char *form, const char *head, const char *rel,
                      int line)
{
    int i = tok_of(c, form);
    if (i < 0) {
        test_fail(__FILE__, line, "no token \"%s\"", form);
        return;
    }
    const pl_token *t = &c->s.tok[i];
    const char *got = t->head < 0 ? "ROOT" : c->s.tok[t->head].form;
    if (strcmp(got, head) != 0 || strcmp(t->deprel, rel) != 0)
        test_fail(__FILE__, line, "%s <-%s- %s, expected <-%s- %s", form, t->deprel, got, rel,
                  head);
}

#define DEP(c, form, head, rel) check_dep(c, form, head, rel, __LINE__)

/* One root, heads in range, every token reaches the root. */
static int is_tree(const pl_sentence *s)
{
    int roots = 0;
    for (int i = 0; i < s->n; i++) {
        int h = s->tok[i].head;
        if (h == -1)
            roots++;
        else if (h < 0 || h >= s->n || h == i)
            return 0;
    }
    if (roots != 1)
        return 0;
    for (int i = 0; i < s->n; i++) {
        int j = i, steps = 0;
        while (s->tok[j].head >= 0 && steps++ <= s->n)
            j = s->tok[j].head;
        if (steps > s->n)
            return 0;
    }
    return 1;
}

static void done(conv_t *c)
{
    CHECK(c->ok);
    CHECK(is_tree(&c->s));
    pl_arena_free(&c->a);
}

TEST(ud_transitive)
{
    conv_t c;
    convert(&c, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))", NULL);
    DEP(&c, "attacked", "ROOT", "root");
    DEP(&c, "Arnor", "attacked", "nsubj");
    DEP(&c, "Gondor", "attacked", "obj");
    DEP(&c, ".", "attacked", "punct");
    done(&c);
}

TEST(ud_about_to_restore)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB restore)"
            " (NP (JJ full) (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))"
            " (SBAR (NP (RB almost) (CD five) (NNS years)) (IN after) (S (NP (NNS crowds))"
            " (VP (VBD trashed) (NP (PRP$ its) (NN embassy))))))))))) (. .)))",
            NULL);
    DEP(&c, "restore", "ROOT", "root");
    DEP(&c, "Arnor", "restore", "nsubj");
    DEP(&c, "is", "restore", "aux");
    DEP(&c, "about", "restore", "mark");
    DEP(&c, "to", "restore", "mark");
    DEP(&c, "ties", "restore", "obj");
    DEP(&c, "full", "ties", "amod");
    DEP(&c, "Gondor", "restore", "obl");
    DEP(&c, "with", "Gondor", "case");
    DEP(&c, "trashed", "restore", "advcl");
    DEP(&c, "after", "trashed", "mark");
    DEP(&c, "crowds", "trashed", "nsubj");
    DEP(&c, "years", "trashed", "obl:npmod");
    DEP(&c, "five", "years", "nummod");
    DEP(&c, "embassy", "trashed", "obj");
    DEP(&c, "its", "embassy", "nmod:poss");
    done(&c);
}

TEST(ud_passive_with_agent)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (DT The) (NN embassy)) (VP (VBD was) (VP (VBN attacked) (PP (IN by)"
            " (NP (NNS rebels))))) (. .)))",
            NULL);
    DEP(&c, "attacked", "ROOT", "root");
    DEP(&c, "embassy", "attacked", "nsubj:pass");
    DEP(&c, "was", "attacked", "aux:pass");
    DEP(&c, "rebels", "attacked", "obl:agent");
    DEP(&c, "by", "rebels", "case");
    DEP(&c, "The", "embassy", "det");
    CHECK_STR(c.s.tok[tok_of(&c, "was")].upos, "AUX");
    done(&c);
}

TEST(ud_perfect_passive_and_tmp)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP-SBJ (DT The) (NN town)) (VP (VBZ has) (VP (VBN been) (VP (VBN shelled)"
            " (NP-TMP (NN today))))) (. .)))",
            NULL);
    DEP(&c, "shelled", "ROOT", "root");
    DEP(&c, "has", "shelled", "aux");
    DEP(&c, "been", "shelled", "aux:pass");
    DEP(&c, "town", "shelled", "nsubj:pass");
    DEP(&c, "today", "shelled", "obl:tmod");
    done(&c);
}

TEST(ud_copula_noun_and_adjective)
{
    conv_t c;
    convert(&c, "(ROOT (S (NP (NNP Falastur)) (VP (VBZ is) (NP (DT the) (NN president))) (. .)))",
            NULL);
    DEP(&c, "president", "ROOT", "root");
    DEP(&c, "is", "president", "cop");
    DEP(&c, "Falastur", "president", "nsubj");
    CHECK_STR(c.s.tok[tok_of(&c, "is")].upos, "AUX");
    done(&c);
    convert(&c,
            "(ROOT (S (NP (PRP He)) (VP (VBD was) (ADJP (JJ unaware) (PP (IN of) (NP (DT the)"
            " (NN deal))))) (. .)))",
            NULL);
    DEP(&c, "unaware", "ROOT", "root");
    DEP(&c, "was", "unaware", "cop");
    DEP(&c, "He", "unaware", "nsubj");
    DEP(&c, "deal", "unaware", "obl");
    done(&c);
}

TEST(ud_possessive)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN army)) (VP (VBD invaded) (NP (NNP Mordor)))"
            " (. .)))",
            NULL);
    DEP(&c, "army", "invaded", "nsubj");
    DEP(&c, "Gondor", "army", "nmod:poss");
    DEP(&c, "'s", "Gondor", "case");
    CHECK_STR(c.s.tok[tok_of(&c, "'s")].upos, "PART");
    done(&c);
    convert(&c, "(NP (NNP John) (POS 's) (NN book))", NULL);
    DEP(&c, "book", "ROOT", "root");
    DEP(&c, "John", "book", "nmod:poss");
    DEP(&c, "'s", "John", "case");
    done(&c);
}

TEST(ud_np_coordination)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (NNP Gondor))) (VP (VBD signed) (NP (DT a)"
            " (NN treaty))) (. .)))",
            NULL);
    DEP(&c, "Arnor", "signed", "nsubj");
    DEP(&c, "Gondor", "Arnor", "conj");
    DEP(&c, "and", "Gondor", "cc");
    DEP(&c, "treaty", "signed", "obj");
    CHECK_STR(c.s.tok[tok_of(&c, "and")].upos, "CCONJ");
    done(&c);
    convert(&c,
            "(ROOT (S (NP (NNP France) (, ,) (NNP Germany) (CC and) (NNP Italy)) (VP (VBD met)) (. .)))",
            NULL);
    DEP(&c, "France", "met", "nsubj");
    DEP(&c, "Germany", "France", "conj");
    DEP(&c, "Italy", "France", "conj");
    DEP(&c, ",", "Germany", "punct");
    DEP(&c, "and", "Italy", "cc");
    done(&c);
}

TEST(ud_premodifier_coordination)
{
    conv_t c;
    convert(&c, "(NP (JJ economic) (CC and) (JJ political) (NNS ties))", NULL);
    DEP(&c, "ties", "ROOT", "root");
    DEP(&c, "economic", "ties", "amod");
    DEP(&c, "political", "economic", "conj");
    DEP(&c, "and", "political", "cc");
    done(&c);
    convert(&c, "(NP (NN defense) (CC and) (JJ military) (NNS officials))", NULL);
    DEP(&c, "officials", "ROOT", "root");
    DEP(&c, "military", "defense", "conj");
    done(&c);
    convert(&c, "(NP (NNP Russia) (CC and) (JJ other) (NNS countries))", NULL);
    DEP(&c, "Russia", "ROOT", "root");
    DEP(&c, "countries", "Russia", "conj");
    done(&c);
}

TEST(ud_vp_coordination)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NNS Rebels)) (VP (VP (VBD attacked) (NP (DT the) (NN town))) (CC and)"
            " (VP (VBD killed) (NP (NNS civilians)))) (. .)))",
            NULL);
    DEP(&c, "attacked", "ROOT", "root");
    DEP(&c, "Rebels", "attacked", "nsubj");
    DEP(&c, "killed", "attacked", "conj");
    DEP(&c, "and", "killed", "cc");
    DEP(&c, "civilians", "killed", "obj");
    DEP(&c, "town", "attacked", "obj");
    DEP(&c, ".", "attacked", "punct");
    done(&c);
}

TEST(ud_clause_coordination)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (S (NP (NNP China)) (VP (VBD remained) (ADJP (JJ mum)))) (CC but) (S (NP (NNP Russia))"
            " (VP (VBD protested))) (. .)))",
            NULL);
    DEP(&c, "remained", "ROOT", "root");
    DEP(&c, "mum", "remained", "xcomp");
    DEP(&c, "protested", "remained", "conj");
    DEP(&c, "but", "protested", "cc");
    DEP(&c, "Russia", "protested", "nsubj");
    DEP(&c, ".", "remained", "punct");
    done(&c);
}

TEST(ud_apposition)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NP (NNP Falastur)) (, ,) (NP (NP (DT the) (NN leader)) (PP (IN of) (NP"
            " (NNP Gondor)))) (, ,)) (VP (VBD resigned)) (. .)))",
            NULL);
    DEP(&c, "Falastur", "resigned", "nsubj");
    DEP(&c, "leader", "Falastur", "appos");
    DEP(&c, "Gondor", "leader", "nmod");
    done(&c);
}

TEST(ud_relative_clause)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NP (DT The) (NNS soldiers)) (SBAR (WHNP (WP who)) (S (VP (VBD attacked)"
            " (NP (DT the) (NN village)))))) (VP (VBD were) (VP (VBN arrested))) (. .)))",
            NULL);
    DEP(&c, "arrested", "ROOT", "root");
    DEP(&c, "soldiers", "arrested", "nsubj:pass");
    DEP(&c, "attacked", "soldiers", "acl:relcl");
    DEP(&c, "who", "attacked", "nsubj");
    DEP(&c, "village", "attacked", "obj");
    done(&c);
    convert(&c,
            "(NP (NP (DT the) (NN group)) (SBAR (WHNP (WDT that)) (S (VP (VBZ has) (VP (VBN seized)"
            " (NP (NNS parts)))))))",
            NULL);
    DEP(&c, "seized", "group", "acl:relcl");
    DEP(&c, "that", "seized", "nsubj");
    CHECK_STR(c.s.tok[tok_of(&c, "that")].upos, "PRON");
    done(&c);
}

TEST(ud_reported_speech)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NNS rebels)) (VP (VBD attacked)"
            " (NP (NNP Gondor)))))) (. .)))",
            NULL);
    DEP(&c, "said", "ROOT", "root");
    DEP(&c, "attacked", "said", "ccomp");
    DEP(&c, "rebels", "attacked", "nsubj");
    DEP(&c, "Gondor", "attacked", "obj");
    done(&c);
    convert(&c,
            "(ROOT (S (NP (NNS Officials)) (VP (VBD said) (NP (NNP Monday)) (SBAR (IN that) (S (NP"
            " (PRP it)) (VP (MD would) (VP (VB retaliate)))))) (. .)))",
            NULL);
    DEP(&c, "retaliate", "said", "ccomp");
    DEP(&c, "that", "retaliate", "mark");
    DEP(&c, "would", "retaliate", "aux");
    DEP(&c, "Monday", "said", "obl:tmod");
    CHECK_STR(c.s.tok[tok_of(&c, "that")].upos, "SCONJ");
    CHECK_STR(c.s.tok[tok_of(&c, "would")].xpos, "MD");
    CHECK_STR(c.s.tok[tok_of(&c, "would")].upos, "AUX");
    done(&c);
}

TEST(ud_inverted_reporting)
{
    conv_t c;
    convert(&c,
            "(ROOT (SINV (S (NP (NNS Rebels)) (VP (VBD attacked) (NP (DT the) (NN town)))) (, ,)"
            " (VP (VBD said)) (NP (DT the) (NN army)) (. .)))",
            NULL);
    DEP(&c, "said", "ROOT", "root");
    DEP(&c, "attacked", "said", "ccomp");
    DEP(&c, "army", "said", "nsubj");
    done(&c);
}

TEST(ud_xcomp_and_raising)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD agreed) (S (VP (TO to) (VP (VB help) (NP (NNP Gondor))))))"
            " (. .)))",
            NULL);
    DEP(&c, "help", "agreed", "xcomp");
    DEP(&c, "to", "help", "mark");
    DEP(&c, "Gondor", "help", "obj");
    DEP(&c, "Arnor", "agreed", "nsubj");
    CHECK_STR(c.s.tok[tok_of(&c, "to")].upos, "PART");
    done(&c);
    convert(&c,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (S (NP (NNP Gondor)) (VP (TO to) (VP (VB withdraw)))))"
            " (. .)))",
            NULL);
    DEP(&c, "Gondor", "urged", "obj");
    DEP(&c, "withdraw", "urged", "xcomp");
    done(&c);
    convert(&c,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD persuaded) (NP (NNP Gondor)) (S (VP (TO to) (VP (VB leave)))))"
            " (. .)))",
            NULL);
    DEP(&c, "Gondor", "persuaded", "obj");
    DEP(&c, "leave", "persuaded", "xcomp");
    done(&c);
}

TEST(ud_particle_and_pp_attachment)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD broke) (PRT (RP off)) (NP (NP (NNS relations)) (PP (IN with)"
            " (NP (NNP Arnor)))) (PP (IN on) (NP (NNP Saturday)))) (. .)))",
            NULL);
    DEP(&c, "off", "broke", "compound:prt");
    DEP(&c, "relations", "broke", "obj");
    DEP(&c, "Arnor", "relations", "nmod");
    DEP(&c, "Saturday", "broke", "obl");
    CHECK_STR(c.s.tok[tok_of(&c, "off")].upos, "ADP");
    done(&c);
}

TEST(ud_existential_there)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (EX There)) (VP (VBD was) (NP (NP (DT a) (NN pause)) (PP (IN in) (NP (DT the)"
            " (NN bombing))))) (. .)))",
            NULL);
    DEP(&c, "was", "ROOT", "root");
    DEP(&c, "There", "was", "expl");
    DEP(&c, "pause", "was", "nsubj");
    DEP(&c, "bombing", "pause", "nmod");
    CHECK_STR(c.s.tok[tok_of(&c, "There")].upos, "PRON");
    done(&c);
}

TEST(ud_negation)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB attack) (NP (NNP Gondor)))) (. .)))",
            NULL);
    DEP(&c, "attack", "ROOT", "root");
    DEP(&c, "will", "attack", "aux");
    DEP(&c, "not", "attack", "advmod");
    done(&c);
    convert(&c, "(ROOT (S (NP (PRP They)) (VP (VBD did) (RB n't) (VP (VB leave))) (. .)))", NULL);
    DEP(&c, "did", "leave", "aux");
    DEP(&c, "n't", "leave", "advmod");
    CHECK_STR(c.s.tok[tok_of(&c, "did")].upos, "AUX");
    CHECK_STR(c.s.tok[tok_of(&c, "leave")].upos, "VERB");
    done(&c);
}

TEST(ud_double_object)
{
    conv_t c;
    convert(&c, "(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NNP Gondor)) (NP (NN aid))) (. .)))",
            NULL);
    DEP(&c, "Gondor", "gave", "iobj");
    DEP(&c, "aid", "gave", "obj");
    done(&c);
}

TEST(ud_adverbial_clause_and_pp_clause)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD retaliated) (SBAR (IN after) (S (NP (NNS rebels)) (VP"
            " (VBD attacked))))) (. .)))",
            NULL);
    DEP(&c, "attacked", "retaliated", "advcl");
    DEP(&c, "after", "attacked", "mark");
    done(&c);
    convert(&c,
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD accused) (NP (NNP Arnor)) (PP (IN of) (S (VP (VBG attacking)"
            " (NP (NN Rohan)))))) (. .)))",
            NULL);
    DEP(&c, "Arnor", "accused", "obj");
    DEP(&c, "attacking", "accused", "advcl");
    DEP(&c, "of", "attacking", "mark");
    DEP(&c, "Rohan", "attacking", "obj");
    done(&c);
}

TEST(ud_reduced_relative_agent)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NP (NNS victims)) (VP (VBN killed) (PP (IN by) (NP (DT the) (NN crash)))))"
            " (VP (VBD were) (VP (VBN identified))) (. .)))",
            NULL);
    DEP(&c, "killed", "victims", "acl");
    DEP(&c, "crash", "killed", "obl:agent");
    DEP(&c, "victims", "identified", "nsubj:pass");
    done(&c);
    /* "has killed ... by" is active: by is no agent */
    convert(&c,
            "(ROOT (S (NP (NNP X)) (VP (VBZ has) (VP (VBN killed) (NP (NNP Y)) (PP (IN by) (NP (NN mistake)))))))",
            NULL);
    DEP(&c, "mistake", "killed", "obl");
    done(&c);
}

TEST(ud_subject_across_time_phrases)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NNP France)) (PP (IN on) (NP (NNP Wednesday))) (VP (VBD condemned) (NP"
            " (NNS allegations))) (. .)))",
            NULL);
    DEP(&c, "France", "condemned", "nsubj");
    DEP(&c, "Wednesday", "condemned", "obl");
    done(&c);
    convert(&c,
            "(ROOT (S (NP (JJ Ukrainian) (NNS lawmakers)) (NP (NNP Tuesday)) (VP (VBD endorsed) (NP (DT an)"
            " (NN agreement))) (. .)))",
            NULL);
    DEP(&c, "lawmakers", "endorsed", "nsubj");
    DEP(&c, "Tuesday", "endorsed", "obl:tmod");
    done(&c);
}

TEST(ud_get_passive_existential_chain_parenthetical)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (PRP He)) (VP (VBD got) (VP (VBN arrested) (PP (IN by) (NP (NNS police)))))"
            " (. .)))",
            NULL);
    DEP(&c, "got", "arrested", "aux:pass");
    DEP(&c, "He", "arrested", "nsubj:pass");
    DEP(&c, "police", "arrested", "obl:agent");
    done(&c);
    convert(&c,
            "(ROOT (S (NP (EX There)) (VP (VBZ has) (VP (VBN been) (NP (DT an) (NN attack)))) (. .)))",
            NULL);
    DEP(&c, "been", "ROOT", "root");
    DEP(&c, "has", "been", "aux");
    DEP(&c, "There", "been", "expl");
    DEP(&c, "attack", "been", "nsubj");
    done(&c);
    convert(&c, "(ROOT (S (NP (PRP He)) (VP (VBZ is) (PP (IN in) (NP (NNP Paris)))) (. .)))", NULL);
    DEP(&c, "Paris", "ROOT", "root");
    DEP(&c, "is", "Paris", "cop");
    DEP(&c, "in", "Paris", "case");
    done(&c);
    convert(&c,
            "(ROOT (S (NP (NNP Arnor)) (PRN (, ,) (S (NP (PRP he)) (VP (VBD said))) (, ,)) (VP (MD will)"
            " (VP (VB win))) (. .)))",
            NULL);
    DEP(&c, "win", "ROOT", "root");
    DEP(&c, "Arnor", "win", "nsubj");
    DEP(&c, "said", "win", "parataxis");
    DEP(&c, "he", "said", "nsubj");
    done(&c);
}

TEST(ud_dateline_fragment)
{
    conv_t c;
    convert(&c,
            "(ROOT (FRAG (NP (NNP LYON)) (: :) (S (NP (NNP Interpol)) (VP (VBZ has) (VP (VBD said) (SBAR"
            " (S (NP (PRP it)) (VP (MD will) (VP (VB send) (NP (DT a) (NN team)))))))))))",
            NULL);
    DEP(&c, "said", "ROOT", "root");
    DEP(&c, "LYON", "said", "dep");
    DEP(&c, "Interpol", "said", "nsubj");
    DEP(&c, "send", "said", "ccomp");
    done(&c);
    convert(&c,
            "(ROOT (NP (NP (NNP WASHINGTON)) (: --) (S (NP (NNP Obama)) (VP (VBZ is) (VP (VBG considering)"
            " (NP (NNS airstrikes)))))))",
            NULL);
    DEP(&c, "considering", "ROOT", "root");
    DEP(&c, "WASHINGTON", "considering", "dep");
    done(&c);
}

TEST(ud_empty_root_label_and_none)
{
    conv_t c;
    convert(&c,
            "( (S (NP-SBJ-1 (NNP Arnor)) (VP (VBD wanted) (S (NP-SBJ (-NONE- *-1)) (VP (TO to) (VP (VB leave)))))"
            " (. .)) )",
            NULL);
    CHECK_INT(c.s.n, 5);
    DEP(&c, "wanted", "ROOT", "root");
    DEP(&c, "Arnor", "wanted", "nsubj");
    DEP(&c, "leave", "wanted", "xcomp");
    done(&c);
}

TEST(ud_tags_norm_lemma)
{
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (NNP Émile) (NNP d'Arc)) (VP (VBD met) (NP (PRP$ his) (NNS friends)) (PP (IN in)"
            " (NP (CD 2008)))) (. .)))",
            NULL);
    int e = tok_of(&c, "Émile");
    CHECK(e >= 0);
    if (e >= 0) {
        CHECK_STR(c.s.tok[e].norm, "ÉMILE");
        CHECK_STR(c.s.tok[e].upos, "PROPN");
        CHECK_STR(c.s.tok[e].xpos, "NNP");
        CHECK_STR(c.s.tok[e].lemma, "");
    }
    CHECK_STR(c.s.tok[tok_of(&c, "d'Arc")].norm, "D'ARC");
    CHECK_STR(c.s.tok[tok_of(&c, "his")].upos, "PRON");
    CHECK_STR(c.s.tok[tok_of(&c, "his")].xpos, "PRP$");
    CHECK_STR(c.s.tok[tok_of(&c, "2008")].upos, "NUM");
    CHECK_STR(c.s.tok[tok_of(&c, "in")].upos, "ADP");
    CHECK_STR(c.s.tok[tok_of(&c, ".")].upos, "PUNCT");
    CHECK_STR(c.s.tok[tok_of(&c, "met")].upos, "VERB");
    done(&c);
}

TEST(ud_offsets)
{
    const char *text = "He said: \"Gondor (GON) can't win\" -- really.";
    conv_t c;
    convert(&c,
            "(ROOT (S (NP (PRP He)) (VP (VBD said) (: :) (`` ``) (S (NP (NP (NNP Gondor)) (PRN (-LRB- -LRB-)"
            " (NP (NNP GON)) (-RRB- -RRB-))) (VP (MD ca) (RB n't) (VP (VB win)))) ('' '') (: --)"
            " (ADVP (RB really))) (. .)))",
            text);
    CHECK(c.s.text == text);
    static const char *const forms[] = {"He", "said", ":", "``", "Gondor", "(", "GON", ")",
                                        "ca", "n't", "win", "''", "--", "really", "."};
    static const int starts[] = {0, 3, 7, 9, 10, 17, 18, 21, 23, 25, 29, 32, 34, 37, 43};
    static const int ends[] = {2, 7, 8, 10, 16, 18, 21, 22, 25, 28, 32, 33, 36, 43, 44};
    CHECK_INT(c.s.n, 15);
    for (int i = 0; i < c.s.n && i < 15; i++) {
        CHECK_STR(c.s.tok[i].form, forms[i]);
        CHECK_INT(c.s.tok[i].start, starts[i]);
        CHECK_INT(c.s.tok[i].end, ends[i]);
    }
    done(&c);
    convert(&c, "(S (NP (NNP Alpha)) (VP (VBD missing)) (NP (NNP Beta)))", "Alpha Beta");
    CHECK_INT(c.s.tok[0].start, 0);
    CHECK_INT(c.s.tok[1].start, 0);
    CHECK_INT(c.s.tok[1].end, 0); /* not in the text: left unaligned */
    CHECK_INT(c.s.tok[2].start, 6);
    done(&c);
}

TEST(ud_no_tokens)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    pl_sentence s;
    const char *p = "(S (NP (-NONE- *)))";
    CHECK_INT(pl_ptb_read(p, strlen(p), &a, &t, NULL, "x", 1), PTB_OK);
    CHECK_INT(pl_ptb_to_ud(&t, NULL, &a, &s), -1);
    CHECK_INT(s.n, 0);
    pl_arena_free(&a);
}

/* ---- the tree guarantee --------------------------------------------------- */

typedef struct file_stats {
    int converted, trees, bad_parse;
} file_stats;

static int convert_record(void *ud, const pl_xml_record *rec)
{
    file_stats *fs = ud;
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    pl_sentence s;
    pl_diag d = {NULL, NULL, 0, 1};
    if (rec->parse && pl_ptb_read(rec->parse, strlen(rec->parse), &a, &t, &d, "f", 1) == PTB_OK &&
        pl_ptb_to_ud(&t, rec->text, &a, &s) == 0) {
        fs->converted++;
        fs->trees += is_tree(&s) && s.n == t.ntokens;
    } else {
        fs->bad_parse++;
    }
    pl_arena_free(&a);
    return 0;
}

static void check_file(const char *rel, int records, int bad)
{
    const char *path = test_shared_path(rel);
    if (!path)
        SKIP("PETRARCH text files not found");
    file_stats fs = {0, 0, 0};
    pl_xml_handler h = {NULL, NULL, convert_record, &fs};
    CHECK_INT(pl_petrarch_xml_read_file(path, &h, NULL), 0);
    CHECK_INT(fs.converted, records - bad);
    CHECK_INT(fs.trees, records - bad);
    CHECK_INT(fs.bad_parse, bad);
}

TEST(ud_unit_test_file_trees)
{
    check_file("petrarch2/text/PETR.UnitTest.records.xml", 284, 2);
}

TEST(ud_gigaword_trees)
{
    check_file("petrarch2/text/GigaWord.sample.PETR.xml", 76, 0);
}

/* Random bracketings over a mix of real and junk labels: whatever the
 * shape, the output is one tree. */
static unsigned next_rand(unsigned *s)
{
    *s = *s * 1103515245u + 12345u;
    return (*s >> 16) & 0x7fff;
}

static size_t random_tree(char *buf, size_t cap, unsigned *seed)
{
    static const char *const labels[] = {
        "S", "VP", "NP", "PP", "SBAR", "NN", "VBD", "VBN", "CC", ",", "IN", "DT", "POS", "MD",
        "TO", "WHNP", "EX", "ADJP", "JJ", "RB", "PRN", "-NONE-", "UCP", "QP", "CD", "SINV",
        "SQ", "FRAG", "X", "PRT", "RP", "NP-TMP", "NP-SBJ", "", "ZZ", ":", "VBZ", "NNP", "CONJP"};
    static const char *const words[] = {"is", "was", "have", "by", "and", "'s", "there", "to",
                                        "that", "x", "Monday", "get", "not", "which"};
    size_t n = 0;
    int depth = 0, opened = 0;
    while (n + 32 < cap) {
        unsigned r = next_rand(seed) % 10;
        if ((r < 4 || depth == 0) && opened < 300) {
            const char *l = labels[next_rand(seed) % (sizeof labels / sizeof labels[0])];
            n += (size_t)snprintf(buf + n, cap - n, "(%s ", l);
            depth++;
            opened++;
        } else if (r < 7) {
            const char *w = words[next_rand(seed) % (sizeof words / sizeof words[0])];
            n += (size_t)snprintf(buf + n, cap - n, "%s ", w);
        } else {
            buf[n++] = ')';
            if (--depth == 0)
                break;
        }
    }
    while (depth-- > 0 && n + 1 < cap)
        buf[n++] = ')';
    buf[n] = '\0';
    return n;
}

TEST(ud_random_trees_are_trees)
{
    char buf[8192];
    unsigned seed = 12345;
    int converted = 0, trees = 0;
    for (int i = 0; i < 5000; i++) {
        size_t n = random_tree(buf, sizeof buf, &seed);
        pl_arena a;
        pl_arena_init(&a, 0);
        pl_ctree t;
        pl_sentence s;
        pl_diag quiet = {NULL, NULL, 0, 1};
        if (pl_ptb_read(buf, n, &a, &t, &quiet, "r", 1) == PTB_OK &&
            pl_ptb_to_ud(&t, "is was x to that", &a, &s) == 0) {
            converted++;
            trees += is_tree(&s) && s.n == t.ntokens;
        }
        pl_arena_free(&a);
    }
    CHECK(converted > 1000);
    CHECK_INT(trees, converted);
}

TEST(ud_penn_labels)
{
    static const struct {
        const char *label;
        pl_pcat cat;
        unsigned ft;
        size_t base;
    } cases[] = {
        {"NP", PC_NP, 0, 2}, {"NP-SBJ-1", PC_NP, FT_SBJ, 2}, {"NP=2", PC_NP, 0, 2},
        {"S-PRD-LGS", PC_S, FT_PRD | FT_LGS, 1}, {"WHADVP-TMP", PC_WHADVP, FT_TMP, 6},
        {"PRP$", PC_PRPS, 0, 4}, {"``", PC_LQUOTE, 0, 2}, {"''", PC_RQUOTE, 0, 2},
        {"-LRB-", PC_LRB, 0, 5}, {"-RSB-", PC_RRB, 0, 5}, {"-NONE-", PC_NONE, 0, 6},
        {"", PC_ROOT, 0, 0}, {"TOP", PC_ROOT, 0, 3}, {"AUXG", PC_AUXG, 0, 4},
        {"np", PC_OTHER, 0, 2}, {"NPX", PC_OTHER, 0, 3}, {"ABCDEFGH", PC_OTHER, 0, 8},
        {"WHADJPWHADVP", PC_OTHER, 0, 12}, {"-", PC_OTHER, 0, 1}, {"X-", PC_X, 0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        unsigned ft = 99;
        size_t base = 99;
        pl_pcat k = pl_penn_category(cases[i].label, &ft, &base);
        if (k != cases[i].cat || ft != cases[i].ft || base != cases[i].base)
            test_fail(__FILE__, __LINE__, "\"%s\": category %d, tags %u, base %zu", cases[i].label,
                      (int)k, ft, base);
        CHECK_INT(pl_penn_category(cases[i].label, NULL, NULL), cases[i].cat);
    }
}

TEST(ud_penn_words)
{
    CHECK(pl_word_is_be("is") && pl_word_is_be("BEEN") && pl_word_is_be("'s") &&
          !pl_word_is_be("isn") && !pl_word_is_be("") && !pl_word_is_be("b"));
    CHECK(pl_word_is_have("Having") && !pl_word_is_have("haves"));
    CHECK(pl_word_is_do("DID") && !pl_word_is_do("done"));
    CHECK(pl_word_is_get("gotten") && pl_word_is_get("Getting") && !pl_word_is_get("go"));
    /* lists hold words longer than 8 bytes too */
    CHECK(pl_word_is_copula_like("Remaining") && pl_word_is_copula_like("becoming") &&
          !pl_word_is_copula_like("remainings"));
    CHECK(pl_word_is_question_verb("determined") && pl_word_is_question_verb("wondering") &&
          pl_word_is_question_verb("ask") && !pl_word_is_question_verb("determinedly"));
    CHECK_INT(pl_word_is_temporal_noun("Yesterday"), 1);
    CHECK_INT(pl_word_is_temporal_noun("today"), 1);
    CHECK_INT(pl_word_is_temporal_noun("WEDNESDAYS"), 2);
    CHECK_INT(pl_word_is_temporal_noun("Sept."), 2);
    CHECK_INT(pl_word_is_temporal_noun("september"), 2);
    CHECK_INT(pl_word_is_temporal_noun("Septembers"), 0);
    CHECK_INT(pl_word_is_temporal_noun("sept"), 0);
    CHECK(pl_word_is_time_unit("afternoons") && pl_word_is_time_unit("Year") &&
          !pl_word_is_time_unit("yearly"));
    CHECK(pl_word_is_time_modifier("following") && pl_word_is_time_modifier("LAST") &&
          !pl_word_is_time_modifier("followings"));
}

/* The same tree with its nodes stored in another order (not preorder: the
 * converter walks it breadth-first) gives the same sentence. */
static void shuffled_copy(const pl_ctree *t, pl_ctree *u, unsigned *seed, pl_arena *a)
{
    int n = t->n, *to = pl_arena_alloc(a, (size_t)n * sizeof(int));
    for (int i = 0; i < n; i++)
        to[i] = i;
    for (int i = n - 1; i > 1; i--) {   /* the root stays node 0 */
        int j = 1 + (int)(next_rand(seed) % (unsigned)i), x = to[i];
        to[i] = to[j];
        to[j] = x;
    }
    u->n = n;
    u->ntokens = t->ntokens;
    u->node = pl_arena_alloc(a, (size_t)n * sizeof(pl_cnode));
    for (int i = 0; i < n; i++) {
        pl_cnode c = t->node[i];
        c.parent = c.parent < 0 ? -1 : to[c.parent];
        c.first_child = c.first_child < 0 ? -1 : to[c.first_child];
        c.next_sibling = c.next_sibling < 0 ? -1 : to[c.next_sibling];
        u->node[to[i]] = c;
    }
}

static int same_sentence(const pl_sentence *x, const pl_sentence *y)
{
    if (x->n != y->n)
        return 0;
    for (int i = 0; i < x->n; i++) {
        const pl_token *a = &x->tok[i], *b = &y->tok[i];
        if (strcmp(a->form, b->form) || strcmp(a->norm, b->norm) || strcmp(a->upos, b->upos) ||
            strcmp(a->xpos, b->xpos) || strcmp(a->deprel, b->deprel) || a->head != b->head ||
            a->start != b->start || a->end != b->end)
            return 0;
    }
    return 1;
}

TEST(ud_node_order_does_not_matter)
{
    char buf[8192];
    unsigned seed = 777, shuffle = 99;
    int compared = 0, same = 0;
    for (int i = 0; i < 2000; i++) {
        size_t n = random_tree(buf, sizeof buf, &seed);
        pl_arena a;
        pl_arena_init(&a, 0);
        pl_ctree t, u;
        pl_sentence s1, s2;
        pl_diag quiet = {NULL, NULL, 0, 1};
        if (pl_ptb_read(buf, n, &a, &t, &quiet, "r", 1) == PTB_OK && t.n > 2) {
            shuffled_copy(&t, &u, &shuffle, &a);
            int r1 = pl_ptb_to_ud(&t, "is was x to that", &a, &s1);
            int r2 = pl_ptb_to_ud(&u, "is was x to that", &a, &s2);
            compared++;
            same += r1 == r2 && (r1 != 0 || same_sentence(&s1, &s2));
        }
        pl_arena_free(&a);
    }
    CHECK(compared > 1000);
    CHECK_INT(same, compared);
}

/* Child links that loop or point back up do not hang the converter, and
 * the result is still one tree. */
TEST(ud_looping_links)
{
    const char *p = "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (NP (NNP Gondor))) (. .)))";
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ctree t;
    pl_sentence s;
    CHECK_INT(pl_ptb_read(p, strlen(p), &a, &t, NULL, "x", 1), PTB_OK);
    for (int i = 0; i < t.n; i++)
        if (t.node[i].word && t.node[i].next_sibling < 0)
            t.node[i].next_sibling = 0;   /* back to the root */
    t.node[t.n - 1].first_child = 1;      /* a word node with "children" */
    CHECK_INT(pl_ptb_to_ud(&t, NULL, &a, &s), 0);
    CHECK(is_tree(&s));
    CHECK_INT(s.n, 4);
    pl_arena_free(&a);
}

