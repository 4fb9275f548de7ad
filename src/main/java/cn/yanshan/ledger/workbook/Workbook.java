package cn.yanshan.ledger.workbook;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An open spreadsheet file: its sheets and their rows. Get one from {@link WorkbookReader#open};
 * close it when done (it holds the file open). Not thread-safe: read one sheet at a time.
 *
 * <p>Every failure while reading is a {@link cn.yanshan.ledger.common.LedgerException} with one
 * Chinese sentence for the clerk; a cancel through the {@link ReadListener} is a
 * {@link ReadCancelledException}. No other exception leaves these methods.
 */
public interface Workbook extends Closeable {

    Path file();

    WorkbookFormat format();

    Limits limits();

    /** The sheets in workbook order (a .csv file has one, named after the file). Never empty. */
    List<SheetInfo> sheets();

    /** One sheet by its 0-based index; a clear message when there is no such sheet. */
    default SheetInfo sheet(int index) {
        List<SheetInfo> all = sheets();
        if (index < 0 || index >= all.size()) {
            throw Failures.noSuchSheet(index, all.size());
        }
        return all.get(index);
    }

    /**
     * Merged regions that start within the sheet's top rows ({@link Limits#headerScanRows()} and a
     * few more), which is where titles and headers are; empty for .csv.
     */
    List<CellRange> headerMerges(int sheet);

    /**
     * Reads the rows of a sheet from the top, in order, handing each to {@code visitor} until it
     * returns false or the sheet ends. Rows the file does not hold (gaps) are not visited: watch
     * {@link SheetRow#rowNumber()}. Large .xlsx sheets are streamed, never held whole.
     *
     * @return the number of rows visited
     */
    long forEachRow(int sheet, ReadListener listener, Predicate<SheetRow> visitor);

    /**
     * The same rows as a stream; close it (try-with-resources) to release the file part early.
     * Errors surface as LedgerExceptions from the terminal operation.
     */
    Stream<SheetRow> rows(int sheet, ReadListener listener);

    /** The first {@code count} rows the sheet holds (fewer when it is shorter), e.g. for a preview. */
    default List<SheetRow> firstRows(int sheet, int count) {
        List<SheetRow> out = new java.util.ArrayList<>(Math.min(count, 64));
        if (count <= 0) {
            return out;
        }
        forEachRow(sheet, ReadListener.NONE, row -> {
            out.add(row);
            return out.size() < count;
        });
        return out;
    }

    /** Releases the file; never throws. */
    @Override
    void close();
}
