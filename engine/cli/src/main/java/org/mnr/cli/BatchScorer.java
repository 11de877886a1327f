package org.mnr.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per input on several threads and hands the outcomes over in input order.
 *
 * <p>At most a few tasks per thread run ahead of the one being handed over, so a batch of any size
 * holds only that many outcomes in memory: results stream to disk rather than pile up.
 */
final class BatchScorer {

    private BatchScorer() {
    }

    static <I, O> void run(List<I> inputs, int threads, Function<I, O> task, Consumer<O> inOrder) {
        if (threads <= 1 || inputs.size() <= 1) {
            inputs.forEach(input -> inOrder.accept(task.apply(input)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "mnr-score");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<O>> pending = new ArrayDeque<>();
            int window = threads * 4;
            for (I input : inputs) {
                pending.addLast(pool.submit(() -> task.apply(input)));
                if (pending.size() >= window) {
                    inOrder.accept(next(pending));
                }
            }
            while (!pending.isEmpty()) {
                inOrder.accept(next(pending));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O next(Deque<Future<O>> pending) {
        try {
            return pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
