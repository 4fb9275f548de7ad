package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.LedgerException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a file holds, cheaply: every sheet with its detected header, its first rows and its row
 * count, and the sheet most likely to be the one to import. Only the top of each sheet is parsed
 * (an .xlsx sheet is still inflated once to check it and count its rows).
 *
 * @param file           the file
 * @param format         its format, detected from its content
 * @param sheets         all sheets, in workbook order
 * @param suggestedSheet index of the likeliest sheet (best header score, visible before hidden, then
 *                       the first), or -1 when no sheet has a recognisable header
 */
public record Preview(Path file, WorkbookFormat format, List<SheetPreview> sheets, int suggestedSheet) {

    /** Rows shown from the top of each sheet. */
    public static final int TOP_ROWS = 30;
    /** Data rows sampled under each header. */
    public static final int SAMPLE_ROWS = 20;

    public Preview {
        sheets = List.copyOf(sheets);
    }

    /** Opens, previews and closes a file with the given column specs. */
    public static Preview of(Path file, List<ColumnSpec> specs, Limits limits) {
        return of(file, new HeaderDetector(specs), limits);
    }

    /** The same, with a detector that may carry a mapping remembered for the sending unit. */
    public static Preview of(Path file, HeaderDetector detector, Limits limits) {
        return of(file, detector, limits, ReadListener.NONE);
    }

    /** The same, cancellable while a large file is opened. */
    public static Preview of(Path file, HeaderDetector detector, Limits limits, ReadListener listener) {
        try (Workbook workbook = WorkbookReader.open(file, limits, listener)) {
            return of(workbook, detector);
        }
    }

    /** Previews an open workbook (left open). */
    public static Preview of(Workbook workbook, HeaderDetector detector) {
        List<SheetPreview> previews = new ArrayList<>();
        for (SheetInfo sheet : workbook.sheets()) {
            previews.add(sheet(workbook, sheet, detector));
        }
        return new Preview(workbook.file(), workbook.format(), previews, suggest(previews));
    }

    private static SheetPreview sheet(Workbook workbook, SheetInfo sheet, HeaderDetector detector) {
        int scan = workbook.limits().headerScanRows() + 1;
        List<SheetRow> rows;
        List<CellRange> merges;
        try {
            rows = workbook.firstRows(sheet.index(), Math.max(scan, TOP_ROWS) + SAMPLE_ROWS);
            merges = workbook.headerMerges(sheet.index());
        } catch (ReadCancelledException e) {
            throw e;
        } catch (LedgerException e) {
            return new SheetPreview(sheet, Optional.empty(), List.of(), List.of(), Optional.of(e.getMessage()));
        }
        List<SheetRow> top = rows.stream().filter(r -> r.rowNumber() <= scan).collect(Collectors.toList());
        Optional<HeaderMatch> header = detector.detect(top, merges);
        List<DataRow> sample = header.map(h -> TableReader.dataRows(rows, h, SAMPLE_ROWS)).orElse(List.of());
        List<SheetRow> shown = rows.size() > TOP_ROWS ? rows.subList(0, TOP_ROWS) : rows;
        return new SheetPreview(sheet, header, shown, sample, Optional.empty());
    }

    private static int suggest(List<SheetPreview> previews) {
        int best = -1;
        for (int i = 0; i < previews.size(); i++) {
            SheetPreview p = previews.get(i);
            if (p.header().isEmpty()) {
                continue;
            }
            if (best < 0) {
                best = i;
                continue;
            }
            SheetPreview b = previews.get(best);
            boolean higher = p.score() > b.score();
            boolean sameButVisible = p.score() == b.score() && b.sheet().hidden() && !p.sheet().hidden();
            if (higher || sameButVisible) {
                best = i;
            }
        }
        return best;
    }

    /** The likeliest sheet, when any has a recognisable header. */
    public Optional<SheetPreview> suggested() {
        return suggestedSheet < 0 ? Optional.empty() : Optional.of(sheets.get(suggestedSheet));
    }

    /**
     * The likeliest sheet, or a LedgerException saying that no sheet has a header with these columns
     * (for the command line, where nobody can pick the header row by hand).
     */
    public SheetPreview requireSuggested(List<ColumnSpec> specs) {
        return suggested().orElseThrow(() -> new LedgerException("文件“" + Failures.name(file)
                + "”的工作表中没有找到可识别的表头（应包含" + expected(specs)
                + "等列），请确认选对了文件，或在导入向导中手动指定表头所在的行。"));
    }

    private static String expected(List<ColumnSpec> specs) {
        List<ColumnSpec> shown = specs.stream().filter(ColumnSpec::required).limit(3).collect(Collectors.toList());
        if (shown.isEmpty()) {
            shown = specs.stream().limit(3).collect(Collectors.toList());
        }
        return shown.stream().map(s -> "“" + s.label() + "”").collect(Collectors.joining(""));
    }

    /** The detected mapping of every sheet that has a header, by sheet name; handy for logs and tests. */
    public Map<String, Map<String, String>> mappings() {
        return sheets.stream().filter(s -> s.header().isPresent())
                .collect(Collectors.toMap(s -> s.sheet().name(), s -> s.header().get().mapping(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
