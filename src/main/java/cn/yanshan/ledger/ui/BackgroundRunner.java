package cn.yanshan.ledger.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result back on it. Views and view-models use nothing else for
 * background work; tests use {@link #direct()}, which runs everything at once on the calling thread.
 */
public interface BackgroundRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * As {@link #run}, on a thread beside the one {@code run} uses, for a slow read that the next quick one must not
     * wait behind (a search's count behind the next search's first page). Not ordered with {@code run}'s work. On the
     * same thread as {@code run} unless the runner has a second one.
     */
    default <T> void runBeside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    static BackgroundRunner direct() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
