/*
 * diags.h - collecting reader diagnostics in tests, to assert which
 * "file:line: what is wrong" messages a bad input produced.
 */
#ifndef PETREL_TEST_DIAGS_H
#define PETREL_TEST_DIAGS_H

typedef struct diags {
    int n;
    char msg[16][256];
} diags;

/* pl_diag report callback; ud is a diags. */
void diags_collect(void *ud, const char *msg);
/* Did any collected message contain needle? */
int diags_has(const diags *c, const char *needle);

#endif
