/*
 * gen_corpus.c - a synthetic news corpus for benchmarks: N articles as JSON
 * Lines ({id, date, source, url, title, text}), written from templates with
 * a fixed seed, so the same N always gives the same bytes.
 *
 *     build/gen_corpus N > corpus.jsonl
 *
 * Each article has 6-10 sentences: political events between actors petrel's
 * built-in knowledge knows (countries, capitals, armed groups, leaders with
 * titles), in the phrasings news uses, mixed with sentences that carry no
 * event, dated over 2015-2025 and spread over a dozen outlets. Events repeat
 * across articles and outlets, as real coverage does, so merging has work.
 *
 * Must not: be used for accuracy; the sentences are plausible, not true.
 */
#include <stdio.h>
#include <stdlib.h>

static const char *const actors[] = {
    "Pakistan",       "Afghanistan",     "India",         "the United States", "China",
    "Iran",           "Russia",          "Turkey",        "Qatar",             "Saudi Arabia",
    "the Taliban",    "Islamabad",       "Kabul",         "Washington",        "Beijing",
    "the Pakistani army", "Afghan police", "Indian troops", "the United Nations", "NATO",
    "Pakistani officials", "the Afghan government", "Iranian diplomats", "Turkish troops",
    "Tehrik-i-Taliban Pakistan", "the European Union", "Egypt", "Israel", "Hamas", "Ukraine",
};

static const char *const verbs[] = {
    "urged %s to resume talks",      "accused %s of harbouring militants",
    "met %s in Doha",                "criticized %s",
    "threatened %s with sanctions",  "condemned %s",
    "praised %s",                    "attacked %s",
    "signed an agreement with %s",   "rejected the proposal of %s",
    "called on %s to release prisoners", "expelled diplomats of %s",
    "promised aid to %s",            "warned %s against escalation",
    "hosted %s for talks",           "denied the accusations of %s",
};

static const char *const fillers[] = {
    "The talks lasted three hours and ended without a joint statement.",
    "Prices of wheat and fuel rose sharply in the markets of the capital.",
    "Heavy rain closed several roads in the north of the country.",
    "The meeting was the first of its kind in two years.",
    "Analysts said the decision would have little effect on the ground.",
    "Thousands of trucks waited at the border crossing for a third day.",
};

static const char *const outlets[] = {"Dawn", "AFP", "Reuters", "BBC", "Al Jazeera", "Tolo News",
                                      "The Hindu", "Xinhua", "AP", "Geo News", "Ariana News",
                                      "The Express Tribune"};

static unsigned long long state = 88172645463325252ULL;

/* xorshift64: small, fast, the same sequence everywhere. */
static unsigned pick(unsigned n)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (unsigned)(state % n);
}

#define COUNT(a) ((unsigned)(sizeof a / sizeof a[0]))

static void event_sentence(void)
{
    unsigned a = pick(COUNT(actors)), b = pick(COUNT(actors) - 1);
    if (b >= a)
        b++;
    char vp[256];
    snprintf(vp, sizeof vp, verbs[pick(COUNT(verbs))], actors[b]);
    const char *when[] = {"", " on Monday", " on Tuesday", " last week", " yesterday"};
    /* capitalise a leading "the" */
    const char *src = actors[a];
    printf("%c%s %s%s.", src[0] >= 'a' && src[0] <= 'z' ? src[0] - 32 : src[0], src + 1, vp,
           when[pick(5)]);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000;
    for (long i = 0; i < n; i++) {
        int y = 2015 + (int)pick(11), m = 1 + (int)pick(12), d = 1 + (int)pick(28);
        const char *outlet = outlets[pick(COUNT(outlets))];
        printf("{\"id\":\"bench-%06ld\",\"date\":\"%04d-%02d-%02d\",\"source\":\"%s\","
               "\"url\":\"https://example.org/%ld\",\"title\":\"Report %ld\",\"text\":\"",
               i, y, m, d, outlet, i, i);
        int sentences = 6 + (int)pick(5);
        for (int s = 0; s < sentences; s++) {
            if (s)
                putchar(' ');
            if (pick(3) == 0)
                fputs(fillers[pick(COUNT(fillers))], stdout);
            else
                event_sentence();
        }
        puts("\"}");
    }
    return 0;
}
