/*
 * boilerplate.c - drop what is not article body from scraped text (see
 * boilerplate.h).
 *
 * The text is cut into paragraphs (non-blank lines), and each paragraph gets
 * a key: lower-case ASCII, typographic quotes made plain, white space
 * collapsed to single spaces. The rules read only keys, in four passes:
 *   1. rules about one paragraph alone (captions, prompts, footers, ...);
 *   2. the headline-like lines after a "Most Read"-style heading;
 *   3. a reader comment thread, once it has clearly started after the body;
 *   4. pull quotes: repeats of another kept paragraph or of part of one.
 * Most phrase rules also cap the paragraph's length: a prompt or a credit
 * is short, and a long paragraph that contains such a phrase is a story
 * about it. The paragraphs left are copied unchanged.
 *
 * Must not: drop a paragraph only because it is short or names a news
 * agency, or read past `len`.
 */
#include "boilerplate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* One object per name: the passes compare a paragraph's rule by pointer. */
static const char rule_photo[] = "photo-credit";
static const char rule_subscribe[] = "subscribe-prompt";
static const char rule_share[] = "share-prompt";
static const char rule_comments[] = "comment-thread";
static const char rule_footer[] = "footer";
static const char rule_navigation[] = "navigation";
static const char rule_menu[] = "menu";
static const char rule_pull_quote[] = "pull-quote";

static const char *const rule_names[] = {rule_photo,    rule_subscribe,  rule_share,
                                         rule_comments, rule_footer,     rule_navigation,
                                         rule_menu,     rule_pull_quote, NULL};

const char *const *pl_clean_rule_names(void)
{
    return rule_names;
}

typedef struct para {
    size_t start, len; /* the paragraph's bytes in the input, trimmed */
    long line;         /* 1-based line number */
    const char *key;   /* normalised form, NUL-terminated */
    size_t key_len;
    int words;
    const char *rule; /* the rule that dropped it; NULL while kept */
} para;

/* ---- paragraphs and keys ------------------------------------------------ */

/* Bytes of white space at s[i] (ASCII controls, space, U+00A0), else 0.
 * Control bytes count as space so that a stray NUL or form feed neither
 * makes a paragraph of its own nor ends up inside a key. */
static size_t space_at(const char *s, size_t i, size_t n)
{
    unsigned char c = (unsigned char)s[i];
    if (c <= ' ' || c == 0x7f)
        return 1;
    if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa0)
        return 2;
    return 0;
}

/* Trim white space from both ends of s[*start .. *end). */
static void trim(const char *s, size_t *start, size_t *end)
{
    size_t k;
    while (*start < *end && (k = space_at(s, *start, *end)) != 0)
        *start += k;
    while (*end > *start) {
        if (space_at(s, *end - 1, *end))
            (*end)--;
        else if (*end - *start >= 2 && space_at(s, *end - 2, *end) == 2)
            *end -= 2;
        else
            break;
    }
}

/* The ASCII byte a typographic quote mark at s[i] stands for (its length in
 * *n), or 0. Pull quotes and their source often differ only in these. */
static char plain_quote(const char *s, size_t i, size_t n, size_t *k)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (i + 2 < n && u[0] == 0xe2 && u[1] == 0x80) {
        *k = 3;
        if (u[2] == 0x98 || u[2] == 0x99)
            return '\'';
        if (u[2] == 0x9c || u[2] == 0x9d)
            return '"';
    }
    if (i + 1 < n && u[0] == 0xc2 && (u[1] == 0xab || u[1] == 0xbb)) {
        *k = 2;
        return '"';
    }
    return 0;
}

/* The key of s[0..n) into out (room for n + 1 bytes); returns its length. */
static size_t make_key(const char *s, size_t n, char *out, int *words)
{
    size_t o = 0, k;
    int gap = 0;
    *words = 0;
    for (size_t i = 0; i < n;) {
        if ((k = space_at(s, i, n)) != 0) {
            gap = 1;
            i += k;
            continue;
        }
        if (gap || o == 0) {
            if (o)
                out[o++] = ' ';
            (*words)++;
            gap = 0;
        }
        char q = plain_quote(s, i, n, &k);
        if (q) {
            out[o++] = q;
            i += k;
        } else {
            char c = s[i++];
            out[o++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
        }
    }
    out[o] = '\0';
    return o;
}

/* The line starting at *pos, trimmed to [*start, *end); moves *pos past
 * it. Returns 0 when there is no line left. */
static int next_line(const char *text, size_t len, size_t *pos, size_t *start, size_t *end)
{
    if (*pos >= len)
        return 0;
    const char *nl = memchr(text + *pos, '\n', len - *pos);
    *start = *pos;
    *end = nl ? (size_t)(nl - text) : len;
    *pos = nl ? *end + 1 : len;
    trim(text, start, end);
    return 1;
}

static size_t count_paragraphs(const char *text, size_t len)
{
    size_t n = 0, pos = 0, start, end;
    while (next_line(text, len, &pos, &start, &end))
        n += start < end;
    return n;
}

/* Fill p[] with the paragraphs of text and their keys (stored in keys). */
static void split_paragraphs(const char *text, size_t len, para *p, char *keys)
{
    size_t n = 0, used = 0, pos = 0, start, end;
    for (long line = 1; next_line(text, len, &pos, &start, &end); line++) {
        if (start == end)
            continue;
        para *q = &p[n++];
        q->start = start;
        q->len = end - start;
        q->line = line;
        q->key = keys + used;
        q->key_len = make_key(text + start, end - start, keys + used, &q->words);
        q->rule = NULL;
        used += q->key_len + 1;
    }
}

/* ---- phrase matching on keys -------------------------------------------- */

static int is_word_byte(char c)
{
    unsigned char u = (unsigned char)c;
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The phrase at s ends on a word boundary (or the phrase ends in one). */
static int ends_at_boundary(const char *s, const char *phrase, size_t n)
{
    return n == 0 || !is_word_byte(phrase[n - 1]) || !is_word_byte(s[n]);
}

static int starts_with(const char *key, const char *phrase)
{
    size_t n = strlen(phrase);
    return strncmp(key, phrase, n) == 0 && ends_at_boundary(key, phrase, n);
}

static int contains(const char *key, const char *phrase)
{
    size_t n = strlen(phrase);
    for (const char *s = strstr(key, phrase); s; s = strstr(s + 1, phrase))
        if ((s == key || !is_word_byte(s[-1]) || !is_word_byte(phrase[0])) &&
            ends_at_boundary(s, phrase, n))
            return 1;
    return 0;
}

static int starts_with_any(const char *key, const char *const *list)
{
    for (; *list; list++)
        if (starts_with(key, *list))
            return 1;
    return 0;
}

static int contains_any(const char *key, const char *const *list)
{
    for (; *list; list++)
        if (contains(key, *list))
            return 1;
    return 0;
}

/* Length of a decoration (bullet, arrow, colon, ellipsis, space) at the
 * start (at_end 0) or end of s[0..n), or 0: headings such as "Read more »"
 * or "• Most Read:" carry them. */
static size_t decoration(const char *s, size_t n, int at_end)
{
    static const char *const marks[] = {"\xc2\xbb",     "\xe2\x80\xba", "\xe2\x86\x92",
                                        "\xe2\x80\xa6", "\xe2\x80\xa2", "\xc2\xb7",
                                        "\xe2\x80\x94", "\xe2\x80\x93", NULL};
    if (n == 0)
        return 0;
    char c = at_end ? s[n - 1] : s[0];
    if (c != '\0' && strchr(" .:!?>-|*", c))
        return 1;
    for (const char *const *m = marks; *m; m++) {
        size_t k = strlen(*m);
        if (k <= n && memcmp(at_end ? s + n - k : s, *m, k) == 0)
            return k;
    }
    return 0;
}

/* The key without decorations at either end, as s[*start .. *start + n). */
static size_t core(const para *p, size_t *start)
{
    const char *s = p->key;
    size_t b = 0, e = p->key_len, k;
    while ((k = decoration(s + b, e - b, 0)) != 0)
        b += k;
    while ((k = decoration(s + b, e - b, 1)) != 0)
        e -= k;
    *start = b;
    return e - b;
}

/* The key, decorations aside, is one of the phrases of list. */
static int is_one_of(const para *p, const char *const *list)
{
    size_t b, n = core(p, &b);
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(p->key + b, *list, n) == 0)
            return 1;
    return 0;
}

/* A year 1900-2099 appears as a word. */
static int has_year(const char *key)
{
    for (const char *s = key; *s; s++)
        if ((s[0] == '1' || s[0] == '2') && (s[1] == '9' || s[1] == '0') && is_digit(s[2]) &&
            is_digit(s[3]) && (s == key || !is_word_byte(s[-1])) && !is_word_byte(s[4]))
            return 1;
    return 0;
}

/* ---- words of a short key ----------------------------------------------- */

#define MAX_WORDS 24

/* The words of a short key: each as written (raw) and with ASCII
 * punctuation trimmed from its ends ("(4)" is "4", "Reply," is "reply"; a
 * word of punctuation only is empty). */
typedef struct words {
    const char *raw[MAX_WORDS], *w[MAX_WORDS];
    size_t raw_n[MAX_WORDS], n[MAX_WORDS];
    int count;
} words;

/* Returns 0 when the key has more than MAX_WORDS words. */
static int split_words(const para *p, words *out)
{
    if (p->words > MAX_WORDS)
        return 0;
    out->count = 0;
    for (const char *s = p->key; *s && out->count < MAX_WORDS;) {
        size_t n = strcspn(s, " ");
        const char *w = s;
        out->raw[out->count] = s;
        out->raw_n[out->count] = n;
        while (n && !is_word_byte(*w))
            w++, n--;
        while (n && !is_word_byte(w[n - 1]))
            n--;
        out->w[out->count] = w;
        out->n[out->count++] = n;
        s += strcspn(s, " ");
        s += *s == ' ';
    }
    return 1;
}

static int word_is(const words *ws, int i, const char *w)
{
    return ws->n[i] == strlen(w) && memcmp(ws->w[i], w, ws->n[i]) == 0;
}

static int word_in(const words *ws, int i, const char *const *list)
{
    for (; *list; list++)
        if (word_is(ws, i, *list))
            return 1;
    return 0;
}

static int word_is_number(const words *ws, int i)
{
    if (ws->n[i] == 0)
        return 0;
    for (size_t k = 0; k < ws->n[i]; k++)
        if (!is_digit(ws->w[i][k]))
            return 0;
    return 1;
}

/* Word i, as written, is one of list. */
static int raw_word_in(const words *ws, int i, const char *const *list)
{
    for (; *list; list++)
        if (ws->raw_n[i] == strlen(*list) && memcmp(ws->raw[i], *list, ws->raw_n[i]) == 0)
            return 1;
    return 0;
}

/* A separator word: punctuation only ("|", ">"), or a bullet, arrow or
 * dash such as "·" or "»". */
static int word_is_separator(const words *ws, int i)
{
    static const char *const marks[] = {
        "\xc2\xb7", "\xe2\x80\xa2", "\xe2\x80\x94", "\xe2\x80\x93", "\xc2\xbb", "\xe2\x80\xba",
        NULL};
    return ws->n[i] == 0 || raw_word_in(ws, i, marks);
}

/* ---- rules on one paragraph --------------------------------------------- */

/* Agencies and photo services as they appear in credits next to a slash:
 * "Name/AFP/Getty Images", "AFP PHOTO / NAME", "(AP Photo/Name)". A slash
 * is what tells a credit from a story citing the agency. */
static const char *const credit_names[] = {
    "afp",         "ap",        "reuters",   "getty images", "getty",    "epa",      "efe",
    "epa-efe",     "xinhua",    "anadolu",   "shutterstock", "alamy",    "pa",       "pa images",
    "pa wire",     "bloomberg", "dpa",       "ansa",         "tass",     "upi",      "ani",
    "pti",         "rex",       "eyevine",   "afp photo",    "ap photo", "nurphoto", "zuma",
    "sopa images", "imago",     "ap images", "photo",        NULL};

/* An agency name ends at key[pos] (before any spaces) or starts after it. */
static int credit_name_at(const char *key, size_t pos)
{
    size_t e = pos, b = pos + 1;
    while (e > 0 && key[e - 1] == ' ')
        e--;
    while (key[b] == ' ')
        b++;
    for (const char *const *a = credit_names; *a; a++) {
        size_t n = strlen(*a);
        if (n <= e && memcmp(key + e - n, *a, n) == 0 && (e == n || !is_word_byte(key[e - n - 1])))
            return 1;
        if (starts_with(key + b, *a))
            return 1;
    }
    return 0;
}

/* A credit stands at the end of a caption ("... Arif Ali/AFP via Getty
 * Images") or opens it ("REUTERS/Jason Reed", "AFP PHOTO / NAME"); a slash
 * elsewhere is part of a sentence ("the AR/AP data reviews"). */
static int is_credit_place(const para *p, const char *slash)
{
    size_t e = (size_t)(slash - p->key);
    int after = 0;
    for (const char *s = slash; *s; s++)
        after += *s == ' ';
    if (after <= 5)
        return 1;
    while (e > 0 && p->key[e - 1] == ' ')
        e--;
    for (const char *const *a = credit_names; *a; a++)
        if (strlen(*a) == e && memcmp(p->key, *a, e) == 0)
            return 1;
    return 0;
}

/* Captions and photo credits: an agency next to a slash, or a credit
 * phrase ("Photograph:", "(Photo by", "Image copyright"). Captions are a
 * few sentences at most, so long paragraphs are left alone. */
static int is_photo_credit(const para *p)
{
    static const char *const openers[] = {
        "photograph:",  "photo:",   "photos:",         "photo by",
        "photo credit", "image:",   "image copyright", "image caption",
        "image source", "picture:", "pictured:",       "caption:",
        "file photo",   "credit:",  "photo courtesy",  NULL};
    static const char *const anywhere[] = {"photograph:",     "(photo by", "(photo:",
                                           "photo credit:",   "afp photo", "via getty images",
                                           "image copyright", "(ap photo", "(reuters photo",
                                           "(file photo",     "(picture:", NULL};
    if (p->words > 80)
        return 0;
    if (starts_with_any(p->key, openers) || contains_any(p->key, anywhere))
        return 1;
    if (p->words <= 12 && contains(p->key, "getty images"))
        return 1;
    for (const char *s = strchr(p->key, '/'); s; s = strchr(s + 1, '/'))
        if (credit_name_at(p->key, (size_t)(s - p->key)) && is_credit_place(p, s))
            return 1;
    return 0;
}

/* Donation, subscription and newsletter prompts: they speak to the reader
 * ("our", "you"), which a news report does not; short only. */
static int is_subscribe_prompt(const para *p)
{
    static const char *const whole[] = {"donate",        "subscribe",       "sign up", "newsletter",
                                        "newsletters",   "log in",          "sign in", "register",
                                        "subscribe now", "become a member", NULL};
    static const char *const openers[] = {"support independent journalism",
                                          "support our journalism",
                                          "support our work",
                                          "support us",
                                          "subscribe now",
                                          "subscribe today",
                                          "subscribe to our",
                                          "subscribe for",
                                          "subscribe to the newsletter",
                                          "sign up for our",
                                          "sign up to our",
                                          "sign up for the",
                                          "sign up to the",
                                          "sign up to receive",
                                          "sign up now",
                                          "sign up here",
                                          "become a member",
                                          "become a subscriber",
                                          "become a supporter",
                                          "donate now",
                                          "donate today",
                                          "make a donation",
                                          "make a contribution",
                                          "already a subscriber",
                                          "already a member",
                                          "already have an account",
                                          "get our newsletter",
                                          "get the newsletter",
                                          "to continue reading",
                                          "register for free",
                                          "join our mailing list",
                                          "enter your email",
                                          NULL};
    static const char *const anywhere[] = {"support independent journalism",
                                           "sign up for our newsletter",
                                           "sign up to our newsletter",
                                           "subscribe to our newsletter",
                                           "already a subscriber",
                                           "please consider supporting",
                                           "support our journalism",
                                           "consider becoming a member",
                                           "log in to continue",
                                           NULL};
    if (p->words > 40)
        return 0;
    return is_one_of(p, whole) || starts_with_any(p->key, openers) ||
           contains_any(p->key, anywhere);
}

/* "Comments (12)", "12 comments", "Comments: 3". */
static int is_comment_count(const para *p)
{
    words ws;
    if (!split_words(p, &ws) || ws.count != 2)
        return 0;
    int c = word_is(&ws, 0, "comments") || word_is(&ws, 0, "comment") ? 0 : 1;
    return (word_is(&ws, c, "comments") || word_is(&ws, c, "comment")) &&
           word_is_number(&ws, 1 - c);
}

/* Headings that open a comment section. */
static int is_comments_heading(const para *p)
{
    static const char *const headings[] = {"comments",
                                           "comment",
                                           "reader comments",
                                           "leave a comment",
                                           "post a comment",
                                           "add a comment",
                                           "join the conversation",
                                           "show comments",
                                           "view comments",
                                           "leave a reply",
                                           NULL};
    return is_comment_count(p) || is_one_of(p, headings);
}

/* A line made only of sharing services: "Facebook Twitter WhatsApp Email". */
static int is_share_bar(const para *p)
{
    static const char *const services[] = {
        "facebook",  "twitter",   "x",         "whatsapp", "email", "e-mail", "print",
        "linkedin",  "reddit",    "telegram",  "share",    "tweet", "copy",   "link",
        "pinterest", "messenger", "flipboard", "mail",     "sms",   NULL};
    words ws;
    int names = 0;
    if (p->words < 2 || !split_words(p, &ws))
        return 0;
    for (int i = 0; i < ws.count; i++) {
        if (word_in(&ws, i, services))
            names++;
        else if (!word_is_separator(&ws, i))
            return 0;
    }
    return names >= 2;
}

/* Share and comment prompts. */
static int is_share_prompt(const para *p)
{
    static const char *const whole[] = {"share",
                                        "share this",
                                        "share this article",
                                        "share this story",
                                        "share this page",
                                        "share article",
                                        "share story",
                                        "tweet",
                                        "email",
                                        "print",
                                        "copy link",
                                        "click to share",
                                        "facebook",
                                        "twitter",
                                        "whatsapp",
                                        "linkedin",
                                        NULL};
    static const char *const openers[] = {"share on",
                                          "share via",
                                          "share to",
                                          "click to share",
                                          "click to print",
                                          "click to email",
                                          "share this",
                                          "copy link",
                                          "tweet this",
                                          "leave a comment",
                                          "join the conversation",
                                          NULL};
    if (p->words > 12)
        return 0;
    return is_one_of(p, whole) || is_comments_heading(p) || is_share_bar(p) ||
           starts_with_any(p->key, openers);
}

/* Footers: publication notes, copyright, "follow us", wire credits. */
static int is_footer(const para *p)
{
    static const char *const openers[] = {"follow us on",
                                          "follow us:",
                                          "(reporting by",
                                          "(additional reporting",
                                          "additional reporting by",
                                          "(writing by",
                                          "(editing by",
                                          "a version of this article",
                                          "a version of this story",
                                          "this material may not be",
                                          NULL};
    static const char *const anywhere[] = {"all rights reserved",
                                           "this article was originally published",
                                           "this article was first published",
                                           "this article originally appeared",
                                           "this article first appeared",
                                           "this story was originally published",
                                           "this story originally appeared",
                                           "this story first appeared",
                                           NULL};
    static const char *const whole[] = {"follow us", NULL};
    if (p->words > 40)
        return 0;
    if (starts_with_any(p->key, openers) || contains_any(p->key, anywhere) || is_one_of(p, whole))
        return 1;
    if (starts_with(p->key, "reporting by") && contains(p->key, "editing by"))
        return 1;
    /* "Published in Dawn, October 15th, 2025"; "Copyright 2025 Reuters";
     * "(c) 2025". The tighter cap keeps sentences such as "Published in
     * 1998, the report found that ..." */
    if (p->words > 12)
        return 0;
    if (strncmp(p->key, "\xc2\xa9", 2) == 0)
        return 1;
    return has_year(p->key) && (starts_with(p->key, "published in") ||
                                starts_with(p->key, "copyright") || starts_with(p->key, "(c)"));
}

/* A headline in a link list: short, and not ended by a full stop the way a
 * body sentence is (closing quotes and brackets aside). */
static int looks_like_headline(const para *p)
{
    size_t e = p->key_len;
    while (e > 1 && strchr("\"')", p->key[e - 1]))
        e--;
    return p->words <= 18 && p->key[e - 1] != '.';
}

/* Headings of link lists: what follows them is headlines, not story. */
static int is_navigation_heading(const para *p)
{
    static const char *const headings[] = {"most read",
                                           "most popular",
                                           "most viewed",
                                           "most shared",
                                           "most commented",
                                           "related",
                                           "related articles",
                                           "related stories",
                                           "related news",
                                           "related coverage",
                                           "related content",
                                           "related topics",
                                           "related posts",
                                           "related links",
                                           "read more",
                                           "also read",
                                           "read also",
                                           "trending",
                                           "trending now",
                                           "trending stories",
                                           "you may also like",
                                           "you might also like",
                                           "you may be interested in",
                                           "recommended",
                                           "recommended for you",
                                           "recommended stories",
                                           "more stories",
                                           "more on this story",
                                           "more on this topic",
                                           "more news",
                                           "top stories",
                                           "latest news",
                                           "latest stories",
                                           "editor's picks",
                                           "editors' picks",
                                           "popular now",
                                           "in other news",
                                           "what to read next",
                                           "don't miss",
                                           "must read",
                                           "see also",
                                           "more from",
                                           NULL};
    return p->words <= 6 && is_one_of(p, headings);
}

/* One link with its label: "Read more: Talks collapse in Doha" (a label
 * and a sentence, "Video: Talks will resume.", is story). */
static int is_navigation_link(const para *p)
{
    static const char *const labels[] = {
        "read more:", "also read:", "read also:",   "related:", "see also:", "more:",
        "watch:",     "read:",      "recommended:", "video:",   "listen:",   NULL};
    return starts_with_any(p->key, labels) && looks_like_headline(p);
}

static int is_navigation(const para *p)
{
    return is_navigation_heading(p) || is_navigation_link(p);
}

/* "2 hours ago", "a year ago", "3d ago". */
static int is_time_ago_at(const words *ws, int i)
{
    static const char *const units[] = {
        "second", "seconds", "sec",  "secs",  "minute", "minutes", "min",   "mins", "hour",
        "hours",  "hr",      "hrs",  "day",   "days",   "week",    "weeks", "wk",   "wks",
        "month",  "months",  "year", "years", "yr",     "yrs",     NULL};
    if (i < 1 || !word_is(ws, i, "ago"))
        return 0;
    if (word_in(ws, i - 1, units))
        return i >= 2 &&
               (word_is_number(ws, i - 2) || word_is(ws, i - 2, "a") || word_is(ws, i - 2, "an"));
    /* compact: digits and a unit letter or two ("2h", "12mo") */
    const char *w = ws->w[i - 1];
    size_t n = ws->n[i - 1], d = 0;
    while (d < n && is_digit(w[d]))
        d++;
    if (d == 0 || n - d < 1 || n - d > 2)
        return 0;
    for (size_t k = d; k < n; k++)
        if (w[k] < 'a' || w[k] > 'z')
            return 0;
    return 1;
}

/* Comment controls: "Reply", "Report", "3 replies", "Like (4)". */
static int is_comment_control(const words *ws, int i, int *anchor)
{
    static const char *const anchors[] = {"reply",  "replies",  "report",   "flag", "permalink",
                                          "upvote", "downvote", "comments", NULL};
    static const char *const others[] = {"like", "likes",    "share",   "recommend", "view",
                                         "show", "hide",     "load",    "more",      "see",
                                         "all",  "previous", "comment", NULL};
    if (word_in(ws, i, anchors)) {
        *anchor = 1;
        return 1;
    }
    return word_in(ws, i, others) || word_is_number(ws, i) || word_is_separator(ws, i);
}

/* The byline or controls of a reader comment: "Name | 12 years ago |
 * Reply", "Reply · Report", "3 replies". */
static int is_comment_meta(const para *p)
{
    words ws;
    int anchor = 0, controls_only = 1, time_ago = 0;
    if (!split_words(p, &ws))
        return 0;
    for (int i = 0; i < ws.count; i++) {
        if (!is_comment_control(&ws, i, &anchor))
            controls_only = 0;
        if (is_time_ago_at(&ws, i))
            time_ago = i + 1;
    }
    if (controls_only && anchor)
        return 1;
    /* a byline never ends like a sentence; "The reply came 2 days ago."
     * and "100 years ago?" are sentences */
    if (!time_ago || strchr(".?!", p->key[p->key_len - 1]))
        return 0;
    int separated =
        strchr(p->key, '|') || strstr(p->key, "\xc2\xb7") || strstr(p->key, "\xe2\x80\xa2");
    /* "Name 2 hours ago": the line ends with the time, with no full stop */
    int bare = time_ago == ws.count && p->words <= 6;
    return separated || anchor || bare;
}

/* Menus and breadcrumbs: "Home | World | Sport", "Home > Asia > Pakistan".
 * At least three items of at most four words each, between bars, arrows
 * or bullets (dashes and slashes separate the parts of sentences and
 * schedules too: "Toby - 12.46 pm - 4 lbs"). */
static int is_menu(const para *p)
{
    static const char *const bars[] = {"|",        ">", "\xc2\xbb", "\xe2\x80\xba", "\xe2\x80\xa2",
                                       "\xc2\xb7", NULL};
    words ws;
    int items = 0, item_words = 0;
    if (!split_words(p, &ws))
        return 0;
    for (int i = 0; i < ws.count; i++) {
        if (raw_word_in(&ws, i, bars)) {
            items += item_words > 0;
            item_words = 0;
        } else if (++item_words > 4) {
            return 0;
        }
    }
    items += item_words > 0;
    return items >= 3 && p->key[p->key_len - 1] != '.';
}

typedef int (*para_rule_fn)(const para *p);

/* Rules on one paragraph, first match wins. Comment bylines go before
 * menus, which they resemble ("Name | 2 days ago | Reply"). */
static const struct {
    const char *name;
    para_rule_fn match;
} para_rules[] = {
    {rule_photo, is_photo_credit},
    {rule_subscribe, is_subscribe_prompt},
    {rule_share, is_share_prompt},
    {rule_footer, is_footer},
    {rule_navigation, is_navigation},
    {rule_comments, is_comment_meta},
    {rule_menu, is_menu},
};

static void apply_para_rules(para *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t r = 0; r < sizeof para_rules / sizeof para_rules[0] && !p[i].rule; r++)
            if (para_rules[r].match(&p[i]))
                p[i].rule = para_rules[r].name;
}

/* ---- rules on runs of paragraphs ---------------------------------------- */

/* After a link-list heading, the headline-like lines that follow it. */
static void drop_link_lists(para *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i].rule != rule_navigation || !is_navigation_heading(&p[i]))
            continue;
        while (i + 1 < n && (p[i + 1].rule || looks_like_headline(&p[i + 1]))) {
            if (!p[i + 1].rule)
                p[i + 1].rule = rule_navigation;
            i++;
        }
    }
}

static int is_comment_meta_para(const para *p)
{
    return p->rule == rule_comments;
}

/* A comment byline or controls within `window` paragraphs after i. */
static int comment_meta_follows(const para *p, size_t n, size_t i, size_t window)
{
    for (size_t j = i + 1; j < n && j <= i + window; j++)
        if (is_comment_meta_para(&p[j]))
            return 1;
    return 0;
}

/* Where a comment thread clearly starts after some body: a comments
 * heading followed closely by a comment byline, or two bylines close
 * together. Returns n when there is none. One byline alone is not enough:
 * it is dropped by itself, but the paragraphs around it may be story. */
static size_t comment_thread_start(const para *p, size_t n)
{
    int body = 0;
    for (size_t i = 0; i < n; i++) {
        if (!p[i].rule)
            body = 1;
        else if (body && p[i].rule == rule_share && is_comments_heading(&p[i]) &&
                 comment_meta_follows(p, n, i, 4))
            return i;
        else if (body && is_comment_meta_para(&p[i]) && comment_meta_follows(p, n, i, 6))
            return i;
    }
    return n;
}

static void drop_comment_thread(para *p, size_t n)
{
    for (size_t i = comment_thread_start(p, n); i < n; i++)
        if (!p[i].rule)
            p[i].rule = rule_comments;
}

/* ---- pull quotes -------------------------------------------------------- */

/* Every key without quote marks, joined by '\n' into one buffer. For
 * paragraph i: qoff[i] is where its text starts, and [pat[i], pat[i] +
 * plen[i]) the part a repeat must match: without the punctuation and spaces
 * at its ends. Candidates (paragraphs that may be repeats) are filed in a
 * hash table by the hash of that part; h[] holds polynomial hashes of the
 * buffer's prefixes, so the hash of any stretch of it is one subtraction.
 *
 * A paragraph the same as an earlier one is found in the table. Finding a
 * paragraph inside a longer one takes a scan of the buffer for each length
 * of candidate, so only pull-quote-sized candidates are looked for there:
 * a pull quote is a sentence or two, and the scan stays linear in the text
 * however many paragraphs there are. */
#define PULL_QUOTE_MAX 300
#define HASH_BASE      1000003u

typedef struct quote_index {
    char *buf;
    size_t len;
    size_t *qoff, *pat, *plen;
    size_t *head, *next; /* hash chains of candidates; n marks the end */
    size_t buckets;      /* a power of two */
    uint64_t *h;         /* h[k]: hash of buf[0..k) */
    uint64_t *pow;       /* pow[k]: HASH_BASE^k, k <= longest pattern */
} quote_index;

static int is_quote_trim(char c)
{
    return c == ' ' || (c != '\0' && strchr(".,;:!?-", c) != NULL);
}

static void index_quotes(const para *p, size_t n, quote_index *q)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        q->qoff[i] = o;
        for (const char *s = p[i].key; *s; s++)
            if (*s != '"' && *s != '\'' &&
                !(*s == ' ' && (o == q->qoff[i] || q->buf[o - 1] == ' ')))
                q->buf[o++] = *s;
        size_t b = q->qoff[i], e = o;
        while (b < e && is_quote_trim(q->buf[b]))
            b++;
        while (e > b && is_quote_trim(q->buf[e - 1]))
            e--;
        q->pat[i] = b;
        q->plen[i] = e - b;
        q->buf[o++] = '\n';
    }
    q->len = o;
}

static void hash_buffer(quote_index *q, size_t longest)
{
    q->h[0] = 0;
    for (size_t k = 0; k < q->len; k++)
        q->h[k + 1] = q->h[k] * HASH_BASE + (unsigned char)q->buf[k] + 1;
    q->pow[0] = 1;
    for (size_t k = 0; k < longest; k++)
        q->pow[k + 1] = q->pow[k] * HASH_BASE;
}

static uint64_t stretch_hash(const quote_index *q, size_t off, size_t m)
{
    return q->h[off + m] - q->h[off] * q->pow[m];
}

static size_t bucket_of(const quote_index *q, uint64_t h)
{
    return (size_t)(h ^ (h >> 31)) & (q->buckets - 1);
}

/* Short repeats ("He refused.") are left alone. */
static int is_candidate(const para *p, const quote_index *q, size_t i)
{
    return !p[i].rule && q->plen[i] >= 20 && p[i].words >= 4;
}

/* The candidate filed with the same text as buf[off .. off + m), or n. */
static size_t filed(const quote_index *q, size_t n, size_t off, size_t m, size_t from)
{
    size_t j = from;
    while (j < n && (q->plen[j] != m || memcmp(q->buf + q->pat[j], q->buf + off, m) != 0))
        j = q->next[j];
    return j;
}

/* File every candidate; one the same as an earlier candidate is a repeat. */
static void file_candidates(const para *p, size_t n, quote_index *q, unsigned char *repeat)
{
    for (size_t b = 0; b < q->buckets; b++)
        q->head[b] = n;
    for (size_t i = 0; i < n; i++) {
        if (!is_candidate(p, q, i))
            continue;
        size_t b = bucket_of(q, stretch_hash(q, q->pat[i], q->plen[i]));
        if (filed(q, n, q->pat[i], q->plen[i], q->head[b]) < n) {
            repeat[i] = 1;
            continue;
        }
        q->next[i] = q->head[b];
        q->head[b] = i;
    }
}

/* The paragraph whose text holds byte `off` of the buffer. */
static size_t para_at(const quote_index *q, size_t n, size_t off)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (q->qoff[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Candidates of length m found at word boundaries inside a longer
 * paragraph kept by the other rules are repeats. */
static void find_inside(const para *p, size_t n, const quote_index *q, size_t m,
                        unsigned char *repeat)
{
    for (size_t off = 0; off + m <= q->len; off++) {
        if ((off > 0 && is_word_byte(q->buf[off - 1])) ||
            (off + m < q->len && is_word_byte(q->buf[off + m])))
            continue;
        size_t head = q->head[bucket_of(q, stretch_hash(q, off, m))];
        size_t i = filed(q, n, off, m, head);
        if (i == n || repeat[i])
            continue;
        size_t host = para_at(q, n, off);
        if (host != i && !p[host].rule && q->plen[host] > m)
            repeat[i] = 1;
    }
}

static void find_repeats(const para *p, size_t n, const quote_index *q, unsigned char *repeat)
{
    unsigned char length_used[PULL_QUOTE_MAX + 1] = {0};
    for (size_t i = 0; i < n; i++)
        if (is_candidate(p, q, i) && !repeat[i] && q->plen[i] <= PULL_QUOTE_MAX)
            length_used[q->plen[i]] = 1;
    for (size_t m = 0; m <= PULL_QUOTE_MAX; m++)
        if (length_used[m])
            find_inside(p, n, q, m, repeat);
}

static size_t longest_pattern(const quote_index *q, size_t n)
{
    size_t longest = 0;
    for (size_t i = 0; i < n; i++)
        if (q->plen[i] > longest)
            longest = q->plen[i];
    return longest;
}

/* Drop the repeats among the kept paragraphs. The longest, earliest copy of
 * a text is never a repeat, so one full copy always stays. Returns -1 when
 * out of memory. */
static int drop_pull_quotes(para *p, size_t n, size_t text_len)
{
    quote_index q = {0};
    q.buckets = 1;
    while (q.buckets < 2 * n)
        q.buckets *= 2;
    q.buf = malloc(text_len + n + 1);
    q.qoff = malloc((4 * n + q.buckets) * sizeof(size_t));
    q.h = malloc((text_len + n + 2) * sizeof(uint64_t));
    unsigned char *repeat = calloc(n ? n : 1, 1);
    size_t longest = 0;
    int ok = q.buf && q.qoff && q.h && repeat;
    if (ok) {
        q.pat = q.qoff + n;
        q.plen = q.pat + n;
        q.next = q.plen + n;
        q.head = q.next + n;
        index_quotes(p, n, &q);
        longest = longest_pattern(&q, n);
        ok = (q.pow = malloc((longest + 1) * sizeof(uint64_t))) != NULL;
    }
    if (ok) {
        hash_buffer(&q, longest);
        file_candidates(p, n, &q, repeat);
        find_repeats(p, n, &q, repeat);
        for (size_t i = 0; i < n; i++)
            if (repeat[i])
                p[i].rule = rule_pull_quote;
    }
    free(q.buf);
    free(q.qoff);
    free(q.h);
    free(q.pow);
    free(repeat);
    return ok ? 0 : -1;
}

/* ---- the article -------------------------------------------------------- */

static char *join_kept(const char *text, const para *p, size_t n, size_t *out_len)
{
    size_t total = 0, o = 0;
    for (size_t i = 0; i < n; i++)
        if (!p[i].rule)
            total += p[i].len + 2;
    char *out = malloc(total + 1);
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (p[i].rule)
            continue;
        if (o) {
            memcpy(out + o, "\n\n", 2);
            o += 2;
        }
        memcpy(out + o, text + p[i].start, p[i].len);
        o += p[i].len;
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

static void report_dropped(const char *text, const para *p, size_t n, pl_clean_drop_fn on_drop,
                           void *ud)
{
    for (size_t i = 0; on_drop && i < n; i++)
        if (p[i].rule)
            on_drop(ud, p[i].rule, text + p[i].start, p[i].len, p[i].line);
}

char *pl_clean_article(const char *text, size_t len, size_t *out_len, pl_clean_drop_fn on_drop,
                       void *ud)
{
    size_t n = count_paragraphs(text, len);
    para *p = malloc((n ? n : 1) * sizeof *p);
    char *keys = malloc(len + n + 1);
    char *out = NULL;
    if (p && keys) {
        split_paragraphs(text, len, p, keys);
        apply_para_rules(p, n);
        drop_link_lists(p, n);
        drop_comment_thread(p, n);
        if (drop_pull_quotes(p, n, len) == 0 && (out = join_kept(text, p, n, out_len)) != NULL)
            report_dropped(text, p, n, on_drop, ud);
    }
    free(p);
    free(keys);
    return out;
}
