/*
 * gdelt.h - merged events as GDELT 2.0 event records: 61 tab-separated
 * columns, in the order and with the value conventions of the GDELT 2.0
 * Event Database codebook, so that tools written for GDELT read petrel's
 * output.
 *
 * What petrel cannot know is written the way GDELT writes an unknown
 * value (an empty field, or 0 for a geographic type): ethnic and religious
 * codes, actor locations, feature ids, and the tone (AvgTone is 0: petrel
 * does not measure tone). Where GDELT uses FIPS 10-4 country codes in its
 * geographic fields, petrel writes the ISO 3166-1 alpha-3 codes its
 * gazetteer uses. DATEADDED is the publication date of the first document
 * that reported the event (at 000000), so a rerun writes the same bytes.
 *
 * Must not: merge or count (the store does); it formats what it is given.
 */
#ifndef PETREL_GDELT_H
#define PETREL_GDELT_H

#include <stdio.h>

#include "../store/store.h"

enum { PL_GDELT_COLUMNS = 61 };

/* One event as one line of 61 columns. */
void pl_write_gdelt_event(FILE *f, const pl_store_event *e);

#endif
