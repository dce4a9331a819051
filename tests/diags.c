/*
 * diags.c - see diags.h.
 */
#include "diags.h"

#include <stdio.h>
#include <string.h>

void diags_collect(void *ud, const char *msg)
{
    diags *c = ud;
    if (c->n < 16)
        snprintf(c->msg[c->n], sizeof c->msg[0], "%s", msg);
    c->n++;
}

int diags_has(const diags *c, const char *needle)
{
    for (int i = 0; i < c->n && i < 16; i++)
        if (strstr(c->msg[i], needle))
            return 1;
    return 0;
}
