/*
 * test_documents.c - the document readers (src/read/document.h, html.h):
 * JSON Lines with a bad line among good ones, renamed fields and numeric
 * ids; plain text with a header; gzip-compressed input read the same as
 * plain; HTML metadata and body; publication dates in their usual forms.
 */
#include "test.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

#include "../src/read/document.h"
#include "../src/read/html.h"
#include "diags.h"

/* Writes data to a fresh temporary file (gzip-compressed when gz) whose
 * name goes into path (with the given suffix). */
static void write_temp(char *path, size_t size, const char *suffix, const char *data, int gz)
{
    static int serial;
    snprintf(path, size, "/tmp/petrel-test-%ld-%d%s", (long)getpid(), serial++, suffix);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    if (gz) {
        gzFile g = gzdopen(fd, "wb");
        gzwrite(g, data, (unsigned)strlen(data));
        gzclose(g);
    } else {
        CHECK_INT(write(fd, data, strlen(data)), (long long)strlen(data));
        close(fd);
    }
}

typedef struct read_all {
    char ids[8][64], dates[8][16], texts[8][128];
    int n;
} read_all;

static int read_docs(const char *path, pl_doc_format f, const pl_jsonl_fields *fields,
                     read_all *out, diags *dg)
{
    pl_diag d = {diags_collect, dg, 0, 0};
    pl_doc_reader *r = pl_doc_reader_open(path, f, fields, &d);
    if (!r)
        return -1;
    pl_doc doc;
    int rc;
    while ((rc = pl_doc_reader_next(r, &doc)) == 1 && out->n < 8) {
        snprintf(out->ids[out->n], 64, "%s", doc.id);
        snprintf(out->dates[out->n], 16, "%s", doc.date);
        snprintf(out->texts[out->n], 128, "%s", doc.text);
        out->n++;
    }
    pl_doc_reader_close(r);
    return rc;
}

TEST(jsonl_reader_keeps_good_lines_around_a_bad_one)
{
    char path[64];
    write_temp(path, sizeof path, ".jsonl",
               "{\"id\": \"a1\", \"date\": \"2019-05-01T08:00:00Z\", \"text\": \"First.\"}\n"
               "{\"id\": \"a2\", \"text\": \n"
               "\n"
               "{\"id\": 77, \"date\": \"20200102\", \"text\": \"Third.\", \"source\": \"Dawn\"}\n"
               "{\"id\": \"a4\", \"body\": \"no text field\"}\n"
               "{\"text\": \"Fifth.\"}",
               0);
    diags dg = {0};
    read_all got = {0};
    CHECK_INT(read_docs(path, PL_DOC_JSONL, NULL, &got, &dg), 0);
    CHECK_INT(got.n, 3);
    CHECK_STR(got.ids[0], "a1");
    CHECK_STR(got.dates[0], "2019-05-01");
    CHECK_STR(got.ids[1], "77");
    CHECK_STR(got.dates[1], "2020-01-02");
    CHECK_STR(got.texts[1], "Third.");
    CHECK(strstr(got.ids[2], "-6") != NULL); /* no id: file name and line */
    CHECK_INT(dg.n, 2);
    char where[96];
    snprintf(where, sizeof where, "%s:2: not JSON", path);
    CHECK(diags_has(&dg, where));
    snprintf(where, sizeof where, "%s:5: no \"text\" string", path);
    CHECK(diags_has(&dg, where));
    unlink(path);
}

TEST(jsonl_reader_takes_renamed_fields_and_gzip)
{
    char path[64];
    write_temp(path, sizeof path, ".jsonl.gz",
               "{\"doc\": \"x\", \"published\": \"May 3, 2021\", \"body\": \"Hello.\"}\n", 1);
    pl_jsonl_fields fields = {.id = "doc", .date = "published", .text = "body"};
    diags dg = {0};
    read_all got = {0};
    CHECK_INT(read_docs(path, PL_DOC_JSONL, &fields, &got, &dg), 0);
    CHECK_INT(got.n, 1);
    CHECK_STR(got.ids[0], "x");
    CHECK_STR(got.dates[0], "2021-05-03");
    CHECK_STR(got.texts[0], "Hello.");
    CHECK_INT(dg.n, 0);
    unlink(path);
}

TEST(text_reader_reads_header_and_body_plain_or_gzip)
{
    const char *article = "Title: Talks\nDate: 2019-02-25\nSource: Dawn\n\nThe talks began.\n";
    for (int gz = 0; gz <= 1; gz++) {
        char path[64];
        write_temp(path, sizeof path, gz ? ".txt.gz" : ".txt", article, gz);
        diags dg = {0};
        read_all got = {0};
        CHECK_INT(read_docs(path, PL_DOC_TEXT, NULL, &got, &dg), 0);
        CHECK_INT(got.n, 1);
        CHECK_STR(got.dates[0], "2019-02-25");
        CHECK_STR(got.texts[0], "The talks began.\n");
        CHECK(strncmp(got.ids[0], "petrel-test-", 12) == 0 && !strchr(got.ids[0], '.'));
        unlink(path);
    }
}

TEST(document_reader_reports_a_missing_file)
{
    diags dg = {0};
    pl_diag d = {diags_collect, &dg, 0, 0};
    CHECK(pl_doc_reader_open("/nonexistent/petrel.jsonl", PL_DOC_JSONL, NULL, &d) == NULL);
    CHECK(diags_has(&dg, "/nonexistent/petrel.jsonl: cannot open"));
}

TEST(html_reader_takes_metadata_and_article_body)
{
    const char *page =
        "<html><head><title>Site | Fallback title</title>"
        "<meta property=\"og:title\" content=\"Pakistan closes Torkham\">"
        "<meta property=\"og:site_name\" content=\"Dawn\">"
        "<meta property=\"article:published_time\" content=\"2025-10-12T09:30:00+05:00\">"
        "<link rel=\"canonical\" href=\"https://example.org/a\">"
        "<script>var x = \"<p>not text</p>\";</script></head><body>"
        "<nav><p>Home | World</p></nav>"
        "<article><h1>Pakistan closes Torkham</h1>"
        "<p>Pakistan closed the <b>Torkham</b> crossing on Sunday.</p>"
        "<figure><img src=x><figcaption>Trucks wait. Photo: AFP</figcaption></figure>"
        "<p>Traders   protested.<br>Talks failed.</p></article>"
        "<footer><p>Copyright 2025</p></footer></body></html>";
    pl_html_page pg;
    CHECK_INT(pl_html_read(page, strlen(page), &pg), 0);
    CHECK_STR(pg.title, "Pakistan closes Torkham");
    CHECK_STR(pg.source, "Dawn");
    CHECK_STR(pg.url, "https://example.org/a");
    CHECK_STR(pg.date, "2025-10-12T09:30:00+05:00");
    CHECK_STR(pg.body, "Pakistan closes Torkham\n\nPakistan closed the Torkham crossing on Sunday."
                       "\n\nTraders protested.\n\nTalks failed.");
    CHECK_INT(pg.body_len, strlen(pg.body));
    pl_html_page_free(&pg);
}

TEST(html_reader_without_article_takes_the_paragraph_holder)
{
    const char *page = "<div class=menu><a>Home</a> <a>Sport</a></div>"
                       "<div id=story><p>One paragraph of the story.</p><p>Another one.</p></div>"
                       "<div><p>Short.</p></div><time datetime=\"2020-03-04\">March 4</time>";
    pl_html_page pg;
    CHECK_INT(pl_html_read(page, strlen(page), &pg), 0);
    CHECK_STR(pg.body, "One paragraph of the story.\n\nAnother one.");
    CHECK_STR(pg.date, "2020-03-04");
    CHECK_STR(pg.title, "");
    pl_html_page_free(&pg);
}

TEST(publication_dates_in_their_usual_forms)
{
    static const char *const ok[][2] = {
        {"2019-05-01", "2019-05-01"},       {"2019-05-01T10:00:00Z", "2019-05-01"},
        {"20190501", "2019-05-01"},         {"2019/05/01", "2019-05-01"},
        {"May 1, 2019", "2019-05-01"},      {"1 May 2019", "2019-05-01"},
        {"Sept. 3, 2020", "2020-09-03"},    {"Wed, 01 May 2019 10:00:00 GMT", "2019-05-01"},
        {"  2024-02-29", "2024-02-29"},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        char out[11] = "";
        CHECK_INT(pl_doc_date(ok[i][0], strlen(ok[i][0]), out), 0);
        CHECK_STR(out, ok[i][1]);
    }
    static const char *const bad[] = {"2019-13-01", "2023-02-29", "01/05/2019", "yesterday",
                                      "2019-05", "May 2019", "201905011", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char out[11];
        CHECK_INT(pl_doc_date(bad[i], strlen(bad[i]), out), -1);
    }
}
