/*
 * store.c - the event dataset in SQLite (store.h).
 *
 * Every statement is prepared once, when the store opens. A mention's
 * event is found through the index on (source, target, code, day), where
 * day is the date as a day number, so "within one day" is a range scan.
 * Counts are not stored: the view event_counts derives them from the
 * mentions, so they can never disagree with them.
 *
 * Must not: code or enrich; it keeps what it is given.
 */
#include "store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../knowledge/knowledge.h"

static const char schema[] =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "PRAGMA foreign_keys=ON;"
    "CREATE TABLE IF NOT EXISTS documents("
    "  id TEXT PRIMARY KEY, date TEXT, source TEXT, url TEXT, title TEXT, file TEXT,"
    "  sentences INTEGER, events INTEGER);"
    "CREATE TABLE IF NOT EXISTS sentences("
    "  doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, text TEXT,"
    "  PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS actors("
    "  code TEXT PRIMARY KEY, country TEXT, roles TEXT) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS events("
    "  id INTEGER PRIMARY KEY, date TEXT NOT NULL, day INTEGER NOT NULL,"
    "  source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,"
    "  name TEXT, root INTEGER, quad_class INTEGER, goldstein REAL, plover TEXT);"
    "CREATE INDEX IF NOT EXISTS events_key ON events(source, target, code, day);"
    "CREATE TABLE IF NOT EXISTS mentions("
    "  id TEXT PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),"
    "  doc_id TEXT NOT NULL REFERENCES documents(id), sentence INTEGER NOT NULL,"
    "  date TEXT, date_basis TEXT, date_text TEXT, outlet TEXT,"
    "  source TEXT, target TEXT, code TEXT,"
    "  source_text TEXT, verb_text TEXT, target_text TEXT, sentence_text TEXT,"
    "  verb_block TEXT, pattern TEXT, rule TEXT,"
    "  place TEXT, place_kind TEXT, place_country TEXT, place_adm1 TEXT, lat REAL, lon REAL,"
    "  quote_speaker TEXT, quote_text TEXT, quote_direct INTEGER,"
    "  source_resolved_from TEXT, target_resolved_from TEXT);"
    "CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);"
    "CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);"
    "CREATE VIEW IF NOT EXISTS event_counts AS"
    "  SELECT e.id AS event_id, COUNT(*) AS num_mentions,"
    "         COUNT(DISTINCT NULLIF(m.outlet, '')) AS num_sources,"
    "         COUNT(DISTINCT m.doc_id) AS num_articles"
    "  FROM events e JOIN mentions m ON m.event_id = e.id GROUP BY e.id;";

enum {
    ST_HAS_DOC,
    ST_ADD_DOC,
    ST_ADD_SENTENCE,
    ST_HAS_MENTION,
    ST_FIND_EVENT,
    ST_ADD_EVENT,
    ST_ADD_MENTION,
    ST_ADD_ACTOR,
    ST_EACH_EVENT,
    ST_COUNT
};

static const char *const statements[ST_COUNT] = {
    [ST_HAS_DOC] = "SELECT 1 FROM documents WHERE id = ?1",
    [ST_ADD_DOC] = "INSERT OR IGNORE INTO documents VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [ST_ADD_SENTENCE] = "INSERT OR IGNORE INTO sentences VALUES (?1, ?2, ?3)",
    [ST_HAS_MENTION] = "SELECT 1 FROM mentions WHERE id = ?1",
    [ST_FIND_EVENT] = "SELECT id FROM events WHERE source = ?1 AND target = ?2 AND code = ?3"
                      " AND day BETWEEN ?4 - 1 AND ?4 + 1 ORDER BY abs(day - ?4), id LIMIT 1",
    [ST_ADD_EVENT] = "INSERT INTO events (date, day, source, target, code, name, root,"
                     " quad_class, goldstein, plover) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                     " ?9, ?10)",
    [ST_ADD_MENTION] = "INSERT INTO mentions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                       " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23,"
                       " ?24, ?25, ?26, ?27, ?28, ?29)",
    [ST_ADD_ACTOR] = "INSERT OR IGNORE INTO actors VALUES (?1, ?2, ?3)",
    [ST_EACH_EVENT] =
        "SELECT e.id, e.date, e.source, e.target, e.code, c.num_mentions, c.num_sources,"
        " c.num_articles, m.source_text, m.target_text, COALESCE(NULLIF(d.url, ''), d.id),"
        " d.date, (SELECT MIN(sentence) FROM mentions p WHERE p.event_id = e.id),"
        " p.place, p.place_kind, p.place_country, p.place_adm1, p.lat, p.lon"
        " FROM events e JOIN event_counts c ON c.event_id = e.id"
        " JOIN mentions m ON m.id = (SELECT id FROM mentions WHERE event_id = e.id"
        "   ORDER BY rowid LIMIT 1)"
        " JOIN documents d ON d.id = m.doc_id"
        " LEFT JOIN mentions p ON p.id = (SELECT id FROM mentions WHERE event_id = e.id"
        "   AND place != '' ORDER BY rowid LIMIT 1)"
        " ORDER BY e.id",
};

struct pl_store {
    sqlite3 *db;
    sqlite3_stmt *st[ST_COUNT];
    pl_diag *diag;
    char *path;
};

static int fail(pl_store *s, const char *what)
{
    pl_diag_report(s->diag, s->path, 0, "%s: %s", what, sqlite3_errmsg(s->db));
    return -1;
}

pl_store *pl_store_open(const char *path, pl_diag *d)
{
    pl_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        return NULL;
    }
    s->diag = d;
    int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc == SQLITE_OK)
        sqlite3_busy_timeout(s->db, 5000);
    if (rc != SQLITE_OK || sqlite3_exec(s->db, schema, NULL, NULL, NULL) != SQLITE_OK) {
        fail(s, "cannot open the database");
        pl_store_close(s);
        return NULL;
    }
    for (int i = 0; i < ST_COUNT; i++)
        if (sqlite3_prepare_v3(s->db, statements[i], -1, SQLITE_PREPARE_PERSISTENT, &s->st[i],
                               NULL) != SQLITE_OK) {
            fail(s, "not a petrel database (its tables differ)");
            pl_store_close(s);
            return NULL;
        }
    return s;
}

void pl_store_close(pl_store *s)
{
    if (!s)
        return;
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(s->st[i]);
    if (s->db && !sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

int pl_store_begin(pl_store *s)
{
    return sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK
               ? 0
               : fail(s, "cannot start a transaction");
}

int pl_store_commit(pl_store *s)
{
    return sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK ? 0
                                                                          : fail(s, "commit");
}

/* ---- statements ------------------------------------------------------------------ */

static sqlite3_stmt *stmt(pl_store *s, int which)
{
    sqlite3_stmt *st = s->st[which];
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return st;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    sqlite3_bind_text(st, i, v ? v : "", -1, SQLITE_STATIC);
}

/* Runs a statement that returns at most one row: 1 a row, 0 none, -1 error. */
static int step(pl_store *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    return fail(s, what);
}

int pl_store_has_document(pl_store *s, const char *id)
{
    sqlite3_stmt *st = stmt(s, ST_HAS_DOC);
    bind_text(st, 1, id);
    return step(s, st, "looking up a document") == 1;
}

int pl_store_add_document(pl_store *s, const pl_store_doc *doc)
{
    sqlite3_stmt *st = stmt(s, ST_ADD_DOC);
    const char *text[] = {doc->id, doc->date, doc->source, doc->url, doc->title, doc->file};
    for (int i = 0; i < 6; i++)
        bind_text(st, i + 1, text[i]);
    sqlite3_bind_int(st, 7, doc->sentences);
    sqlite3_bind_int(st, 8, doc->events);
    if (step(s, st, "adding a document") < 0)
        return -1;
    return sqlite3_changes(s->db) ? 0 : 1;
}

int pl_store_add_sentence(pl_store *s, const char *doc_id, int index, const char *text)
{
    sqlite3_stmt *st = stmt(s, ST_ADD_SENTENCE);
    bind_text(st, 1, doc_id);
    sqlite3_bind_int(st, 2, index);
    bind_text(st, 3, text);
    return step(s, st, "adding a sentence") < 0 ? -1 : 0;
}

/* ---- merging mentions into events ------------------------------------------------ */

/* Days since 1970-01-01 of "YYYY-MM-DD" (H. Hinnant's days_from_civil); -1
 * when it is not such a date. */
static long day_number(const char *date)
{
    int y, m, d;
    if (!date || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1)
        return -1;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The event the mention belongs to, created when there is none: its id, or -1. */
static long long event_of(pl_store *s, const pl_store_mention *m, long day)
{
    const petrel_event *e = m->e;
    sqlite3_stmt *st = stmt(s, ST_FIND_EVENT);
    bind_text(st, 1, e->source);
    bind_text(st, 2, e->target);
    bind_text(st, 3, e->code);
    sqlite3_bind_int64(st, 4, day);
    int found = step(s, st, "finding an event");
    if (found != 0)
        return found == 1 ? sqlite3_column_int64(st, 0) : -1;

    petrel_cameo info;
    int known = petrel_cameo_lookup(e->code, &info) == 0;
    st = stmt(s, ST_ADD_EVENT);
    bind_text(st, 1, m->date);
    sqlite3_bind_int64(st, 2, day);
    bind_text(st, 3, e->source);
    bind_text(st, 4, e->target);
    bind_text(st, 5, e->code);
    if (known) {
        bind_text(st, 6, info.name);
        sqlite3_bind_int(st, 7, info.root);
        sqlite3_bind_int(st, 8, info.quad_class);
        sqlite3_bind_double(st, 9, info.goldstein);
        bind_text(st, 10, info.plover);
    }
    if (step(s, st, "adding an event") < 0)
        return -1;
    return sqlite3_last_insert_rowid(s->db);
}

/* An actor code as country + roles: "PAKGOV" -> PAK, GOV; "IGOUNO" -> "", IGOUNO. */
static int add_actor(pl_store *s, const char *code)
{
    if (!code || !*code || !strcmp(code, "---"))
        return 0;
    int country = strlen(code) >= 3 && code[0] != '-' && !pl_actor_code_international(code);
    char cc[4] = "";
    if (country)
        memcpy(cc, code, 3);
    sqlite3_stmt *st = stmt(s, ST_ADD_ACTOR);
    bind_text(st, 1, code);
    bind_text(st, 2, cc);
    bind_text(st, 3, country ? code + 3 : code);
    return step(s, st, "adding an actor") < 0 ? -1 : 0;
}

static void bind_place(sqlite3_stmt *st, int at, const petrel_place *p)
{
    bind_text(st, at, p ? p->name : "");
    bind_text(st, at + 1, p ? p->kind : "");
    bind_text(st, at + 2, p ? p->country : "");
    bind_text(st, at + 3, p ? p->adm1 : "");
    if (p) {
        sqlite3_bind_double(st, at + 4, p->lat);
        sqlite3_bind_double(st, at + 5, p->lon);
    }
}

static void bind_quote(sqlite3_stmt *st, int at, const petrel_quote *q)
{
    bind_text(st, at, q ? q->speaker : "");
    bind_text(st, at + 1, q ? q->span.text : "");
    if (q)
        sqlite3_bind_int(st, at + 2, q->direct);
}

int pl_store_add_mention(pl_store *s, const pl_store_mention *m)
{
    char id[600], rule[600];
    snprintf(id, sizeof id, "%s:%d:%d", m->doc_id, m->sentence, m->ordinal);
    sqlite3_stmt *st = stmt(s, ST_HAS_MENTION);
    bind_text(st, 1, id);
    int has = step(s, st, "looking up a mention");
    if (has != 0)
        return has;
    long day = day_number(m->date);
    if (day < 0) {
        pl_diag_report(s->diag, s->path, 0, "mention %s: bad date '%s'", id, m->date);
        return -1;
    }
    long long event = event_of(s, m, day);
    if (event < 0)
        return -1;
    if (add_actor(s, m->e->source) < 0 || add_actor(s, m->e->target) < 0)
        return -1;
    const petrel_event *e = m->e;
    snprintf(rule, sizeof rule, "%s:%d", e->rule_file ? e->rule_file : "", e->rule_line);
    st = stmt(s, ST_ADD_MENTION);
    bind_text(st, 1, id);
    sqlite3_bind_int64(st, 2, event);
    bind_text(st, 3, m->doc_id);
    sqlite3_bind_int(st, 4, m->sentence);
    const char *text[] = {m->date,          e->date_basis,       e->date_span.text,
                          m->outlet,        e->source,           e->target,
                          e->code,          e->source_span.text, e->verb_span.text,
                          e->target_span.text, m->sentence_text, e->verb_block,
                          e->pattern,       rule};
    for (int i = 0; i < 14; i++)
        bind_text(st, 5 + i, text[i]);
    bind_place(st, 19, e->place);
    bind_quote(st, 25, e->quote);
    bind_text(st, 28, e->source_antecedent);
    bind_text(st, 29, e->target_antecedent);
    return step(s, st, "adding a mention") < 0 ? -1 : 0;
}

/* ---- reading events back --------------------------------------------------------- */

static const char *column_text(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? (const char *)t : "";
}

int pl_store_each_event(pl_store *s, int (*fn)(void *ud, const pl_store_event *e), void *ud)
{
    sqlite3_stmt *st = stmt(s, ST_EACH_EVENT);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        pl_store_event e = {
            .id = sqlite3_column_int64(st, 0),
            .date = column_text(st, 1),
            .source = column_text(st, 2),
            .target = column_text(st, 3),
            .code = column_text(st, 4),
            .mentions = sqlite3_column_int(st, 5),
            .sources = sqlite3_column_int(st, 6),
            .articles = sqlite3_column_int(st, 7),
            .source_text = column_text(st, 8),
            .target_text = column_text(st, 9),
            .url = column_text(st, 10),
            .added = column_text(st, 11),
            .first_sentence = sqlite3_column_int(st, 12),
            .place = column_text(st, 13),
            .place_kind = column_text(st, 14),
            .place_country = column_text(st, 15),
            .place_adm1 = column_text(st, 16),
            .lat = sqlite3_column_double(st, 17),
            .lon = sqlite3_column_double(st, 18),
        };
        if (fn(ud, &e) != 0)
            break;
    }
    sqlite3_reset(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : fail(s, "reading events");
}
