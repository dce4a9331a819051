/*
 * model_builtin.S - the shipped model (models/en_ewt.pmodel) as read-only
 * data inside libpetrel, so petrel parses with no file beside it.
 * model.c reads it through pl_builtin_model .. pl_builtin_model_end.
 */
    .section .rodata
    .balign 16
    .globl pl_builtin_model
    .hidden pl_builtin_model
pl_builtin_model:
#ifdef PETREL_MODEL_FILE
    .incbin PETREL_MODEL_FILE
#endif
    .globl pl_builtin_model_end
    .hidden pl_builtin_model_end
pl_builtin_model_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
