package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.ui.BackgroundRunner;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The paged list behind the persons table: the right rows, few pages in memory, late pages reported. */
class PagedListTest {

    private final List<int[]> asked = new ArrayList<>();

    private List<Integer> rows(int offset, int limit, int total) {
        asked.add(new int[] {offset, limit});
        return IntStream.range(offset, Math.min(total, offset + limit)).boxed().toList();
    }

    @Test
    void everyRowIsThereButOnlyAFewPagesAreKept() {
        int total = 200_000;
        PagedList<Integer> list = new PagedList<>(total, 100, 12, rows(0, 100, total),
                (o, l) -> rows(o, l, total), BackgroundRunner.direct(), e -> { throw new AssertionError(e); });
        asked.clear();

        assertThat(list).hasSize(total);
        assertThat(list.get(0)).isZero();
        assertThat(asked).isEmpty(); // the first page came with the count
        for (int i = 0; i < total; i += 37) {
            assertThat(list.get(i)).isEqualTo(i);
            assertThat(list.pagesInMemory()).isLessThanOrEqualTo(12);
        }
        assertThat(list.get(total - 1)).isEqualTo(total - 1);
        assertThat(asked).allSatisfy(a -> assertThat(a[1]).isEqualTo(100));
        assertThat(list.loads()).isEqualTo(asked.size());
    }

    @Test
    void indexOfLooksOnlyAtLoadedPages() {
        PagedList<Integer> list = new PagedList<>(10_000, 100, 4, rows(0, 100, 10_000),
                (o, l) -> rows(o, l, 10_000), BackgroundRunner.direct(), e -> { });
        asked.clear();
        assertThat(list.indexOf(50)).isEqualTo(50);
        assertThat(list.indexOf(9_999)).isEqualTo(-1);
        assertThat(list.contains(5_000)).isFalse();
        assertThat(asked).isEmpty();
    }

    @Test
    void aPageThatArrivesLaterIsReportedAsReplacedRows() {
        Queued runner = new Queued();
        PagedList<Integer> list = new PagedList<>(1_000, 100, 4, rows(0, 100, 1_000),
                (o, l) -> rows(o, l, 1_000), runner, e -> { });
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + "-" + c.getTo() + (c.wasReplaced() ? " replaced" : ""));
            }
        });

        assertThat(list.get(250)).isNull();
        assertThat(list.get(251)).isNull();
        assertThat(runner.waiting).hasSize(1); // one load per page, however many rows ask
        runner.runAll();
        assertThat(changes).containsExactly("200-300 replaced");
        assertThat(list.get(250)).isEqualTo(250);
    }

    @Test
    void aClosedListLoadsNothing() {
        Queued runner = new Queued();
        PagedList<Integer> list = new PagedList<>(1_000, 100, 4, List.of(), (o, l) -> rows(o, l, 1_000), runner, e -> { });
        assertThat(list.get(500)).isNull();
        list.close();
        runner.runAll();
        assertThat(asked).isEmpty();
        assertThat(list.isLoaded(500)).isFalse();
    }

    @Test
    void aPageScrolledPastBeforeItsTurnIsSkipped() {
        Queued runner = new Queued();
        PagedList<Integer> list = new PagedList<>(100_000, 100, 4, List.of(), (o, l) -> rows(o, l, 100_000), runner,
                e -> { });
        list.get(100);      // page 1
        list.get(50_000);   // page 500: the user dragged the scroll bar
        runner.runAll();
        assertThat(asked).extracting(a -> a[0]).containsExactly(50_000);
        assertThat(list.get(100)).isNull(); // asked again when shown again
        runner.runAll();
        assertThat(list.get(100)).isEqualTo(100);
    }

    @Test
    void replacingALoadedRowReportsIt() {
        PagedList<Integer> list = new PagedList<>(300, 100, 4, rows(0, 100, 300), (o, l) -> rows(o, l, 300),
                BackgroundRunner.direct(), e -> { });
        List<Integer> replaced = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                replaced.add(c.getFrom());
            }
        });
        list.replaceLoaded(i -> i == 42, -42);
        assertThat(list.get(42)).isEqualTo(-42);
        assertThat(replaced).containsExactly(42);
    }

    /** Runs work when told, like the worker thread, results on the "UI thread" (here: the test's). */
    private static final class Queued implements BackgroundRunner {
        final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            waiting.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }
}
