package cn.yanshan.ledger.workbook;

import java.util.List;

/**
 * What reading the rows under a header came to.
 *
 * @param dataRows     rows handed to the caller
 * @param blankRows    blank rows skipped
 * @param skipped      rows that are not data and were skipped (totals, repeated headers, …), in order
 * @param totalRow     the 合计/总计 row where reading stopped, or 0 when the sheet has none
 * @param rowsRead     all rows read from the sheet, header and skipped rows included
 */
public record TableSummary(long dataRows, long blankRows, List<SkippedRow> skipped, int totalRow, long rowsRead) {

    public TableSummary {
        skipped = List.copyOf(skipped);
    }

    /** Why a row under the header is not data. */
    public enum SkipReason {
        /** 小计 (a subtotal inside the table): skipped, reading goes on. */
        SUBTOTAL("小计行"),
        /** 合计/总计: the end of the table; reading stops here. */
        TOTAL("合计行"),
        /** The header again, e.g. repeated for printing. */
        REPEATED_HEADER("重复的表头"),
        /** A row of column numbers (1, 2, 3 …) right under the header. */
        COLUMN_NUMBERS("列序号行"),
        /** 填表人/审核人/联系电话：… below the table. */
        FOOTER("表尾签字行");

        private final String label;

        SkipReason(String label) {
            this.label = label;
        }

        /** How the reason is named to the clerk. */
        public String label() {
            return label;
        }
    }

    /** A skipped row: its 1-based number, why, and its first text (for display). */
    public record SkippedRow(int rowNumber, SkipReason reason, String text) {
    }
}
