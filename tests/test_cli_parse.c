/*
 * test_cli_parse.c - `petrel parse -j N`, run as a program (test_petrel_bin()):
 * on a text of many paragraphs, long enough for several batches, the
 * CoNLL-U is the same bytes for -j 1, -j 2 and -j 0 (one thread per CPU),
 * in raw and --tokenized mode; bad -j values exit 2.
 *
 * Parses with the built-in model, or with the model file named by the
 * environment variable PETREL_TEST_MODEL; skips when petrel was built
 * without a model and none is named.
 */
#include "test.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

enum {
    SENTENCES = 700 /* more than two batches of 256 */
};

typedef struct parse_env {
    char dir[64];
    char text[128], err[128];
    char model[4096]; /* "--model FILE" or "" */
} parse_env;

static void in_dir(const parse_env *e, char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/%s", e->dir, name);
}

/* SENTENCES sentences in paragraphs of 1 to 4, with multiword tokens. */
static int write_text(const char *path)
{
    static const char *const who[] = {"Pakistan's army", "The minister", "Officials in Kabul",
                                      "India", "The U.N. envoy"};
    static const char *const did[] = {"didn't criticize", "met", "accused", "visited",
                                      "said it would help"};
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    for (int i = 0; i < SENTENCES; i++) {
        fprintf(f, "%s %s %d people in \"%s\" on Monday%s", who[i % 5], did[i / 5 % 5], i,
                who[(i + 2) % 5], i % 7 == 3 ? "!" : ".");
        fputs(i % 4 == i / 4 % 4 ? "\n\n" : i % 3 ? " " : "\n", f);
    }
    return fclose(f);
}

static int open_env(parse_env *e)
{
    memset(e, 0, sizeof *e);
    if (access(test_petrel_bin(), X_OK) != 0) {
        test_skip("the petrel binary is not built");
        return -1;
    }
    snprintf(e->dir, sizeof e->dir, "/tmp/petrel-parse-XXXXXX");
    if (!mkdtemp(e->dir)) {
        test_fail(__FILE__, __LINE__, "mkdtemp failed");
        return -1;
    }
    const char *model = getenv("PETREL_TEST_MODEL");
    if (model && *model)
        snprintf(e->model, sizeof e->model, "--model %s", model);
    in_dir(e, e->text, sizeof e->text, "in.txt");
    in_dir(e, e->err, sizeof e->err, "stderr.txt");
    if (write_text(e->text) != 0) {
        test_fail(__FILE__, __LINE__, "cannot write %s", e->text);
        return -1;
    }
    return 0;
}

/* Runs "petrel parse [--model M] ARGS -o OUT IN"; returns the exit status. */
static int petrel_parse(const parse_env *e, const char *args, const char *out)
{
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "%s parse %s %s -o %s %s 2>%s </dev/null", test_petrel_bin(),
             e->model, args, out, e->text, e->err);
    int st = system(cmd);
    return st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* The whole file, malloc'd and NUL-terminated ("" if unreadable). */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    long n = f && fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    char *buf = malloc(n > 0 ? (size_t)n + 1 : 1);
    size_t got = buf && n > 0 && fseek(f, 0, SEEK_SET) == 0 ? fread(buf, 1, (size_t)n, f) : 0;
    if (buf)
        buf[got] = '\0';
    if (f)
        fclose(f);
    return buf;
}

static int count(const char *s, const char *needle)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, needle)); p++)
        n++;
    return n;
}

/* Parses with -j 1, 2 and 0 (plus `mode`); checks the outputs are equal and
 * hold `sentences` sentences in `paragraphs` paragraphs. 1: skipped. */
static int check_same_for_any_jobs(const parse_env *e, const char *mode, int sentences,
                                   int paragraphs)
{
    static const char *const jobs[] = {"-j 1", "-j 2", "--jobs=0"};
    char *first = NULL;
    for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
        char args[64], out[160];
        snprintf(args, sizeof args, "%s %s", mode, jobs[k]);
        in_dir(e, out, sizeof out, "out.conllu");
        int status = petrel_parse(e, args, out);
        char *text = slurp(out), *err = slurp(e->err);
        unlink(out);
        int no_model = status != 0 && strstr(err, "built without a model");
        if (!no_model && status != 0)
            test_fail(__FILE__, __LINE__, "petrel parse %s exited %d: %s", args, status, err);
        if (!no_model && !first) {
            CHECK_INT(count(text, "# sent_id = "), sentences);
            CHECK_INT(count(text, "# newpar"), paragraphs);
            first = text;
            text = NULL;
        } else if (!no_model && strcmp(first, text) != 0) {
            test_fail(__FILE__, __LINE__, "petrel parse %s: output differs from -j 1", args);
        }
        free(text);
        free(err);
        if (no_model) {
            free(first);
            return 1;
        }
    }
    free(first);
    return 0;
}

static void close_env(parse_env *e)
{
    unlink(e->text);
    unlink(e->err);
    rmdir(e->dir);
}

/* Paragraphs of write_text(): one, plus one per blank line. */
static int text_paragraphs(void)
{
    int n = 1;
    for (int i = 0; i < SENTENCES - 1; i++)
        n += i % 4 == i / 4 % 4;
    return n;
}

/* --tokenized: one sentence per line, an empty line opening a paragraph. */
static int tokenized_lines(void)
{
    int n = 0;
    for (int i = 0; i < SENTENCES - 1; i++)
        n += i % 4 != i / 4 % 4 && i % 3 == 0;
    return n + 1 + text_paragraphs() - 1;
}

TEST(cli_parse_output_is_the_same_for_any_number_of_threads)
{
    parse_env e;
    if (open_env(&e))
        return;
    if (check_same_for_any_jobs(&e, "", SENTENCES, text_paragraphs()) == 0)
        check_same_for_any_jobs(&e, "--tokenized", tokenized_lines(), text_paragraphs());
    else
        test_skip("petrel was built without a model (set PETREL_TEST_MODEL to a model file)");
    close_env(&e);
}

TEST(cli_parse_bad_jobs_exit_2)
{
    parse_env e;
    if (open_env(&e))
        return;
    static const char *const bad[] = {"-j x", "-j -1", "--jobs=100000", "-j 2x", "-j"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        char out[160];
        in_dir(&e, out, sizeof out, "bad.conllu");
        int status = petrel_parse(&e, bad[k], out);
        if (status != 2)
            test_fail(__FILE__, __LINE__, "petrel parse %s exited %d, not 2", bad[k], status);
        CHECK(access(out, F_OK) != 0);
    }
    close_env(&e);
}
