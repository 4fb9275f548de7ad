package cn.yanshan.ledger.ui;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * One worker thread for database work, results returning on the JavaFX thread in order; and a second thread beside
 * it for the slow reads that must not hold the worker up ({@link #runBeside}).
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {

    private final ExecutorService executor = singleThread("ledger-worker");
    private final ExecutorService beside = singleThread("ledger-beside");

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(executor, work, onSuccess, onFailure);
    }

    @Override
    public <T> void runBeside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(beside, work, onSuccess, onFailure);
    }

    private static <T> void submit(ExecutorService on, Callable<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure) {
        on.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    private static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        beside.shutdown();
    }
}
