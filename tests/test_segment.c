/*
 * test_segment.c - the tokenizer and sentence splitter (src/segment/):
 * abbreviations and initials, multiword tokens and their offsets, money,
 * URLs and e-mail, typographic punctuation mapped for analysis with offsets
 * kept, sentence breaks across line breaks, inside quotes and at blank
 * lines, invalid UTF-8, flat memory on long input, and pre-tokenized lines.
 */
#include "test.h"

#include <stdlib.h>

#include "../src/segment/segment.h"

/* Sentences as text: words separated by " ", the words of a multiword token
 * joined by "+", sentences separated by " | ". Every token is also checked
 * against the document: its form is the bytes at its offsets. */
typedef struct collected {
    const char *doc;
    char out[4096];
    size_t used;
    int sentences, bad_offsets, stop_after;
    size_t max_arena;
    pl_arena *scratch;
} collected;

static void append(collected *c, const char *s)
{
    size_t n = strlen(s);
    if (c->used + n < sizeof c->out) {
        memcpy(c->out + c->used, s, n + 1);
        c->used += n;
    }
}

static int in_multiword(const pl_sentence *s, int i, int *last)
{
    for (int m = 0; m < s->nmwt; m++)
        if (i >= s->mwt[m].first && i <= s->mwt[m].last) {
            *last = s->mwt[m].last;
            return 1;
        }
    return 0;
}

static void check_offsets(collected *c, const pl_sentence *s)
{
    for (int i = 0; i < s->n; i++) {
        const pl_token *t = &s->tok[i];
        size_t n = t->end - t->start;
        if (strlen(t->form) != n || memcmp(c->doc + s->doc_offset + t->start, t->form, n) != 0 ||
            memcmp(s->text + t->start, t->form, n) != 0)
            c->bad_offsets++;
    }
}

static int collect(void *ud, pl_sentence *s)
{
    collected *c = ud;
    check_offsets(c, s);
    if (c->sentences++)
        append(c, " | ");
    for (int i = 0; i < s->n; i++) {
        int last = -1;
        if (i)
            append(c, in_multiword(s, i - 1, &last) && last >= i ? "+" : " ");
        append(c, s->tok[i].form);
    }
    size_t bytes = pl_arena_bytes(c->scratch);
    if (bytes > c->max_arena)
        c->max_arena = bytes;
    return c->stop_after && c->sentences >= c->stop_after;
}

/* Segments `text`; the result stays valid until the next call. */
static const char *seg(const char *text)
{
    static collected c;
    pl_arena a;
    pl_arena_init(&a, 0);
    memset(&c, 0, sizeof c);
    c.doc = text;
    c.scratch = &a;
    long n = pl_segment_text(text, strlen(text), &a, collect, &c);
    if (n != c.sentences || c.bad_offsets)
        test_fail(__FILE__, __LINE__, "\"%s\": %ld sentences returned, %d seen, %d bad offsets",
                  text, n, c.sentences, c.bad_offsets);
    pl_arena_free(&a);
    return c.out;
}

/* The first sentence of text, kept in `a` by copying it out of the callback. */
typedef struct first_sentence {
    pl_arena *keep;
    pl_sentence s;
    int seen;
} first_sentence;

static int keep_first(void *ud, pl_sentence *s)
{
    first_sentence *f = ud;
    if (f->seen++)
        return 0;
    f->s = *s;
    f->s.tok = pl_arena_alloc(f->keep, (size_t)s->n * sizeof *s->tok);
    memcpy(f->s.tok, s->tok, (size_t)s->n * sizeof *s->tok);
    for (int i = 0; i < s->n; i++) {
        f->s.tok[i].form = pl_arena_strdup(f->keep, s->tok[i].form);
        f->s.tok[i].analysis = pl_arena_strdup(f->keep, s->tok[i].analysis);
        f->s.tok[i].norm = pl_arena_strdup(f->keep, s->tok[i].norm);
    }
    f->s.mwt = pl_arena_alloc(f->keep, (size_t)s->nmwt * sizeof *s->mwt + 1);
    if (s->nmwt)
        memcpy(f->s.mwt, s->mwt, (size_t)s->nmwt * sizeof *s->mwt);
    for (int i = 0; i < s->nmwt; i++)
        f->s.mwt[i].form = pl_arena_strdup(f->keep, s->mwt[i].form);
    f->s.text = pl_arena_strdup(f->keep, s->text);
    return 0;
}

static pl_sentence first_of(const char *text, pl_arena *keep)
{
    pl_arena scratch;
    pl_arena_init(&scratch, 0);
    first_sentence f = {keep, {0}, 0};
    pl_segment_text(text, strlen(text), &scratch, keep_first, &f);
    pl_arena_free(&scratch);
    return f.s;
}

TEST(segment_abbreviations_and_initials)
{
    CHECK_STR(seg("Gen. Smith met Dr. Jones and Sen. J. R. Doe in the U.S. on Jan. 5."),
              "Gen. Smith met Dr. Jones and Sen. J. R. Doe in the U.S. on Jan. 5 .");
    CHECK_STR(seg("Acme Inc. said it would, e.g. at 5 p.m. today, sell No. 5."),
              "Acme Inc. said it would , e.g. at 5 p.m. today , sell No. 5 .");
    /* An abbreviation ends a sentence only before a clear sentence start, and
     * its period is then split off as in EWT. */
    CHECK_STR(seg("He moved to the U.S. The rest stayed."),
              "He moved to the U.S . | The rest stayed .");
    CHECK_STR(seg("They met Gen. Musharraf."), "They met Gen. Musharraf .");
    CHECK_STR(seg("I called no. Then I left."), "I called no . | Then I left .");
}

TEST(segment_multiword_tokens)
{
    CHECK_STR(seg("I don't think Bush's plan won't work, I'm sure they cannot."),
              "I do+n't think Bush+'s plan wo+n't work , I+'m sure they can+not .");
    CHECK_STR(seg("dont wanna go, its not my parents' car"),
              "do+nt wan+na go , it+s not my parents+' car");
    CHECK_STR(seg("Its roof and O'Brien's cat"), "Its roof and O'Brien+'s cat");
    CHECK_STR(seg("Pakistan’s army"), "Pakistan+’s army");

    pl_arena keep;
    pl_arena_init(&keep, 0);
    pl_sentence s = first_of("  Don't go.", &keep);
    CHECK_INT(s.n, 4);
    CHECK_INT(s.nmwt, 1);
    CHECK_STR(s.mwt[0].form, "Don't");
    CHECK_INT(s.mwt[0].first, 0);
    CHECK_INT(s.mwt[0].last, 1);
    CHECK_INT(s.mwt[0].start, 0);
    CHECK_INT(s.mwt[0].end, 5);
    CHECK_STR(s.tok[0].form, "Do");
    CHECK_INT(s.tok[0].end, 2);
    CHECK_STR(s.tok[1].form, "n't");
    CHECK_INT(s.tok[1].start, 2);
    CHECK_INT(s.tok[1].end, 5);
    CHECK_STR(s.tok[1].norm, "N'T");
    CHECK_INT(s.doc_offset, 2);
    CHECK_STR(s.text, "Don't go.");
    pl_arena_free(&keep);
}

TEST(segment_numbers_and_money)
{
    CHECK_STR(seg("It cost $1 billion, or 5% more than 1,000.50 euros at 11:30am on 11/01/01."),
              "It cost $ 1 billion , or 5 % more than 1,000.50 euros at 11:30 am on 11/01/01 .");
    CHECK_STR(seg("In the 1990s, 2nd place weighed 5kg; call 713-853-1696 or 853-3242."),
              "In the 1990s , 2nd place weighed 5 kg ; call 713-853-1696 or 853-3242 .");
    CHECK_STR(seg("Scores were 3-4 in 1969-1970."), "Scores were 3 - 4 in 1969 - 1970 .");
}

TEST(segment_hyphens)
{
    CHECK_STR(seg("An e-mail from a non-stop, long-term al-Qaeda co-worker."),
              "An e-mail from a non-stop , long - term al - Qaeda co-worker .");
}

TEST(segment_urls_and_email)
{
    CHECK_STR(seg("See http://example.com/a_(b)?x=1. Mail john.doe@example.org, or www.x.org!"),
              "See http://example.com/a_(b)?x=1 . | Mail john.doe@example.org , or www.x.org !");
    CHECK_STR(seg("(see https://x.org/page)"), "( see https://x.org/page )");
    CHECK_STR(seg("Visit Amazon.com today"), "Visit Amazon.com today");
}

TEST(segment_underscore_between_capitalised_words_is_a_space)
{
    /* PETRARCH's dictionary spelling of a name; other underscores join */
    CHECK_STR(seg("The Prince of Dol_Amroth met Minas_Tirith_Gate guards."),
              "The Prince of Dol Amroth met Minas Tirith Gate guards .");
    CHECK_STR(seg("Set my_var and MAX_SIZE, mail John_Smith@example.org"),
              "Set my_var and MAX_SIZE , mail John_Smith@example.org");
    CHECK_STR(seg("See http://x.org/08_Garrett_Gayle now"), "See http://x.org/08_Garrett_Gayle now");
    pl_arena keep;
    pl_arena_init(&keep, 0);
    pl_sentence s = first_of("Dol_Amroth", &keep);
    CHECK_INT(s.n, 2);
    CHECK_INT(s.tok[0].end, 3);
    CHECK_INT(s.tok[1].start, 4);
    CHECK_STR(s.tok[1].form, "Amroth");
    pl_arena_free(&keep);
}

TEST(segment_punctuation_runs_and_emoticons)
{
    CHECK_STR(seg("Wait... what?! No -- never!!! :-)"), "Wait ... what ?! | No -- never !!! :-)");
    CHECK_STR(seg("He said (quietly) 'normal' things; fine: yes."),
              "He said ( quietly ) ' normal ' things ; fine : yes .");
}

TEST(segment_typographic_mapping_keeps_offsets)
{
    pl_arena keep;
    pl_arena_init(&keep, 0);
    const char *text =
        "\xE2\x80\x9CIt\xE2\x80\x99s done\xE2\x80\xA6\xE2\x80\x9D he said \xE2\x80\x94 "
        "caf\x65\xCC\x81 2\xC2\xA0km";
    pl_sentence s = first_of(text, &keep);
    CHECK_INT(s.n, 12);
    if (s.n == 12) {
        CHECK_STR(s.tok[0].form, "\xE2\x80\x9C");
        CHECK_STR(s.tok[0].analysis, "\"");
        CHECK_INT(s.tok[0].start, 0);
        CHECK_INT(s.tok[0].end, 3);
        CHECK_STR(s.tok[1].form, "It");
        CHECK_STR(s.tok[2].form, "\xE2\x80\x99s");
        CHECK_STR(s.tok[2].analysis, "'s");
        CHECK_STR(s.tok[2].norm, "'S");
        CHECK_INT(s.tok[2].start, 5);
        CHECK_INT(s.tok[2].end, 9);
        CHECK_STR(s.tok[4].analysis, "...");
        CHECK_STR(s.tok[5].analysis, "\"");
        CHECK_STR(s.tok[8].form, "\xE2\x80\x94");
        CHECK_STR(s.tok[8].analysis, "--");
        CHECK_STR(s.tok[9].form, "cafe\xCC\x81");    /* decomposed as written */
        CHECK_STR(s.tok[9].analysis, "caf\xC3\xA9"); /* NFC */
        CHECK_STR(s.tok[9].norm, "CAF\xC3\x89");
        CHECK_STR(s.tok[10].form, "2"); /* a no-break space separates tokens */
        CHECK_STR(s.tok[11].form, "km");
        for (int i = 0; i < s.n; i++)
            CHECK(memcmp(text + s.doc_offset + s.tok[i].start, s.tok[i].form,
                         s.tok[i].end - s.tok[i].start) == 0);
    }
    pl_arena_free(&keep);
}

TEST(segment_sentence_breaks)
{
    /* line breaks inside a sentence do not end it */
    CHECK_STR(seg("The talks\ncontinued into\nthe night. Then they\r\nleft."),
              "The talks continued into the night . | Then they left .");
    /* a blank line always does */
    CHECK_STR(seg("Bombing kills 20\n\nISLAMABAD \xE2\x80\x94 A bomb exploded."),
              "Bombing kills 20 | ISLAMABAD \xE2\x80\x94 A bomb exploded .");
    CHECK_STR(seg("one\n \t\ntwo"), "one | two");
    /* quotes: the closing quote stays with its sentence */
    CHECK_STR(seg("He said, \"Stop. Now.\" Then he left."),
              "He said , \" Stop . | Now . \" | Then he left .");
    CHECK_STR(seg("\"Why?\" asked Bush. (It was late.) Nobody knew."),
              "\" Why ? \" asked Bush . | ( It was late . ) | Nobody knew .");
    /* lower case after . ! ? starts a sentence in web text, not after "..." */
    CHECK_STR(seg("where are you? i am here... and there."),
              "where are you ? | i am here ... and there .");
    /* a numbered list item keeps its number */
    CHECK_STR(seg("Two points. 1. The first. 2. The second."),
              "Two points . | 1 . The first . | 2 . The second .");
    CHECK_STR(seg(""), "");
    CHECK_STR(seg(" \n\n "), "");
}

TEST(segment_invalid_utf8)
{
    CHECK_STR(seg("ab\xFF\xFE"
                  "cd \xC3 x\xE2\x80"),
              "ab \xFF \xFE cd \xC3 x \xE2 \x80");
    pl_arena keep;
    pl_arena_init(&keep, 0);
    pl_sentence s = first_of("a\xFF", &keep);
    CHECK_INT(s.n, 2);
    if (s.n == 2) {
        CHECK_STR(s.tok[1].form, "\xFF");
        CHECK_STR(s.tok[1].analysis, "\xEF\xBF\xBD");
        CHECK_INT(s.tok[1].start, 1);
        CHECK_INT(s.tok[1].end, 2);
    }
    pl_arena_free(&keep);
}

TEST(segment_never_reads_past_len)
{
    /* The length cuts the text mid-word and mid-character. */
    const char *text = "Hello world. Don't\xE2\x80\x99";
    pl_arena a;
    pl_arena_init(&a, 0);
    collected c;
    memset(&c, 0, sizeof c);
    c.doc = text;
    c.scratch = &a;
    CHECK_INT(pl_segment_text(text, 19, &a, collect, &c), 2);
    CHECK_STR(c.out, "Hello world . | Do+n't \xE2");
    CHECK_INT(c.bad_offsets, 0);
    CHECK_INT(pl_segment_text(NULL, 0, &a, collect, &c), 0);
    pl_arena_free(&a);
}

TEST(segment_callback_stops)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    collected c;
    memset(&c, 0, sizeof c);
    const char *text = "One. Two. Three.";
    c.doc = text;
    c.scratch = &a;
    c.stop_after = 2;
    CHECK_INT(pl_segment_text(text, strlen(text), &a, collect, &c), -1);
    CHECK_INT(c.sentences, 2);
    pl_arena_free(&a);
}

TEST(segment_long_input_memory_stays_flat)
{
    size_t reps = 20000;
    const char *unit = "The minister said the talks would resume on Monday. ";
    size_t un = strlen(unit);
    char *text = malloc(reps * un + 20001 * 2);
    if (!text)
        SKIP("no memory");
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * un, unit, un);
    /* then one endless unpunctuated "sentence" */
    size_t n = reps * un;
    for (int i = 0; i < 20000; i++) {
        text[n++] = 'a';
        text[n++] = ' ';
    }
    pl_arena a;
    pl_arena_init(&a, 0);
    collected c;
    memset(&c, 0, sizeof c);
    c.doc = text;
    c.scratch = &a;
    long got = pl_segment_text(text, n, &a, collect, &c);
    CHECK_INT(c.bad_offsets, 0);
    CHECK(got >= (long)reps + 20000 / 400);
    CHECK(c.max_arena <= 256 * 1024);
    pl_arena_free(&a);
    free(text);
}

TEST(segment_pretokenized_line)
{
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s;
    const char *line = "Do n't go \xE2\x80\x94 U.S. .\n";
    CHECK_INT(pl_segment_tokenized(line, strlen(line), &a, &s), 6);
    CHECK_INT(s.n, 6);
    CHECK_INT(s.nmwt, 0);
    CHECK_STR(s.text, "Do n't go \xE2\x80\x94 U.S. .");
    CHECK_STR(s.tok[1].form, "n't");
    CHECK_INT(s.tok[1].start, 3);
    CHECK_INT(s.tok[1].end, 6);
    CHECK_STR(s.tok[3].analysis, "--");
    CHECK_STR(s.tok[4].form, "U.S.");
    CHECK_STR(s.tok[2].norm, "GO");
    CHECK_INT(pl_segment_tokenized("", 0, &a, &s), 0);
    CHECK_INT(s.n, 0);
    CHECK_INT(pl_segment_tokenized(" \n", 2, &a, &s), 0);
    pl_arena_free(&a);
}
