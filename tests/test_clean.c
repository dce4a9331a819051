/*
 * test_clean.c - boilerplate removal from scraped article text
 * (src/clean/boilerplate.c): each rule drops its examples and keeps body
 * paragraphs that look like them; the callback's rule names, spans and line
 * numbers; joining of the kept paragraphs; empty input, a last line without
 * a newline, CRLF line ends; and a whole scraped article.
 */
#include "test.h"

#include <stdlib.h>

#include "../src/clean/boilerplate.h"

/* What one run dropped: "rule@line" entries joined by " ", and whether every
 * span lay inside the input and matched the trimmed paragraph. */
typedef struct drops {
    const char *input;
    size_t input_len;
    char log[2048];
    size_t used;
    int bad_span;
} drops;

static void on_drop(void *ud, const char *rule, const char *text, size_t n, long line)
{
    drops *d = ud;
    char entry[64];
    int k = snprintf(entry, sizeof entry, "%s%s@%ld", d->used ? " " : "", rule, line);
    if (k > 0 && d->used + (size_t)k < sizeof d->log) {
        memcpy(d->log + d->used, entry, (size_t)k + 1);
        d->used += (size_t)k;
    }
    if (text < d->input || text + n > d->input + d->input_len || n == 0 || text[0] == ' ' ||
        text[n - 1] == ' ' || text[n - 1] == '\r')
        d->bad_span = 1;
}

/* Clean `text`; the kept text is returned in a static buffer. */
static const char *clean(const char *text, drops *d)
{
    static char kept[4096];
    size_t n = 0;
    memset(d, 0, sizeof *d);
    d->input = text;
    d->input_len = strlen(text);
    char *out = pl_clean_article(text, d->input_len, &n, on_drop, d);
    if (!out)
        return "(out of memory)";
    CHECK_INT(strlen(out), n);
    CHECK(!d->bad_span);
    snprintf(kept, sizeof kept, "%s", out);
    free(out);
    return kept;
}

/* The log of what `text` loses. */
static const char *dropped(const char *text)
{
    static drops d;
    clean(text, &d);
    return d.log;
}

/* Every paragraph of `text` is dropped by `rule`. */
static void check_all_dropped(const char *text, const char *rule)
{
    drops d;
    CHECK_STR(clean(text, &d), "");
    for (const char *s = strstr(d.log, "@"); s; s = strstr(s + 1, "@")) {
        size_t n = strlen(rule);
        const char *start = s;
        while (start > d.log && start[-1] != ' ')
            start--;
        if ((size_t)(s - start) != n || memcmp(start, rule, n) != 0)
            test_fail(__FILE__, __LINE__, "dropped by another rule than %s: %s", rule, d.log);
    }
}

/* Nothing of `text` is dropped. */
static void check_kept(const char *text)
{
    drops d;
    const char *kept = clean(text, &d);
    if (d.used)
        test_fail(__FILE__, __LINE__, "\"%s\" lost: %s", text, d.log);
    CHECK(strlen(kept) > 0);
}

TEST(clean_rule_names)
{
    const char *const *names = pl_clean_rule_names();
    int n = 0;
    for (; names[n]; n++)
        CHECK(strchr(names[n], ' ') == NULL);
    CHECK_INT(n, 8);
    CHECK_STR(names[0], "photo-credit");
    CHECK_STR(names[7], "pull-quote");
}

TEST(clean_photo_credit)
{
    check_all_dropped("Protesters in Karachi on Friday. Asif Hassan/AFP/Getty Images\n"
                      "Photograph: Akhtar Soomro/Reuters\n"
                      "(Photo by Aamir Qureshi/AP)\n"
                      "Image copyright Getty Images\n"
                      "AFP PHOTO / FAROOQ NAEEM\n"
                      "Police stand guard in Lahore. Arif Ali/AFP via Getty Images\n"
                      "(AP Photo/Anjum Naveed)\n",
                      "photo-credit");
    check_kept("Reuters reported that the talks had failed.\n"
               "KABUL (AFP) - Taliban fighters seized the district on Monday.\n"
               "AFP and AP both said the photographs were genuine.\n"
               "The AR/AP data quality reviews for both businesses are continuing so as to "
               "provide a detailed analysis.\n"
               "Getty Images, a photo agency, declined to comment on the lawsuit, which was filed "
               "in a Seattle court by three photographers who say their work was used without "
               "payment.\n");
}

TEST(clean_subscribe_prompt)
{
    check_all_dropped("Support independent journalism\n"
                      "Subscribe now\n"
                      "Sign up for our newsletter\n"
                      "Become a member\n"
                      "Donate\n"
                      "Already a subscriber? Log in\n"
                      "Sign up to our morning briefing and get the news in your inbox.\n",
                      "subscribe-prompt");
    check_kept("Donations poured in after the flood.\n"
               "The charity urged supporters to make a donation.\n"
               "He did not subscribe to that view.\n");
}

TEST(clean_share_prompt)
{
    check_all_dropped("Share this article\n"
                      "Share on Facebook\n"
                      "Click to share on WhatsApp (Opens in new window)\n"
                      "Tweet\n"
                      "Leave a comment\n"
                      "Comments (12)\n"
                      "Join the conversation\n"
                      "Facebook Twitter WhatsApp Email\n",
                      "share-prompt");
    check_kept("Shares on the Karachi exchange fell.\n"
               "The minister said in a tweet that he would resign.\n"
               "Critics left comments on his page.\n");
}

TEST(clean_footer)
{
    check_all_dropped("Published in Dawn, October 15th, 2025\n"
                      "This article was originally published on The Conversation.\n"
                      "Copyright 2025 The Associated Press. All rights reserved.\n"
                      "\xc2\xa9 2025 Reuters\n"
                      "Follow us on Twitter and Facebook\n"
                      "(Reporting by Asif Shahzad; Editing by Gareth Jones)\n",
                      "footer");
    check_kept("Published in 1998, the report found that the army had overstated its losses in "
               "the war with India.\n"
               "Copyright lawyers said the ruling would be appealed.\n"
               "Follow the money, the prosecutor told the court.\n");
}

TEST(clean_navigation)
{
    CHECK_STR(dropped("Most Read\n"
                      "Army chief meets US envoy\n"
                      "Rupee hits new low\n"
                      "\n"
                      "Related\n"
                      "Talks collapse in Doha\n"
                      "Read more: Floods displace thousands in Sindh\n"
                      "Also read\n"
                      "Trending\n"
                      "You may also like\n"
                      "Home | World | Sport | Business\n"
                      "Home > Asia > Pakistan\n"),
              "navigation@1 navigation@2 navigation@3 navigation@5 navigation@6 navigation@7 "
              "navigation@8 navigation@9 navigation@10 menu@11 menu@12");
    /* a list ends at the first body-like paragraph */
    drops d;
    CHECK_STR(clean("Related\nTalks collapse in Doha\nHe refused.\nThe talks failed.\n", &d),
              "He refused.\n\nThe talks failed.");
    CHECK_STR(d.log, "navigation@1 navigation@2");
    check_kept("Related talks in Doha failed.\n"
               "Read the statement, the spokesman said.\n"
               "Trending downward, the rupee fell again.\n"
               "Prices rose 5% | analysts expected 3% | markets fell.\n"
               "Video: Talks will resume on Monday, officials said.\n"
               "Benjamin James - at 12.45 pm - 3 lbs 4 ozs\n");
}

TEST(clean_comment_thread)
{
    drops d;
    CHECK_STR(clean("The talks failed.\n"
                    "Ali Khan | 12 years ago | Reply\n"
                    "Good riddance.\n"
                    "Sara | 11 years ago | Reply\n"
                    "Long comment text that goes on about the talks and what they meant for "
                    "the region.\n"
                    "Reply \xc2\xb7 Report\n"
                    "3 replies\n",
                    &d),
              "The talks failed.");
    CHECK_STR(d.log, "comment-thread@2 comment-thread@3 comment-thread@4 comment-thread@5 "
                     "comment-thread@6 comment-thread@7");
    /* a lone byline is dropped, the body around it stays */
    CHECK_STR(clean("He refused.\n3 replies\nThe talks failed.\n", &d),
              "He refused.\n\nThe talks failed.");
    CHECK_STR(d.log, "comment-thread@2");
    check_kept("He left the party three years ago.\n"
               "The reply came 2 days ago, officials said.\n"
               "100 years ago?\n"
               "Report | The talks failed two years ago, and the army was blamed for it.\n");
}

TEST(clean_comment_thread_after_heading)
{
    CHECK_STR(dropped("The talks failed.\n"
                      "Comments (2)\n"
                      "Who is surprised?\n"
                      "Ali | 2 hours ago\n"
                      "Nobody.\n"
                      "Sara | 1 hour ago\n"),
              "share-prompt@2 comment-thread@3 comment-thread@4 comment-thread@5 "
              "comment-thread@6");
    /* no body before it: only the bylines go */
    CHECK_STR(dropped("Ali | 2 hours ago\nNobody.\nSara | 1 hour ago\n"),
              "comment-thread@1 comment-thread@3");
}

TEST(clean_pull_quote)
{
    drops d;
    CHECK_STR(clean("\xe2\x80\x9cWe will not give up our land\xe2\x80\x9d\n"
                    "Farmers marched on Lahore. \"We will not give up our land,\" their leader "
                    "said.\n"
                    "Police blocked the road.\n"
                    "Police blocked the road and the marchers turned back.\n"
                    "The farmers camped overnight near the canal.\n"
                    "The   farmers camped overnight near the canal\n",
                    &d),
              "Farmers marched on Lahore. \"We will not give up our land,\" their leader "
              "said.\n\nPolice blocked the road and the marchers turned back.\n\n"
              "The farmers camped overnight near the canal.");
    CHECK_STR(d.log, "pull-quote@1 pull-quote@3 pull-quote@6");
    /* a long paragraph scraped twice */
    char twice[1024];
    const char *long_para =
        "The commission said in its report, which runs to more than four hundred "
        "pages and was delayed twice by the courts, that the army had known of "
        "the plot for months, that the police had been told to stand aside, and "
        "that the provincial government had hidden the evidence from the federal "
        "investigators until the elections were over.";
    snprintf(twice, sizeof twice, "%s\nHe refused.\n%s\n", long_para, long_para);
    CHECK(strlen(long_para) > 300);
    const char *kept = clean(twice, &d);
    CHECK(strncmp(kept, long_para, strlen(long_para)) == 0);
    CHECK_STR(kept + strlen(long_para), "\n\nHe refused.");
    CHECK_STR(d.log, "pull-quote@3");
    /* short repeats stay */
    check_kept("He refused.\nHe refused.\nThe talks failed on Monday.\n");
}

TEST(clean_pull_quote_needs_word_boundaries)
{
    check_kept("The army said it would withdraw its troops\n"
               "The army said it would withdraw its troopships from the gulf by June.\n");
}

TEST(clean_short_body_sentences_stay)
{
    check_kept("He refused.\n\nThe talks failed.\n\nNo.\n\nShare prices rose.\n");
}

TEST(clean_joins_kept_paragraphs)
{
    drops d;
    CHECK_STR(clean("  First paragraph.  \n\n\n\tSecond paragraph.\nTweet\n\xc2\xa0\nThird.", &d),
              "First paragraph.\n\nSecond paragraph.\n\nThird.");
    CHECK_STR(d.log, "share-prompt@5");
}

TEST(clean_empty_input)
{
    size_t n = 99;
    int calls = 0;
    char *out = pl_clean_article("", 0, &n, NULL, &calls);
    CHECK(out != NULL);
    CHECK_INT(n, 0);
    CHECK_STR(out, "");
    free(out);
    drops d;
    CHECK_STR(clean("\n \r\n\t\n", &d), "");
    CHECK_INT(d.used, 0);
}

TEST(clean_no_newline_at_end)
{
    drops d;
    CHECK_STR(clean("The talks failed.\nSubscribe now", &d), "The talks failed.");
    CHECK_STR(d.log, "subscribe-prompt@2");
    CHECK_STR(clean("Subscribe now\nThe talks failed.", &d), "The talks failed.");
}

TEST(clean_crlf_line_ends)
{
    drops d;
    CHECK_STR(clean("The talks failed.\r\n\r\nShare this article\r\n\r\nHe refused.\r\n", &d),
              "The talks failed.\n\nHe refused.");
    CHECK_STR(d.log, "share-prompt@3");
}

TEST(clean_binary_bytes_do_not_stop_it)
{
    static const char text[] = "The talks failed.\n\0\x01\xff\nTweet\n";
    size_t n = 0;
    drops d;
    memset(&d, 0, sizeof d);
    d.input = text;
    d.input_len = sizeof text - 1;
    char *out = pl_clean_article(text, sizeof text - 1, &n, on_drop, &d);
    CHECK(out != NULL);
    CHECK_INT(n, strlen("The talks failed.") + 2 + 1);
    CHECK(out && memcmp(out, "The talks failed.\n\n\xff", n) == 0 && out[n] == '\0');
    CHECK_STR(d.log, "share-prompt@3");
    free(out);
}

/* A scraped page as the HTML reader gives it: one block per paragraph. */
static const char scraped_article[] =
    "Home | Pakistan | World | Business | Sport\n\n"
    "Farmers march on Lahore over land law\n\n"
    "LAHORE (AFP) - Thousands of farmers marched on Lahore on Tuesday to protest against a new "
    "land law, blocking the main highway for several hours.\n\n"
    "Farmers at a rally in Lahore on Tuesday. Arif Ali/AFP via Getty Images\n\n"
    "\xe2\x80\x9cWe will not give up our land,\xe2\x80\x9d said Rana Tariq, who leads the farmers' "
    "union. Reuters reported that police used tear gas near the canal.\n\n"
    "Sign up for our newsletter\n\n"
    "He refused to meet the chief minister.\n\n"
    "\xe2\x80\x9cWe will not give up our land\xe2\x80\x9d\n\n"
    "The talks failed.\n\n"
    "Most Read\n\n"
    "Rupee hits new low against dollar\n\n"
    "Army chief meets US envoy\n\n"
    "Share this article\n\n"
    "Published in Dawn, October 15th, 2025\n\n"
    "Comments (3)\n\n"
    "Ali Raza | 2 hours ago | Reply\n\n"
    "About time someone stood up to them.\n\n"
    "Sana | 1 hour ago | Reply\n\n"
    "Reply \xc2\xb7 Report\n";

TEST(clean_scraped_article)
{
    drops d;
    CHECK_STR(clean(scraped_article, &d),
              "Farmers march on Lahore over land law\n\n"
              "LAHORE (AFP) - Thousands of farmers marched on Lahore on Tuesday to protest "
              "against a new land law, blocking the main highway for several hours.\n\n"
              "\xe2\x80\x9cWe will not give up our land,\xe2\x80\x9d said Rana Tariq, who leads "
              "the farmers' union. Reuters reported that police used tear gas near the canal."
              "\n\nHe refused to meet the chief minister.\n\nThe talks failed.");
    CHECK_STR(d.log, "menu@1 photo-credit@7 subscribe-prompt@11 pull-quote@15 navigation@19 "
                     "navigation@21 navigation@23 share-prompt@25 footer@27 share-prompt@29 "
                     "comment-thread@31 comment-thread@33 comment-thread@35 comment-thread@37");
}
