/*
 * test_conllu.c - the CoNLL-U reader and writer: fields, multiword tokens,
 * empty nodes, metadata, offsets into "# text" or a rebuilt text, every
 * kind of malformed sentence reported at its line with the good sentences
 * around it kept, a write/read round trip, and UD English EWT dev read
 * without a complaint (skipped when ../shared is absent).
 */
#include "test.h"

#include <stdlib.h>

#include "../src/read/conllu.h"
#include "../src/write/conllu_write.h"
#include "diags.h"

/* Reads every sentence of `text`; the count, and the first `max` sentences
 * and their metadata in out/meta (strings in a). */
static int read_all(const char *text, pl_arena *a, pl_sentence *out, pl_conllu_meta *meta, int max,
                    diags *dg)
{
    pl_diag d = {diags_collect, dg, 0, 0};
    pl_conllu_reader r;
    pl_conllu_open_buffer(&r, text, strlen(text), "t.conllu", &d);
    pl_sentence s;
    pl_conllu_meta m;
    int n = 0;
    while (pl_conllu_next(&r, a, &s, &m)) {
        if (n < max) {
            out[n] = s;
            meta[n] = m;
        }
        n++;
    }
    pl_conllu_close(&r);
    return n;
}

static const char good[] = "# newdoc id = d1\n"
                           "# sent_id = s1\n"
                           "# text = I don't know.\n"
                           "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n"
                           "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                           "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
                           "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
                           "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
                           "4.1\tknew\tknow\tVERB\tVBD\t_\t_\t_\t4:conj\t_\n"
                           "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
                           "\n"
                           "# sent_id = s2\n"
                           "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
                           "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_\n"
                           "\n"
                           "# newpar\n"
                           "# sent_id = s3\n"
                           "# text = Done\n"
                           "1\tDone\t_\tADJ\tJJ\t_\t0\troot\t0:root\t_\n";

TEST(conllu_reads_fields_and_multiwords)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s[3];
    pl_conllu_meta m[3];
    diags dg = {0};
    CHECK_INT(read_all(good, &a, s, m, 3, &dg), 3);
    CHECK_INT(dg.n, 0);
    CHECK_INT(s[0].n, 5); /* the empty node 4.1 is skipped */
    CHECK_STR(s[0].tok[0].form, "I");
    CHECK_STR(s[0].tok[0].norm, "I");
    CHECK_STR(s[0].tok[3].lemma, "know");
    CHECK_STR(s[0].tok[3].upos, "VERB");
    CHECK_STR(s[0].tok[3].xpos, "VB");
    CHECK_INT(s[0].tok[3].head, -1);
    CHECK_STR(s[0].tok[3].deprel, "root");
    CHECK_INT(s[0].tok[0].head, 3);
    CHECK_STR(s[0].tok[0].deprel, "nsubj");
    CHECK_INT(s[0].nmwt, 1);
    CHECK_INT(s[0].mwt[0].first, 1);
    CHECK_INT(s[0].mwt[0].last, 2);
    CHECK_STR(s[0].mwt[0].form, "don't");
    CHECK_STR(m[0].sent_id, "s1");
    CHECK_STR(m[0].text, "I don't know.");
    CHECK(m[0].newdoc && !m[0].newpar);
    CHECK_INT(m[0].line, 4);
    /* offsets into the text, the multiword token's words inside it */
    CHECK_STR(s[0].text, "I don't know.");
    CHECK_INT(s[0].mwt[0].start, 2);
    CHECK_INT(s[0].mwt[0].end, 7);
    CHECK_INT(s[0].tok[1].start, 2);
    CHECK_INT(s[0].tok[1].end, 4);
    CHECK_INT(s[0].tok[2].start, 4);
    CHECK_INT(s[0].tok[2].end, 7);
    CHECK_INT(s[0].tok[4].start, 12);
    /* no "# text": rebuilt from the forms and SpaceAfter=No */
    CHECK_STR(m[1].text, "");
    CHECK_STR(s[1].text, "Go!");
    CHECK_INT(s[1].tok[1].start, 2);
    CHECK(!m[1].newdoc && !m[1].newpar);
    CHECK(!m[2].newdoc && m[2].newpar);
    CHECK_STR(s[2].tok[0].lemma, ""); /* "_" */
    pl_arena_free(&a);
}

TEST(conllu_text_that_does_not_match_is_rebuilt)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s;
    pl_conllu_meta m;
    diags dg = {0};
    const char *in = "# text = Something else\n"
                     "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
                     "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\r\n"; /* CRLF, no final blank line */
    CHECK_INT(read_all(in, &a, &s, &m, 1, &dg), 1);
    CHECK_STR(m.text, "Something else");
    CHECK_STR(s.text, "Go!");
    CHECK_STR(s.tok[1].deprel, "punct");
    CHECK_INT(dg.n, 0);
    /* a form ending in a blank keeps it in the rebuilt text */
    const char *blank = "1\tYes \tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
                        "2\tno\tno\tINTJ\tUH\t_\t1\tdiscourse\t_\t_\n\n";
    CHECK_INT(read_all(blank, &a, &s, &m, 1, &dg), 1);
    CHECK_STR(s.text, "Yes  no");
    CHECK_INT(s.tok[0].end, 4);
    CHECK_INT(s.tok[1].start, 5);
    CHECK_INT(s.tok[1].end, 7);
    pl_arena_free(&a);
}

/* A bad sentence between two good ones: one message naming `line`
 * containing `what`, and both good sentences kept. */
static void check_bad_sentence(const char *bad, const char *what, int line)
{
    char in[2048], want[64];
    snprintf(in, sizeof in,
             "# sent_id = before\n"
             "1\tA\ta\tNOUN\tNN\t_\t0\troot\t_\t_\n"
             "\n"
             "%s"
             "\n"
             "# sent_id = after\n"
             "1\tB\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n"
             "\n",
             bad);
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s[3];
    pl_conllu_meta m[3];
    diags dg = {0};
    int n = read_all(in, &a, s, m, 3, &dg);
    if (n != 2 || strcmp(m[0].sent_id, "before") != 0 || strcmp(m[1].sent_id, "after") != 0)
        test_fail(__FILE__, __LINE__, "%s: %d sentences read", what, n);
    snprintf(want, sizeof want, "t.conllu:%d: ", line);
    if (dg.n != 1 || !diags_has(&dg, want) || !diags_has(&dg, what))
        test_fail(__FILE__, __LINE__, "%s: %d messages, first \"%s\", expected line %d", what, dg.n,
                  dg.n ? dg.msg[0] : "", line);
    pl_arena_free(&a);
}

TEST(conllu_malformed_sentences_are_reported_and_skipped)
{
    /* the bad sentence starts on line 4 */
    check_bad_sentence("1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\n", "10 tab-separated columns, found 9",
                       4);
    check_bad_sentence("1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                       "x\tY\ty\tNOUN\tNN\t_\t1\tdep\t_\t_\n",
                       "bad ID 'x'", 5);
    check_bad_sentence("1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                       "3\tY\ty\tNOUN\tNN\t_\t1\tdep\t_\t_\n",
                       "word ID 3 out of order, expected 2", 5);
    check_bad_sentence("1\tX\tx\tNOUN\tNN\t_\tzero\troot\t_\t_\n", "HEAD is not a number", 4);
    check_bad_sentence("1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                       "2\tY\ty\tNOUN\tNN\t_\t7\tdep\t_\t_\n",
                       "HEAD 7 points outside", 5);
    check_bad_sentence("1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                       "2\tY\ty\tNOUN\tNN\t_\t0\troot\t_\t_\n",
                       "2 roots", 4);
    check_bad_sentence("1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                       "2\tY\ty\tNOUN\tNN\t_\t3\tdep\t_\t_\n"
                       "3\tZ\tz\tNOUN\tNN\t_\t2\tdep\t_\t_\n",
                       "cycle", 5);
    check_bad_sentence("1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                       "# late comment\n",
                       "comment line inside a sentence", 5);
    check_bad_sentence("1\tX\tx\tNOUN\tNNPLONGTAG\t_\t0\troot\t_\t_\n", "XPOS longer than 7", 4);
    check_bad_sentence("1-3\tXYZ\t_\t_\t_\t_\t_\t_\t_\t_\n"
                       "1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                       "2-3\tYZ\t_\t_\t_\t_\t_\t_\t_\t_\n",
                       "inside another one", 6);
    check_bad_sentence("1-2\tXY\t_\t_\t_\t_\t_\t_\t_\t_\n"
                       "1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\t_\n",
                       "runs past the last word", 6);
    check_bad_sentence("1\t\tx\tNOUN\tNN\t_\t0\troot\t_\t_\n", "column 2 (FORM) is empty", 4);
}

TEST(conllu_comment_only_block_keeps_its_breaks)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s;
    pl_conllu_meta m;
    diags dg = {0};
    const char *in = "# newdoc\n\n\n# sent_id = x\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n";
    CHECK_INT(read_all(in, &a, &s, &m, 1, &dg), 1);
    CHECK(m.newdoc && !m.newpar);
    CHECK_STR(m.sent_id, "x");
    CHECK_INT(read_all("", &a, &s, &m, 1, &dg), 0);
    CHECK_INT(read_all("\n\n# only a comment\n", &a, &s, &m, 1, &dg), 0);
    CHECK_INT(dg.n, 0);
    pl_arena_free(&a);
}

/* The sentences of `in` written back and read again must be the same. */
TEST(conllu_write_read_round_trip)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s[3], t[3];
    pl_conllu_meta m[3], n[3];
    diags dg = {0};
    CHECK_INT(read_all(good, &a, s, m, 3, &dg), 3);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (int i = 0; i < 3; i++) {
        pl_conllu_header h = {m[i].sent_id, m[i].newdoc, m[i].newpar};
        pl_conllu_write(f, &h, &s[i]);
    }
    fclose(f);
    CHECK(strstr(buf, "# newdoc\n# sent_id = s1\n# text = I don't know.\n") != NULL);
    CHECK(
        strstr(buf, "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n") !=
        NULL);
    CHECK(strstr(buf, "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n") != NULL);
    CHECK(strstr(buf, "1\tDone\t_\tADJ\tJJ\t_\t0\troot\t_\t_\n") != NULL);
    CHECK_INT(read_all(buf, &a, t, n, 3, &dg), 3);
    CHECK_INT(dg.n, 0);
    for (int i = 0; i < 3; i++) {
        CHECK_STR(n[i].sent_id, m[i].sent_id);
        CHECK_STR(t[i].text, s[i].text);
        CHECK_INT(n[i].newdoc, m[i].newdoc);
        CHECK_INT(n[i].newpar, m[i].newpar);
        CHECK_INT(t[i].n, s[i].n);
        CHECK_INT(t[i].nmwt, s[i].nmwt);
        for (int k = 0; k < s[i].n && k < t[i].n; k++) {
            CHECK_STR(t[i].tok[k].form, s[i].tok[k].form);
            CHECK_STR(t[i].tok[k].lemma, s[i].tok[k].lemma);
            CHECK_STR(t[i].tok[k].upos, s[i].tok[k].upos);
            CHECK_STR(t[i].tok[k].xpos, s[i].tok[k].xpos);
            CHECK_STR(t[i].tok[k].deprel, s[i].tok[k].deprel);
            CHECK_INT(t[i].tok[k].head, s[i].tok[k].head);
            CHECK_INT(t[i].tok[k].start, s[i].tok[k].start);
            CHECK_INT(t[i].tok[k].end, s[i].tok[k].end);
        }
    }
    free(buf);
    pl_arena_free(&a);
}

TEST(conllu_reads_ewt_dev)
{
    const char *path = test_shared_path("ud/en_ewt/en_ewt-ud-dev.conllu");
    if (!path)
        SKIP("../shared/ud/en_ewt is absent");
    FILE *f = fopen(path, "r");
    diags dg = {0};
    pl_diag d = {diags_collect, &dg, 0, 0};
    pl_conllu_reader r;
    pl_conllu_open_file(&r, f, path, &d);
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s;
    pl_conllu_meta m;
    long n = 0, words = 0, placed = 0;
    size_t most = 0;
    while (pl_conllu_next(&r, &a, &s, &m)) {
        n++;
        words += s.n;
        placed += s.text == m.text; /* offsets into "# text" itself */
        size_t held = pl_arena_bytes(&a);
        most = held > most ? held : most;
        pl_arena_reset(&a);
    }
    CHECK_INT(n, 2001);
    CHECK_INT(words, 25147);
    CHECK_INT(placed, n);
    CHECK_INT(dg.n, 0);
    CHECK(most < 1 << 20); /* one sentence at a time */
    pl_conllu_close(&r);
    pl_arena_free(&a);
    fclose(f);
}
