/*
 * model_builtin.S - the shipped model (models/en_ewt.pmodel) as read-only
 * data inside libpetrel, so petrel parses with no file beside it.
 * model.c reads it through pl_builtin_model and pl_builtin_model_size
 * (a size symbol, because C may not subtract pointers to two objects).
 */
    .section .rodata
    .balign 16
    .globl pl_builtin_model
    .hidden pl_builtin_model
pl_builtin_model:
#ifdef PETREL_MODEL_FILE
    .incbin PETREL_MODEL_FILE
#endif
pl_builtin_model_end:
    .balign 8
    .globl pl_builtin_model_size
    .hidden pl_builtin_model_size
pl_builtin_model_size:
    .quad pl_builtin_model_end - pl_builtin_model
    .section .note.GNU-stack,"",@progbits
