/*
 * petrarch_xml.c - streams PETRARCH batch and validation XML through
 * libxml2's xmlTextReader and hands each <Sentence> to a callback as soon as
 * its end tag is read.
 *
 * One pass, one node at a time: a small state machine notices the elements
 * it cares about (Sentence, Text, Parse, EventCoding, Config, Environment and
 * its file names, Stop) and collects their text. A record's strings live in
 * an arena that is reset for every record, so memory does not grow with the
 * file. Bad records are reported and skipped; broken XML ends the read.
 *
 * Must not: load DTDs, substitute entities or touch the network (only
 * XML_PARSE_NONET | XML_PARSE_BIG_LINES are set), print anything itself,
 * keep a record's strings after its callback, or interpret parses.
 */
#include "petrarch_xml.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "../util/arena.h"

/* A growable string in an arena: the old copy is abandoned on growth, which
 * at most doubles the bytes used and is reclaimed with the arena. */
typedef struct strbuf {
    char *p;
    size_t n, cap;
} strbuf;

static void sb_add(strbuf *b, pl_arena *a, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = pl_arena_alloc(a, cap);
        if (b->n)
            memcpy(p, b->p, b->n);
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static const char *sb_str(const strbuf *b)
{
    return b->n ? b->p : "";
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Whitespace runs become one blank; leading and trailing ones go. In place. */
static char *collapse_ws(char *s)
{
    char *w = s;
    int pending = 0;
    for (const char *r = s; *r; r++) {
        if (is_ws(*r)) {
            pending = w != s;
            continue;
        }
        if (pending)
            *w++ = ' ';
        pending = 0;
        *w++ = *r;
    }
    *w = '\0';
    return s;
}

static int ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x != y)
            return 0;
    }
    return *a == *b;
}

/* Which element's text is being collected. */
typedef enum field {
    F_NONE, F_TEXT, F_PARSE,
    F_VERB, F_ACTOR, F_AGENT, F_DISCARD, F_ISSUE, F_INCLUDE
} field;

typedef struct reader {
    xmlTextReaderPtr r;
    const char *name;
    const pl_xml_handler *h;
    pl_diag *d;
    int stop, broken;

    pl_arena rec_arena, env_arena;

    /* current <Sentence> */
    int in_rec, rec_depth;
    pl_xml_record rec;
    strbuf text, parse;
    int has_parse;
    pl_expected_event *ev;
    int nev, cap_ev;

    /* current <Environment> */
    int in_env, env_depth;
    pl_xml_env env;
    const char **actors;
    int nactors, cap_actors;

    /* text collection */
    field collecting;
    int collect_depth;
    strbuf field_text;
} reader;

static const char *xs(const xmlChar *s)
{
    return (const char *)s;
}

static long node_line(reader *rd)
{
    xmlNodePtr n = xmlTextReaderCurrentNode(rd->r);
    long line = n ? xmlGetLineNo(n) : -1;
    return line > 0 ? line : xmlTextReaderGetParserLineNumber(rd->r);
}

/* libxml2 reports through here instead of stderr. Warnings are not our
 * business; errors are, and a fatal one ends the read. */
static void on_xml_error(void *ud, xmlErrorPtr e)
{
    reader *rd = ud;
    if (!e || e->level < XML_ERR_ERROR)
        return;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "XML error");
    size_t n = strlen(msg);
    while (n && is_ws(msg[n - 1]))
        msg[--n] = '\0';
    pl_diag_report(rd->d, rd->name, e->line, "XML: %s", msg);
    if (e->level == XML_ERR_FATAL)
        rd->broken = 1;
}

/* ---- <Config>, <Stop> ------------------------------------------------- */

static void read_config(reader *rd)
{
    long line = node_line(rd);
    const char *opt = NULL, *val = NULL;
    /* The values must outlive the attribute walk (libxml2 may reuse its
     * buffer); the record arena is reset soon enough to keep memory flat. */
    pl_arena *a = &rd->rec_arena;
    while (xmlTextReaderMoveToNextAttribute(rd->r) == 1) {
        const char *name = xs(xmlTextReaderConstName(rd->r));
        const char *v = xs(xmlTextReaderConstValue(rd->r));
        if (strcmp(name, "option") == 0)
            opt = pl_arena_strdup(a, v ? v : "");
        else if (strcmp(name, "value") == 0)
            val = pl_arena_strdup(a, v ? v : "");
    }
    xmlTextReaderMoveToElement(rd->r);
    if (!opt) {
        pl_diag_report(rd->d, rd->name, line, "<Config> without option");
        return;
    }
    if (rd->h->on_config && rd->h->on_config(rd->h->ud, opt, val ? val : "", line))
        rd->stop = 1;
}

/* ---- <Environment> ---------------------------------------------------- */

static void env_begin(reader *rd, int depth)
{
    pl_arena_reset(&rd->env_arena);
    memset(&rd->env, 0, sizeof rd->env);
    rd->actors = NULL;
    rd->nactors = rd->cap_actors = 0;
    rd->in_env = 1;
    rd->env_depth = depth;
}

static void add_actorfile(reader *rd, const char *s, size_t n)
{
    if (rd->nactors + 2 > rd->cap_actors) {
        int cap = rd->cap_actors ? rd->cap_actors * 2 : 4;
        const char **p = pl_arena_alloc(&rd->env_arena, (size_t)cap * sizeof *p);
        if (rd->nactors)
            memcpy(p, rd->actors, (size_t)rd->nactors * sizeof *p);
        rd->actors = p;
        rd->cap_actors = cap;
    }
    rd->actors[rd->nactors++] = pl_arena_strndup(&rd->env_arena, s, n);
    rd->actors[rd->nactors] = NULL;
}

/* <Actorfile>a.txt, b.txt</Actorfile>: a comma-separated list. */
static void add_actorfiles(reader *rd, const char *list)
{
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        size_t b = 0;
        while (b < n && is_ws(p[b]))
            b++;
        while (n > b && is_ws(p[n - 1]))
            n--;
        if (n > b)
            add_actorfile(rd, p + b, n - b);
        p = e ? e + 1 : p + strlen(p);
    }
}

static void env_end(reader *rd)
{
    rd->in_env = 0;
    rd->env.actorfiles = rd->actors;
    if (!rd->env.actorfiles) {
        static const char *const none[] = {NULL};
        rd->env.actorfiles = none;
    }
    if (rd->h->on_environment && rd->h->on_environment(rd->h->ud, &rd->env))
        rd->stop = 1;
}

static field env_field(const char *name)
{
    static const struct { const char *name; field f; } map[] = {
        {"Verbfile", F_VERB}, {"Actorfile", F_ACTOR}, {"Agentfile", F_AGENT},
        {"Discardfile", F_DISCARD}, {"Issuefile", F_ISSUE}, {"Include", F_INCLUDE},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(name, map[i].name) == 0)
            return map[i].f;
    return F_NONE;
}

static void env_store(reader *rd, field f, char *s)
{
    const char *v = pl_arena_strdup(&rd->env_arena, collapse_ws(s));
    switch (f) {
    case F_VERB: rd->env.verbfile = v; break;
    case F_ACTOR: add_actorfiles(rd, v); break;
    case F_AGENT: rd->env.agentfile = v; break;
    case F_DISCARD: rd->env.discardfile = v; break;
    case F_ISSUE: rd->env.issuefile = v; break;
    case F_INCLUDE: rd->env.include = v; break;
    default: break;
    }
}

/* ---- <Sentence> ------------------------------------------------------- */

static const char *attr_copy(reader *rd)
{
    const char *v = xs(xmlTextReaderConstValue(rd->r));
    return pl_arena_strdup(&rd->rec_arena, v ? v : "");
}

static void rec_begin(reader *rd, int depth)
{
    pl_arena_reset(&rd->rec_arena);
    memset(&rd->rec, 0, sizeof rd->rec);
    memset(&rd->text, 0, sizeof rd->text);
    memset(&rd->parse, 0, sizeof rd->parse);
    rd->has_parse = 0;
    rd->ev = NULL;
    rd->nev = rd->cap_ev = 0;
    rd->in_rec = 1;
    rd->rec_depth = depth;
    rd->rec.line = node_line(rd);
    rd->rec.date = rd->rec.category = rd->rec.source = "";
    while (xmlTextReaderMoveToNextAttribute(rd->r) == 1) {
        const char *name = xs(xmlTextReaderConstName(rd->r));
        if (strcmp(name, "id") == 0)
            rd->rec.id = attr_copy(rd);
        else if (strcmp(name, "date") == 0)
            rd->rec.date = attr_copy(rd);
        else if (strcmp(name, "category") == 0)
            rd->rec.category = attr_copy(rd);
        else if (strcmp(name, "source") == 0)
            rd->rec.source = attr_copy(rd);
        else if (strcmp(name, "sentence") == 0)
            rd->rec.is_sentence = ieq(attr_copy(rd), "true");
    }
    xmlTextReaderMoveToElement(rd->r);
}

static void add_event(reader *rd, pl_expected_event e)
{
    if (rd->nev == rd->cap_ev) {
        int cap = rd->cap_ev ? rd->cap_ev * 2 : 4;
        pl_expected_event *p = pl_arena_alloc(&rd->rec_arena, (size_t)cap * sizeof *p);
        if (rd->nev)
            memcpy(p, rd->ev, (size_t)rd->nev * sizeof *p);
        rd->ev = p;
        rd->cap_ev = cap;
    }
    rd->ev[rd->nev++] = e;
}

/* <EventCoding sourcecode targetcode eventcode> is one expected event;
 * noevents="True" and error="..." are expectations of no events. */
static void read_event_coding(reader *rd)
{
    pl_expected_event e = {NULL, NULL, NULL};
    rd->rec.has_expectations = 1;
    while (xmlTextReaderMoveToNextAttribute(rd->r) == 1) {
        const char *name = xs(xmlTextReaderConstName(rd->r));
        if (strcmp(name, "sourcecode") == 0)
            e.source = attr_copy(rd);
        else if (strcmp(name, "targetcode") == 0)
            e.target = attr_copy(rd);
        else if (strcmp(name, "eventcode") == 0)
            e.code = attr_copy(rd);
        else if (strcmp(name, "noevents") == 0)
            rd->rec.noevents |= ieq(attr_copy(rd), "true");
        else if (strcmp(name, "error") == 0)
            rd->rec.error = attr_copy(rd);
    }
    xmlTextReaderMoveToElement(rd->r);
    if (e.source || e.target || e.code) {
        if (!e.source)
            e.source = "";
        if (!e.target)
            e.target = "";
        if (!e.code)
            e.code = "";
        add_event(rd, e);
    }
}

static void rec_end(reader *rd)
{
    rd->in_rec = 0;
    if (!rd->rec.id) {
        pl_diag_report(rd->d, rd->name, rd->rec.line, "<Sentence> without id");
    } else {
        rd->rec.text = rd->text.n ? collapse_ws(rd->text.p) : "";
        if (rd->has_parse)
            rd->rec.parse = sb_str(&rd->parse);
        rd->rec.expected = rd->ev;
        rd->rec.nexpected = rd->nev;
        if (rd->h->on_record && rd->h->on_record(rd->h->ud, &rd->rec))
            rd->stop = 1;
    }
    pl_arena_reset(&rd->rec_arena);
}

/* ---- text collection -------------------------------------------------- */

static void collect_begin(reader *rd, field f, int depth)
{
    rd->collecting = f;
    rd->collect_depth = depth;
    if (f == F_TEXT) {
        /* A second <Text> continues the first, separated by a blank. */
        if (rd->text.n)
            sb_add(&rd->text, &rd->rec_arena, " ", 1);
    } else if (f == F_PARSE) {
        rd->has_parse = 1;
        rd->rec.parse_line = node_line(rd);
    } else {
        memset(&rd->field_text, 0, sizeof rd->field_text);
    }
}

static void collect_text(reader *rd, const char *s)
{
    size_t n = strlen(s);
    switch (rd->collecting) {
    case F_TEXT: sb_add(&rd->text, &rd->rec_arena, s, n); break;
    case F_PARSE: sb_add(&rd->parse, &rd->rec_arena, s, n); break;
    case F_NONE: break;
    default: sb_add(&rd->field_text, &rd->env_arena, s, n); break;
    }
}

static void collect_end(reader *rd)
{
    field f = rd->collecting;
    rd->collecting = F_NONE;
    if (f != F_TEXT && f != F_PARSE && rd->field_text.n)
        env_store(rd, f, rd->field_text.p);
}

/* An element that is written <X/> gets no end event: finish it at once. */
static void start_collect(reader *rd, field f, int depth, int empty)
{
    collect_begin(rd, f, depth);
    if (empty)
        collect_end(rd);
}

/* ---- the node loop ---------------------------------------------------- */

static void on_start(reader *rd)
{
    const char *name = xs(xmlTextReaderConstName(rd->r));
    int depth = xmlTextReaderDepth(rd->r);
    int empty = xmlTextReaderIsEmptyElement(rd->r) == 1;
    if (strcmp(name, "Config") == 0) {
        read_config(rd);
    } else if (strcmp(name, "Stop") == 0) {
        rd->stop = 1;
    } else if (strcmp(name, "Sentence") == 0) {
        if (rd->in_rec) {
            pl_diag_report(rd->d, rd->name, node_line(rd), "<Sentence> inside <Sentence> ignored");
            return;
        }
        rec_begin(rd, depth);
        if (empty)
            rec_end(rd);
    } else if (rd->collecting != F_NONE) {
        return; /* markup inside a collected element: only its text counts */
    } else if (rd->in_rec) {
        if (strcmp(name, "Text") == 0)
            start_collect(rd, F_TEXT, depth, empty);
        else if (strcmp(name, "Parse") == 0)
            start_collect(rd, F_PARSE, depth, empty);
        else if (strcmp(name, "EventCoding") == 0)
            read_event_coding(rd);
    } else if (strcmp(name, "Environment") == 0) {
        env_begin(rd, depth);
        if (empty)
            env_end(rd);
    } else if (rd->in_env) {
        field f = env_field(name);
        if (f != F_NONE)
            start_collect(rd, f, depth, empty);
    }
}

static void on_end(reader *rd)
{
    int depth = xmlTextReaderDepth(rd->r);
    if (rd->collecting != F_NONE && depth == rd->collect_depth) {
        collect_end(rd);
        return;
    }
    const char *name = xs(xmlTextReaderConstName(rd->r));
    if (rd->in_rec && depth == rd->rec_depth && strcmp(name, "Sentence") == 0)
        rec_end(rd);
    else if (rd->in_env && depth == rd->env_depth && strcmp(name, "Environment") == 0)
        env_end(rd);
}

static int read_all(reader *rd)
{
    int ret;
    while (!rd->stop && (ret = xmlTextReaderRead(rd->r)) == 1) {
        switch (xmlTextReaderNodeType(rd->r)) {
        case XML_READER_TYPE_ELEMENT:
            on_start(rd);
            break;
        case XML_READER_TYPE_END_ELEMENT:
            on_end(rd);
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            if (rd->collecting != F_NONE) {
                const char *v = xs(xmlTextReaderConstValue(rd->r));
                if (v)
                    collect_text(rd, v);
            }
            break;
        default:
            break; /* comments, processing instructions, entity references */
        }
    }
    if (rd->stop)
        return 0;
    if (ret < 0 || rd->broken) {
        if (!rd->broken)
            pl_diag_report(rd->d, rd->name, xmlTextReaderGetParserLineNumber(rd->r),
                           "XML: cannot read further");
        return -1;
    }
    return 0;
}

static int run(xmlTextReaderPtr r, const char *name, const pl_xml_handler *h, pl_diag *d)
{
    static const pl_xml_handler no_handler = {NULL, NULL, NULL, NULL};
    reader rd;
    memset(&rd, 0, sizeof rd);
    rd.r = r;
    rd.name = name;
    rd.h = h ? h : &no_handler;
    rd.d = d;
    pl_arena_init(&rd.rec_arena, 16 * 1024);
    pl_arena_init(&rd.env_arena, 4 * 1024);
    xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, &rd);
    int ret = read_all(&rd);
    xmlFreeTextReader(r);
    pl_arena_free(&rd.rec_arena);
    pl_arena_free(&rd.env_arena);
    return ret;
}

/* Only what is safe for untrusted input: no network, no DTD loading, no
 * entity substitution. BIG_LINES keeps line numbers right past 65535. */
static const int xml_options = XML_PARSE_NONET | XML_PARSE_BIG_LINES;

int pl_petrarch_xml_read_file(const char *path, const pl_xml_handler *h, pl_diag *d)
{
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    errno = 0;
    xmlTextReaderPtr r = is_stdin ? xmlReaderForFd(0, NULL, NULL, xml_options)
                                  : xmlReaderForFile(path, NULL, xml_options);
    if (!r) {
        pl_diag_report(d, name, 0, "cannot open: %s", errno ? strerror(errno) : "unreadable");
        return -1;
    }
    return run(r, name, h, d);
}

int pl_petrarch_xml_read_mem(const char *name, const char *buf, size_t len,
                             const pl_xml_handler *h, pl_diag *d)
{
    if (len > (size_t)INT32_MAX) {
        pl_diag_report(d, name, 0, "input too large for one buffer");
        return -1;
    }
    xmlTextReaderPtr r = xmlReaderForMemory(buf, (int)len, NULL, NULL, xml_options);
    if (!r) {
        pl_diag_report(d, name, 0, "cannot read");
        return -1;
    }
    return run(r, name, h, d);
}
