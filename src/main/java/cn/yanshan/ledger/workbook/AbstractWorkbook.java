package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.LedgerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What every format shares: limits, cancel and progress around a format's own row cursor, and the
 * translation of any library failure into one clear message.
 */
abstract class AbstractWorkbook implements Workbook {

    /** Rows read by a format; {@code null} at the end. */
    interface RowCursor extends AutoCloseable {
        SheetRow next() throws IOException;

        @Override
        void close();
    }

    protected final Path file;
    protected final Limits limits;

    AbstractWorkbook(Path file, Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    /** Opens the format's cursor on a sheet, positioned before its first row. */
    protected abstract RowCursor openCursor(int sheet) throws IOException;

    @Override
    public long forEachRow(int sheet, ReadListener listener, Predicate<SheetRow> visitor) {
        SheetInfo info = sheet(sheet);
        try (GuardedCursor cursor = new GuardedCursor(info, listener)) {
            long n = 0;
            SheetRow row;
            while ((row = cursor.next()) != null) {
                n++;
                if (!visitor.test(row)) {
                    break;
                }
            }
            cursor.finish();
            return n;
        }
    }

    @Override
    public Stream<SheetRow> rows(int sheet, ReadListener listener) {
        SheetInfo info = sheet(sheet);
        GuardedCursor cursor = new GuardedCursor(info, listener);
        Iterator<SheetRow> it = new Iterator<>() {
            private SheetRow pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = cursor.next();
                    if (pending == null) {
                        done = true;
                        cursor.finish();
                    }
                }
                return pending != null;
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SheetRow r = pending;
                pending = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(cursor::close);
    }

    /** Turns anything a library throws into one clear message. */
    protected LedgerException translate(Throwable t, String sheet, int nearRow) {
        if (t instanceof LedgerException) {
            return (LedgerException) t;
        }
        if (t instanceof OutOfMemoryError) {
            return Failures.outOfMemory(file, t);
        }
        Throwable cause = t instanceof UncheckedIOException ? t.getCause() : t;
        if (Exceptions.isEncryption(cause)) {
            return Failures.encrypted(file, cause);
        }
        return sheet == null ? Failures.damaged(file, cause) : Failures.damagedAt(file, sheet, Math.max(nearRow, 1), cause);
    }

    /** Text of one cell, refused when longer than the limit. */
    protected String checkText(String text, String sheet, int row) {
        if (text != null && text.length() > limits.maxCellChars()) {
            throw Failures.cellTooLong(sheet, row, limits.maxCellChars());
        }
        return text;
    }

    /** Enforces the row limit, polls cancel, reports progress, translates failures. */
    private final class GuardedCursor implements AutoCloseable {
        private final SheetInfo info;
        private final ReadListener listener;
        private RowCursor cursor;
        private long count;
        private int lastRowNumber;
        private boolean closed;

        GuardedCursor(SheetInfo info, ReadListener listener) {
            this.info = info;
            this.listener = listener == null ? ReadListener.NONE : listener;
            try {
                cursor = openCursor(info.index());
            } catch (Throwable t) {
                rethrowFatal(t);
                throw translate(t, info.name(), 1);
            }
        }

        SheetRow next() {
            if (closed) {
                return null;
            }
            if (listener.isCancelled()) {
                close();
                throw new ReadCancelledException();
            }
            SheetRow row;
            try {
                row = cursor.next();
            } catch (Throwable t) {
                close();
                rethrowFatal(t);
                throw translate(t, info.name(), lastRowNumber + 1);
            }
            if (row == null) {
                return null;
            }
            count++;
            lastRowNumber = row.rowNumber();
            if (count > limits.maxRowsPerSheet()) {
                close();
                throw Failures.tooManyRows(info.name(), limits.maxRowsPerSheet());
            }
            if (count % ReadListener.PROGRESS_EVERY == 0) {
                listener.rowsRead(info.name(), count, info.rowCount());
            }
            return row;
        }

        void finish() {
            listener.rowsRead(info.name(), count, info.rowCount());
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (cursor != null) {
                    try {
                        cursor.close();
                    } catch (RuntimeException e) {
                        // closing a half-read part must not hide the real outcome
                    }
                }
            }
        }
    }

    /**
     * Broken installations and a dying JVM are not ours to handle; running out of memory or stack on a
     * crafted file, or a library's failed assertion, is a damaged file.
     */
    static void rethrowFatal(Throwable t) {
        if (t instanceof LinkageError || t instanceof ThreadDeath
                || (t instanceof VirtualMachineError && !(t instanceof OutOfMemoryError) && !(t instanceof StackOverflowError))) {
            throw (Error) t;
        }
    }
}
