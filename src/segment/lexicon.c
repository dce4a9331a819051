/*
 * lexicon.c - the small word lists the tokenizer and sentence splitter
 * consult: abbreviations that keep their period, capitalised words that start
 * a sentence, hyphen prefixes that EWT keeps whole, contractions written
 * without an apostrophe, and emoticons.
 *
 * The lists are facts about English news and web text written for petrel
 * (checked against the conventions of UD English EWT), kept sorted in C
 * (byte) order so lookups can use bsearch.
 *
 * Must not: allocate, or hold any state beyond these constant tables.
 */
#include "seg_internal.h"

#include <stdlib.h>
#include <string.h>

/* Abbreviations written with a period (case as written). */
static const char *const abbreviations[] = {
    "Adm",  "Ala",  "Amb",   "Apr",  "Ariz", "Ark",    "Assn", "Atty", "Aug",  "Ave",  "Blvd",
    "Brig", "Bros", "Calif", "Capt", "Cdr",  "Cmdr",   "Co",   "Col",  "Colo", "Conn", "Corp",
    "Cos",  "Cpl",  "Dec",   "Dept", "Det",  "Dr",     "Esq",  "Feb",  "Fla",  "Fr",   "Fri",
    "Ft",   "Ga",   "Gen",   "Gens", "Gov",  "Govt",   "Hon",  "Hwy",  "Ill",  "Inc",  "Ind",
    "Insp", "Intl", "Jan",   "Jr",   "Jul",  "Jun",    "Kan",  "Kans", "Ky",   "La",   "Lt",
    "Ltd",  "Maj",  "Mar",   "Mass", "Md",   "Messrs", "Mich", "Minn", "Miss", "Mlle", "Mme",
    "Mo",   "Mon",  "Mont",  "Mr",   "Mrs",  "Ms",     "Mt",   "Natl", "Neb",  "Nev",  "Nov",
    "Oct",  "Okla", "Ore",   "Pa",   "Ph",   "Pres",   "Prof", "Pvt",  "Rd",   "Rep",  "Reps",
    "Rev",  "Rt",   "Sen",   "Sens", "Sep",  "Sept",   "Sgt",  "Sgts", "Sr",   "St",   "Ste",
    "Supt", "Tenn", "Tex",   "Thu",  "Thur", "Thurs",  "Tue",  "Tues", "Univ", "Va",   "Vt",
    "Wash", "Wed",  "Wis",   "Wyo",  "al",   "approx", "ca",   "cf",   "corp", "dept", "dr",
    "eds",  "esp",  "etc",   "hr",   "hrs",  "inc",    "jr",   "lb",   "lbs",  "ltd",  "mos",
    "mph",  "mr",   "mrs",   "ms",   "oz",   "pt",     "pts",  "sr",   "viz",  "vs",   "yr",
    "yrs",
};

/* Abbreviations that keep their period only before a number. */
static const char *const number_abbreviations[] = {
    "Art", "Ch",  "Fig", "No",  "Nos", "Op", "Sec", "Vol",
    "ch",  "fig", "no",  "nos", "p",   "pp", "sec", "vol",
};

/* Capitalised words that start a sentence even after an abbreviation. */
static const char *const sentence_starters[] = {
    "After",       "All",       "Also",     "Although",  "Always",       "An",          "And",
    "Anyway",      "Are",       "As",       "At",        "Because",      "Before",      "Besides",
    "Both",        "But",       "By",       "Can",       "Could",        "Dear",        "Did",
    "Do",          "Does",      "During",   "Each",      "Earlier",      "Either",      "Even",
    "Every",       "Finally",   "First",    "For",       "From",         "Furthermore", "Had",
    "Has",         "Have",      "He",       "Hello",     "Her",          "Here",        "Hi",
    "His",         "How",       "However",  "I",         "If",           "In",          "Indeed",
    "Instead",     "Is",        "It",       "Its",       "Just",         "Last",        "Later",
    "Let",         "Many",      "Maybe",    "Meanwhile", "Might",        "Moreover",    "Most",
    "Must",        "My",        "Neither",  "Never",     "Nevertheless", "Next",        "No",
    "Nonetheless", "Not",       "Now",      "Of",        "Officials",    "Oh",          "On",
    "Once",        "One",       "Only",     "Or",        "Otherwise",    "Our",         "Over",
    "Perhaps",     "Please",    "Police",   "Second",    "Several",      "She",         "Should",
    "Since",       "So",        "Some",     "Sometimes", "Still",        "Such",        "Thank",
    "Thanks",      "That",      "The",      "Their",     "Then",         "There",       "These",
    "They",        "Third",     "This",     "Those",     "Though",       "Three",       "Thus",
    "To",          "Today",     "Tomorrow", "Two",       "Under",        "Unless",      "Until",
    "Was",         "We",        "Well",     "Were",      "What",         "When",        "Where",
    "Which",       "While",     "Who",      "Why",       "With",         "Without",     "Would",
    "Yes",         "Yesterday", "Yet",      "You",       "Your",
};

/* Lower-case prefixes that keep their hyphen: e-mail, non-stop, co-workers. */
static const char *const hyphen_prefixes[] = {
    "anti", "co",   "cross", "e",   "ex", "mid",  "multi", "neo",
    "non",  "post", "pre",   "pro", "re", "semi", "sub",   "un",
};

/* Words after "its" that make it "it is" rather than the possessive. */
static const char *const its_is_followers[] = {
    "a",      "about",      "actually", "all",    "almost",  "also",  "always", "an",   "been",
    "being",  "definitely", "easy",     "going",  "gonna",   "good",  "great",  "hard", "just",
    "like",   "never",      "nice",     "not",    "nothing", "now",   "ok",     "okay", "only",
    "pretty", "quite",      "really",   "simply", "so",      "still", "the",    "too",  "very",
};

/* Last parts of host names and file names: Amazon.com, report.doc. */
static const char *const dotted_endings[] = {
    "au",   "avi", "biz", "ca",  "cn",  "co",   "com", "csv",  "de",  "doc", "docx", "edu",
    "exe",  "fr",  "gif", "gov", "htm", "html", "ie",  "info", "int", "io",  "jp",   "jpeg",
    "jpg",  "mil", "mov", "mp3", "net", "nl",   "nz",  "org",  "pdf", "pk",  "png",  "ppt",
    "pptx", "ru",  "tv",  "txt", "uk",  "wav",  "xls", "xlsx", "xml", "za",  "zip",
};

typedef struct contraction {
    const char *word; /* lower case */
    uint8_t split[SEG_MAX_SPLITS];
    uint8_t nsplit;
} contraction;

/* Contractions without an apostrophe, split as EWT splits them. */
static const contraction contractions[] = {
    {"aint", {2, 0}, 1},    {"arent", {3, 0}, 1},   {"cannot", {3, 0}, 1}, {"cant", {2, 0}, 1},
    {"couldnt", {5, 0}, 1}, {"didnt", {3, 0}, 1},   {"doesnt", {4, 0}, 1}, {"dont", {2, 0}, 1},
    {"gonna", {3, 0}, 1},   {"gotta", {3, 0}, 1},   {"hadnt", {3, 0}, 1},  {"hasnt", {3, 0}, 1},
    {"havent", {4, 0}, 1},  {"heres", {4, 0}, 1},   {"hes", {2, 0}, 1},    {"im", {1, 0}, 1},
    {"isnt", {2, 0}, 1},    {"ive", {1, 0}, 1},     {"lets", {3, 0}, 1},   {"shouldnt", {6, 0}, 1},
    {"thats", {4, 0}, 1},   {"theres", {5, 0}, 1},  {"theyre", {4, 0}, 1}, {"theyve", {4, 0}, 1},
    {"wanna", {3, 0}, 1},   {"wasnt", {3, 0}, 1},   {"werent", {4, 0}, 1}, {"whats", {4, 0}, 1},
    {"wont", {2, 0}, 1},    {"wouldnt", {5, 0}, 1}, {"youre", {3, 0}, 1},  {"youve", {3, 0}, 1},
};

/* Emoticons, longest first where one is a prefix of another. */
static const char *const emoticons[] = {
    ":-)", ":-(", ":-D", ":-P", ":-p", ":'(", ";-)", "^_^", ":)", ":(", ":D",
    ":P",  ":p",  ":/",  ":]",  ":[",  ";)",  "=)",  "<3",  "^^", ":o", ":O",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct key {
    const char *s;
    size_t n;
} key;

/* strcmp order between a (s, n) key and a NUL-terminated entry. */
static int compare_key(const void *k, const void *entry)
{
    const key *kk = k;
    const char *e = *(const char *const *)entry;
    size_t en = strlen(e);
    int c = memcmp(kk->s, e, kk->n < en ? kk->n : en);
    if (c)
        return c;
    return kk->n < en ? -1 : kk->n > en;
}

static int in_list(const char *const *list, size_t count, const char *s, size_t n)
{
    key k = {s, n};
    return bsearch(&k, list, count, sizeof list[0], compare_key) != NULL;
}

/* Lower-cases an ASCII word into buf (cap bytes); 0 if it does not fit. */
static size_t ascii_lower(const char *s, size_t n, char *buf, size_t cap)
{
    if (n >= cap)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return n;
}

int seg_is_abbreviation(const char *s, size_t n)
{
    return in_list(abbreviations, COUNT(abbreviations), s, n);
}

int seg_is_number_abbreviation(const char *s, size_t n)
{
    return in_list(number_abbreviations, COUNT(number_abbreviations), s, n);
}

int seg_is_sentence_starter(const char *s, size_t n)
{
    return in_list(sentence_starters, COUNT(sentence_starters), s, n);
}

int seg_is_hyphen_prefix(const char *s, size_t n)
{
    char buf[8];
    size_t m = ascii_lower(s, n, buf, sizeof buf);
    return m && in_list(hyphen_prefixes, COUNT(hyphen_prefixes), buf, m);
}

int seg_is_dotted_ending(const char *s, size_t n)
{
    char buf[8];
    size_t m = ascii_lower(s, n, buf, sizeof buf);
    return m && in_list(dotted_endings, COUNT(dotted_endings), buf, m);
}

int seg_follows_its_is(const char *s, size_t n)
{
    char buf[16];
    size_t m = ascii_lower(s, n, buf, sizeof buf);
    return m && in_list(its_is_followers, COUNT(its_is_followers), buf, m);
}

static int compare_contraction(const void *k, const void *entry)
{
    const contraction *c = entry;
    return compare_key(k, &c->word);
}

int seg_contraction_splits(const char *s, size_t n, uint32_t split[SEG_MAX_SPLITS])
{
    char buf[16];
    size_t m = ascii_lower(s, n, buf, sizeof buf);
    if (!m)
        return 0;
    key k = {buf, m};
    const contraction *c =
        bsearch(&k, contractions, COUNT(contractions), sizeof contractions[0], compare_contraction);
    if (!c)
        return 0;
    for (int i = 0; i < c->nsplit; i++)
        split[i] = c->split[i];
    return c->nsplit;
}

size_t seg_emoticon(const char *s, size_t n)
{
    for (size_t i = 0; i < COUNT(emoticons); i++) {
        size_t en = strlen(emoticons[i]);
        if (en <= n && memcmp(s, emoticons[i], en) == 0)
            return en;
    }
    return 0;
}
