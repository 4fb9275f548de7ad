package cn.yanshan.ledger.export;

import cn.yanshan.ledger.common.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list of an export read ahead on threads of its own: in order, bounded, failures passed on. */
@Timeout(30)
class ReadAheadTest {

    /** Rows 0 … total-1, a page read in a random few milliseconds, so that pages finish out of order. */
    private static ReadAhead.Pager<List<Integer>> rows(int total, AtomicInteger reads) {
        Random random = new Random(7);
        return (offset, limit) -> {
            reads.incrementAndGet();
            sleep(random.nextInt(5));
            List<Integer> page = IntStream.range(offset, Math.min(total, offset + limit)).boxed().toList();
            return new ReadAhead.Page<>(page.size(), page);
        };
    }

    private static List<Integer> readAll(ReadAhead<List<Integer>> list) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> page = list.next(); page != null; page = list.next()) {
            out.addAll(page);
        }
        return out;
    }

    @Test
    void everyRowComesOutOnceInOrderWhateverThePageThatFinishedFirst() {
        for (int total : new int[] {0, 1, 99, 100, 101, 300, 2537}) {
            AtomicInteger reads = new AtomicInteger();
            try (ReadAhead<List<Integer>> list = new ReadAhead<>("test", 100, 3, 2, rows(total, reads))) {
                assertThat(readAll(list)).as("%d rows", total)
                        .containsExactlyElementsOf(IntStream.range(0, total).boxed().toList());
                assertThat(list.next()).isNull();
                // the pages of the list, and at most the few read ahead past its end
                assertThat(reads.get()).isBetween(total / 100 + 1, total / 100 + 3);
            }
        }
    }

    @Test
    void readsNoMoreThanItsPagesAheadOfTheWriter() throws InterruptedException {
        AtomicInteger reads = new AtomicInteger();
        try (ReadAhead<List<Integer>> list = new ReadAhead<>("test", 10, 3, 2, rows(1000, reads))) {
            awaitReads(reads, 3);
            Thread.sleep(200);
            assertThat(reads.get()).as("no page read beyond the three ahead").isEqualTo(3);
            assertThat(list.next()).startsWith(0, 1, 2);
            assertThat(list.next()).startsWith(10, 11);
            awaitReads(reads, 5);
            Thread.sleep(200);
            assertThat(reads.get()).as("two pages taken, two more read").isEqualTo(5);
        }
    }

    @Test
    void aFailureComesOutWhereItsPageWouldHave() {
        LedgerException broken = new LedgerException("台账文件损坏");
        ReadAhead.Pager<List<Integer>> pager = (offset, limit) -> {
            if (offset == 200) {
                throw broken;
            }
            List<Integer> page = IntStream.range(offset, offset + limit).boxed().toList();
            return new ReadAhead.Page<>(page.size(), page);
        };
        try (ReadAhead<List<Integer>> list = new ReadAhead<>("test", 100, 3, 2, pager)) {
            assertThat(list.next()).first().isEqualTo(0);
            assertThat(list.next()).first().isEqualTo(100);
            assertThatThrownBy(list::next).isSameAs(broken);
            assertThat(list.next()).isNull();
        }
    }

    @Test
    void closingLetsTheQueryItIsInFinishUninterrupted() throws InterruptedException {
        CountDownLatch inQuery = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        ReadAhead.Pager<List<Integer>> pager = (offset, limit) -> {
            if (offset == 0) {
                inQuery.countDown();
                sleep(300);
                if (Thread.currentThread().isInterrupted()) {
                    interrupted.incrementAndGet();
                }
                finished.countDown();
            }
            return new ReadAhead.Page<>(limit, List.of(offset));
        };
        ReadAhead<List<Integer>> list = new ReadAhead<>("test", 10, 2, 1, pager);
        assertThat(inQuery.await(5, TimeUnit.SECONDS)).isTrue();
        list.close();
        assertThat(list.next()).isNull();
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted.get()).isZero();
    }

    /** Waits until the pager was called {@code n} times (on a loaded machine the pool may start late). */
    private static void awaitReads(AtomicInteger reads, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (reads.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(reads.get()).isGreaterThanOrEqualTo(n);
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
