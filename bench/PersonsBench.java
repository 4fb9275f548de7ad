import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.ui.PagedList;
import cn.yanshan.ledger.person.ui.PersonsViewModel;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 残疾人台账 through its view-model and the services, as the screen uses them (the table's rows read page by page),
 * on an existing ledger, without a window: opening the screen with its first page, search keystrokes, and pages
 * deep in the list as a scroll bar reaches them. Prints milliseconds.
 * With {@code --warm-up}, reads ahead first as the program does on a spare thread once its window is shown.
 * Usage: LEDGER_PASSWORD=… java -cp target/ledger.jar:target/bench PersonsBench DATA_DIR [RUNS] [--warm-up]
 */
public final class PersonsBench {

    /** Rows a screen shows; the table reads these after every search. */
    private static final int VISIBLE = 30;

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        boolean warmUp = Arrays.asList(args).contains("--warm-up");
        DataFolder folder = DataFolder.resolve(data);
        char[] password = System.getenv("LEDGER_PASSWORD").toCharArray();
        try (Services services = Services.open(folder, Services.vault(folder).signIn(null, password))) {
            if (warmUp) {
                long t0 = System.nanoTime();
                PersonsViewModel.warmUp(services.persons());
                System.out.printf("warm-up (first page and count of everyone, on a spare thread in the program): %.0f ms%n",
                        ms(t0));
            }
            DialogService dialogs = new FailingDialogs();
            System.out.println("persons in the ledger: " + services.persons().count(
                    cn.yanshan.ledger.person.PersonQuery.ALL));

            Stepping runner = new Stepping();
            List<Double> open = new ArrayList<>();
            List<Double> openCounted = new ArrayList<>();
            PersonsViewModel model = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                model = new PersonsViewModel(services.persons(), services.placements(), services.units(),
                        services.plan(), runner, dialogs);
                model.activate();
                readVisible(model.rowsProperty().get());
                open.add(ms(t0));
                runner.runQueued();
                openCounted.add(ms(t0));
            }
            report("open the screen: first page shown", open);
            report("open the screen: count shown", openCounted);

            String[][] typed = {{"z", "zs"}, {"l", "lj"}, {"w", "wx", "wxy"}, {"张", "张秀"}, {"王"},
                {"5", "52", "528", "5281"}, {"0", "01", "013"}, {"532622", "5326221980"}, {"x"}};
            List<Double> keys = new ArrayList<>();
            List<Double> keysCounted = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs / 5); i++) {
                for (String[] word : typed) {
                    for (String text : word) {
                        long t0 = System.nanoTime();
                        model.textProperty().set(text);
                        readVisible(model.rowsProperty().get());
                        keys.add(ms(t0));
                        runner.runQueued();
                        keysCounted.add(ms(t0));
                    }
                    model.textProperty().set("");
                    runner.runQueued();
                }
            }
            report("search keystroke: first page shown (" + VISIBLE + " rows read)", keys);
            report("search keystroke: count shown", keysCounted);

            model.textProperty().set("");
            runner.runQueued();
            PagedList<Person> all = model.rowsProperty().get();
            List<Double> deep = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                int at = (int) ((long) (all.size() - 1) * (i + 1) / runs);
                long t0 = System.nanoTime();
                all.get(at);
                deep.add(ms(t0));
            }
            report("a page deep in the list (scroll bar dragged), offsets up to " + (all.size() - 1), deep);

            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("heap used after the runs: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    private static void readVisible(PagedList<Person> rows) {
        for (int i = 0; i < Math.min(VISIBLE, rows.size()); i++) {
            if (rows.get(i) == null) {
                throw new IllegalStateException("row " + i + " not loaded");
            }
        }
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void report(String what, List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s: first %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)%n", what,
                times.get(0), sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.9)],
                sorted[sorted.length - 1], sorted.length);
    }

    /**
     * Runs work at once, except work asked for while an answer is being handled (the count a search asks for once
     * its first page is shown): that waits for {@link #runQueued}, so the two can be timed apart.
     */
    private static final class Stepping implements BackgroundRunner {
        private final List<Runnable> queued = new ArrayList<>();
        private int depth;

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                            java.util.function.Consumer<Throwable> onFailure) {
            Runnable task = () -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                depth++;
                try {
                    onSuccess.accept(result);
                } finally {
                    depth--;
                }
            };
            if (depth > 0) {
                queued.add(task);
            } else {
                task.run();
            }
        }

        void runQueued() {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
        }
    }

    private static final class FailingDialogs implements DialogService {
        @Override
        public void showError(Throwable error) {
            throw new IllegalStateException(error);
        }

        @Override
        public void showError(String message) {
            throw new IllegalStateException(message);
        }

        @Override
        public void showInfo(String message) {
        }

        @Override
        public boolean confirm(String question) {
            return false;
        }

        @Override
        public Optional<String> editText(String title, String label, String initial, boolean multiLine) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSpreadsheet(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<java.nio.file.Path> chooseFileToSave(cn.yanshan.ledger.ui.FileToSave request) {
            return Optional.empty();
        }
    }
}
