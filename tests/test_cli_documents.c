/*
 * test_cli_documents.c - `petrel code` on whole articles: JSON Lines with a
 * bad record in the middle, the same output for any -j, the SQLite store
 * (rerunning adds nothing; merging the same event across articles and
 * outlets, within a day but not two; a run killed with SIGKILL and resumed
 * loses and duplicates nothing), and GDELT's 61 columns with valid values.
 *
 * The articles are written here with the small test dictionaries of the
 * CLI harness (Pakistan, India, China, Afghanistan; criticize, attack,
 * visit), so every expected event is known.
 */
#include "test.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli_harness.h"

/* One article as a JSON line. */
static void article(FILE *f, const char *id, const char *date, const char *outlet,
                    const char *text)
{
    fprintf(f, "{\"id\":\"%s\",\"date\":\"%s\",\"source\":\"%s\",\"text\":\"%s\"}\n", id, date,
            outlet, text);
}

/* A single number from the database (-1 on error). */
static long long db_number(const char *path, const char *sql)
{
    sqlite3 *db;
    long long v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW)
                v = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(db);
    return v;
}

/* A text value from the database, into buf ("" on error). */
static const char *db_text(const char *path, const char *sql, char *buf, size_t size)
{
    sqlite3 *db;
    buf[0] = '\0';
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
                snprintf(buf, size, "%s", (const char *)sqlite3_column_text(st, 0));
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(db);
    return buf;
}

TEST(cli_articles_jsonl_bad_record_in_the_middle)
{
    cli c;
    if (cli_open(&c))
        return;
    char in[256], args[4096];
    path_in(&c, in, sizeof in, "news.jsonl");
    FILE *f = fopen(in, "w");
    article(f, "a1", "2011-01-05", "Dawn", "Pakistan criticized India.");
    fputs("{\"id\": \"a2\", \"text\": }\n", f);
    article(f, "a3", "2011-01-06", "AFP", "China attacked Afghanistan.");
    fclose(f);
    snprintf(args, sizeof args, "code %s --input-format jsonl %s", c.dicts, in);
    cli_run(&c, args);
    if (!skipped_without_model(&c)) {
        CHECK_INT(c.status, 1); /* a bad record is an error ... */
        CHECK(strstr(c.err, "news.jsonl:2: not JSON") != NULL);
        CHECK_INT(count_lines(c.out), 2); /* ... but the good ones around it are coded */
        char line[4096];
        line_with(c.out, "\"a3\"", line, sizeof line);
        CHECK(strstr(line, "\"source\":\"CHN\",\"target\":\"AFG\",\"code\":\"190\"") != NULL);
        CHECK(strstr(line, "\"source_text\":\"China\",\"target_text\":\"Afghanistan\"") != NULL);
        CHECK(strstr(line, "\"outlet\":\"AFP\"") != NULL);
        CHECK(strstr(line, "\"quad_class\":4") != NULL);
        CHECK(strstr(line, "\"sentence\":\"China attacked Afghanistan.\"") != NULL);
    }
    cli_close(&c);
}

/* Writes n articles of three sentences each, dated over a few days. */
static void write_corpus(const char *path, int n)
{
    static const char *const texts[] = {
        "Pakistan criticized India. India attacked China. China visited Afghanistan.",
        "India criticized Pakistan on Monday. The talks failed. Pakistan attacked India.",
        "Afghanistan criticized China. China visited Pakistan. India attacked Afghanistan.",
    };
    static const char *const outlets[] = {"Dawn", "AFP", "Reuters", "BBC"};
    FILE *f = fopen(path, "w");
    if (!f)
        return;
    for (int i = 0; i < n; i++) {
        char id[32], date[16];
        snprintf(id, sizeof id, "doc%05d", i);
        snprintf(date, sizeof date, "2011-01-%02d", 1 + i % 9);
        article(f, id, date, outlets[i % 4], texts[i % 3]);
    }
    fclose(f);
}

TEST(cli_articles_same_output_for_any_jobs_and_reruns_add_nothing)
{
    cli c;
    if (cli_open(&c))
        return;
    char in[256], db[256], args[4096];
    static char one[sizeof ((cli *)0)->out];
    path_in(&c, in, sizeof in, "corpus.jsonl");
    path_in(&c, db, sizeof db, "events.sqlite");
    write_corpus(in, 60);
    /* per article: 4, 2 and 4 events (a visit is two: 042 and its inverse 043) */
    snprintf(args, sizeof args, "code %s --input-format jsonl --format tsv -j 1 %s", c.dicts, in);
    cli_run(&c, args);
    if (skipped_without_model(&c)) {
        cli_close(&c);
        return;
    }
    CHECK_INT(c.status, 0);
    CHECK_INT(count_lines(c.out), 200);
    snprintf(one, sizeof one, "%s", c.out);
    snprintf(args, sizeof args, "code %s --input-format jsonl --format tsv -j 3 %s", c.dicts, in);
    CHECK_INT(cli_run(&c, args), 0);
    CHECK(strcmp(one, c.out) == 0);

    snprintf(args, sizeof args, "code %s --input-format jsonl -j 2 --db %s %s", c.dicts, db, in);
    CHECK_INT(cli_run(&c, args), 0);
    CHECK_INT(c.out[0], '\0'); /* --db alone writes no stream */
    CHECK_INT(db_number(db, "SELECT COUNT(*) FROM documents"), 60);
    CHECK_INT(db_number(db, "SELECT COUNT(*) FROM sentences"), 180);
    CHECK_INT(db_number(db, "SELECT COUNT(*) FROM mentions"), 200);
    long long events = db_number(db, "SELECT COUNT(*) FROM events");
    CHECK(events > 0 && events < 200); /* the same events, reported again, merged */
    CHECK_INT(cli_run(&c, args), 0);
    CHECK_INT(db_number(db, "SELECT COUNT(*) FROM mentions"), 200);
    CHECK_INT(db_number(db, "SELECT COUNT(*) FROM events"), events);
    CHECK_INT(db_number(db, "SELECT COUNT(*) FROM documents"), 60);
    cli_close(&c);
}

TEST(cli_articles_merge_within_a_day_and_count_outlets)
{
    cli c;
    if (cli_open(&c))
        return;
    char in[256], db[256], args[4096], buf[256];
    path_in(&c, in, sizeof in, "same.jsonl");
    path_in(&c, db, sizeof db, "same.sqlite");
    FILE *f = fopen(in, "w");
    article(f, "d1", "2011-01-05", "Dawn", "Pakistan criticized India.");
    article(f, "d2", "2011-01-05", "AFP", "Pakistan criticized India. Pakistan criticized India.");
    article(f, "d3", "2011-01-06", "AFP", "Pakistan criticized India.");
    article(f, "d4", "2011-01-08", "AFP", "Pakistan criticized India."); /* two days on */
    fclose(f);
    snprintf(args, sizeof args, "code %s --input-format jsonl --db %s %s", c.dicts, db, in);
    cli_run(&c, args);
    if (skipped_without_model(&c)) {
        cli_close(&c);
        return;
    }
    CHECK_INT(c.status, 0);
    CHECK_INT(db_number(db, "SELECT COUNT(*) FROM events"), 2);
    CHECK_INT(db_number(db, "SELECT num_mentions FROM event_counts WHERE event_id = 1"), 4);
    CHECK_INT(db_number(db, "SELECT num_sources FROM event_counts WHERE event_id = 1"), 2);
    CHECK_INT(db_number(db, "SELECT num_articles FROM event_counts WHERE event_id = 1"), 3);
    CHECK_INT(db_number(db, "SELECT num_mentions FROM event_counts WHERE event_id = 2"), 1);
    CHECK_STR(db_text(db, "SELECT date FROM events WHERE id = 2", buf, sizeof buf), "2011-01-08");
    CHECK_STR(db_text(db, "SELECT plover FROM events WHERE id = 1", buf, sizeof buf), "ACCUSE");
    cli_close(&c);
}

/* Splits a line at tabs into fields (at most max); the number of fields. */
static int split_tabs(char *line, char **field, int max)
{
    int n = 0;
    for (char *p = line; n < max;) {
        field[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
    return n;
}

static int all_digits(const char *s, size_t n)
{
    if (strlen(s) != n)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

TEST(cli_articles_gdelt_has_61_valid_columns)
{
    cli c;
    if (cli_open(&c))
        return;
    char in[256], args[4096];
    path_in(&c, in, sizeof in, "g.jsonl");
    FILE *f = fopen(in, "w");
    article(f, "g1", "2011-01-05", "Dawn",
            "Pakistan criticized India. India attacked China near Kabul.");
    article(f, "g2", "2011-01-05", "AFP", "Pakistan criticized India.");
    fclose(f);
    snprintf(args, sizeof args, "code %s --input-format jsonl --format gdelt %s", c.dicts, in);
    cli_run(&c, args);
    if (skipped_without_model(&c)) {
        cli_close(&c);
        return;
    }
    CHECK_INT(c.status, 0);
    CHECK_INT(count_lines(c.out), 2);
    char *save = NULL;
    for (char *line = strtok_r(c.out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *col[64];
        CHECK_INT(split_tabs(line, col, 64), 61);
        CHECK(all_digits(col[0], strlen(col[0])) && atoll(col[0]) >= 1); /* GlobalEventID */
        CHECK(all_digits(col[1], 8) && !strncmp(col[1], "201101", 6));   /* Day */
        CHECK(all_digits(col[2], 6) && all_digits(col[3], 4));            /* MonthYear, Year */
        CHECK_STR(col[7], strcmp(col[5], "PAK") == 0 ? "PAK" : "IND");    /* Actor1CountryCode */
        CHECK(!strncmp(col[26], col[28], 2) && !strncmp(col[26], col[27], strlen(col[27])));
        int quad = atoi(col[29]);
        double goldstein = atof(col[30]);
        CHECK(quad >= 1 && quad <= 4);
        CHECK(goldstein >= -10 && goldstein <= 10);
        int mentions = atoi(col[31]), sources = atoi(col[32]), articles = atoi(col[33]);
        CHECK(mentions >= articles && articles >= 1 && sources >= 1 && sources <= articles);
        if (!strcmp(col[26], "111")) { /* Pakistan criticized India: two outlets */
            CHECK_INT(mentions, 2);
            CHECK_INT(sources, 2);
        }
        if (!strcmp(col[26], "190")) { /* ... near Kabul: ActionGeo, a world city */
            CHECK_STR(col[51], "4");
            CHECK(strncmp(col[52], "Kabul", 5) == 0);
            CHECK_STR(col[53], "AFG");
            CHECK(atof(col[56]) > 34.2 && atof(col[56]) < 34.8);
            CHECK(atof(col[57]) > 68.9 && atof(col[57]) < 69.5);
        } else {
            CHECK_STR(col[51], "1"); /* only countries named: the country */
        }
        CHECK(all_digits(col[59], 14));                                  /* DATEADDED */
        CHECK_STR(col[60], "g1");                                        /* no URL: the id */
    }
    cli_close(&c);
}

/* Starts petrel with args (split at blanks) in the background; its pid. */
static pid_t start_petrel(const char *args)
{
    char copy[4096], *argv[64];
    snprintf(copy, sizeof copy, "%s", args);
    int n = 0;
    argv[n++] = (char *)test_petrel_bin();
    char *save = NULL;
    for (char *a = strtok_r(copy, " ", &save); a && n < 63; a = strtok_r(NULL, " ", &save))
        argv[n++] = a;
    argv[n] = NULL;
    pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execv(argv[0], argv);
        _exit(127);
    }
    return pid;
}

TEST(cli_articles_sigkill_then_resume_loses_and_duplicates_nothing)
{
    cli c;
    if (cli_open(&c))
        return;
    enum { DOCS = 3000 };
    char in[256], db[256], whole[256], args[4096];
    path_in(&c, in, sizeof in, "big.jsonl");
    path_in(&c, db, sizeof db, "killed.sqlite");
    path_in(&c, whole, sizeof whole, "whole.sqlite");
    write_corpus(in, DOCS);
    snprintf(args, sizeof args, "code %s --input-format jsonl --db %s %s", c.dicts, whole, in);
    cli_run(&c, args);
    if (skipped_without_model(&c)) {
        cli_close(&c);
        return;
    }
    CHECK_INT(c.status, 0);

    snprintf(args, sizeof args, "code %s --input-format jsonl --db %s %s", c.dicts, db, in);
    pid_t pid = start_petrel(args);
    CHECK(pid > 0);
    struct timespec tick = {0, 5 * 1000 * 1000};
    long long stored = 0;
    for (int i = 0; i < 4000 && stored < 200; i++) { /* wait for some committed batches */
        nanosleep(&tick, NULL);
        stored = db_number(db, "SELECT COUNT(*) FROM documents");
    }
    kill(pid, SIGKILL);
    int st;
    waitpid(pid, &st, 0);
    CHECK(WIFSIGNALED(st)); /* it was killed, not finished */
    long long at_kill = db_number(db, "SELECT COUNT(*) FROM documents");
    CHECK(at_kill > 0 && at_kill < DOCS);
    /* whole batches only: every stored document has all its mentions */
    CHECK_INT(db_number(db, "SELECT COUNT(*) FROM documents d WHERE d.events != "
                            "(SELECT COUNT(*) FROM mentions m WHERE m.doc_id = d.id)"),
              0);

    snprintf(args, sizeof args, "code %s --input-format jsonl --db %s --resume %s", c.dicts, db,
             in);
    CHECK_INT(cli_run(&c, args), 0);
    CHECK(strstr(c.err, "already in") != NULL);
    static const char *const counts[] = {
        "SELECT COUNT(*) FROM documents", "SELECT COUNT(*) FROM sentences",
        "SELECT COUNT(*) FROM mentions", "SELECT COUNT(*) FROM events",
        "SELECT SUM(num_mentions * id) FROM event_counts JOIN events ON id = event_id"};
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
        CHECK_INT(db_number(db, counts[i]), db_number(whole, counts[i]));
    CHECK_INT(db_number(db, "SELECT COUNT(*) FROM documents"), DOCS);
    cli_close(&c);
}

TEST(cli_articles_cleaning_drops_boilerplate_and_says_why)
{
    cli c;
    if (cli_open(&c))
        return;
    char in[256], args[4096];
    path_in(&c, in, sizeof in, "scraped.txt");
    put_file(in, "Date: 2011-01-05\n\n"
                 "Pakistan criticized India.\n"
                 "China attacked Afghanistan. Photo: AFP/Getty Images\n"
                 "Share this article\n");
    snprintf(args, sizeof args, "code %s --input-format text --format tsv --explain-clean %s",
             c.dicts, in);
    cli_run(&c, args);
    if (!skipped_without_model(&c)) {
        CHECK_INT(c.status, 0);
        CHECK_INT(count_lines(c.out), 1); /* the caption's "attacked" is not an event */
        CHECK(strstr(c.out, "PAK\tIND\t111") != NULL);
        CHECK(strstr(c.err, "paragraph line 2: dropped (photo-credit): China attacked") != NULL);
        CHECK(strstr(c.err, "paragraph line 3: dropped (share-prompt)") != NULL);
        snprintf(args, sizeof args, "code %s --input-format text --format tsv --no-clean %s",
                 c.dicts, in);
        CHECK_INT(cli_run(&c, args), 0);
        CHECK_INT(count_lines(c.out), 2);
    }
    cli_close(&c);
}
