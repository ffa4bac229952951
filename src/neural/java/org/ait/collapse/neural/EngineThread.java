package org.ait.collapse.neural;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one thread that talks to the engine. PyTorch keeps per-thread state (the intra-op thread count among it), and a
 * model evaluated on another thread than the one that started the engine gave other numbers (held-out cross-entropy
 * 17.4 instead of 19.0 bits for the same weights); DJL also collects gradients for one training loop at a time in the
 * whole process. So every engine call of every run goes through this thread, one at a time: the numbers of a run do
 * not depend on which worker runs it, and parallel runs take turns on the engine (their other work stays parallel).
 */
final class EngineThread {

    static {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_threads", "1");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "neural-lm-engine");
        t.setDaemon(true);
        return t;
    });

    private EngineThread() {
    }

    /** Runs {@code work} on the engine thread and waits for it; its exceptions are rethrown as they are. */
    static <T> T call(Callable<T> work) {
        Future<T> f = THREAD.submit(work);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the neural language model was busy", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c.getMessage(), c);
        }
    }
}
