/*
 * test_batch_pool.c - the ordered batch pipeline (src/util/batch_pool.h):
 * batches that finish out of order come back in submission order, never
 * more than max_in_flight are out at once, every batch comes back exactly
 * once, each worker number is in range, and a failing `done` stops the
 * submitter but still sees every batch.
 */
#include "test.h"

#include <time.h>

#include "../src/util/batch_pool.h"

enum {
    NBATCHES = 200,
    MAX_IN_FLIGHT = 4
};

typedef struct job {
    int index;
    long result; /* set by the worker */
    int worker;  /* the worker number it ran on */
} job;

typedef struct owner {
    job jobs[NBATCHES];
    int submitted, delivered;
    int workers;
    int out_of_order, too_many_out, wrong_result, bad_worker;
    int fail_at; /* done fails from this batch on (-1: never) */
} owner;

static long expected(int index, long salt)
{
    return (long)index * index + salt;
}

/* Sleeps a varying while so that batches finish out of order. */
static void work(const void *shared, void *arg, int worker)
{
    job *j = arg;
    j->worker = worker;
    struct timespec ts = {0, (long)(j->index * 7 % 5) * 200000L};
    nanosleep(&ts, NULL);
    j->result = expected(j->index, *(const long *)shared);
}

static int done(void *arg, void *batch)
{
    owner *o = arg;
    const job *j = batch;
    o->out_of_order += j->index != o->delivered;
    o->too_many_out += o->submitted - o->delivered > MAX_IN_FLIGHT;
    o->wrong_result += j->result != expected(j->index, 42);
    o->bad_worker += j->worker < 0 || j->worker >= o->workers;
    o->delivered++;
    return o->fail_at >= 0 && j->index >= o->fail_at;
}

/* Submits until a submit fails. */
static void submit_all(pl_batch_pool *p, owner *o)
{
    for (int i = 0; i < NBATCHES; i++) {
        o->jobs[i].index = i;
        int failed = pl_batch_pool_submit(p, &o->jobs[i]);
        o->submitted++;
        if (failed)
            break;
    }
}

static void run_pool(int workers, owner *o)
{
    static const long salt = 42;
    o->workers = workers;
    pl_batch_pool *p = pl_batch_pool_start(workers, MAX_IN_FLIGHT, work, &salt, done, o);
    CHECK(p != NULL);
    if (!p)
        return;
    submit_all(p, o);
    CHECK_INT(pl_batch_pool_finish(p), o->fail_at >= 0);
}

TEST(batch_pool_returns_batches_in_order)
{
    for (int workers = 1; workers <= 3; workers++) {
        owner o = {.fail_at = -1};
        run_pool(workers, &o);
        CHECK_INT(o.submitted, NBATCHES);
        CHECK_INT(o.delivered, NBATCHES);
        CHECK_INT(o.out_of_order, 0);
        CHECK_INT(o.too_many_out, 0);
        CHECK_INT(o.wrong_result, 0);
        CHECK_INT(o.bad_worker, 0);
    }
}

TEST(batch_pool_failing_done_stops_the_submitter)
{
    owner o = {.fail_at = 10};
    run_pool(2, &o);
    CHECK(o.submitted > 10 && o.submitted <= 11 + MAX_IN_FLIGHT);
    CHECK_INT(o.delivered, o.submitted);
    CHECK_INT(o.out_of_order, 0);
}
