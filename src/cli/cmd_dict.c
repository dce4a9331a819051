/*
 * cmd_dict.c - `petrel dict check` and `petrel dict lookup`: curation tools
 * for dictionaries, the built-in ones by default.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static const char usage[] =
    "usage: petrel dict check [dictionaries]\n"
    "       petrel dict lookup [dictionaries] [--date YYYY-MM-DD] PHRASE\n"
    "\n"
    "check loads the dictionaries (petrel's built-in knowledge when none is\n"
    "named), prints what each file holds and then every problem as\n"
    "file:line: what is wrong -- bad lines, phrases and verb forms defined twice,\n"
    "overlapping date ranges, actor codes with unknown parts, event codes that\n"
    "are not CAMEO codes, and CAMEO codes no verb or pattern produces. It exits 1\n"
    "when there is any problem.\n"
    "lookup shows which entries give PHRASE its codes on the date (default:\n"
    "today): \"Imran Khan\", \"Prime Minister Khan\", \"the Taliban\".\n"
    "\n";

static void print_line(void *ud, const char *line)
{
    fprintf(ud, "%s\n", line);
}

static int dict_check(const dict_opts *d)
{
    petrel_knowledge *k = dict_opts_load(d);
    if (!k)
        return 1;
    petrel_knowledge_describe(k, print_line, stdout);
    fflush(stdout);
    long problems = petrel_knowledge_check(k, print_line, stdout);
    printf("%ld problem%s\n", problems, problems == 1 ? "" : "s");
    petrel_knowledge_free(k);
    return problems ? 1 : 0;
}

static int dict_lookup(const dict_opts *d, const char *phrase, const char *date)
{
    char today[16];
    if (!date) {
        time_t now = time(NULL);
        struct tm tm;
        strftime(today, sizeof today, "%Y-%m-%d", gmtime_r(&now, &tm));
        date = today;
    }
    petrel_knowledge *k = dict_opts_load(d);
    if (!k)
        return 1;
    printf("%s on %s:\n", phrase, date);
    int n = petrel_knowledge_lookup(k, phrase, date, print_line, stdout);
    if (n < 0)
        fprintf(stderr, "petrel dict lookup: bad date %s (want YYYY-MM-DD)\n", date);
    else if (n == 0)
        printf("  no dictionary entry matches\n");
    petrel_knowledge_free(k);
    return n > 0 ? 0 : 1;
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        printf("%s%s", usage, dict_opts_help);
        return argc < 2 ? 2 : 0;
    }
    const char *what = argv[1], *date = NULL, *phrase = NULL;
    dict_opts d = {0};
    for (int i = 2; i < argc; i++) {
        if (dict_opt_parse(&d, argc, argv, &i))
            continue;
        if (opt_is(argv[i], "--date")) {
            if (!(date = opt_value(argc, argv, &i)))
                return 2;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "petrel dict: unknown option %s\n%s", argv[i], usage);
            return 2;
        } else if (!phrase) {
            phrase = argv[i];
        } else {
            fprintf(stderr, "petrel dict: one phrase only (quote it)\n");
            return 2;
        }
    }
    if (strcmp(what, "check") == 0 && !phrase)
        return dict_check(&d);
    if (strcmp(what, "lookup") == 0 && phrase)
        return dict_lookup(&d, phrase, date);
    fprintf(stderr, "%s", usage);
    return 2;
}
