/*
 * boilerplate.h - the article body of text scraped from a web page.
 *
 * Scraped text carries more than the story: photo captions and credits,
 * newsletter and donation prompts, share buttons, reader comments, footers,
 * "Most Read" lists, menus and pull quotes. Sentences from those are not
 * events (or are the same event twice), so they go before sentence
 * splitting. Every paragraph dropped is reported with the name of the rule
 * that dropped it, so a user can see what was removed and why.
 *
 * A paragraph is one non-blank line (lines of only white space separate
 * paragraphs; "\r\n" line ends are fine). Rules (pl_clean_rule_names()):
 *   photo-credit      "Name/AFP/Getty Images", "Photograph: Name/Reuters"
 *   subscribe-prompt  "Subscribe now", "Sign up for our newsletter", "Donate"
 *   share-prompt      "Share this article", "Tweet", "Comments (12)"
 *   comment-thread    "Name | 2 years ago | Reply", "3 replies", and once a
 *                     thread has clearly started, everything after it
 *   footer            "Published in Dawn, ...", "Copyright 2025 ...",
 *                     "Follow us on ...", "(Reporting by ...)"
 *   navigation        "Most Read", "Related", "Read more: ..." and the short
 *                     headline-like lines after such a heading
 *   menu              "Home | World | Sport"
 *   pull-quote        a repeat of another paragraph or of part of one
 * Short body sentences ("He refused.") and paragraphs that merely name a
 * news agency ("Reuters reported ...", "KABUL (AFP) - ...") are kept.
 *
 * Must not: change the bytes of a paragraph it keeps, or keep state between
 * calls (it is safe to call from several threads at once).
 */
#ifndef PETREL_BOILERPLATE_H
#define PETREL_BOILERPLATE_H

#include <stddef.h>

/* Called for each dropped paragraph, in input order: the rule's name (a
 * static string from pl_clean_rule_names()), the paragraph's bytes in the
 * input (white space at both ends left out) and its 1-based line number. */
typedef void (*pl_clean_drop_fn)(void *ud, const char *rule, const char *text, size_t n, long line);

/* The article body of text[0..len): the paragraphs kept, in order, joined by
 * "\n\n", in a malloc'd NUL-terminated buffer of *out_len bytes (the caller
 * frees it). on_drop may be NULL. Returns NULL only when out of memory. */
char *pl_clean_article(const char *text, size_t len, size_t *out_len, pl_clean_drop_fn on_drop,
                       void *ud);

/* The names of the rules, NULL-terminated. */
const char *const *pl_clean_rule_names(void);

#endif
