/*
 * writers.c - JSON Lines, PETRARCH evts TSV and table output (see writers.h).
 */
#include "writers.h"

#include <string.h>

int pl_format_parse(const char *name)
{
    if (!strcmp(name, "jsonl") || !strcmp(name, "json"))
        return FORMAT_JSONL;
    if (!strcmp(name, "tsv"))
        return FORMAT_TSV;
    if (!strcmp(name, "table"))
        return FORMAT_TABLE;
    return -1;
}

const char *pl_iso_date(const char *date, char buf[11])
{
    char d[9];
    int n = 0;
    for (const char *p = date ? date : ""; *p && n < 8; p++)
        if (*p >= '0' && *p <= '9')
            d[n++] = *p;
    if (n != 8)
        return date ? date : "";
    snprintf(buf, 11, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
    return buf;
}

void pl_write_json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '"':
            fputs("\\\"", f);
            break;
        case '\\':
            fputs("\\\\", f);
            break;
        case '\n':
            fputs("\\n", f);
            break;
        case '\r':
            fputs("\\r", f);
            break;
        case '\t':
            fputs("\\t", f);
            break;
        default:
            if (*p < 0x20)
                fprintf(f, "\\u%04x", *p);
            else
                fputc(*p, f);
        }
    }
    fputc('"', f);
}

static void json_key(FILE *f, const char *key, const char *value)
{
    fprintf(f, ",\"%s\":", key);
    pl_write_json_string(f, value);
}

static void json_span(FILE *f, const char *key, const petrel_span *sp)
{
    fprintf(f, ",\"%s\":{\"text\":", key);
    pl_write_json_string(f, sp->text);
    fprintf(f, ",\"tokens\":[%d,%d]", sp->start, sp->end);
    if (sp->byte_start >= 0)
        fprintf(f, ",\"bytes\":[%d,%d]", sp->byte_start, sp->byte_end);
    fputc('}', f);
}

static void json_place(FILE *f, const petrel_place *p)
{
    fputs(",\"place\":{\"name\":", f);
    pl_write_json_string(f, p->name);
    json_key(f, "kind", p->kind);
    json_key(f, "country", p->country);
    json_key(f, "adm1", p->adm1);
    fprintf(f, ",\"lat\":%.4f,\"lon\":%.4f", p->lat, p->lon);
    json_span(f, "span", &p->span);
    fputc('}', f);
}

static void json_quote(FILE *f, const petrel_quote *q)
{
    fputs(",\"quote\":{\"speaker\":", f);
    pl_write_json_string(f, q->speaker);
    json_span(f, "speaker_span", &q->speaker_span);
    json_span(f, "verb", &q->verb_span);
    json_span(f, "span", &q->span);
    fprintf(f, ",\"direct\":%s}", q->direct ? "true" : "false");
}

/* The CAMEO facts of the event's code. */
static void json_cameo(FILE *f, const char *code)
{
    petrel_cameo c;
    if (petrel_cameo_lookup(code, &c) != 0)
        return;
    json_key(f, "cameo_name", c.name);
    fprintf(f, ",\"root\":\"%02d\",\"quad_class\":%d,\"goldstein\":%.1f", c.root,
            c.quad_class, c.goldstein);
    if (*c.plover)
        json_key(f, "plover", c.plover);
}

/* What only whole documents have: their metadata and the event's date,
 * place and quote. */
static void json_document_fields(FILE *f, const pl_event_origin *o, const petrel_event *e)
{
    char date[11];
    if (o->doc_date)
        json_key(f, "document_date", pl_iso_date(o->doc_date, date));
    if (e->date_basis) {
        json_key(f, "date_basis", e->date_basis);
        if (e->date_span.start >= 0 || e->date_span.byte_start >= 0)
            json_span(f, "date_text", &e->date_span);
    }
    if (o->title && *o->title)
        json_key(f, "title", o->title);
    if (o->url && *o->url)
        json_key(f, "url", o->url);
    if (o->doc_source && *o->doc_source)
        json_key(f, "outlet", o->doc_source);
    if (e->place)
        json_place(f, e->place);
    if (e->quote)
        json_quote(f, e->quote);
}

/* A side resolved from an earlier sentence: where its actor was named. */
static void json_resolved_from(FILE *f, const char *key, const char *text, int sentence)
{
    if (!text || !text[0])
        return;
    fprintf(f, ",\"%s\":{\"text\":", key);
    pl_write_json_string(f, text);
    fprintf(f, ",\"sentence\":%d}", sentence);
}

static void write_jsonl(FILE *f, const pl_event_origin *o, const petrel_event *e)
{
    char date[11];
    fputs("{\"doc_id\":", f);
    pl_write_json_string(f, o->doc_id);
    json_key(f, "sentence_id", o->sentence_id);
    json_key(f, "date", pl_iso_date(o->date, date));
    json_key(f, "source", e->source);
    json_key(f, "target", e->target);
    json_key(f, "code", e->code);
    json_cameo(f, e->code);
    json_key(f, "source_text", e->source_span.text);
    json_key(f, "target_text", e->target_span.text);
    json_document_fields(f, o, e);
    fputs(",\"evidence\":{\"sentence\":", f);
    pl_write_json_string(f, o->text);
    json_span(f, "source", &e->source_span);
    json_span(f, "verb", &e->verb_span);
    json_span(f, "target", &e->target_span);
    json_resolved_from(f, "source_resolved_from", e->source_antecedent,
                       e->source_antecedent_sentence);
    json_resolved_from(f, "target_resolved_from", e->target_antecedent,
                       e->target_antecedent_sentence);
    json_key(f, "verb_block", e->verb_block);
    json_key(f, "pattern", e->pattern);
    fprintf(f, ",\"rule\":\"%s:%d\"", e->rule_file ? e->rule_file : "", e->rule_line);
    fprintf(f, ",\"passive\":%s,\"inverse\":%s,\"among\":%s}}\n", e->passive ? "true" : "false",
            e->inverse ? "true" : "false", e->among ? "true" : "false");
}

/* PETRARCH evts columns: DATE SRC TGT CAMEO ISSUES SENTENCE_ID STORY_SOURCE. */
static void write_tsv(FILE *f, const pl_event_origin *o, const petrel_event *e)
{
    fprintf(f, "%s\t%s\t%s\t%s\t\t%s\t%s\n", o->date, e->source, e->target, e->code,
            o->sentence_id, o->doc_source && *o->doc_source ? o->doc_source : "NULL");
}

static void write_table(FILE *f, const pl_event_origin *o, const petrel_event *e)
{
    char date[11];
    fprintf(f, "%-10s  %-10s %-5s %-10s  %-14s %s | %s | %s\n", pl_iso_date(o->date, date),
            e->source, e->code, e->target, o->sentence_id, e->source_span.text,
            e->verb_span.text, e->target_span.text);
}

void pl_write_header(FILE *f, pl_format fmt)
{
    if (fmt == FORMAT_TABLE)
        fprintf(f, "%-10s  %-10s %-5s %-10s  %-14s %s\n", "date", "source", "code", "target",
                "sentence", "evidence: source | verb | target");
}

void pl_write_event(FILE *f, pl_format fmt, const pl_event_origin *o, const petrel_event *e)
{
    switch (fmt) {
    case FORMAT_JSONL:
        write_jsonl(f, o, e);
        break;
    case FORMAT_TSV:
        write_tsv(f, o, e);
        break;
    case FORMAT_TABLE:
        write_table(f, o, e);
        break;
    }
}
