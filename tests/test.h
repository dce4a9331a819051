/*
 * test.h - petrel's tiny test harness.
 *
 * A test is a function declared with TEST(name); it registers itself before
 * main() runs. CHECK* macros record a failure and keep going, so one run
 * shows every broken assertion. Tests that need ../shared call
 * test_shared_path() and SKIP when it returns NULL. The runner (tests/main.c)
 * ends with the line "N passed, M failed".
 */
#ifndef PETREL_TEST_H
#define PETREL_TEST_H

#include <stdio.h>
#include <string.h>

typedef void (*test_fn)(void);
void test_register(const char *name, const char *file, test_fn fn);
void test_fail(const char *file, int line, const char *fmt, ...);
void test_skip(const char *why);
/* Path under the shared reference folder, or NULL when it is absent. */
const char *test_shared_path(const char *rel);
/* The petrel binary under test (for CLI tests). */
const char *test_petrel_bin(void);

#define TEST(name)                                                              \
    static void test_##name(void);                                             \
    __attribute__((constructor)) static void test_register_##name(void)        \
    {                                                                           \
        test_register(#name, __FILE__, test_##name);                           \
    }                                                                           \
    static void test_##name(void)

#define CHECK(cond)                                                             \
    do {                                                                        \
        if (!(cond))                                                            \
            test_fail(__FILE__, __LINE__, "CHECK(%s)", #cond);                 \
    } while (0)

#define CHECK_INT(a, b)                                                         \
    do {                                                                        \
        long long a_ = (long long)(a), b_ = (long long)(b);                     \
        if (a_ != b_)                                                           \
            test_fail(__FILE__, __LINE__, "%s == %lld, expected %lld", #a, a_, b_); \
    } while (0)

#define CHECK_STR(a, b)                                                         \
    do {                                                                        \
        const char *a_ = (a), *b_ = (b);                                        \
        if (!a_ || !b_ || strcmp(a_, b_) != 0)                                  \
            test_fail(__FILE__, __LINE__, "%s == \"%s\", expected \"%s\"", #a,  \
                      a_ ? a_ : "(null)", b_ ? b_ : "(null)");                  \
    } while (0)

#define SKIP(why)                                                               \
    do {                                                                        \
        test_skip(why);                                                         \
        return;                                                                 \
    } while (0)

#endif
