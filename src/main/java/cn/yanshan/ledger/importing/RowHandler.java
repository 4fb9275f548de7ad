package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.workbook.DataRow;

/**
 * Checks the data rows of one file, in order, against the ledger and the file's earlier rows; never writes. One
 * handler per file read: it remembers the rows it has seen (duplicates inside the file, persons the file creates).
 */
public interface RowHandler {

    CheckedRow check(DataRow row);
}
