package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.ui.BackgroundRunner;
import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A read-only list of a query's results for a virtualized table: its size is the query's count, and
 * {@link #get(int)} loads the page holding the row through the {@link BackgroundRunner}, keeping only a few pages
 * (least recently used dropped). A row whose page is still loading is {@code null}; when the page arrives the list
 * reports the rows as replaced, so the table redraws them. A new query gets a new list.
 *
 * <p>Whole-list operations that JavaFX offers ({@code indexOf}, {@code contains}) look only at the loaded pages, so
 * that no control walks 200,000 rows by accident; {@code equals} is identity. Use on the JavaFX thread only.
 */
public final class PagedList<T> extends ObservableListBase<T> {

    /** Where the rows come from: a page of the query, read off the JavaFX thread. */
    @FunctionalInterface
    public interface PageSource<T> {
        List<T> load(int offset, int limit) throws Exception;
    }

    private int size;
    private final int pageSize;
    private final PageSource<T> source;
    private final BackgroundRunner runner;
    private final Consumer<Throwable> onFailure;
    private final Map<Integer, List<T>> pages;
    private final Set<Integer> pending = new HashSet<>();
    /** Pages further than this from the last one asked for are skipped when their turn comes (a fast scroll). */
    private final int reach;
    private volatile int lastAsked;
    private volatile boolean closed;
    private boolean inGet;
    private int loads;

    /**
     * @param size      the query's count
     * @param firstPage the first page, read together with the count (may be shorter than a page at the end)
     * @param maxPages  how many pages are kept
     */
    public PagedList(int size, int pageSize, int maxPages, List<T> firstPage, PageSource<T> source,
                     BackgroundRunner runner, Consumer<Throwable> onFailure) {
        if (pageSize < 1 || maxPages < 1 || size < 0) {
            throw new IllegalArgumentException("size " + size + ", pageSize " + pageSize + ", maxPages " + maxPages);
        }
        this.size = size;
        this.pageSize = pageSize;
        this.source = source;
        this.runner = runner;
        this.onFailure = onFailure;
        this.reach = Math.max(1, maxPages / 2);
        this.pages = Lru.map(maxPages);
        if (firstPage != null && !firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
    }

    /** An empty list, before the first query has answered. */
    public static <T> PagedList<T> empty() {
        return new PagedList<>(0, 1, 1, List.of(), (o, l) -> List.of(), BackgroundRunner.direct(), e -> { });
    }

    @Override
    public int size() {
        return size;
    }

    /** The row, or {@code null} while its page is loading (or when the ledger changed under the query). */
    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page);
        }
        int at = index - page * pageSize;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    /**
     * Sets the size once the count is known (a search shows its first page before counting); rows past the old
     * size are reported as added, or as removed when the count is smaller.
     */
    public void resize(int newSize) {
        if (newSize < 0) {
            throw new IllegalArgumentException("size " + newSize);
        }
        int old = size;
        if (newSize == old) {
            return;
        }
        size = newSize;
        beginChange();
        if (newSize > old) {
            nextAdd(old, newSize);
        } else {
            nextRemove(newSize, Collections.<T>nCopies(old - newSize, null));
        }
        endChange();
    }

    /** Whether the row's page is in memory (asking doesn't load it). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    /** Pages in memory now; never more than {@code maxPages}. */
    public int pagesInMemory() {
        return pages.size();
    }

    /** How many pages were read from the source so far, the first one not counted. */
    public int loads() {
        return loads;
    }

    /** Puts {@code replacement} in place of every loaded row that {@code which} picks, e.g. a person just edited. */
    public void replaceLoaded(Predicate<T> which, T replacement) {
        List<Integer> changed = new ArrayList<>();
        for (Map.Entry<Integer, List<T>> e : new ArrayList<>(pages.entrySet())) {
            List<T> rows = new ArrayList<>(e.getValue());
            boolean any = false;
            for (int i = 0; i < rows.size(); i++) {
                if (which.test(rows.get(i))) {
                    rows.set(i, replacement);
                    changed.add(e.getKey() * pageSize + i);
                    any = true;
                }
            }
            if (any) {
                pages.put(e.getKey(), List.copyOf(rows));
            }
        }
        if (!changed.isEmpty()) {
            beginChange();
            changed.forEach(i -> nextSet(i, null));
            endChange();
        }
    }

    /** Stops loading: the list was replaced by a newer query's. */
    public void close() {
        closed = true;
    }

    @Override
    public int indexOf(Object o) {
        for (Map.Entry<Integer, List<T>> e : pages.entrySet()) {
            int i = e.getValue().indexOf(o);
            if (i >= 0) {
                return e.getKey() * pageSize + i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private void request(int page) {
        if (closed || !pending.add(page)) {
            return;
        }
        lastAsked = page;
        int offset = page * pageSize;
        boolean outer = !inGet;
        inGet = true;
        try {
            runner.run(() -> closed || Math.abs(page - lastAsked) > reach ? null : source.load(offset, pageSize),
                    rows -> arrived(page, rows),
                    error -> {
                        pending.remove(page);
                        onFailure.accept(error);
                    });
        } finally {
            if (outer) {
                inGet = false;
            }
        }
    }

    private void arrived(int page, List<T> rows) {
        pending.remove(page);
        if (rows == null || closed) {
            return;
        }
        loads++;
        pages.put(page, List.copyOf(rows));
        if (inGet) {
            return; // loaded while get() waited (tests' direct runner): get() returns the row, nothing to report
        }
        int from = page * pageSize;
        int to = Math.min(size, from + pageSize);
        if (from < to) {
            beginChange();
            for (int i = from; i < to; i++) {
                nextSet(i, null);
            }
            endChange();
        }
    }
}
