/*
 * conllu_write.c - CoNLL-U writer (see conllu_write.h).
 *
 * Tabs and line breaks inside strings would break the format, so they are
 * written as blanks; an empty form is written as "_".
 *
 * Must not: change the sentence or decide anything about it.
 */
#include "conllu_write.h"

#include <string.h>

/* s with tabs and line breaks as blanks; `empty` when s is NULL or "". */
static void put_field(FILE *f, const char *s, const char *empty)
{
    if (!s || !*s) {
        fputs(empty, f);
        return;
    }
    for (; *s; s++)
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
}

/* The sentence text without leading and trailing blanks, line breaks as blanks. */
static void put_text(FILE *f, const char *text)
{
    size_t n = strlen(text);
    while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r') {
        text++;
        n--;
    }
    while (n > 0 && strchr(" \t\n\r", text[n - 1]))
        n--;
    for (size_t i = 0; i < n; i++)
        fputc(text[i] == '\t' || text[i] == '\n' || text[i] == '\r' ? ' ' : text[i], f);
}

static void put_header(FILE *f, const pl_conllu_header *h, const pl_sentence *s)
{
    if (h && h->newdoc)
        fputs("# newdoc\n", f);
    if (h && h->newpar)
        fputs("# newpar\n", f);
    if (h && h->sent_id && *h->sent_id) {
        fputs("# sent_id = ", f);
        put_field(f, h->sent_id, "");
        fputc('\n', f);
    }
    if (s->text && *s->text) {
        fputs("# text = ", f);
        put_text(f, s->text);
        fputc('\n', f);
    }
}

/* A surface unit: a multiword token, or a word outside any. */
typedef struct unit {
    uint32_t start, end;
    int mwt;  /* index in s->mwt, -1 for a plain word */
    int word; /* first word */
} unit;

/* The unit that starts at word w (mwt_at: next multiword token to meet). */
static unit unit_at(const pl_sentence *s, int w, int mwt_at)
{
    if (mwt_at < s->nmwt && s->mwt[mwt_at].first == w)
        return (unit){s->mwt[mwt_at].start, s->mwt[mwt_at].end, mwt_at, w};
    return (unit){s->tok[w].start, s->tok[w].end, -1, w};
}

static int unit_last_word(const pl_sentence *s, unit u)
{
    return u.mwt >= 0 ? s->mwt[u.mwt].last : u.word;
}

/* SpaceAfter=No: both units placed in the text and nothing between them. */
static int no_space_between(unit u, unit next)
{
    return u.end > u.start && next.end > next.start && u.end == next.start;
}

static void put_misc(FILE *f, int no_space)
{
    fputs(no_space ? "SpaceAfter=No\n" : "_\n", f);
}

static void put_word(FILE *f, const pl_sentence *s, int w, int no_space)
{
    const pl_token *t = &s->tok[w];
    fprintf(f, "%d\t", w + 1);
    put_field(f, t->form, "_");
    fputc('\t', f);
    put_field(f, t->lemma, "_");
    fputc('\t', f);
    put_field(f, t->upos, "_");
    fputc('\t', f);
    put_field(f, t->xpos, "_");
    fprintf(f, "\t_\t%d\t", t->head + 1);
    put_field(f, t->deprel, "_");
    fputs("\t_\t", f);
    put_misc(f, no_space);
}

static void put_multiword(FILE *f, const pl_multiword *m, int no_space)
{
    fprintf(f, "%d-%d\t", m->first + 1, m->last + 1);
    put_field(f, m->form, "_");
    fputs("\t_\t_\t_\t_\t_\t_\t_\t", f);
    put_misc(f, no_space);
}

/* Multiword tokens are written only when they cover words in order past the
 * previous one; anything else is skipped, so the output stays CoNLL-U. */
static int usable_multiword(const pl_sentence *s, int mwt_at, int w)
{
    const pl_multiword *m = &s->mwt[mwt_at];
    return m->first >= w && m->last >= m->first && m->last < s->n;
}

void pl_conllu_write(FILE *f, const pl_conllu_header *h, const pl_sentence *s)
{
    put_header(f, h, s);
    int mwt_at = 0;
    for (int w = 0; w < s->n;) {
        while (mwt_at < s->nmwt && !usable_multiword(s, mwt_at, w))
            mwt_at++;
        unit u = unit_at(s, w, mwt_at);
        int last = unit_last_word(s, u);
        int no_space = 0;
        if (last + 1 < s->n) {
            int next_mwt = u.mwt >= 0 ? mwt_at + 1 : mwt_at;
            while (next_mwt < s->nmwt && !usable_multiword(s, next_mwt, last + 1))
                next_mwt++;
            no_space = no_space_between(u, unit_at(s, last + 1, next_mwt));
        }
        if (u.mwt >= 0) {
            put_multiword(f, &s->mwt[u.mwt], no_space);
            for (int i = w; i <= last; i++)
                put_word(f, s, i, 0);
            mwt_at++;
        } else {
            put_word(f, s, w, no_space);
        }
        w = last + 1;
    }
    fputc('\n', f);
}
