/*
 * test_ud_eval.c - the CoNLL 2018 metrics on small hand-made gold/system
 * pairs with scores worked out by hand: the alignment cases of the
 * reference script's own tests (multiword tokens on either side), token and
 * sentence boundary differences, heads through an unaligned word, relation
 * subtypes, the "_" lemma; and `petrel eval-parser --system` run as a
 * program on a gold file against itself and against a perturbed copy
 * (plus UD English EWT dev against itself when ../shared is present).
 */
#include "test.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../src/eval/ud_eval.h"
#include "../src/read/conllu.h"
#include "diags.h"

/* ---- building documents ------------------------------------------------------------ */

static pl_ud_doc *doc_from(const char *conllu)
{
    diags dg = {0};
    pl_diag d = {diags_collect, &dg, 0, 0};
    pl_conllu_reader r;
    pl_conllu_open_buffer(&r, conllu, strlen(conllu), "t.conllu", &d);
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_ud_doc *doc = pl_ud_doc_new();
    pl_sentence s;
    pl_conllu_meta m;
    while (pl_conllu_next(&r, &a, &s, &m))
        CHECK_INT(pl_ud_doc_add(doc, &s), 0);
    if (dg.n)
        test_fail(__FILE__, __LINE__, "test input rejected: %s", dg.msg[0]);
    pl_conllu_close(&r);
    pl_arena_free(&a);
    return doc;
}

/* One sentence in the reference script's test notation: "abc" is a word,
 * "abc a b c" a multiword token and its words; word 1 is the root and
 * every other word hangs from it. */
static pl_ud_doc *doc_of_words(const char *const *items, int n, int *nwords)
{
    char buf[4096];
    size_t len = 0;
    int w = 0;
    for (int i = 0; i < n; i++) {
        char item[64], *parts[8];
        int np = 0;
        snprintf(item, sizeof item, "%s", items[i]);
        for (char *p = strtok(item, " "); p && np < 8; p = strtok(NULL, " "))
            parts[np++] = p;
        if (np > 1)
            len +=
                (size_t)snprintf(buf + len, sizeof buf - len, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n",
                                 w + 1, w + np - 1, parts[0]);
        for (int k = np > 1 ? 1 : 0; k < np; k++) {
            w++;
            len += (size_t)snprintf(buf + len, sizeof buf - len,
                                    "%d\t%s\t_\t_\t_\t_\t%d\tdep\t_\t_\n", w, parts[k], w > 1);
        }
    }
    snprintf(buf + len, sizeof buf - len, "\n");
    *nwords = w;
    return doc_from(buf);
}

/* Words aligned between the two word lists must be `correct`. */
static void check_alignment(const char *const *gold, int ng, const char *const *sys, int ns,
                            long correct, int line)
{
    int gw, sw;
    pl_ud_doc *g = doc_of_words(gold, ng, &gw), *s = doc_of_words(sys, ns, &sw);
    pl_ud_score sc[PL_UD_NMETRICS];
    char err[256];
    if (pl_ud_evaluate(g, s, sc, err, sizeof err) != 0) {
        test_fail(__FILE__, line, "evaluation failed: %s", err);
    } else if (sc[PL_UD_WORDS].correct != correct || sc[PL_UD_WORDS].gold != gw ||
               sc[PL_UD_WORDS].system != sw) {
        test_fail(__FILE__, line, "words %ld/%ld/%ld, expected %ld/%d/%d", sc[PL_UD_WORDS].correct,
                  sc[PL_UD_WORDS].gold, sc[PL_UD_WORDS].system, correct, gw, sw);
    }
    pl_ud_doc_free(g);
    pl_ud_doc_free(s);
}

#define ALIGN(gold, sys, correct)                                                             \
    do {                                                                                      \
        static const char *const g_[] = gold, *const s_[] = sys;                              \
        check_alignment(g_, (int)(sizeof g_ / sizeof *g_), s_, (int)(sizeof s_ / sizeof *s_), \
                        correct, __LINE__);                                                   \
    } while (0)
#define L(...)      \
    {               \
        __VA_ARGS__ \
    }

static int score(const char *gold, const char *sys, pl_ud_score *sc)
{
    pl_ud_doc *g = doc_from(gold), *s = doc_from(sys);
    char err[256];
    int rc = pl_ud_evaluate(g, s, sc, err, sizeof err);
    pl_ud_doc_free(g);
    pl_ud_doc_free(s);
    return rc;
}

static void check_score(const pl_ud_score *sc, long correct, long gold, long system, long aligned,
                        int line)
{
    if (sc->correct != correct || sc->gold != gold || sc->system != system ||
        sc->aligned != aligned)
        test_fail(__FILE__, line, "score %ld/%ld/%ld/%ld, expected %ld/%ld/%ld/%ld", sc->correct,
                  sc->gold, sc->system, sc->aligned, correct, gold, system, aligned);
}

#define SCORE(sc, correct, gold, system, aligned) \
    check_score(&(sc), correct, gold, system, aligned, __LINE__)

static int near(double a, double b)
{
    return a - b < 1e-9 && b - a < 1e-9;
}

/* ---- alignment (the reference script's test cases) --------------------------------- */

TEST(ud_eval_alignment_equal)
{
    ALIGN(L("a"), L("a"), 1);
    ALIGN(L("a", "b", "c"), L("a", "b", "c"), 3);
}

TEST(ud_eval_alignment_equal_with_multiword)
{
    ALIGN(L("abc a b c"), L("a", "b", "c"), 3);
    ALIGN(L("a", "bc b c", "d"), L("a", "b", "c", "d"), 4);
    ALIGN(L("abcd a b c d"), L("ab a b", "cd c d"), 4);
    ALIGN(L("abc a b c", "de d e"), L("a", "bcd b c d", "e"), 5);
}

TEST(ud_eval_alignment_differences)
{
    ALIGN(L("abcd"), L("a", "b", "c", "d"), 0);
    ALIGN(L("abc", "d"), L("a", "b", "c", "d"), 1);
    ALIGN(L("a", "bc", "d"), L("a", "b", "c", "d"), 2);
    ALIGN(L("a", "bc b c", "d"), L("a", "b", "cd"), 2);
    ALIGN(L("abc a BX c", "def d EX f"), L("ab a b", "cd c d", "ef e f"), 4);
    ALIGN(L("ab a b", "cd bc d"), L("a", "bc", "d"), 2);
    ALIGN(L("a", "bc b c", "d"), L("ab AX BX", "cd CX a"), 1);
}

TEST(ud_eval_different_characters_fail)
{
    pl_ud_score sc[PL_UD_NMETRICS];
    CHECK_INT(
        score("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n", "1\tb\t_\t_\t_\t_\t0\troot\t_\t_\n\n", sc),
        -1);
    /* spaces inside forms do not count */
    CHECK_INT(
        score("1\ta b\t_\t_\t_\t_\t0\troot\t_\t_\n\n", "1\tab\t_\t_\t_\t_\t0\troot\t_\t_\n\n", sc),
        0);
    SCORE(sc[PL_UD_TOKENS], 1, 1, 1, -1);
}

/* ---- hand-computed scores ---------------------------------------------------------- */

TEST(ud_eval_token_difference_and_unaligned_head)
{
    /* gold The cat sat . / system The cat sat. : Tokens 2 of 4 gold, 3 system */
    const char *gold = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                       "2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                       "3\tsat\tsit\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
                       "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    const char *sys = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                      "2\tcat\tcat\tVERB\tNN\t_\t3\tnsubj\t_\t_\n"
                      "3\tsat.\tsat.\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
    pl_ud_score sc[PL_UD_NMETRICS];
    CHECK_INT(score(gold, sys, sc), 0);
    SCORE(sc[PL_UD_TOKENS], 2, 4, 3, -1);
    CHECK(near(pl_ud_precision(&sc[PL_UD_TOKENS]), 2.0 / 3));
    CHECK(near(pl_ud_recall(&sc[PL_UD_TOKENS]), 0.5));
    CHECK(near(pl_ud_f1(&sc[PL_UD_TOKENS]), 4.0 / 7));
    SCORE(sc[PL_UD_SENTENCES], 1, 1, 1, -1);
    SCORE(sc[PL_UD_WORDS], 2, 4, 3, -1);
    SCORE(sc[PL_UD_UPOS], 1, 4, 3, 2); /* cat: VERB for NOUN */
    SCORE(sc[PL_UD_XPOS], 2, 4, 3, 2);
    SCORE(sc[PL_UD_LEMMAS], 2, 4, 3, 2);
    /* cat's system head "sat." has no gold partner: wrong */
    SCORE(sc[PL_UD_UAS], 1, 4, 3, 2);
    SCORE(sc[PL_UD_LAS], 1, 4, 3, 2);
    CHECK(near(pl_ud_aligned_accuracy(&sc[PL_UD_UAS]), 0.5));
    CHECK(pl_ud_aligned_accuracy(&sc[PL_UD_WORDS]) < 0);
}

TEST(ud_eval_characters_are_case_sensitive)
{
    const char *gold = "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                       "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
                       "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
                       "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n";
    const char *sys = "1\tdo\tdo\tAUX\tVBP\t_\t3\taux:pass\t_\tSpaceAfter=No\n"
                      "2\tN'T\tn't\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
                      "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n";
    pl_ud_score sc[PL_UD_NMETRICS];
    CHECK_INT(score(gold, sys, sc), -1); /* n't / N'T: not the same characters */
}

TEST(ud_eval_multiword_words_align_by_form)
{
    const char *gold = "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                       "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
                       "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
                       "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n";
    const char *sys = "1\tdo\tdo\tAUX\tVBP\t_\t3\taux:pass\t_\tSpaceAfter=No\n"
                      "2\tn't\tn't\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
                      "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n";
    pl_ud_score sc[PL_UD_NMETRICS];
    CHECK_INT(score(gold, sys, sc), 0);
    SCORE(sc[PL_UD_TOKENS], 1, 2, 3, -1); /* only "go" */
    SCORE(sc[PL_UD_WORDS], 3, 3, 3, -1);  /* do, n't by LCS inside "don't"; go by span */
    SCORE(sc[PL_UD_UPOS], 3, 3, 3, 3);
    SCORE(sc[PL_UD_LEMMAS], 2, 3, 3, 3); /* n't for not */
    SCORE(sc[PL_UD_UAS], 3, 3, 3, 3);
    SCORE(sc[PL_UD_LAS], 3, 3, 3, 3); /* aux:pass counts as aux */
}

TEST(ud_eval_sentence_boundaries_and_heads_across_them)
{
    const char *gold = "1\tA\ta\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n"
                       "2\tb\tb\tVERB\tVB\t_\t0\troot\t_\t_\n"
                       "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
                       "1\tC\tc\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n"
                       "2\td\td\tVERB\tVB\t_\t0\troot\t_\t_\n"
                       "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    const char *sys = "1\tA\ta\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n"
                      "2\tb\tb\tVERB\tVB\t_\t0\troot\t_\t_\n"
                      "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
                      "4\tC\tc\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
                      "5\td\td\tVERB\tVB\t_\t2\tparataxis\t_\t_\n"
                      "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
    pl_ud_score sc[PL_UD_NMETRICS];
    CHECK_INT(score(gold, sys, sc), 0);
    SCORE(sc[PL_UD_SENTENCES], 0, 2, 1, -1);
    CHECK(near(pl_ud_f1(&sc[PL_UD_SENTENCES]), 0.0));
    SCORE(sc[PL_UD_TOKENS], 6, 6, 6, -1);
    SCORE(sc[PL_UD_UAS], 5, 6, 6, 6); /* d: gold root, system under b */
    SCORE(sc[PL_UD_LAS], 5, 6, 6, 6);
    /* the other way round: one gold sentence, two system ones */
    CHECK_INT(score(sys, gold, sc), 0);
    SCORE(sc[PL_UD_SENTENCES], 0, 1, 2, -1);
    SCORE(sc[PL_UD_UAS], 5, 6, 6, 6);
}

TEST(ud_eval_wrong_labels_and_gold_lemma_underscore)
{
    const char *gold = "1\tShe\t_\tPRON\tPRP\t_\t2\tnsubj:pass\t_\t_\n"
                       "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
                       "3\tseen\tsee\tVERB\tVBN\t_\t0\troot\t_\t_\n\n";
    const char *sys = "1\tShe\tshe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
                      "2\twas\tbe\tAUX\tVBD\t_\t3\tcop\t_\t_\n"
                      "3\tseen\tseen\tVERB\tVBN\t_\t0\troot\t_\t_\n\n";
    pl_ud_score sc[PL_UD_NMETRICS];
    CHECK_INT(score(gold, sys, sc), 0);
    SCORE(sc[PL_UD_LEMMAS], 2, 3, 3, 3); /* "_" accepts she; seen for see is wrong */
    SCORE(sc[PL_UD_UAS], 2, 3, 3, 3);    /* She: head 3 for 2 */
    SCORE(sc[PL_UD_LAS], 1, 3, 3, 3);    /* was: cop for aux */
    CHECK(near(pl_ud_f1(&sc[PL_UD_LAS]), 1.0 / 3));
}

/* ---- petrel eval-parser --system, run as a program ---------------------------------- */

static const char cli_gold[] = "# sent_id = 1\n"
                               "# text = The cat sat on the mat.\n"
                               "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                               "2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                               "3\tsat\tsit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "4\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
                               "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                               "6\tmat\tmat\tNOUN\tNN\t_\t3\tobl\t_\tSpaceAfter=No\n"
                               "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
                               "\n"
                               "# sent_id = 2\n"
                               "# text = It slept.\n"
                               "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                               "2\tslept\tsleep\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
                               "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
                               "\n";

/* UPOS of cat, head of on, relation of It, lemma of sat wrong; obl:on is obl. */
static const char cli_perturbed[] = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                                    "2\tcat\tcat\tVERB\tNN\t_\t3\tnsubj\t_\t_\n"
                                    "3\tsat\tsat\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                    "4\ton\ton\tADP\tIN\t_\t3\tcase\t_\t_\n"
                                    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                                    "6\tmat\tmat\tNOUN\tNN\t_\t3\tobl:on\t_\t_\n"
                                    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
                                    "\n"
                                    "1\tIt\tit\tPRON\tPRP\t_\t2\tobj\t_\t_\n"
                                    "2\tslept\tsleep\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
                                    "\n";

typedef struct run_out {
    char out[8192], err[4096];
    int status;
} run_out;

static void slurp(const char *path, char *buf, size_t size)
{
    buf[0] = '\0';
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fclose(f);
}

/* Runs "petrel ARGS" with output caught in dir; returns the exit status. */
static int run_petrel(const char *dir, const char *args, run_out *r)
{
    char cmd[4096], o[256], e[256];
    snprintf(o, sizeof o, "%s/stdout", dir);
    snprintf(e, sizeof e, "%s/stderr", dir);
    snprintf(cmd, sizeof cmd, "%s %s >%s 2>%s </dev/null", test_petrel_bin(), args, o, e);
    int st = system(cmd);
    r->status = st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    slurp(o, r->out, sizeof r->out);
    slurp(e, r->err, sizeof r->err);
    unlink(o);
    unlink(e);
    return r->status;
}

static int put_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

/* The F1 column of the metric's row, -1 if absent. */
static double f1_of(const char *out, const char *metric)
{
    char row[32];
    snprintf(row, sizeof row, "\n%-11s|", metric);
    const char *p = strstr(out, row);
    double prec, rec, f1;
    if (!p || sscanf(p + strlen(row), "%lf |%lf |%lf", &prec, &rec, &f1) != 3)
        return -1;
    return f1;
}

TEST(cli_eval_parser_system)
{
    if (access(test_petrel_bin(), X_OK) != 0)
        SKIP("the petrel binary is not built");
    char dir[] = "/tmp/petrel-evalp-XXXXXX", gold[64], pert[64], args[512];
    if (!mkdtemp(dir))
        SKIP("mkdtemp failed");
    snprintf(gold, sizeof gold, "%s/gold.conllu", dir);
    snprintf(pert, sizeof pert, "%s/pert.conllu", dir);
    CHECK_INT(put_file(gold, cli_gold), 0);
    CHECK_INT(put_file(pert, cli_perturbed), 0);
    run_out r;

    snprintf(args, sizeof args, "eval-parser --system %s %s", gold, gold);
    CHECK_INT(run_petrel(dir, args, &r), 0);
    static const char *const all[] = {"Tokens", "Sentences", "Words", "UPOS",
                                      "XPOS",   "Lemmas",    "UAS",   "LAS"};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        if (!near(f1_of(r.out, all[i]), 100.0))
            test_fail(__FILE__, __LINE__, "gold vs gold %s F1 %.2f", all[i], f1_of(r.out, all[i]));

    snprintf(args, sizeof args, "eval-parser --system=%s %s", pert, gold);
    CHECK_INT(run_petrel(dir, args, &r), 0);
    CHECK(near(f1_of(r.out, "Tokens"), 100.0));
    CHECK(near(f1_of(r.out, "Sentences"), 100.0));
    CHECK(near(f1_of(r.out, "UPOS"), 90.0));
    CHECK(near(f1_of(r.out, "XPOS"), 100.0));
    CHECK(near(f1_of(r.out, "Lemmas"), 90.0));
    CHECK(near(f1_of(r.out, "UAS"), 90.0));
    CHECK(near(f1_of(r.out, "LAS"), 80.0));
    CHECK(strstr(r.out, "LAS        |     80.00 |     80.00 |     80.00 |     80.00") != NULL);

    /* other characters: an error, exit status 1 */
    CHECK_INT(put_file(pert, "1\tdog\t_\t_\t_\t_\t0\troot\t_\t_\n\n"), 0);
    snprintf(args, sizeof args, "eval-parser --system %s %s", pert, gold);
    CHECK_INT(run_petrel(dir, args, &r), 1);
    CHECK(strstr(r.err, "different text") != NULL);

    CHECK_INT(run_petrel(dir, "eval-parser --help", &r), 0);
    CHECK(strstr(r.out, "usage: petrel eval-parser") != NULL);
    CHECK_INT(run_petrel(dir, "eval-parser --no-such-option x", &r), 2);
    CHECK_INT(run_petrel(dir, "eval-parser", &r), 2);
    CHECK_INT(run_petrel(dir, "parse --help", &r), 0);
    CHECK(strstr(r.out, "usage: petrel parse") != NULL);
    CHECK_INT(run_petrel(dir, "parse --no-such-option", &r), 2);
    unlink(gold);
    unlink(pert);
    rmdir(dir);
}

TEST(cli_eval_parser_system_ewt_dev)
{
    const char *dev = test_shared_path("ud/en_ewt/en_ewt-ud-dev.conllu");
    if (!dev)
        SKIP("../shared/ud/en_ewt is absent");
    if (access(test_petrel_bin(), X_OK) != 0)
        SKIP("the petrel binary is not built");
    char dir[] = "/tmp/petrel-evalp-XXXXXX", args[4096];
    if (!mkdtemp(dir))
        SKIP("mkdtemp failed");
    run_out r;
    snprintf(args, sizeof args, "eval-parser --system %s %s", dev, dev);
    CHECK_INT(run_petrel(dir, args, &r), 0);
    CHECK(strstr(r.out, "2001 gold sentences, 25147 words") != NULL);
    CHECK(near(f1_of(r.out, "Words"), 100.0));
    CHECK(near(f1_of(r.out, "LAS"), 100.0));
    rmdir(dir);
}
