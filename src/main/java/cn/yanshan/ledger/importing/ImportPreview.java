package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.workbook.Cell;
import cn.yanshan.ledger.workbook.TableSummary;
import java.util.List;

/**
 * Every data row of a file with its status, before anything is written, and the counts.
 *
 * @param rows      one per data row, in file order
 * @param rejected  the rows with errors (and duplicates) with their cells as the file holds them, for the error workbook
 * @param summary   how reading the sheet went (total row, skipped rows)
 */
public record ImportPreview(ImportSetup setup, List<RowResult> rows, ImportCounts counts, List<RejectedRow> rejected,
                            TableSummary summary) {

    public ImportPreview {
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
    }

    /** A row that goes back to the unit: its result and all its cells. */
    public record RejectedRow(RowResult result, List<Cell> cells) {
        public RejectedRow {
            cells = List.copyOf(cells);
        }
    }
}
