package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.LedgerException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * .xlsx and .xlsm through fastexcel-reader, which streams a sheet's XML row by row. Before the
 * parser sees a part, {@link PartScanner} has inflated it once under the limits (zip bombs, giant
 * strings), counted its rows and collected the merged header regions.
 */
final class XlsxWorkbook extends AbstractWorkbook {

    private static final Set<String> ERROR_CODES =
            Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!");

    private final ZipFile zip;
    private final ReadableWorkbook book;
    private final List<Sheet> fxSheets;
    private final List<SheetInfo> sheets;
    private final List<List<CellRange>> merges;
    private final boolean date1904;
    private final Map<Integer, NumberStyle> styles = new HashMap<>();
    /** Sheets listed in the workbook without a part to read. */
    private final Set<Integer> partless;

    private XlsxWorkbook(Path file, Limits limits, ZipFile zip, ReadableWorkbook book, List<Sheet> fxSheets,
                         List<SheetInfo> sheets, List<List<CellRange>> merges, Set<Integer> partless) {
        super(file, limits);
        this.partless = Set.copyOf(partless);
        this.zip = zip;
        this.book = book;
        this.fxSheets = fxSheets;
        this.sheets = sheets;
        this.merges = merges;
        this.date1904 = book.isDate1904();
    }

    /** Opens a file whose content starts like a zip archive. */
    static Workbook open(Path file, Limits limits, ReadListener listener) {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException e) {
            throw Failures.damaged(file, e);
        }
        ReadableWorkbook book = null;
        try {
            Map<String, ZipArchiveEntry> entries = entries(zip);
            classify(file, zip, entries);
            checkDeclaredSizes(file, entries, limits);

            Map<String, String> types = ContentTypes.read(file, zip, entries, limits);
            String main = firstPresent(types, OoxmlParts.MAIN_SHEET, OoxmlParts.MAIN_MACRO,
                    OoxmlParts.MAIN_TEMPLATE, OoxmlParts.MAIN_MACRO_TEMPLATE);
            if (main == null && entries.containsKey("xl/workbook.xml")) {
                main = "xl/workbook.xml";
            }
            if (main == null || !entries.containsKey(main)) {
                throw Failures.damaged(file, new IOException("no workbook part in the package"));
            }
            verify(file, zip, entries.get(main), limits, limits.maxEntryBytes());
            String stylesPart = types.get(OoxmlParts.STYLES);
            if (stylesPart != null && entries.containsKey(stylesPart)) {
                verify(file, zip, entries.get(stylesPart), limits, limits.maxEntryBytes());
            }
            String sst = types.get(OoxmlParts.SHARED_STRINGS);
            if (sst != null && entries.containsKey(sst)) {
                verify(file, zip, entries.get(sst), limits, limits.maxSharedStringsBytes());
            }
            Map<String, OoxmlParts.Relationship> rels = Map.of();
            ZipArchiveEntry relsEntry = entries.get(OoxmlParts.relsOf(main));
            if (relsEntry != null) {
                verify(file, zip, relsEntry, limits, limits.maxEntryBytes());
                try (InputStream in = zip.getInputStream(relsEntry)) {
                    rels = OoxmlParts.relationships(in, main);
                }
            }
            // every worksheet is inflated once under the limits before the parser sees any of it
            Map<String, PartScanner.SheetScan> scans = new HashMap<>();
            for (OoxmlParts.Relationship rel : rels.values()) {
                ZipArchiveEntry entry = entries.get(rel.target());
                if (entry != null && rel.type().equals("worksheet") && !scans.containsKey(rel.target())) {
                    scans.put(rel.target(), scan(file, zip, entry, limits, limits.maxEntryBytes(), listener));
                }
            }

            book = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
            List<Sheet> fxSheets = book.getSheets().collect(Collectors.toList());
            if (fxSheets.isEmpty()) {
                throw Failures.noSheets(file);
            }
            List<SheetInfo> infos = new ArrayList<>();
            List<List<CellRange>> merges = new ArrayList<>();
            Set<Integer> missing = new HashSet<>();
            for (int i = 0; i < fxSheets.size(); i++) {
                Sheet s = fxSheets.get(i);
                OoxmlParts.Relationship rel = s.getId() == null ? null : rels.get(s.getId());
                PartScanner.SheetScan scan = rel == null ? null : scans.get(rel.target());
                long rows = -1;
                List<CellRange> top = List.of();
                if (scan != null) {
                    rows = scan.rows();
                    top = List.copyOf(scan.topMerges());
                } else if (rel == null || !entries.containsKey(rel.target())) {
                    rows = 0; // a sheet without a part (a dialog or macro sheet, or a broken reference): nothing to read
                    missing.add(i);
                }
                String name = s.getName() == null ? "Sheet" + (i + 1) : s.getName();
                infos.add(new SheetInfo(i, name, s.getVisibility() != SheetVisibility.VISIBLE, rows, rows >= 0));
                merges.add(top);
            }
            return new XlsxWorkbook(file, limits, zip, book, fxSheets, List.copyOf(infos), List.copyOf(merges), missing);
        } catch (Throwable t) {
            closeQuietly(book);
            ZipFile.closeQuietly(zip);
            rethrowFatal(t);
            if (t instanceof LedgerException) {
                throw (LedgerException) t;
            }
            if (t instanceof OutOfMemoryError) {
                throw Failures.outOfMemory(file, t);
            }
            if (Exceptions.isEncryption(t)) {
                throw Failures.encrypted(file, t);
            }
            throw Failures.damaged(file, t);
        }
    }

    private static Map<String, ZipArchiveEntry> entries(ZipFile zip) {
        Map<String, ZipArchiveEntry> byName = new HashMap<>();
        Enumeration<ZipArchiveEntry> e = zip.getEntries();
        while (e.hasMoreElements()) {
            ZipArchiveEntry entry = e.nextElement();
            if (!entry.isDirectory()) {
                byName.putIfAbsent(OoxmlParts.normalize(entry.getName()), entry);
            }
        }
        return byName;
    }

    /** Says what a zip archive is when it is not a workbook we read. */
    private static void classify(Path file, ZipFile zip, Map<String, ZipArchiveEntry> entries) throws IOException {
        if (entries.containsKey("xl/workbook.bin")) {
            throw Failures.xlsb();
        }
        ZipArchiveEntry mimetype = entries.get("mimetype");
        if (mimetype != null && mimetype.getSize() < 200) {
            String type;
            try (InputStream in = zip.getInputStream(mimetype)) {
                type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
            }
            if (type.contains("opendocument.spreadsheet")) {
                throw Failures.ods();
            }
            if (type.contains("opendocument")) {
                throw Failures.notASpreadsheet(file, "OpenDocument 文档");
            }
        }
        if (entries.containsKey("word/document.xml")) {
            throw Failures.notASpreadsheet(file, "Word 文档");
        }
        if (entries.containsKey("ppt/presentation.xml")) {
            throw Failures.notASpreadsheet(file, "PowerPoint 演示文稿");
        }
        if (!entries.containsKey("[Content_Types].xml")) {
            boolean looksExcel = entries.keySet().stream().anyMatch(n -> n.startsWith("xl/"));
            if (looksExcel) {
                throw Failures.damaged(file, new IOException("no [Content_Types].xml"));
            }
            throw Failures.notASpreadsheet(file, "压缩包（zip）");
        }
        if (entries.keySet().stream().noneMatch(n -> n.startsWith("xl/") || n.endsWith("workbook.xml"))) {
            throw Failures.notASpreadsheet(file, entries.size() == 1 ? "压缩包（zip）" : "其他 Office 文档或压缩包");
        }
    }

    /** Sizes and ratios the central directory declares; lies are caught when parts are inflated. */
    private static void checkDeclaredSizes(Path file, Map<String, ZipArchiveEntry> entries, Limits limits) {
        for (Map.Entry<String, ZipArchiveEntry> e : entries.entrySet()) {
            long size = e.getValue().getSize();
            long packed = e.getValue().getCompressedSize();
            if (size > limits.maxEntryBytes()) {
                throw Failures.zipBomb(file, e.getKey());
            }
            if (size > limits.inflateRatioGrace() && packed > 0 && (double) size / packed > limits.maxInflateRatio()) {
                throw Failures.zipBomb(file, e.getKey());
            }
        }
    }

    private static void verify(Path file, ZipFile zip, ZipArchiveEntry entry, Limits limits, long maxBytes) throws IOException {
        scan(file, zip, entry, limits, maxBytes, ReadListener.NONE);
    }

    private static PartScanner.SheetScan scan(Path file, ZipFile zip, ZipArchiveEntry entry, Limits limits, long maxBytes,
                                              ReadListener listener) throws IOException {
        if (!zip.canReadEntryData(entry)) {
            throw Failures.damaged(file, new IOException("unsupported compression in " + entry.getName()));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return PartScanner.forPart(limits, maxBytes, entry.getCompressedSize()).scan(in, listener);
        } catch (PartScanner.LimitExceeded e) {
            if (e.bomb) {
                throw Failures.zipBomb(file, entry.getName());
            }
            throw Failures.textTooLong(file, limits.maxCellChars());
        }
    }

    private static String firstPresent(Map<String, String> types, String... keys) {
        for (String k : keys) {
            if (types.containsKey(k)) {
                return types.get(k);
            }
        }
        return null;
    }

    private static void closeQuietly(ReadableWorkbook book) {
        if (book != null) {
            try {
                book.close();
            } catch (IOException | RuntimeException ignored) {
                // already failing
            }
        }
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLSX;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public List<CellRange> headerMerges(int sheet) {
        sheet(sheet);
        return merges.get(sheet);
    }

    @Override
    protected RowCursor openCursor(int sheet) throws IOException {
        if (partless.contains(sheet)) {
            return new RowCursor() {
                @Override
                public SheetRow next() {
                    return null;
                }

                @Override
                public void close() {
                    // nothing open
                }
            };
        }
        String name = sheets.get(sheet).name();
        Stream<Row> stream = fxSheets.get(sheet).openStream();
        Iterator<Row> it = stream.iterator();
        return new RowCursor() {
            @Override
            public SheetRow next() {
                if (!it.hasNext()) {
                    return null;
                }
                return convert(it.next(), name);
            }

            @Override
            public void close() {
                stream.close();
            }
        };
    }

    private SheetRow convert(Row row, String sheetName) {
        int rowNumber = row.getRowNum();
        int count = row.getCellCount();
        List<Cell> cells = new ArrayList<>(Math.min(count, limits.maxColumns()));
        int lastFilled = -1;
        for (int i = 0; i < count; i++) {
            org.dhatim.fastexcel.reader.Cell c = row.getCell(i);
            Cell cell = c == null ? Cell.BLANK : convert(c, sheetName, rowNumber);
            if (i >= limits.maxColumns()) {
                if (!cell.isBlank()) {
                    throw Failures.tooManyColumns(sheetName, rowNumber, i, limits.maxColumns());
                }
                continue;
            }
            cells.add(cell);
            if (cell != Cell.BLANK) {
                lastFilled = i;
            }
        }
        List<Cell> trimmed = lastFilled + 1 == cells.size() ? cells : cells.subList(0, lastFilled + 1);
        return new SheetRow(rowNumber, trimmed);
    }

    private Cell convert(org.dhatim.fastexcel.reader.Cell c, String sheetName, int rowNumber) {
        Object value = c.getValue();
        switch (c.getType()) {
            case NUMBER:
                return value instanceof BigDecimal ? Cell.numeric(((BigDecimal) value).doubleValue(), style(c), false) : Cell.BLANK;
            case STRING:
                return Cell.textCell(checkText(value == null ? null : value.toString(), sheetName, rowNumber), false);
            case BOOLEAN:
                return value instanceof Boolean ? Cell.boolCell((Boolean) value, false) : Cell.BLANK;
            case ERROR:
                return Cell.errorCell(errorCode(c.getRawValue()), false);
            case FORMULA:
                if (value instanceof BigDecimal) {
                    return Cell.numeric(((BigDecimal) value).doubleValue(), style(c), true);
                }
                if (value instanceof Boolean) {
                    return Cell.boolCell((Boolean) value, true);
                }
                if (value == null) {
                    return Cell.textCell(null, true);
                }
                String s = checkText(value.toString(), sheetName, rowNumber);
                return ERROR_CODES.contains(s) ? Cell.errorCell(s, true) : Cell.textCell(s, true);
            default:
                return Cell.BLANK;
        }
    }

    private static String errorCode(String raw) {
        return raw != null && raw.startsWith("#") && raw.length() < 20 ? raw : "#VALUE!";
    }

    private NumberStyle style(org.dhatim.fastexcel.reader.Cell c) {
        Integer id;
        try {
            id = c.getDataFormatId();
        } catch (RuntimeException e) {
            id = null;
        }
        int key = id == null ? 0 : id;
        NumberStyle s = styles.get(key);
        if (s == null) {
            s = NumberStyle.of(key, id == null ? "General" : c.getDataFormatString(), date1904);
            styles.put(key, s);
        }
        return s;
    }

    @Override
    public void close() {
        closeQuietly(book);
        ZipFile.closeQuietly(zip);
    }

    /** Reads [Content_Types].xml under the limits. */
    private static final class ContentTypes {
        static Map<String, String> read(Path file, ZipFile zip, Map<String, ZipArchiveEntry> entries, Limits limits)
                throws IOException {
            ZipArchiveEntry entry = entries.get("[Content_Types].xml");
            verify(file, zip, entry, limits, limits.maxEntryBytes());
            try (InputStream in = zip.getInputStream(entry)) {
                Map<String, String> types = OoxmlParts.contentTypes(in);
                if (types.containsKey(OoxmlParts.MAIN_BINARY)) {
                    throw Failures.xlsb();
                }
                return types;
            }
        }
    }
}
