/*
 * cameo.h - the CAMEO event code table: every code of the CAMEO codebook with
 * its name, Goldstein score, root, QuadClass and PLOVER category.
 *
 * The table is petrel's own C data (cameo.c), generated once from the
 * codebook's lookup tables by scripts/gen_cameo_table.py and committed, so
 * nothing is read at run time. Codes are the codebook's digit strings, two
 * digits for a root ("19"), three or four below it ("190", "1721"); the
 * leading zero is part of the code ("0231").
 *
 * PLOVER, CAMEO's successor ontology, is given per code as the PLOVER
 * project's CAMEO-to-PLOVER conversion table has it (PLOVER manual draft 0.8,
 * CC BY-SA 4.0; see docs/knowledge.md): the event type, and its mode (how:
 * CONSULT "visit") and context (what about: "diplomatic"). Codes the table
 * does not list take their parent's values.
 *
 * Must not: know about dictionaries or sentences; it only answers "what is
 * this code".
 */
#ifndef PETREL_CAMEO_H
#define PETREL_CAMEO_H

/* quad_class is GDELT's QuadClass, given by the root: 1 verbal cooperation
 * (roots 01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
 * 4 material conflict (14-20). */
typedef struct pl_cameo_code {
    const char *code; /* "0231" */
    const char *name; /* "Appeal for economic aid"; roots in capitals: "APPEAL" */
    double goldstein; /* Goldstein conflict-cooperation score, -10 .. +10 */
    int root;         /* first two digits as a number, 1 .. 20 */
    int quad_class;   /* 1 .. 4, see above */
    /* PLOVER event type, one of AGREE CONSULT SUPPORT CONCEDE COOPERATE AID
     * RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE
     * ASSAULT, or "" where PLOVER drops the code (roots 01 and 02). */
    const char *plover;
    const char *plover_mode;    /* "phone", "firearms", ...; "" when none */
    const char *plover_context; /* "diplomatic", "economic", ...; several joined
                                   with ';' ("military;legal"); "" when none */
} pl_cameo_code;

/* The entry for code, or NULL when code is NULL or not a CAMEO code. */
const pl_cameo_code *pl_cameo_find(const char *code);
/* Number of codes; pl_cameo_at(0 .. count-1) walks them in code order. */
int pl_cameo_count(void);
/* Entry i in code order, or NULL when i is out of range. */
const pl_cameo_code *pl_cameo_at(int i);

#endif
