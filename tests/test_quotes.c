/*
 * test_quotes.c - direct and indirect speech (src/enrich/quotes.c) on
 * sentences the built-in model tags and parses: the speaker before and after
 * the quote, inverted "said Khan", "Khan said:", indirect "said that" and
 * ", Khan said", "according to", typographic and single quotes, a quote over
 * two sentences with the carried state, scare quotes and possessives that
 * are not quotes, two quotes in a sentence, pl_quote_at. Skipped when
 * petrel was built without a model.
 */
#include "test.h"

#include "../src/enrich/quotes.h"
#include "../src/parse/model.h"
#include "../src/segment/segment.h"

#define MAX_QUOTES 8

/* Every quote of a document, described sentence by sentence as
 *   speaker|verb lemma|content|direct or indirect[+open-before][+closes-later]
 * with "-" for an unknown speaker or verb, "; " between the quotes of a
 * sentence and " || " between sentences. */
typedef struct collected {
    const pl_model *m;
    pl_arena *a;
    pl_quote_state st;
    int sentences;
    char out[2048];
    size_t used;
} collected;

static void append(collected *c, const char *s, size_t n)
{
    if (c->used + n < sizeof c->out) {
        memcpy(c->out + c->used, s, n);
        c->used += n;
        c->out[c->used] = '\0';
    }
}

static void append_str(collected *c, const char *s)
{
    append(c, s, strlen(s));
}

static void append_speaker(collected *c, const pl_sentence *s, const pl_quote *q)
{
    if (q->speaker_start < 0) {
        append_str(c, "-");
        return;
    }
    uint32_t from = s->tok[q->speaker_start].start, to = s->tok[q->speaker_end - 1].end;
    append(c, s->text + from, to - from);
}

static void describe(collected *c, const pl_sentence *s, const pl_quote *q)
{
    append_speaker(c, s, q);
    append_str(c, "|");
    append_str(c, q->verb >= 0 ? s->tok[q->verb].lemma : "-");
    append_str(c, "|");
    append(c, s->text + q->start, q->end - q->start);
    append_str(c, q->direct ? "|direct" : "|indirect");
    if (q->opened_before)
        append_str(c, "+open-before");
    if (q->closes_later)
        append_str(c, "+closes-later");
}

static int collect(void *ud, pl_sentence *s)
{
    collected *c = ud;
    pl_model_annotate(c->m, s, c->a);
    pl_quote q[MAX_QUOTES];
    int n = pl_quotes_find(s, &c->st, q, MAX_QUOTES);
    if (c->sentences++)
        append_str(c, " || ");
    for (int i = 0; i < n; i++) {
        if (i)
            append_str(c, "; ");
        describe(c, s, &q[i]);
    }
    return 0;
}

/* The quotes of `text` as collect() describes them (c->out). */
static const char *quotes_of(collected *c, const pl_model *m, const char *text)
{
    pl_arena scratch;
    pl_arena_init(&scratch, 0);
    memset(c, 0, sizeof *c);
    c->m = m;
    c->a = &scratch;
    pl_segment_text(text, strlen(text), &scratch, collect, c);
    pl_arena_free(&scratch);
    return c->out;
}

static pl_model *model(void)
{
    pl_diag d = {0};
    return pl_model_load_builtin(&d);
}

TEST(quotes_speaker_after_quote)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    CHECK_STR(quotes_of(&c, m, "\"We will not accept this,\" Khan said."),
              "Khan|say|We will not accept this|direct");
    CHECK_STR(quotes_of(&c, m, "\"We will not accept this,\" said Prime Minister Imran Khan."),
              "Prime Minister Imran Khan|say|We will not accept this|direct");
    CHECK_STR(quotes_of(&c, m, "\"We will fight until the end,\" the army warned on Monday."),
              "the army|warn|We will fight until the end|direct");
    pl_model_free(m);
}

TEST(quotes_speaker_before_quote)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    CHECK_STR(quotes_of(&c, m, "Khan said: \"We will not accept this.\""),
              "Khan|say|We will not accept this.|direct");
    CHECK_STR(quotes_of(&c, m, "The minister told reporters: \"The border stays closed.\""),
              "The minister|tell|The border stays closed.|direct");
    /* a partial quote: the reporting verb a few words before it */
    CHECK_STR(quotes_of(&c, m, "He described the plan as \"a betrayal of the people.\""),
              "He|describe|a betrayal of the people.|direct");
    pl_model_free(m);
}

TEST(quotes_indirect_said_that)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    CHECK_STR(quotes_of(&c, m, "Khan said that Pakistan would respond to the attack."),
              "Khan|say|Pakistan would respond to the attack|indirect");
    CHECK_STR(quotes_of(&c, m, "Khan told reporters that the army had withdrawn."),
              "Khan|tell|the army had withdrawn|indirect");
    /* the parser takes this "that" clause for a relative clause of "statement" */
    CHECK_STR(quotes_of(&c, m, "The army said in a statement that 20 militants were killed."),
              "The army|say|20 militants were killed|indirect");
    CHECK_STR(quotes_of(&c, m, "Pakistan would respond to the attack, Khan said."),
              "Khan|say|Pakistan would respond to the attack|indirect");
    pl_model_free(m);
}

TEST(quotes_according_to)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    CHECK_STR(quotes_of(&c, m, "\"The talks have failed,\" according to the statement."),
              "the statement|accord|The talks have failed|direct");
    CHECK_STR(quotes_of(&c, m, "According to the army, 20 militants were killed."),
              "the army|accord|20 militants were killed|indirect");
    pl_model_free(m);
}

TEST(quotes_over_two_sentences)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    CHECK_STR(quotes_of(&c, m, "\"We will retaliate. Our patience has limits,\" the army said."),
              "-|-|We will retaliate.|direct+closes-later || "
              "the army|say|Our patience has limits|direct+open-before");
    CHECK_INT(c.st.open, 0); /* closed by the end of the document */
    CHECK_INT(c.sentences, 2);
    /* the quote before "He said" is known from the first sentence alone */
    CHECK_STR(quotes_of(&c, m, "He said, \"Stop. Now.\" Then he left."),
              "He|say|Stop.|direct+closes-later || -|-|Now.|direct+open-before || ");
    pl_model_free(m);
}

static int occurrences(const char *text, const char *what)
{
    int n = 0;
    for (const char *p = strstr(text, what); p; p = strstr(p + 1, what))
        n++;
    return n;
}

TEST(quotes_state_carries_and_gives_up)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    /* a sentence wholly inside the quote continues it on both sides */
    CHECK_STR(quotes_of(&c, m,
                        "\"We will retaliate. We are ready. Our patience is over,\" "
                        "Khan said."),
              "-|-|We will retaliate.|direct+closes-later || "
              "-|-|We are ready.|direct+open-before+closes-later || "
              "Khan|say|Our patience is over|direct+open-before");
    /* a quote never closed runs over PL_QUOTE_MAX_SENTENCES sentences, no more */
    char text[1024] = "\"We will retaliate.";
    for (int i = 0; i < PL_QUOTE_MAX_SENTENCES + 2; i++)
        strcat(text, " The army is ready.");
    quotes_of(&c, m, text);
    CHECK_INT(c.sentences, PL_QUOTE_MAX_SENTENCES + 3);
    CHECK_INT(occurrences(c.out, "+open-before"), PL_QUOTE_MAX_SENTENCES - 1);
    CHECK(strstr(c.out, "ready.|direct+open-before+closes-later ||  || ") != NULL);
    CHECK_INT(c.st.open, 0);
    pl_model_free(m);
}

TEST(quotes_typographic_and_single)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    CHECK_STR(quotes_of(&c, m, "\xE2\x80\x9CWe will not accept this,\xE2\x80\x9D Khan said."),
              "Khan|say|We will not accept this|direct");
    CHECK_STR(quotes_of(&c, m, "'We will fight,' the minister warned."),
              "the minister|warn|We will fight|direct");
    CHECK_STR(quotes_of(&c, m, "\xE2\x80\x98We will fight,\xE2\x80\x99 the minister warned."),
              "the minister|warn|We will fight|direct");
    /* single quotes inside a double quote are part of it */
    CHECK_STR(quotes_of(&c, m, "\"They told us 'never again' and we agreed,\" Khan said."),
              "Khan|say|They told us 'never again' and we agreed|direct");
    pl_model_free(m);
}

TEST(quotes_scare_quotes_and_apostrophes_are_not_quotes)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    CHECK_STR(quotes_of(&c, m, "The so-called \"peace deal\" was signed in Doha."), "");
    CHECK_STR(quotes_of(&c, m,
                        "Rebels rejected the \xE2\x80\x9C"
                        "ceasefire\xE2\x80\x9D on Monday."),
              "");
    CHECK_STR(quotes_of(&c, m, "The soldiers' families protested in Lahore."), "");
    /* a quote of one word with its own punctuation and a speaker is one */
    CHECK_STR(quotes_of(&c, m, "\"No,\" Khan said."), "Khan|say|No|direct");
    pl_model_free(m);
}

TEST(quotes_none_in_plain_sentence)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    CHECK_STR(quotes_of(&c, m, "Pakistani troops attacked a village near the border."), "");
    CHECK_INT(c.sentences, 1);
    pl_quote q[1];
    CHECK_INT(pl_quotes_find(NULL, NULL, q, 1), 0);
    pl_model_free(m);
}

TEST(quotes_two_in_one_sentence)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    collected c;
    CHECK_STR(quotes_of(&c, m,
                        "\xE2\x80\x9CWe want peace,\xE2\x80\x9D Khan said, "
                        "\xE2\x80\x9C"
                        "but we will defend ourselves.\xE2\x80\x9D"),
              "Khan|say|We want peace|direct; Khan|say|but we will defend ourselves.|direct");
    pl_model_free(m);
}

/* pl_quote_at on the parts of one sentence: inside the quote, on its marks, outside. */
typedef struct located {
    const pl_model *m;
    pl_arena *a;
    int n;
    const pl_quote *in_quote, *on_mark, *on_speaker;
    pl_quote q[MAX_QUOTES];
} located;

static int locate(void *ud, pl_sentence *s)
{
    located *l = ud;
    pl_model_annotate(l->m, s, l->a);
    l->n = pl_quotes_find(s, NULL, l->q, MAX_QUOTES);
    const char *text = s->text;
    l->in_quote = pl_quote_at(l->q, l->n, (uint32_t)(strstr(text, "attack") - text));
    l->on_mark = pl_quote_at(l->q, l->n, 0);
    l->on_speaker = pl_quote_at(l->q, l->n, (uint32_t)(strstr(text, "Khan") - text));
    return 0;
}

TEST(quotes_quote_at)
{
    pl_model *m = model();
    if (!m)
        SKIP("no built-in model");
    const char *text = "\"India will attack us again,\" Khan said.";
    pl_arena scratch;
    pl_arena_init(&scratch, 0);
    located l = {m, &scratch, 0, NULL, NULL, NULL, {{0}}};
    pl_segment_text(text, strlen(text), &scratch, locate, &l);
    CHECK_INT(l.n, 1);
    CHECK(l.in_quote == &l.q[0]);
    CHECK(l.on_mark == NULL);
    CHECK(l.on_speaker == NULL);
    CHECK(pl_quote_at(l.q, 0, 5) == NULL);
    if (l.n == 1) {
        CHECK_INT(l.q[0].start, 1);
        CHECK(pl_quote_at(l.q, 1, l.q[0].end - 1) == &l.q[0]);
        CHECK(pl_quote_at(l.q, 1, l.q[0].end) == NULL);
    }
    pl_arena_free(&scratch);
    pl_model_free(m);
}

/* A sentence from outside: heads out of range and in a cycle, no tags, quote
 * marks everywhere. Nothing may be read out of bounds; quotes stay in range. */
TEST(quotes_malformed_sentence)
{
    static const char *forms[] = {"\"", "said", "\"", "x", "according", "to", "\xE2\x80\x9C", "'"};
    static const int heads[] = {7, 99, -5, 3, 5, 4, 0, 6};
    pl_token tok[8];
    memset(tok, 0, sizeof tok);
    for (int i = 0; i < 8; i++) {
        tok[i].form = forms[i];
        tok[i].head = heads[i];
        tok[i].start = (uint32_t)i;
        tok[i].end = (uint32_t)i + 1;
    }
    strcpy(tok[1].upos, "VERB");
    tok[1].lemma = "say";
    pl_sentence s = {"\"s\"'at\"x", tok, 8, NULL, 0, 0};
    pl_quote_state st = {0};
    pl_quote q[4];
    int n = pl_quotes_find(&s, &st, q, 4);
    CHECK(n >= 1 && n <= 4);
    for (int i = 0; i < n; i++) {
        CHECK(q[i].start <= q[i].end && q[i].end <= 8);
        CHECK(q[i].verb >= -1 && q[i].verb < 8);
        CHECK(q[i].speaker_start <= q[i].speaker_end && q[i].speaker_end <= 8);
    }
    /* the “ left open carries to the next sentence */
    CHECK_INT(st.open != 0, 1);
    /* no room: nothing written, the state still follows the marks */
    pl_quote_state st2 = {0};
    CHECK_INT(pl_quotes_find(&s, &st2, NULL, 0), 0);
    CHECK_INT(st2.open, st.open);
    CHECK_INT(pl_quotes_find(&s, NULL, q, 1), 1);
}
