/*
 * records.h - coding PETRARCH XML records, shared by `code`, `validate`
 * and `explain`: one coder, the options a file's <Config> elements set,
 * the story/sentence ids of a record, and the parsing model (--parse).
 */
#ifndef PETREL_RECORDS_H
#define PETREL_RECORDS_H

#include "../read/petrarch_xml.h"
#include "petrel.h"

/* Apply a <Config option value> element to the coder; returns 1 if it was understood. */
int records_apply_config(petrel_coder *c, const char *option, const char *value,
                         int *new_actor_length);

/* Story id of a sentence id: the part before the last '_', else the whole id. */
void records_story_id(const char *sentence_id, char *buf, size_t size);

/* Load the dictionaries a validation file's <Environment> names, from dir.
 * Sets *rc non-zero if one could not be read; the knowledge is frozen. */
petrel_knowledge *records_load_environment(const pl_xml_env *env, const char *dir, int *rc);
/* ../dictionaries beside the records file, PETRARCH2's layout. */
void records_default_dict_dir(const char *records, char *buf, size_t size);

/* Code one record: from its <Parse>, or with a model (non-NULL m) from its
 * <Text>, parsed by petrel itself. */
petrel_status records_code(petrel_coder *c, const petrel_model *m, const pl_xml_record *rec,
                           petrel_result *out);

/* The model --model names, else the built-in one; NULL after a message
 * naming `command` when neither loads. */
petrel_model *records_load_model(const char *command, const char *path);

#endif
