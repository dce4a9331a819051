/*
 * fuzz_segment.c - libFuzzer target for the tokenizer and sentence splitter
 * (src/segment/): any bytes are segmented as a document, and every sentence
 * is checked: at least one token; offsets inside the sentence text and the
 * document; each form, and each multiword token's form, equal to the
 * original bytes at its offsets; words in order; multiword ranges valid and
 * inside their token's span; analysis and norm set; sentences in document
 * order without overlap. The run is repeated with a callback that stops
 * after the first sentence (must return -1), and the first line is read as
 * a pre-tokenized sentence (every token a non-empty run without spaces).
 *
 * Must not: keep state between inputs.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/segment/segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct doc_check {
    const char *doc;
    size_t len;
    size_t next_free; /* first document byte after the previous sentence */
    long sentences;
    int stop;
} doc_check;

static void check(int ok)
{
    if (!ok)
        abort();
}

/* The n bytes at off in the document equal s. */
static int same_bytes(const doc_check *c, size_t off, size_t n, const char *s)
{
    return off + n <= c->len && memcmp(c->doc + off, s, n) == 0;
}

static void check_token(const doc_check *c, const pl_sentence *s, const pl_token *t)
{
    size_t n = t->end - t->start;
    check(t->start < t->end);
    check(same_bytes(c, s->doc_offset + t->start, n, t->form));
    check(memcmp(s->text + t->start, t->form, n) == 0 && t->form[n] == '\0');
    check(t->analysis != NULL && t->norm != NULL && t->lemma != NULL);
    check(strlen(t->norm) <= 2 * strlen(t->analysis));
}

static void check_multiwords(const doc_check *c, const pl_sentence *s)
{
    int prev_last = -1;
    for (int m = 0; m < s->nmwt; m++) {
        const pl_multiword *w = &s->mwt[m];
        check(w->first > prev_last && w->first < w->last && w->last < s->n);
        check(w->start < w->end);
        check(same_bytes(c, s->doc_offset + w->start, w->end - w->start, w->form));
        check(s->tok[w->first].start == w->start && s->tok[w->last].end == w->end);
        prev_last = w->last;
    }
}

static int on_sentence(void *ud, pl_sentence *s)
{
    doc_check *c = ud;
    check(s->n > 0 && s->tok != NULL && s->text != NULL);
    check(s->doc_offset >= c->next_free);
    uint32_t prev_end = 0;
    for (int i = 0; i < s->n; i++) {
        check(s->tok[i].start >= prev_end);
        check_token(c, s, &s->tok[i]);
        prev_end = s->tok[i].end;
    }
    check(s->tok[0].start == 0);
    check_multiwords(c, s);
    c->next_free = s->doc_offset + prev_end;
    c->sentences++;
    return c->stop;
}

static void check_pretokenized(const uint8_t *data, size_t size)
{
    const char *line = (const char *)data;
    const char *nl = memchr(line, '\n', size);
    size_t n = nl ? (size_t)(nl - line) : size;
    pl_arena a;
    pl_arena_init(&a, 0);
    pl_sentence s;
    int got = pl_segment_tokenized(line, n, &a, &s);
    check(got == s.n && s.nmwt == 0);
    for (int i = 0; i < s.n; i++) {
        const pl_token *t = &s.tok[i];
        check(t->start < t->end && t->end <= n);
        check(memcmp(line + t->start, t->form, t->end - t->start) == 0);
        check(memchr(t->form, ' ', t->end - t->start) == NULL);
    }
    pl_arena_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pl_arena scratch;
    pl_arena_init(&scratch, 0);
    doc_check c = {(const char *)data, size, 0, 0, 0};
    long n = pl_segment_text((const char *)data, size, &scratch, on_sentence, &c);
    check(n == c.sentences);
    if (n > 0) {
        doc_check once = {(const char *)data, size, 0, 0, 1};
        check(pl_segment_text((const char *)data, size, &scratch, on_sentence, &once) == -1);
        check(once.sentences == 1);
    }
    pl_arena_free(&scratch);
    check_pretokenized(data, size);
    return 0;
}
