package cn.yanshan.ledger.export;

import cn.yanshan.ledger.common.LedgerException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a long list ahead of the one who writes it, a page at a time on threads of its own, while the caller is
 * still busy with what comes before the list in the file. On a ledger whose pages are encrypted, reading is most of
 * an export's work; this way it uses the machine's other core, and pages are read beside each other. At most
 * {@code ahead} pages are being read or wait to be taken, so memory stays bounded however long the list is. Pages
 * come out in order; a failure to read one comes out where it would have, as the exception it was.
 *
 * @param <T> what a page holds
 */
final class ReadAhead<T> implements AutoCloseable {

    /** A page of the list, read from {@code offset}, with what it needs besides; short or empty at the end. */
    @FunctionalInterface
    interface Pager<T> {
        Page<T> page(int offset, int limit);
    }

    /** A page: its rows and whatever was read for them. */
    record Page<T>(int size, T content) {
    }

    private final int pageSize;
    private final Pager<T> pager;
    private final ExecutorService threads;
    private final Deque<Future<Page<T>>> reading = new ArrayDeque<>();
    private int nextOffset;
    private boolean ended;

    /** Starts reading the first {@code ahead} pages at once, on {@code threads} threads. */
    ReadAhead(String name, int pageSize, int ahead, int threads, Pager<T> pager) {
        if (pageSize < 1 || ahead < 1 || threads < 1) {
            throw new IllegalArgumentException("pageSize " + pageSize + ", ahead " + ahead + ", threads " + threads);
        }
        this.pageSize = pageSize;
        this.pager = pager;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < ahead; i++) {
            readNext();
        }
    }

    private void readNext() {
        int offset = nextOffset;
        nextOffset += pageSize;
        reading.add(threads.submit(() -> pager.page(offset, pageSize)));
    }

    /** The next page, waiting for it if needed; {@code null} after the last. A failure to read it is thrown. */
    T next() {
        if (ended || reading.isEmpty()) {
            return null;
        }
        Page<T> page;
        try {
            page = reading.poll().get();
        } catch (InterruptedException e) {
            ended = true; // the page was taken off the queue: going on would skip it
            Thread.currentThread().interrupt();
            throw new LedgerException("导出被中断，请再试一次。", e);
        } catch (ExecutionException e) {
            ended = true;
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new LedgerException("读取台账时出错，请再试一次。", e.getCause());
        }
        if (page.size() < pageSize) {
            ended = true; // pages read past the end are empty and dropped
        } else {
            readNext();
        }
        return page.size() == 0 ? null : page.content();
    }

    /**
     * Stops reading: pages not taken are dropped, and the threads end after the query they are in. They are not
     * interrupted: H2 closes a database whose file a thread was reading when it was interrupted.
     */
    @Override
    public void close() {
        ended = true;
        reading.forEach(f -> f.cancel(false));
        reading.clear();
        threads.shutdown();
    }
}
