/*
 * conllu.c - CoNLL-U reader (see conllu.h).
 *
 * Lines of one sentence are parsed into rows (columns checked and copied
 * into the caller's arena) as they are read; at the blank line that ends the
 * sentence the rows are checked as a whole (multiword ranges, heads, one
 * root, no cycle) and turned into a pl_sentence. The first problem found in
 * a sentence is reported and the rest of that sentence is skipped.
 *
 * Must not: print, exit, allocate per sentence outside the caller's arena,
 * or interpret FEATS, DEPS or MISC beyond SpaceAfter=No.
 */
#include "conllu.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum row_kind {
    ROW_WORD,
    ROW_MWT
};

enum {
    COL_ID,
    COL_FORM,
    COL_LEMMA,
    COL_UPOS,
    COL_XPOS,
    COL_FEATS,
    COL_HEAD,
    COL_DEPREL,
    COL_DEPS,
    COL_MISC,
    NCOLS
};

static const char *const column_names[NCOLS] = {"ID",    "FORM", "LEMMA",  "UPOS", "XPOS",
                                                "FEATS", "HEAD", "DEPREL", "DEPS", "MISC"};

struct pl_conllu_row {
    enum row_kind kind;
    int first, last; /* word: its ID twice; MWT: the range */
    const char *form, *lemma, *upos, *xpos, *deprel;
    int head;           /* 1-based HEAD column, 0 for the root */
    int no_space_after; /* MISC has SpaceAfter=No */
    long line;
};

/* What one call of pl_conllu_next has gathered so far. */
typedef struct sentence_state {
    int nwords;  /* word rows so far */
    int mwt_end; /* last word ID of the latest multiword token, 0 if none */
    int bad;     /* a problem was reported: skip the sentence */
} sentence_state;

void pl_conllu_open_file(pl_conllu_reader *r, FILE *f, const char *name, pl_diag *d)
{
    memset(r, 0, sizeof *r);
    r->file = f;
    r->name = name;
    r->diag = d;
}

void pl_conllu_open_buffer(pl_conllu_reader *r, const char *buf, size_t len, const char *name,
                           pl_diag *d)
{
    memset(r, 0, sizeof *r);
    r->buf = buf;
    r->len = len;
    r->name = name;
    r->diag = d;
}

size_t pl_conllu_append_raw(pl_bytes_out *raw, const pl_sentence *s, const pl_conllu_meta *meta)
{
    const char *text = *meta->text ? meta->text : s->text;
    if (raw->len > 0) {
        int new_paragraph = meta->newpar || meta->newdoc;
        pl_out_raw(raw, new_paragraph ? "\n\n" : " ", new_paragraph ? 2 : 1);
    }
    size_t start = raw->len;
    pl_out_raw(raw, text, strlen(text));
    return start;
}

void pl_conllu_close(pl_conllu_reader *r)
{
    free(r->text);
    free(r->rows);
    r->text = NULL;
    r->rows = NULL;
    r->text_cap = 0;
    r->rows_cap = r->nrows = 0;
}

/* ---- lines ------------------------------------------------------------------------ */

static void *grow(void *p, size_t size)
{
    void *q = realloc(p, size);
    if (!q) {
        fputs("petrel: out of memory\n", stderr);
        abort();
    }
    return q;
}

static void strip_line_end(char *s, size_t *n)
{
    while (*n > 0 && (s[*n - 1] == '\n' || s[*n - 1] == '\r'))
        s[--*n] = '\0';
}

static int read_line_from_buffer(pl_conllu_reader *r, size_t *n)
{
    if (r->pos >= r->len)
        return 0;
    const char *start = r->buf + r->pos;
    const char *nl = memchr(start, '\n', r->len - r->pos);
    *n = nl ? (size_t)(nl - start) : r->len - r->pos;
    r->pos += *n + (nl != NULL);
    if (*n + 1 > r->text_cap) {
        r->text_cap = *n + 1;
        r->text = grow(r->text, r->text_cap);
    }
    memcpy(r->text, start, *n);
    r->text[*n] = '\0';
    return 1;
}

/* The next line into r->text without its line end; 0 at the end of input.
 * A NUL byte inside a line ends it there (CoNLL-U text has none). */
static int read_line(pl_conllu_reader *r)
{
    size_t n;
    if (r->file) {
        ssize_t got = getline(&r->text, &r->text_cap, r->file);
        if (got < 0)
            return 0;
        n = strlen(r->text);
    } else if (!read_line_from_buffer(r, &n)) {
        return 0;
    }
    strip_line_end(r->text, &n);
    r->line++;
    return 1;
}

/* ---- comments --------------------------------------------------------------------- */

static const char *skip_blanks(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* For "# key = value" lines: the value (trailing blanks cut) when the key is
 * `key`, else NULL. "# key" alone gives "". */
static const char *comment_value(const char *line, const char *key, pl_arena *a)
{
    const char *p = skip_blanks(line + 1);
    size_t klen = strlen(key);
    if (strncmp(p, key, klen) != 0)
        return NULL;
    p = skip_blanks(p + klen);
    if (*p == '\0')
        return "";
    if (*p != '=')
        return NULL;
    p = skip_blanks(p + 1);
    size_t n = strlen(p);
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    return pl_arena_strndup(a, p, n);
}

/* Is the comment "# key", "# key = ..." or "# key id = ..."? */
static int comment_is(const char *line, const char *key)
{
    const char *p = skip_blanks(line + 1);
    size_t klen = strlen(key);
    return strncmp(p, key, klen) == 0 && strchr(" \t=", p[klen]);
}

static void read_comment(const char *line, pl_arena *a, pl_conllu_meta *meta)
{
    const char *v;
    if ((v = comment_value(line, "sent_id", a)))
        meta->sent_id = v;
    else if ((v = comment_value(line, "text", a)))
        meta->text = v;
    else if (comment_is(line, "newdoc"))
        meta->newdoc = 1;
    else if (comment_is(line, "newpar"))
        meta->newpar = 1;
}

/* ---- rows ------------------------------------------------------------------------- */

static void problem(pl_conllu_reader *r, sentence_state *st, long line, const char *msg,
                    const char *arg)
{
    if (st->bad)
        return;
    st->bad = 1;
    pl_diag_report(r->diag, r->name, line, "%s%s%s (sentence skipped)", msg, arg ? arg : "",
                   arg ? "'" : "");
}

/* Splits the line at tabs into exactly NCOLS columns; the count found otherwise. */
static int split_columns(char *line, char *col[NCOLS])
{
    int n = 0;
    for (char *p = line;; n++) {
        char *tab = strchr(p, '\t');
        if (n < NCOLS)
            col[n] = p;
        if (!tab)
            return n + 1;
        *tab = '\0';
        p = tab + 1;
    }
}

/* A positive decimal number that fits an int; -1 otherwise. Stops at `end`. */
static int parse_id(const char *s, const char **end)
{
    long v = 0;
    const char *p = s;
    while (*p >= '0' && *p <= '9' && v <= INT_MAX / 10)
        v = v * 10 + (*p++ - '0');
    *end = p;
    return p == s || v > INT_MAX - 1 ? -1 : (int)v;
}

static const char *field(pl_arena *a, const char *s)
{
    return strcmp(s, "_") == 0 ? "" : pl_arena_strdup(a, s);
}

static int misc_has_no_space(const char *misc)
{
    for (const char *p = misc; *p;) {
        size_t n = strcspn(p, "|");
        if (n == 13 && strncmp(p, "SpaceAfter=No", 13) == 0)
            return 1;
        p += n + (p[n] == '|');
    }
    return 0;
}

static pl_conllu_row *new_row(pl_conllu_reader *r)
{
    if (r->nrows == r->rows_cap) {
        r->rows_cap = r->rows_cap ? 2 * r->rows_cap : 64;
        r->rows = grow(r->rows, (size_t)r->rows_cap * sizeof *r->rows);
    }
    pl_conllu_row *row = &r->rows[r->nrows++];
    memset(row, 0, sizeof *row);
    row->line = r->line;
    return row;
}

/* Checks a tag fits its pl_token field. */
static int fits(pl_conllu_reader *r, sentence_state *st, char **col, int c, size_t size)
{
    if (strlen(col[c]) < size)
        return 1;
    char msg[64];
    snprintf(msg, sizeof msg, "%s longer than %zu bytes: '", column_names[c], size - 1);
    problem(r, st, r->line, msg, col[c]);
    return 0;
}

static void add_word(pl_conllu_reader *r, sentence_state *st, char **col, int id, pl_arena *a)
{
    const char *end;
    if (id != st->nwords + 1) {
        char msg[64];
        snprintf(msg, sizeof msg, "word ID %d out of order, expected %d: '", id, st->nwords + 1);
        problem(r, st, r->line, msg, col[COL_ID]);
        return;
    }
    int head = parse_id(col[COL_HEAD], &end);
    if (head < 0 || *end) {
        problem(r, st, r->line, "HEAD is not a number: '", col[COL_HEAD]);
        return;
    }
    if (!fits(r, st, col, COL_UPOS, sizeof((pl_token *)0)->upos) ||
        !fits(r, st, col, COL_XPOS, sizeof((pl_token *)0)->xpos) ||
        !fits(r, st, col, COL_DEPREL, sizeof((pl_token *)0)->deprel))
        return;
    pl_conllu_row *row = new_row(r);
    row->kind = ROW_WORD;
    row->first = row->last = id;
    row->form = pl_arena_strdup(a, col[COL_FORM]);
    row->lemma = field(a, col[COL_LEMMA]);
    row->upos = field(a, col[COL_UPOS]);
    row->xpos = field(a, col[COL_XPOS]);
    row->deprel = field(a, col[COL_DEPREL]);
    row->head = head;
    row->no_space_after = misc_has_no_space(col[COL_MISC]);
    st->nwords++;
}

static void add_multiword(pl_conllu_reader *r, sentence_state *st, char **col, int first, int last,
                          pl_arena *a)
{
    if (first != st->nwords + 1 || last < first) {
        problem(r, st, r->line, "multiword token range out of order: '", col[COL_ID]);
        return;
    }
    if (st->mwt_end > st->nwords) {
        problem(r, st, r->line, "multiword token inside another one: '", col[COL_ID]);
        return;
    }
    pl_conllu_row *row = new_row(r);
    row->kind = ROW_MWT;
    row->first = first;
    row->last = last;
    row->form = pl_arena_strdup(a, col[COL_FORM]);
    row->no_space_after = misc_has_no_space(col[COL_MISC]);
    st->mwt_end = last;
}

static int has_empty_column(pl_conllu_reader *r, sentence_state *st, char **col)
{
    for (int c = 0; c < NCOLS; c++) {
        if (col[c][0] == '\0') {
            char msg[64];
            snprintf(msg, sizeof msg, "column %d (%s) is empty", c + 1, column_names[c]);
            problem(r, st, r->line, msg, NULL);
            return 1;
        }
    }
    return 0;
}

/* One word, multiword or empty-node line. */
static void read_row(pl_conllu_reader *r, sentence_state *st, pl_arena *a)
{
    char *col[NCOLS];
    int ncols = split_columns(r->text, col);
    if (ncols != NCOLS) {
        char msg[80];
        snprintf(msg, sizeof msg, "expected %d tab-separated columns, found %d", NCOLS, ncols);
        problem(r, st, r->line, msg, NULL);
        return;
    }
    if (has_empty_column(r, st, col))
        return;
    const char *end;
    int first = parse_id(col[COL_ID], &end);
    if (first > 0 && *end == '.' && parse_id(end + 1, &end) >= 0 && !*end)
        return; /* empty node */
    if (first > 0 && *end == '\0') {
        add_word(r, st, col, first, a);
        return;
    }
    int last = first > 0 && *end == '-' ? parse_id(end + 1, &end) : -1;
    if (last > 0 && *end == '\0')
        add_multiword(r, st, col, first, last, a);
    else
        problem(r, st, r->line, "bad ID '", col[COL_ID]);
}

/* ---- whole-sentence checks -------------------------------------------------------- */

/* Word rows' index in r->rows by word ID - 1, written into `at`. */
static void index_words(const pl_conllu_reader *r, int *at)
{
    for (int i = 0; i < r->nrows; i++)
        if (r->rows[i].kind == ROW_WORD)
            at[r->rows[i].first - 1] = i;
}

static int check_heads(pl_conllu_reader *r, sentence_state *st, const int *at, int n)
{
    int roots = 0;
    for (int w = 0; w < n; w++) {
        const pl_conllu_row *row = &r->rows[at[w]];
        if (row->head > n) {
            char msg[96];
            snprintf(msg, sizeof msg, "HEAD %d points outside the sentence of %d words", row->head,
                     n);
            problem(r, st, row->line, msg, NULL);
            return 0;
        }
        roots += row->head == 0;
    }
    if (roots != 1) {
        char msg[64];
        snprintf(msg, sizeof msg, "sentence has %d roots, expected 1", roots);
        problem(r, st, r->rows[at[0]].line, msg, NULL);
        return 0;
    }
    return 1;
}

/* Walks up from every word. seen[w]: 0 not yet met, -1 known to reach the
 * root, v + 1 met on the walk from word v (meeting it again is a cycle).
 * Each word is walked through once, so long sentences stay linear. */
static int check_no_cycle(pl_conllu_reader *r, sentence_state *st, const int *at, int n,
                          pl_arena *a)
{
    int *seen = pl_arena_zalloc(a, (size_t)n * sizeof *seen);
    for (int w = 0; w < n; w++) {
        int h = w + 1;
        while (h != 0 && seen[h - 1] == 0) {
            seen[h - 1] = w + 1;
            h = r->rows[at[h - 1]].head;
        }
        if (h != 0 && seen[h - 1] == w + 1) {
            problem(r, st, r->rows[at[w]].line, "the heads form a cycle", NULL);
            return 0;
        }
        for (h = w + 1; h != 0 && seen[h - 1] == w + 1; h = r->rows[at[h - 1]].head)
            seen[h - 1] = -1;
    }
    return 1;
}

static int check_sentence(pl_conllu_reader *r, sentence_state *st, const int *at, pl_arena *a)
{
    if (st->mwt_end > st->nwords) {
        problem(r, st, r->line, "multiword token runs past the last word", NULL);
        return 0;
    }
    return check_heads(r, st, at, st->nwords) && check_no_cycle(r, st, at, st->nwords, a);
}

/* ---- building the sentence -------------------------------------------------------- */

static void copy_tag(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src);
}

static const char *upper_copy(pl_arena *a, const char *s)
{
    size_t n = strlen(s);
    char *d = pl_arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++)
        d[i] = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 'a' + 'A') : s[i];
    d[n] = '\0';
    return d;
}

static void fill_token(pl_token *t, const pl_conllu_row *row, pl_arena *a)
{
    t->form = row->form;
    t->norm = upper_copy(a, row->form);
    t->lemma = row->lemma;
    t->head = row->head - 1;
    copy_tag(t->upos, sizeof t->upos, row->upos);
    copy_tag(t->xpos, sizeof t->xpos, row->xpos);
    copy_tag(t->deprel, sizeof t->deprel, row->deprel);
}

/* Surface units: multiword tokens and the words outside them. Calls fn for
 * each with its row; words inside a multiword token are skipped. */
typedef int (*unit_fn)(void *ud, const pl_conllu_row *row);

static int for_each_unit(const pl_conllu_reader *r, unit_fn fn, void *ud)
{
    int inside_until = 0;
    for (int i = 0; i < r->nrows; i++) {
        const pl_conllu_row *row = &r->rows[i];
        if (row->kind == ROW_WORD && row->first <= inside_until)
            continue;
        if (row->kind == ROW_MWT)
            inside_until = row->last;
        if (!fn(ud, row))
            return 0;
    }
    return 1;
}

typedef struct placing {
    char *buf; /* text being rebuilt, or NULL */
    const char *text;
    size_t pos; /* where the next unit may start */
    pl_sentence *s;
    int blank_due; /* rebuilding: the previous unit wants a blank after it */
} placing;

static void set_span(placing *p, const pl_conllu_row *row, uint32_t start, uint32_t end)
{
    if (row->kind == ROW_MWT) {
        pl_multiword *m = &p->s->mwt[p->s->nmwt++];
        m->first = row->first - 1;
        m->last = row->last - 1;
        m->form = row->form;
        m->start = start;
        m->end = end;
        /* the words: in order inside the surface form where they are found there */
        uint32_t at = start;
        for (int w = m->first; w <= m->last; w++) {
            pl_token *t = &p->s->tok[w];
            size_t n = strlen(t->form);
            int found = at + n <= end && strncmp(p->text + at, t->form, n) == 0;
            t->start = at;
            t->end = found ? at + (uint32_t)n : at;
            at = t->end;
        }
    } else {
        p->s->tok[row->first - 1].start = start;
        p->s->tok[row->first - 1].end = end;
    }
}

/* Finds the unit's form in the text after blanks; 0 when it is not there. */
static int place_in_text(void *ud, const pl_conllu_row *row)
{
    placing *p = ud;
    while (p->text[p->pos] == ' ' || p->text[p->pos] == '\t' || p->text[p->pos] == '\n')
        p->pos++;
    size_t n = strlen(row->form);
    if (strncmp(p->text + p->pos, row->form, n) != 0)
        return 0;
    set_span(p, row, (uint32_t)p->pos, (uint32_t)(p->pos + n));
    p->pos += n;
    return 1;
}

static int measure_unit(void *ud, const pl_conllu_row *row)
{
    ((placing *)ud)->pos += strlen(row->form) + 1;
    return 1;
}

/* Appends the unit's form to the text being rebuilt, after a blank unless
 * the previous unit has SpaceAfter=No, and places the unit there. */
static int append_unit(void *ud, const pl_conllu_row *row)
{
    placing *p = ud;
    if (p->blank_due)
        p->buf[p->pos++] = ' ';
    size_t n = strlen(row->form);
    memcpy(p->buf + p->pos, row->form, n);
    set_span(p, row, (uint32_t)p->pos, (uint32_t)(p->pos + n));
    p->pos += n;
    p->blank_due = !row->no_space_after;
    return 1;
}

/* Text from the forms and SpaceAfter=No, with the units placed in it as it
 * is built. */
static void rebuild_text(const pl_conllu_reader *r, pl_sentence *s, pl_arena *a)
{
    placing p = {NULL, NULL, 0, s, 0};
    for_each_unit(r, measure_unit, &p);
    p.buf = pl_arena_alloc(a, p.pos + 1);
    p.text = p.buf;
    p.pos = 0;
    s->nmwt = 0;
    for_each_unit(r, append_unit, &p);
    p.buf[p.pos] = '\0';
    s->text = p.text;
}

/* Offsets into the "# text" comment when every unit is found there in
 * order, else into a text rebuilt from the forms. */
static void place_units(const pl_conllu_reader *r, pl_sentence *s, const char *text, pl_arena *a)
{
    placing p = {NULL, text, 0, s, 0};
    s->nmwt = 0;
    if (*text && for_each_unit(r, place_in_text, &p))
        s->text = text;
    else
        rebuild_text(r, s, a);
}

static void build_sentence(const pl_conllu_reader *r, const sentence_state *st, const int *at,
                           const pl_conllu_meta *meta, pl_arena *a, pl_sentence *s)
{
    int nmwt = 0;
    for (int i = 0; i < r->nrows; i++)
        nmwt += r->rows[i].kind == ROW_MWT;
    memset(s, 0, sizeof *s);
    s->n = st->nwords;
    s->tok = pl_arena_zalloc(a, (size_t)s->n * sizeof *s->tok);
    s->mwt = nmwt ? pl_arena_zalloc(a, (size_t)nmwt * sizeof *s->mwt) : NULL;
    for (int w = 0; w < s->n; w++)
        fill_token(&s->tok[w], &r->rows[at[w]], a);
    place_units(r, s, meta->text, a);
}

/* ---- sentences -------------------------------------------------------------------- */

static void start_sentence(pl_conllu_reader *r, sentence_state *st, pl_conllu_meta *meta,
                           int keep_breaks)
{
    r->nrows = 0;
    memset(st, 0, sizeof *st);
    int newdoc = keep_breaks && meta->newdoc, newpar = keep_breaks && meta->newpar;
    memset(meta, 0, sizeof *meta);
    meta->sent_id = meta->text = "";
    meta->newdoc = newdoc;
    meta->newpar = newpar;
}

/* Checks and builds the sentence read so far: 1 when it is good. */
static int finish_sentence(pl_conllu_reader *r, sentence_state *st, const pl_conllu_meta *meta,
                           pl_arena *a, pl_sentence *s)
{
    if (st->bad || st->nwords == 0)
        return 0;
    int *at = pl_arena_alloc(a, (size_t)st->nwords * sizeof *at);
    index_words(r, at);
    if (!check_sentence(r, st, at, a))
        return 0;
    build_sentence(r, st, at, meta, a, s);
    return 1;
}

int pl_conllu_next(pl_conllu_reader *r, pl_arena *a, pl_sentence *s, pl_conllu_meta *meta)
{
    sentence_state st;
    start_sentence(r, &st, meta, 0);
    for (;;) {
        int more = read_line(r);
        if (!more || r->text[0] == '\0') {
            if (finish_sentence(r, &st, meta, a, s))
                return 1;
            if (!more)
                return 0;
            /* a skipped sentence passes its document and paragraph breaks on */
            start_sentence(r, &st, meta, st.bad || st.nwords == 0);
        } else if (r->text[0] == '#' && r->nrows == 0 && !st.bad) {
            read_comment(r->text, a, meta);
        } else if (r->text[0] == '#') {
            problem(r, &st, r->line, "comment line inside a sentence", NULL);
        } else {
            if (r->nrows == 0 && !st.bad)
                meta->line = r->line;
            read_row(r, &st, a);
        }
    }
}
