/*
 * batch_pool.h - an ordered batch pipeline: one thread submits batches, a
 * fixed pool of worker threads processes them in any order, and the
 * submitting thread gets them back strictly in submission order.
 *
 * This is how `petrel parse -j N` annotates with one shared read-only model:
 * the main thread cuts the input into batches (each owning its memory), the
 * workers tag and parse them, and the main thread writes them out in input
 * order, so the output does not depend on the number of workers. At most
 * `max_in_flight` batches are submitted and not yet handed back: submitting
 * more blocks until the oldest is done, so memory stays flat however large
 * the input is.
 *
 * Must not: know what a batch holds, allocate or free batches (the caller
 * owns them; `done` is where it may reuse or free one), or call anything but
 * `work` on a worker thread.
 */
#ifndef PETREL_BATCH_POOL_H
#define PETREL_BATCH_POOL_H

typedef struct pl_batch_pool pl_batch_pool;

/* Runs on a worker thread, on one batch at a time. `shared` is the same for
 * every call and every worker, so it must only be read (a model, options);
 * `worker` (0 .. workers-1) names the thread, so that per-thread state (a
 * coder, say) can be kept in an array indexed by it. */
typedef void (*pl_batch_work_fn)(const void *shared, void *batch, int worker);
/* Runs on the submitting thread, once per batch, in submission order, after
 * its work is done. Non-zero means failure (a write error, say): it is still
 * called for every later batch, so that it can release them. */
typedef int (*pl_batch_done_fn)(void *owner, void *batch);

/* Starts `workers` threads (at least 1). NULL if a thread or the memory
 * cannot be had (nothing is left running then). */
pl_batch_pool *pl_batch_pool_start(int workers, int max_in_flight, pl_batch_work_fn work,
                                   const void *shared, pl_batch_done_fn done, void *owner);
/* Queues a batch for the workers and hands every batch that is ready to
 * `done`; blocks while max_in_flight batches are out. Returns non-zero once
 * any `done` has failed (the caller should stop submitting). */
int pl_batch_pool_submit(pl_batch_pool *p, void *batch);
/* Waits for every batch, hands each to `done`, stops the workers and frees
 * the pool. Returns non-zero if any `done` failed. */
int pl_batch_pool_finish(pl_batch_pool *p);

#endif
