package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.workbook.DataRow;
import java.util.List;

/**
 * Checks the data rows of one file, in order, against the ledger and the file's earlier rows; never writes. One
 * handler per file read: it remembers the rows it has seen (duplicates inside the file, persons the file creates).
 * Rows come in chunks: {@link #prepare} sees a chunk first, to look up what its rows need in one query rather than
 * one query a row, then {@link #check} each row of it.
 */
public interface RowHandler {

    /** Looks up what the rows of a chunk need before they are checked; the default looks up nothing. */
    default void prepare(List<DataRow> rows) {
    }

    CheckedRow check(DataRow row);
}
