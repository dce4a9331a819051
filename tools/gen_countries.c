/*
 * gen_countries.c - build-time generator of the built-in country actors.
 *
 *   gen_countries ISO_3166-1.json CAMEO_CODES.tsv > countries.iso.txt
 *
 * Reads Debian's iso-codes list of every ISO 3166-1 country and territory
 * and writes a PETRARCH2 actor dictionary: each country under its short
 * name, its official name and its common name, coded with its alpha-3 code
 * or, where CAMEO uses another code, the one knowledge/countries-cameo.tsv
 * gives ("ROU<TAB>ROM<TAB>why"). Names written in ISO's inverted style
 * ("Congo, The Democratic Republic of the") are turned around; accented names
 * get an unaccented variant as well, since wire copy often drops accents.
 *
 * It must not invent names: demonyms, short forms and capitals are written by
 * hand in knowledge/actors/countries.txt. It runs at build time only and is
 * not part of libpetrel.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define MAX_RENAMES 64
#define MAX_NAMES 16 /* phrases per country */

typedef struct {
    char iso[4], cameo[16];
} code_change;

static int read_renames(const char *path, code_change *out, int max)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return -1;
    }
    char line[512];
    int n = 0;
    long lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        char *iso = strtok(line, "\t\n"), *cameo = strtok(NULL, "\t\n");
        if (!iso || !cameo || strlen(iso) > 3 || strlen(cameo) >= sizeof out->cameo) {
            fprintf(stderr, "%s:%ld: expected ISO3<TAB>CAMEO<TAB>why\n", path, lineno);
            fclose(f);
            return -1;
        }
        if (n == max) {
            fprintf(stderr, "%s:%ld: more than %d rows\n", path, lineno, max);
            fclose(f);
            return -1;
        }
        snprintf(out[n].iso, sizeof out[n].iso, "%s", iso);
        snprintf(out[n].cameo, sizeof out[n].cameo, "%s", cameo);
        n++;
    }
    fclose(f);
    return n;
}

static const char *cameo_code(const char *iso, const code_change *r, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(r[i].iso, iso) == 0)
            return r[i].cameo;
    return iso;
}

/* "Congo, The Democratic Republic of the" -> "The Democratic Republic of the
 * Congo"; a comma that is not ISO's inversion (a list of islands) gives "". */
static void uninvert(const char *name, char *out, size_t size)
{
    const char *comma = strstr(name, ", ");
    if (!comma) {
        snprintf(out, size, "%s", name);
        return;
    }
    const char *rest = comma + 2;
    size_t rn = strlen(rest);
    int inverted = (rn >= 2 && strcmp(rest + rn - 2, "of") == 0) ||
                   (rn >= 3 && strcmp(rest + rn - 3, "the") == 0) || strchr(rest, ' ') == NULL;
    if (!inverted || strstr(rest, " and ") || strchr(rest, ',')) {
        out[0] = '\0';
        return;
    }
    snprintf(out, size, "%s %.*s", rest, (int)(comma - name), name);
}

/* One actor phrase: upper case, words joined by '_', a parenthesised part
 * ("Virgin Islands (British)") dropped, a possessive 's made a word of its
 * own as the tokenizer makes it ("PEOPLE_'S_REPUBLIC"). */
static void phrase(const char *name, char *out, size_t size)
{
    size_t o = 0;
    for (const char *p = name; *p && o + 2 < size; p++) {
        if (*p == '(') {
            while (*p && *p != ')')
                p++;
            if (!*p)
                break;
            continue;
        }
        if (*p == '\'' && (p[1] == 's' || p[1] == 'S') && (p[2] == ' ' || !p[2]) && o > 0 &&
            out[o - 1] != '_')
            out[o++] = '_';
        char c = *p == ' ' ? '_' : (char)toupper((unsigned char)*p);
        if (c == '_' && (o == 0 || out[o - 1] == '_'))
            continue;
        out[o++] = c;
    }
    while (o > 0 && out[o - 1] == '_')
        o--;
    if (o > 0)
        out[o++] = '_';
    out[o] = '\0';
}

static void emit(FILE *out, const char *name, int first, const char *code, char seen[][160],
                 int *nseen)
{
    char fixed[256], ph[160];
    uninvert(name, fixed, sizeof fixed);
    if (!fixed[0])
        return;
    phrase(fixed, ph, sizeof ph);
    if (!ph[0])
        return;
    if (*nseen == MAX_NAMES)
        return;
    for (int i = 0; i < *nseen; i++)
        if (strcmp(seen[i], ph) == 0)
            return;
    snprintf(seen[(*nseen)++], sizeof seen[0], "%s", ph);
    if (first)
        fprintf(out, "%s [%s]\n", ph, code);
    else
        fprintf(out, "+%s\n", ph);
    if (strncmp(fixed, "The ", 4) == 0)
        emit(out, fixed + 4, 0, code, seen, nseen);
    utf8proc_uint8_t *plain = NULL;
    if (utf8proc_map((const utf8proc_uint8_t *)fixed, 0, &plain,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                         UTF8PROC_STRIPMARK) >= 0 &&
        strcmp((const char *)plain, fixed) != 0)
        emit(out, (const char *)plain, 0, code, seen, nseen);
    free(plain);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: gen_countries ISO_3166-1.json CAMEO_CODES.tsv\n");
        return 2;
    }
    json_error_t err;
    json_t *root = json_load_file(argv[1], 0, &err);
    if (!root) {
        fprintf(stderr, "%s:%d: %s\n", argv[1], err.line, err.text);
        return 1;
    }
    code_change renames[MAX_RENAMES];
    int nrenames = read_renames(argv[2], renames, MAX_RENAMES);
    json_t *list = json_object_get(root, "3166-1");
    if (nrenames < 0 || !json_is_array(list)) {
        if (nrenames >= 0)
            fprintf(stderr, "%s: no \"3166-1\" list\n", argv[1]);
        json_decref(root);
        return 1;
    }
    printf("# Generated at build time by tools/gen_countries from %s\n"
           "# (Debian iso-codes) and %s. Do not edit: names news uses beyond\n"
           "# ISO's go in knowledge/actors/countries.txt.\n\n",
           argv[1], argv[2]);
    size_t i;
    json_t *c;
    json_array_foreach(list, i, c) {
        const char *iso = json_string_value(json_object_get(c, "alpha_3"));
        if (!iso)
            continue;
        const char *code = cameo_code(iso, renames, nrenames);
        static const char *const keys[] = {"name", "common_name", "official_name"};
        char seen[MAX_NAMES][160];
        int nseen = 0;
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
            const char *name = json_string_value(json_object_get(c, keys[k]));
            if (name)
                emit(stdout, name, nseen == 0, code, seen, &nseen);
        }
        if (nseen > 0)
            putchar('\n');
    }
    json_decref(root);
    return fflush(stdout) == 0 ? 0 : 1;
}
