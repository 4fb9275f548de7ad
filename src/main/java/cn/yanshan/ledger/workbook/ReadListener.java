package cn.yanshan.ledger.workbook;

/**
 * Progress and cancellation while rows are read. {@link #isCancelled()} is polled before every row,
 * so a cancel stops reading promptly with a {@link ReadCancelledException}; {@link #rowsRead} is
 * called every {@link #PROGRESS_EVERY} rows and once at the end of a sheet. Both are called on the
 * reading thread: a UI forwards them to its own thread.
 */
public interface ReadListener {

    /** How many rows pass between two progress calls. */
    int PROGRESS_EVERY = 1000;

    /** Reports nothing and never cancels. */
    ReadListener NONE = new ReadListener() {
    };

    /**
     * Rows read so far from the sheet being read.
     *
     * @param sheetName the sheet
     * @param rowsRead  rows read from it so far, blank ones included
     * @param rowsTotal the sheet's row count as far as known before reading, or -1
     */
    default void rowsRead(String sheetName, long rowsRead, long rowsTotal) {
    }

    /** True stops the reading at the next row. */
    default boolean isCancelled() {
        return false;
    }

    /** A listener that is cancelled once {@code flag} is set; handy for a cancel button. */
    static ReadListener cancelledBy(java.util.concurrent.atomic.AtomicBoolean flag) {
        return new ReadListener() {
            @Override
            public boolean isCancelled() {
                return flag.get();
            }
        };
    }
}
