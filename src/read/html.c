/*
 * html.c - an article out of an HTML page (html.h): metadata from <head>,
 * the body as paragraphs from the element that holds the article.
 *
 * The page is parsed by libxml2 in recovery mode, never fetching anything
 * (HTML_PARSE_NONET). Text is gathered by one walk: inline content is
 * appended to the paragraph being built, and every block boundary (entering
 * or leaving a <p>, <div>, <li>, heading, <br>, ...) ends it, so both
 * "<p>text</p>" pages and "<div>text<br>text</div>" pages come out as
 * paragraphs.
 *
 * Must not: decide what is boilerplate inside the body; only elements that
 * are never article text (scripts, navigation, figures, ...) are skipped.
 */
#include "html.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- a growing text buffer ----------------------------------------------------- */

typedef struct text_buf {
    char *p;
    size_t n, cap;
    int failed; /* out of memory: everything after is dropped */
} text_buf;

static void buf_add(text_buf *b, const char *s, size_t n)
{
    if (b->failed || n == 0)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

/* Appends s with runs of white space as one blank, never a blank first. */
static void buf_add_collapsed(text_buf *b, const char *s)
{
    for (; *s; s++) {
        int space = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f';
        if (!space)
            buf_add(b, s, 1);
        else if (b->n && b->p[b->n - 1] != ' ')
            buf_add(b, " ", 1);
    }
}

static char *buf_take(text_buf *b)
{
    if (b->failed) {
        free(b->p);
        return NULL;
    }
    if (!b->p)
        return calloc(1, 1);
    char *p = b->p;
    b->p = NULL;
    return p;
}

/* ---- element classes ------------------------------------------------------------ */

static int name_in(const xmlNode *n, const char *const *names)
{
    for (; *names; names++)
        if (strcasecmp((const char *)n->name, *names) == 0)
            return 1;
    return 0;
}

/* Elements whose content is never article text. */
static int never_body(const xmlNode *n)
{
    static const char *const names[] = {"script",   "style", "noscript", "nav",    "header",
                                        "footer",   "aside", "form",     "figure", "figcaption",
                                        "button",   "svg",   "iframe",   "select", "template",
                                        "textarea", "menu",  NULL};
    return name_in(n, names);
}

/* Elements that start and end a paragraph. */
static int is_block(const xmlNode *n)
{
    static const char *const names[] = {
        "p",       "div",     "li",     "ul",       "ol",      "h1",    "h2",   "h3", "h4",
        "h5",      "h6",      "br",     "hr",       "section", "article", "main", "td", "th",
        "tr",      "table",   "dd",     "dt",       "dl",      "pre",   "blockquote",
        "address", "body",    NULL};
    return name_in(n, names);
}

/* ---- the body -------------------------------------------------------------------- */

typedef struct body_builder {
    text_buf out;  /* paragraphs joined by "\n\n" */
    text_buf para; /* the paragraph being built */
} body_builder;

static void end_paragraph(body_builder *b)
{
    size_t n = b->para.n;
    while (n && b->para.p[n - 1] == ' ')
        n--;
    if (n) {
        if (b->out.n)
            buf_add(&b->out, "\n\n", 2);
        buf_add(&b->out, b->para.p, n);
    }
    b->para.n = 0;
    if (b->para.p)
        b->para.p[0] = '\0';
    b->out.failed |= b->para.failed;
}

static void gather(body_builder *b, const xmlNode *n)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                buf_add_collapsed(&b->para, (const char *)n->content);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE || never_body(n))
            continue;
        int block = is_block(n);
        if (block)
            end_paragraph(b);
        gather(b, n->children);
        if (block)
            end_paragraph(b);
    }
}

/* ---- finding the article element ------------------------------------------------- */

static size_t text_length(const xmlNode *n)
{
    size_t len = 0;
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE && n->content)
            len += strlen((const char *)n->content);
        else if (n->type == XML_ELEMENT_NODE && !never_body(n))
            len += text_length(n->children);
    }
    return len;
}

typedef struct best_holder {
    const xmlNode *article; /* the first <article>, if any */
    const xmlNode *node;    /* the element with the most text in its own <p> children */
    size_t score;
} best_holder;

static void find_holder(best_holder *best, const xmlNode *n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || never_body(n))
            continue;
        if (!best->article && strcasecmp((const char *)n->name, "article") == 0)
            best->article = n;
        size_t score = 0;
        for (const xmlNode *c = n->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && strcasecmp((const char *)c->name, "p") == 0)
                score += text_length(c->children);
        if (score > best->score) {
            best->score = score;
            best->node = n;
        }
        find_holder(best, n->children);
    }
}

/* ---- metadata -------------------------------------------------------------------- */

typedef struct page_meta {
    char *og_title, *title, *h1, *date, *time, *source, *url, *canonical;
} page_meta;

static char *attr(const xmlNode *n, const char *name)
{
    return (char *)xmlGetProp((xmlNodePtr)n, (const xmlChar *)name);
}

/* Keeps the first value found for a field; frees value otherwise. */
static void keep_first(char **field, char *value)
{
    if (!*field && value && *value)
        *field = value;
    else
        xmlFree(value);
}

static int key_is(const char *key, const char *const *names)
{
    for (; key && *names; names++)
        if (strcasecmp(key, *names) == 0)
            return 1;
    return 0;
}

static void read_meta(page_meta *m, const xmlNode *n)
{
    static const char *const date_keys[] = {
        "article:published_time", "datePublished",   "date",        "pubdate",
        "publishdate",            "DC.date.issued",  "dc.date",     "sailthru.date",
        "og:published_time",      "publication_date", NULL};
    static const char *const title_keys[] = {"og:title", "twitter:title", "headline", NULL};
    static const char *const site_keys[] = {"og:site_name", "application-name", "publisher", NULL};
    static const char *const url_keys[] = {"og:url", NULL};
    char *key = attr(n, "property");
    if (!key)
        key = attr(n, "name");
    if (!key)
        key = attr(n, "itemprop");
    if (key_is(key, date_keys))
        keep_first(&m->date, attr(n, "content"));
    else if (key_is(key, title_keys))
        keep_first(&m->og_title, attr(n, "content"));
    else if (key_is(key, site_keys))
        keep_first(&m->source, attr(n, "content"));
    else if (key_is(key, url_keys))
        keep_first(&m->url, attr(n, "content"));
    xmlFree(key);
}

static char *element_text(const xmlNode *n)
{
    body_builder b = {{0}, {0}};
    gather(&b, n->children);
    end_paragraph(&b);
    free(b.para.p);
    return buf_take(&b.out);
}

static void walk_meta(page_meta *m, const xmlNode *n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)n->name;
        if (!strcasecmp(name, "meta")) {
            read_meta(m, n);
        } else if (!strcasecmp(name, "link")) {
            char *rel = attr(n, "rel");
            if (rel && !strcasecmp(rel, "canonical"))
                keep_first(&m->canonical, attr(n, "href"));
            xmlFree(rel);
        } else if (!strcasecmp(name, "time")) {
            keep_first(&m->time, attr(n, "datetime"));
        } else if (!strcasecmp(name, "title") && !m->title) {
            m->title = element_text(n);
        } else if (!strcasecmp(name, "h1") && !m->h1) {
            m->h1 = element_text(n);
        }
        if (strcasecmp(name, "script") && strcasecmp(name, "style"))
            walk_meta(m, n->children);
    }
}

/* The first non-empty of a..c as a malloc'd copy ("" when none). */
static char *first_of(const char *a, const char *b, const char *c)
{
    const char *v = a && *a ? a : b && *b ? b : c && *c ? c : "";
    return strdup(v);
}

static void meta_free(page_meta *m)
{
    xmlFree(m->og_title);
    free(m->title);
    free(m->h1);
    xmlFree(m->date);
    xmlFree(m->time);
    xmlFree(m->source);
    xmlFree(m->url);
    xmlFree(m->canonical);
}

/* ---- the page ---------------------------------------------------------------------- */

static int fill_page(pl_html_page *page, const xmlNode *root)
{
    page_meta m = {0};
    walk_meta(&m, root);
    page->title = first_of(m.og_title, m.title, m.h1);
    page->date = first_of(m.date, m.time, NULL);
    page->source = first_of(m.source, NULL, NULL);
    page->url = first_of(m.canonical, m.url, NULL);
    meta_free(&m);

    best_holder best = {0};
    find_holder(&best, root);
    const xmlNode *holder = best.article ? best.article : best.node ? best.node : root;
    body_builder b = {{0}, {0}};
    gather(&b, holder->children);
    end_paragraph(&b);
    free(b.para.p);
    page->body_len = b.out.n;
    page->body = buf_take(&b.out);
    return page->title && page->date && page->source && page->url && page->body ? 0 : -1;
}

/* "UTF-8" unless the page declares another charset near its start: most
 * pages are UTF-8, and libxml2 would otherwise assume ISO-8859-1 for a page
 * that does not say. */
static const char *page_encoding(const char *data, size_t len)
{
    size_t n = len < 2048 ? len : 2048;
    for (size_t i = 0; i + 8 <= n; i++) {
        if (strncasecmp(data + i, "charset=", 8) != 0)
            continue;
        const char *v = data + i + 8;
        size_t left = n - i - 8;
        while (left && (*v == '"' || *v == '\'' || *v == ' ')) {
            v++;
            left--;
        }
        int utf8 = (left >= 5 && !strncasecmp(v, "utf-8", 5)) ||
                   (left >= 4 && !strncasecmp(v, "utf8", 4));
        return utf8 ? "UTF-8" : NULL;
    }
    return "UTF-8";
}

int pl_html_read(const char *data, size_t len, pl_html_page *page)
{
    memset(page, 0, sizeof *page);
    if (len > INT_MAX)
        return -1;
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    htmlDocPtr doc = htmlReadMemory(data, (int)len, NULL, page_encoding(data, len), opts);
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    int rc = root ? fill_page(page, root) : -1;
    xmlFreeDoc(doc);
    if (rc != 0)
        pl_html_page_free(page);
    return rc;
}

void pl_html_page_free(pl_html_page *page)
{
    free(page->title);
    free(page->date);
    free(page->source);
    free(page->url);
    free(page->body);
    memset(page, 0, sizeof *page);
}
