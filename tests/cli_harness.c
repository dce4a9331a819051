/*
 * cli_harness.c - running the petrel binary from tests: a temporary folder
 * with small dictionaries written for the tests, the command's stdout,
 * stderr and exit status caught, and helpers to look into its output.
 */
#include "cli_harness.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test.h"

/* ---- dictionaries written for the tests ------------------------------------------- */

static const char cli_verbs[] = "--- CRITICIZE [111] ---\n"
                                "CRITICIZE\n"
                                "\n"
                                "--- ATTACK [190] ---\n"
                                "ATTACK\n"
                                "\n"
                                "--- VISIT [042:043] ---\n"
                                "VISIT\n";

static const char cli_actors[] = "PAKISTAN [PAK]\n"
                                 "INDIA [IND]\n"
                                 "CHINA [CHN]\n"
                                 "AFGHANISTAN [AFG]\n";

static const char cli_agents[] = "GOVERNMENT [~GOV]\n";

static const char cli_discards[] = "FOOTBALL_MATCH\n"
                                   "+EARTHQUAKE\n";

/* ---- running the binary ------------------------------------------------------------ */


int put_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

void path_in(const cli *c, char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/%s", c->dir, name);
}

int cli_open(cli *c)
{
    memset(c, 0, sizeof *c);
    if (access(test_petrel_bin(), X_OK) != 0) {
        test_skip("the petrel binary is not built");
        return -1;
    }
    snprintf(c->dir, sizeof c->dir, "/tmp/petrel-cli-XXXXXX");
    if (!mkdtemp(c->dir)) {
        test_fail(__FILE__, __LINE__, "mkdtemp failed");
        return -1;
    }
    path_in(c, c->verbs, sizeof c->verbs, "verbs.txt");
    path_in(c, c->actors, sizeof c->actors, "actors.txt");
    path_in(c, c->agents, sizeof c->agents, "agents.txt");
    path_in(c, c->discards, sizeof c->discards, "discards.txt");
    if (put_file(c->verbs, cli_verbs) || put_file(c->actors, cli_actors) ||
        put_file(c->agents, cli_agents) || put_file(c->discards, cli_discards)) {
        test_fail(__FILE__, __LINE__, "cannot write dictionaries in %s", c->dir);
        return -1;
    }
    snprintf(c->dicts, sizeof c->dicts, "--verbs %s --actors %s --agents %s --discards %s",
             c->verbs, c->actors, c->agents, c->discards);
    return 0;
}

/* Removes every file of the temporary folder, then the folder. */
void cli_close(cli *c)
{
    DIR *d = opendir(c->dir);
    if (d) {
        for (struct dirent *e; (e = readdir(d));) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char p[512];
            snprintf(p, sizeof p, "%s/%s", c->dir, e->d_name);
            unlink(p);
        }
        closedir(d);
    }
    rmdir(c->dir);
}

void slurp(const char *path, char *buf, size_t size)
{
    buf[0] = '\0';
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fclose(f);
}

/* Runs "petrel ARGS" with stdout and stderr caught; returns the exit status. */
int cli_run(cli *c, const char *args)
{
    char cmd[4096], o[256], e[256];
    path_in(c, o, sizeof o, "stdout.txt");
    path_in(c, e, sizeof e, "stderr.txt");
    snprintf(cmd, sizeof cmd, "%s %s >%s 2>%s </dev/null", test_petrel_bin(), args, o, e);
    int st = system(cmd);
    c->status = st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    slurp(o, c->out, sizeof c->out);
    slurp(e, c->err, sizeof c->err);
    unlink(o);
    unlink(e);
    return c->status;
}

int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* The line of s that contains needle ("" if none), copied into buf. */
const char *line_with(const char *s, const char *needle, char *buf, size_t size)
{
    const char *p = strstr(s, needle);
    buf[0] = '\0';
    if (!p)
        return buf;
    const char *b = p;
    while (b > s && b[-1] != '\n')
        b--;
    const char *e = strchr(p, '\n');
    size_t n = e ? (size_t)(e - b) : strlen(b);
    if (n >= size)
        n = size - 1;
    memcpy(buf, b, n);
    buf[n] = '\0';
    return buf;
}

int skipped_without_model(const cli *c)
{
    if (c->status != 1 || !strstr(c->err, "no usable model"))
        return 0;
    test_skip("petrel has no built-in model (PETREL_TEST_MODEL may name one)");
    return 1;
}

