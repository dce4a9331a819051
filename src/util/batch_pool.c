/*
 * batch_pool.c - ordered batch pipeline (see batch_pool.h).
 *
 * Batches in flight sit in a ring of max_in_flight slots, between three
 * counters: head (oldest not yet handed to `done`) <= next (next to give a
 * worker) <= tail (next free slot). One mutex guards the ring; workers wait
 * on `queued` for work, the submitting thread waits on `finished` for the
 * head batch. `work` and `done` run with the mutex released.
 *
 * Must not: let a worker touch a batch other than the one it took, or call
 * `done` anywhere but on the submitting thread.
 */
#include "batch_pool.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct slot {
    void *batch;
    int finished; /* its work is done */
} slot;

struct pl_batch_pool {
    pthread_mutex_t lock;
    pthread_cond_t queued;   /* a batch was queued, or the pool is closing */
    pthread_cond_t finished; /* a worker finished a batch */
    pl_batch_work_fn work;
    const void *shared;
    pl_batch_done_fn done;
    void *owner;
    slot *ring;
    size_t nslots;
    size_t head, next, tail; /* head <= next <= tail <= head + nslots */
    int closing;             /* no more batches will come */
    int failed;              /* a `done` returned non-zero */
    pthread_t *threads;
    struct worker_arg *args; /* one per thread: the pool and the worker's number */
    int nthreads;            /* started */
};

typedef struct worker_arg {
    pl_batch_pool *pool;
    int index;
} worker_arg;

static void *worker(void *arg)
{
    pl_batch_pool *p = ((worker_arg *)arg)->pool;
    int index = ((worker_arg *)arg)->index;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->next == p->tail && !p->closing)
            pthread_cond_wait(&p->queued, &p->lock);
        if (p->next == p->tail)
            break;
        slot *s = &p->ring[p->next++ % p->nslots];
        void *batch = s->batch;
        pthread_mutex_unlock(&p->lock);
        p->work(p->shared, batch, index);
        pthread_mutex_lock(&p->lock);
        s->finished = 1;
        pthread_cond_signal(&p->finished);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* The submitting thread, with the lock held: is the head batch done? */
static int head_finished(const pl_batch_pool *p)
{
    return p->head < p->tail && p->ring[p->head % p->nslots].finished;
}

/* Hands the (finished) head batch to `done`, with the lock released meanwhile.
 * Its slot is free at once: only this thread fills slots. */
static void deliver_head(pl_batch_pool *p)
{
    slot *s = &p->ring[p->head++ % p->nslots];
    void *batch = s->batch;
    *s = (slot){0};
    pthread_mutex_unlock(&p->lock);
    int failed = p->done(p->owner, batch) != 0;
    pthread_mutex_lock(&p->lock);
    p->failed |= failed;
}

/* Waits for the head batch (there must be one), then delivers it. */
static void wait_and_deliver_head(pl_batch_pool *p)
{
    while (!head_finished(p))
        pthread_cond_wait(&p->finished, &p->lock);
    deliver_head(p);
}

/* Stops the workers (after the batches queued so far) and frees the pool. */
static void stop(pl_batch_pool *p)
{
    pthread_mutex_lock(&p->lock);
    p->closing = 1;
    pthread_cond_broadcast(&p->queued);
    pthread_mutex_unlock(&p->lock);
    for (int i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    pthread_cond_destroy(&p->finished);
    pthread_cond_destroy(&p->queued);
    pthread_mutex_destroy(&p->lock);
    free(p->threads);
    free(p->args);
    free(p->ring);
    free(p);
}

pl_batch_pool *pl_batch_pool_start(int workers, int max_in_flight, pl_batch_work_fn work,
                                   const void *shared, pl_batch_done_fn done, void *owner)
{
    workers = workers < 1 ? 1 : workers;
    max_in_flight = max_in_flight < 1 ? 1 : max_in_flight;
    pl_batch_pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    *p = (pl_batch_pool){.work = work,
                         .shared = shared,
                         .done = done,
                         .owner = owner,
                         .nslots = (size_t)max_in_flight};
    p->ring = calloc(p->nslots, sizeof *p->ring);
    p->threads = calloc((size_t)workers, sizeof *p->threads);
    p->args = calloc((size_t)workers, sizeof *p->args);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->queued, NULL);
    pthread_cond_init(&p->finished, NULL);
    while (p->ring && p->threads && p->args && p->nthreads < workers) {
        p->args[p->nthreads] = (worker_arg){p, p->nthreads};
        if (pthread_create(&p->threads[p->nthreads], NULL, worker, &p->args[p->nthreads]) != 0)
            break;
        p->nthreads++;
    }
    if (p->nthreads < workers) {
        stop(p);
        return NULL;
    }
    return p;
}

int pl_batch_pool_submit(pl_batch_pool *p, void *batch)
{
    pthread_mutex_lock(&p->lock);
    while (p->tail - p->head == p->nslots)
        wait_and_deliver_head(p);
    p->ring[p->tail++ % p->nslots] = (slot){.batch = batch};
    pthread_cond_signal(&p->queued);
    while (head_finished(p))
        deliver_head(p);
    int failed = p->failed;
    pthread_mutex_unlock(&p->lock);
    return failed;
}

int pl_batch_pool_finish(pl_batch_pool *p)
{
    pthread_mutex_lock(&p->lock);
    while (p->head < p->tail)
        wait_and_deliver_head(p);
    int failed = p->failed;
    pthread_mutex_unlock(&p->lock);
    stop(p);
    return failed;
}
