package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the data rows under a detected (or corrected) header: blank rows are skipped, a 合计/总计
 * row ends the table, 小计 rows, repeated headers, a row of column numbers under the header and
 * signature lines below the table are skipped and reported. Rows are streamed: nothing but the
 * current row is held.
 */
public final class TableReader {

    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|总合计|共计|全县合计|累计)");
    private static final Pattern SUBTOTAL = Pattern.compile("^(小计|本页小计|本页合计)");
    private static final Pattern FOOTER = Pattern.compile(
            "^((填表人|填报人|制表人|审核人|审批人|负责人|单位负责人|分管领导|主要领导|经办人|联系人|联系电话|填报日期|填表日期)[:：]?"
                    + "|(备注|注|说明)[:：])");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("[(（]?(\\d{1,3})[)）]?");

    private TableReader() {
    }

    /** Visits each data row; return false from {@code visitor} to stop early. */
    public interface RowVisitor {
        boolean visit(DataRow row);
    }

    /**
     * Reads every data row of {@code sheet} under {@code header}.
     *
     * @param visitor gets each data row in order; false stops the reading
     * @return counts, the skipped rows and where a total row ended the table
     */
    public static TableSummary read(Workbook workbook, int sheet, HeaderMatch header, ReadListener listener,
                                    RowVisitor visitor) {
        State state = new State(header);
        long rowsRead = workbook.forEachRow(sheet, listener, row -> state.accept(row, visitor));
        return new TableSummary(state.dataRows, state.blankRows, state.skipped, state.totalRow, rowsRead);
    }

    /** The first {@code count} data rows, e.g. for a preview. */
    public static List<DataRow> firstDataRows(Workbook workbook, int sheet, HeaderMatch header, int count) {
        List<DataRow> out = new ArrayList<>();
        if (count <= 0) {
            return out;
        }
        read(workbook, sheet, header, ReadListener.NONE, row -> {
            out.add(row);
            return out.size() < count;
        });
        return out;
    }

    /** The first {@code count} data rows among rows already read from the top of a sheet. */
    static List<DataRow> dataRows(List<SheetRow> rows, HeaderMatch header, int count) {
        List<DataRow> out = new ArrayList<>();
        if (count <= 0) {
            return out;
        }
        State state = new State(header);
        RowVisitor collect = row -> {
            out.add(row);
            return out.size() < count;
        };
        for (SheetRow row : rows) {
            if (!state.accept(row, collect)) {
                break;
            }
        }
        return out;
    }

    /** Classifies rows one by one. */
    private static final class State implements Predicate<SheetRow> {
        private final HeaderMatch header;
        private final Map<String, Integer> columns;
        private final Map<Integer, String> headerLabels = new HashMap<>();
        /** Mapped columns with their normalized labels, for spotting a repeated header cheaply. */
        private final int[] mappedIndex;
        private final String[] mappedLabel;
        private final List<TableSummary.SkippedRow> skipped = new ArrayList<>();
        private long dataRows;
        private long blankRows;
        private int totalRow;
        private boolean seenContent;
        private RowVisitor visitor;

        State(HeaderMatch header) {
            this.header = header;
            this.columns = header.columnsByKey();
            for (HeaderColumn c : header.columns()) {
                headerLabels.put(c.index(), HeaderText.normalize(c.label().contains("/")
                        ? c.label().substring(c.label().lastIndexOf('/') + 1) : c.label()));
            }
            List<HeaderColumn> mapped = header.columns().stream().filter(HeaderColumn::isMapped)
                    .filter(c -> !headerLabels.get(c.index()).isEmpty()).collect(java.util.stream.Collectors.toList());
            mappedIndex = new int[mapped.size()];
            mappedLabel = new String[mapped.size()];
            for (int i = 0; i < mapped.size(); i++) {
                mappedIndex[i] = mapped.get(i).index();
                mappedLabel[i] = headerLabels.get(mapped.get(i).index());
            }
        }

        boolean accept(SheetRow row, RowVisitor v) {
            visitor = v;
            return test(row);
        }

        @Override
        public boolean test(SheetRow row) {
            if (row.rowNumber() < header.dataStartRow()) {
                return true;
            }
            if (row.isBlank()) {
                blankRows++;
                return true;
            }
            String first = firstText(row);
            boolean firstContent = !seenContent;
            seenContent = true;
            if (TOTAL.matcher(first).find()) {
                skipped.add(new TableSummary.SkippedRow(row.rowNumber(), TableSummary.SkipReason.TOTAL, first));
                totalRow = row.rowNumber();
                return false;
            }
            if (SUBTOTAL.matcher(first).find()) {
                skip(row, TableSummary.SkipReason.SUBTOTAL, first);
                return true;
            }
            if (firstContent && isColumnNumbers(row)) {
                skip(row, TableSummary.SkipReason.COLUMN_NUMBERS, first);
                return true;
            }
            if (isRepeatedHeader(row)) {
                skip(row, TableSummary.SkipReason.REPEATED_HEADER, first);
                return true;
            }
            if (isFooter(row, first)) {
                skip(row, TableSummary.SkipReason.FOOTER, first);
                return true;
            }
            dataRows++;
            return visitor.visit(new DataRow(row, columns));
        }

        private void skip(SheetRow row, TableSummary.SkipReason reason, String text) {
            if (skipped.size() < 1000) {
                skipped.add(new TableSummary.SkippedRow(row.rowNumber(), reason, text));
            }
        }

        /** The first non-blank cell's text without spaces ("合 计" is 合计); "" when that cell is not text. */
        private static String firstText(SheetRow row) {
            for (Cell c : row.cells()) {
                if (!c.isBlank()) {
                    return c.type() == Cell.Type.TEXT ? Text.compact(c.text()) : "";
                }
            }
            return "";
        }

        /** 1, 2, 3 … (or (1), (2) …) across the header's columns, at least three of them. */
        private boolean isColumnNumbers(SheetRow row) {
            int expected = -1;
            int count = 0;
            for (Cell c : row.cells()) {
                if (c.isBlank()) {
                    continue;
                }
                String t = Text.compact(c.isNumeric() ? c.plainNumber() : c.text());
                var m = COLUMN_NUMBER.matcher(t);
                if (!m.matches()) {
                    return false;
                }
                int n = Integer.parseInt(m.group(1));
                if (expected >= 0 && n != expected) {
                    return false;
                }
                expected = n + 1;
                count++;
            }
            return count >= 3;
        }

        private boolean isRepeatedHeader(SheetRow row) {
            int mapped = mappedIndex.length;
            int needed = Math.max(2, (mapped + 1) / 2);
            int same = 0;
            for (int i = 0; i < mapped; i++) {
                Cell cell = row.cell(mappedIndex[i]);
                String label = mappedLabel[i];
                // cheap test first: a header cell contains the first character of its label
                if (cell.type() == Cell.Type.TEXT && cell.text().indexOf(label.charAt(0)) >= 0
                        && label.equals(HeaderText.normalize(cell.text()))) {
                    same++;
                } else if (same + (mapped - i - 1) < needed) {
                    return false;
                }
            }
            return mapped > 0 && same >= needed;
        }

        /** A line such as “填表人：张三  审核人：李四  联系电话：…”: a footer word first, few cells. */
        private boolean isFooter(SheetRow row, String first) {
            if (!FOOTER.matcher(first).find()) {
                return false;
            }
            boolean labelled = first.contains(":") || first.contains("：");
            return labelled || row.filledCount() <= 3;
        }
    }
}
