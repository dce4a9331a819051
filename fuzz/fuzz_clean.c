/*
 * fuzz_clean.c - libFuzzer target for boilerplate removal
 * (src/clean/boilerplate.c): any bytes are cleaned as one article, and
 * checked: the result is NUL-terminated, no longer than the input plus the
 * "\n\n" joins, and made of input bytes and joins only; every dropped span
 * lies inside the input, is non-empty, has a known rule name, comes in input
 * order with a line number that counts the newlines before it, and holds
 * no newline. A second run without a callback gives the same result.
 *
 * Must not: keep state between inputs.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/clean/boilerplate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct drop_check {
    const char *text;
    size_t len;
    size_t next_free; /* first input byte after the previous dropped span */
    size_t dropped_bytes;
    size_t paragraphs;
    size_t line_off; /* line is the line number of byte line_off */
    long line;
} drop_check;

static void check(int ok)
{
    if (!ok)
        abort();
}

static int known_rule(const char *rule)
{
    for (const char *const *r = pl_clean_rule_names(); *r; r++)
        if (rule == *r)
            return 1;
    return 0;
}

/* The line number of byte off, counting on from the previous span so that
 * many drops stay linear. */
static long line_of(drop_check *c, size_t off)
{
    for (; c->line_off < off; c->line_off++)
        c->line += c->text[c->line_off] == '\n';
    return c->line;
}

static void on_drop(void *ud, const char *rule, const char *span, size_t n, long line)
{
    drop_check *c = ud;
    check(known_rule(rule));
    check(span >= c->text && n > 0 && n <= c->len && span + n <= c->text + c->len);
    size_t off = (size_t)(span - c->text);
    check(off >= c->next_free);
    check(memchr(span, '\n', n) == NULL);
    check(line == line_of(c, off));
    c->next_free = off + n;
    c->dropped_bytes += n;
    c->paragraphs++;
}

/* Every byte of the output is a byte of the input or part of a join. */
static void check_output(const char *text, size_t len, const char *out, size_t out_len,
                         size_t dropped_bytes)
{
    size_t joins = 0;
    for (size_t i = 0; i + 1 < out_len; i++)
        joins += out[i] == '\n' && out[i + 1] == '\n';
    check(out[out_len] == '\0');
    check(out_len <= len + 2 * joins);
    check(out_len + dropped_bytes <= len + 2 * joins);
    check(out_len == 0 || (out[0] != '\n' && out[out_len - 1] != '\n'));
    for (size_t i = 0; i < out_len; i++)
        check(out[i] == '\n' || memchr(text, out[i], len) != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    drop_check c = {text, size, 0, 0, 0, 0, 1};
    size_t out_len = 0;
    char *out = pl_clean_article(text, size, &out_len, on_drop, &c);
    check(out != NULL);
    check_output(text, size, out, out_len, c.dropped_bytes);
    /* without a callback: the same result */
    size_t again_len = 0;
    char *again = pl_clean_article(text, size, &again_len, NULL, NULL);
    check(again != NULL && again_len == out_len && memcmp(again, out, out_len + 1) == 0);
    free(again);
    free(out);
    return 0;
}
