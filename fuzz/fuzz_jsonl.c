/*
 * fuzz_jsonl.c - the JSON Lines document reader (src/read/document.c), raw and
 * gzip-compressed; the checks are in fuzz_documents.h.
 */
#include "fuzz_documents.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_read_documents(data, size, PL_DOC_JSONL);
    return 0;
}
