/*
 * html.h - an article out of an HTML page: its body text, title,
 * publication date, outlet and URL, read with libxml2's HTML parser (which
 * copes with the broken markup real pages have).
 *
 * Metadata comes from what publishers put in <head> for search engines and
 * social media: Open Graph (og:title, og:site_name, og:url,
 * article:published_time), schema.org itemprop datePublished, Dublin Core,
 * <link rel=canonical>, <time datetime>, and <title> as a last resort.
 *
 * The body is the text of the page's block elements (paragraphs, headings,
 * list items, quotations), one paragraph per block separated by a blank
 * line, taken from the <article> element when there is one, else from the
 * element that directly holds the most paragraph text. Scripts, styles,
 * navigation, headers, footers, asides, forms and figures (with their
 * captions) are never body.
 *
 * Must not: judge what is boilerplate inside the body (src/clean does, with
 * reasons the user can see), or fetch anything.
 */
#ifndef PETREL_HTML_H
#define PETREL_HTML_H

#include <stddef.h>

typedef struct pl_html_page {
    char *title, *date, *source, *url; /* malloc'd, "" when absent; date as found */
    char *body;                        /* malloc'd, paragraphs joined by "\n\n" */
    size_t body_len;
} pl_html_page;

/* Reads len bytes of HTML. 0 on success; -1 when out of memory or when
 * libxml2 cannot build any document from it (*page is then empty). */
int pl_html_read(const char *data, size_t len, pl_html_page *page);
void pl_html_page_free(pl_html_page *page);

#endif
