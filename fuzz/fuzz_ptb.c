/*
 * fuzz_ptb.c - libFuzzer target for the Penn Treebank reader
 * (src/read/ptb.c) and the UD converter (src/parse/ptb2ud.c): any bytes are
 * read as one bracketed parse; when they read as a tree, the tree is checked
 * (preorder, consistent links, words in leaves, tokens 0..n-1 in order) and
 * converted without sentence text and with the same bytes as the text (to
 * exercise offset alignment), and each dependency result must be one tree:
 * one root, heads in range, no cycle, offsets inside the text.
 * A failed read must leave the tree empty and be reported (unless empty).
 *
 * Checks live in fuzz_tree.h (shared with fuzz_xml). Must not: keep state
 * between inputs.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_tree.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The reader takes a length; the converter's text is a C string. */
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    fuzz_tree_round((const char *)data, size, text, "fuzz.ptb", 1);
    free(text);
    return 0;
}
