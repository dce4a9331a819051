/*
 * dateline.c - leading datelines (see dateline.h).
 *
 * A dateline is one to four upper-case place words, optionally followed by
 * a parenthesised agency, ended by ":", "--", "-" or a dash. Requiring every
 * letter of the place words to be upper case keeps ordinary sentences such
 * as "Pakistan: talks resume" from matching, and a hyphen written against
 * the next word is part of a compound ("U.S.-led forces", "UN-backed"),
 * not the dash that ends a dateline.
 */
#include "dateline.h"

#include <string.h>

static int is_upper_word(const char *w)
{
    int letters = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        if (*p >= 'a' && *p <= 'z')
            return 0;
        if (*p >= 'A' && *p <= 'Z')
            letters++;
        else if (*p != '.' && *p != '-' && *p != '\'' && *p < 0x80)
            return 0;
    }
    return letters >= 2;
}

static int is_dateline_end(const char *w)
{
    return !strcmp(w, ":") || !strcmp(w, "--") || !strcmp(w, "-") ||
           !strcmp(w, "\xe2\x80\x94") || !strcmp(w, "\xe2\x80\x93");
}

/* "U.S.-led": a "-" with no space before the next word joins two words. */
static int is_compound_hyphen(const pl_sentence *s, int i)
{
    const pl_token *t = &s->tok[i];
    return !strcmp(t->form, "-") && i + 1 < s->n && t->start < t->end &&
           s->tok[i + 1].start == t->end;
}

int pl_dateline_length(const pl_sentence *s)
{
    int i = 0;
    while (i < s->n && i < 4 && is_upper_word(s->tok[i].form))
        i++;
    if (i == 0 || i >= s->n)
        return 0;
    if (!strcmp(s->tok[i].form, "(") || !strcmp(s->tok[i].form, "-LRB-")) {
        int j = i + 1;
        while (j < s->n && j < i + 4 && strcmp(s->tok[j].form, ")") && strcmp(s->tok[j].form, "-RRB-"))
            j++;
        if (j >= s->n || j == i + 4)
            return 0;
        i = j + 1;
    }
    if (i >= s->n || !is_dateline_end(s->tok[i].form) || is_compound_hyphen(s, i))
        return 0;
    while (i + 1 < s->n && is_dateline_end(s->tok[i + 1].form))
        i++;
    return i + 1;
}
