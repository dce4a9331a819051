/*
 * fuzz_model.c - libFuzzer target for the model loader (src/parse/model.c
 * and the tagger, lemmatizer and parser section readers behind it).
 *
 * The checksum would turn away almost every mutated file before a section
 * reader saw it, so the input is taken as a model payload and given a valid
 * header (magic, version, length, checksum) first; inputs whose first byte is
 * 'P' go in as they are, to exercise the header checks too. A model that
 * loads must then tag, lemmatize and parse a sentence without a crash and
 * give a well-formed tree. Every diagnostic must name the input.
 * Seeds: fuzz/seeds/model (payloads of tiny models written by petrel train).
 *
 * Must not: keep state between inputs.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/parse/model.h"
#include "../src/parse/wordhash.h"
#include "../src/segment/segment.h"
#include "../src/util/bytes.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int annotate(void *ud, pl_sentence *s)
{
    const pl_model *m = ud;
    pl_arena a;
    pl_arena_init(&a, 4096);
    pl_model_annotate(m, s, &a);
    for (int i = 0; i < s->n; i++) {
        if (s->tok[i].head < -1 || s->tok[i].head >= s->n)
            abort();
        fuzz_touch(s->tok[i].lemma);
        fuzz_touch(s->tok[i].deprel);
    }
    pl_arena_free(&a);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pl_diag d = fuzz_diag("fuzz.pmodel");
    pl_bytes_out file = {0};
    if (size && data[0] == 'P') {
        pl_out_raw(&file, data, size);
    } else {
        pl_out_raw(&file, "PETRELM", 8);
        pl_out_u32(&file, PL_MODEL_VERSION);
        pl_out_u64(&file, size);
        pl_out_u64(&file, pl_hash_bytes((const char *)data, size));
        pl_out_raw(&file, data, size);
    }
    pl_model *m = file.failed ? NULL : pl_model_load(file.buf, file.len, "fuzz.pmodel", &d);
    if (m) {
        static const char text[] = "Pakistan urged the Taliban to return to talks in Doha.";
        pl_arena scratch;
        pl_arena_init(&scratch, 4096);
        pl_segment_text(text, sizeof text - 1, &scratch, annotate, m);
        pl_arena_free(&scratch);
        pl_model_free(m);
    }
    pl_out_free(&file);
    return 0;
}
