package org.mnr.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the engine's work for a request on a bounded pool, and answers 503 when it takes longer than
 * the time limit, so one slow request holds neither the client nor a connection for ever.
 */
final class Deadline implements AutoCloseable {

    private final Duration limit;
    private final ExecutorService pool;

    Deadline(Duration limit, int threads) {
        this.limit = limit;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "mnr-serve-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The work's value, or its own exception; 503 when the limit passes first. */
    <T> T within(Callable<T> work) {
        Future<T> future = pool.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw HttpFailure.of(503, "the request took longer than the limit of " + limit.toMillis() + " ms and was stopped",
                    "send less evidence or a smaller plan (fewer --top changes), or start mnr serve with a longer --time-limit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpFailure.of(503, "the server is stopping", "send the request again when it is back");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
