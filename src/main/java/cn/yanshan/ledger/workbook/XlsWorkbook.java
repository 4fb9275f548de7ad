package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.LedgerException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * .xls (BIFF8) read record by record through POI's {@link RecordFactoryInputStream} (which also
 * decrypts files protected with Excel's default password), not through HSSF's in-memory workbook
 * model: only the shared strings and formats are held, a sheet's rows are streamed. One pass at
 * open indexes the globals, the sheets, their row counts and merged header regions.
 */
final class XlsWorkbook extends AbstractWorkbook {

    private static final int BIFF8 = 0x0600;

    /** The whole workbook stream, read once: sheets are then reached by offset, without walking the container. */
    private final byte[] stream;
    private final Globals globals;
    private final List<SheetInfo> sheets;
    /** For each sheet (tab order), its position among the file's sheet substreams. */
    private final int[] substreamOf;
    /** For each sheet, where its BOF record starts in the workbook stream, or -1 when unknown. */
    private final int[] bofPosition;
    private final List<List<CellRange>> merges;
    private final Map<Integer, NumberStyle> styles = new HashMap<>();

    /** What the workbook globals hold. */
    private static final class Globals {
        SSTRecord sst;
        boolean date1904;
        final Map<Integer, String> formats = new HashMap<>();
        final List<Integer> xfFormat = new ArrayList<>();
        final List<BoundSheetRecord> bounds = new ArrayList<>();
        boolean encrypted;
    }

    /** What one sheet substream holds, as far as the index needs. */
    private static final class SubstreamStats {
        final int type;
        long rows;
        int lastRow = -1;
        final List<CellRange> merges = new ArrayList<>();

        SubstreamStats(int type) {
            this.type = type;
        }

        /** Chart sheets and macro sheets carry cell records too (a chart's data cache), but no rows to read. */
        boolean worksheet() {
            return type == BOFRecord.TYPE_WORKSHEET;
        }
    }

    private XlsWorkbook(Path file, Limits limits, byte[] stream, Globals globals,
                        List<SheetInfo> sheets, int[] substreamOf, int[] bofPosition, List<List<CellRange>> merges) {
        super(file, limits);
        this.bofPosition = bofPosition;
        this.stream = stream;
        this.globals = globals;
        this.sheets = sheets;
        this.substreamOf = substreamOf;
        this.merges = merges;
    }

    /** Opens an OLE2 file whose workbook stream is {@code streamName}; closes {@code fs}. */
    static Workbook open(Path file, Limits limits, POIFSFileSystem fs, String streamName) {
        try {
            byte[] stream;
            try (InputStream in = fs.createDocumentInputStream(streamName)) {
                stream = in.readAllBytes();
            } finally {
                closeQuietly(fs);
            }
            Globals globals = new Globals();
            List<SubstreamStats> subs = new ArrayList<>();
            int mergeRowLimit = limits.headerScanRows() + 10;
            try (InputStream in = new ByteArrayInputStream(stream)) {
                RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
                int depth = 0;
                boolean first = true;
                SubstreamStats current = null;
                Record r;
                while ((r = records.nextRecord()) != null) {
                    if (r instanceof BOFRecord) {
                        BOFRecord bof = (BOFRecord) r;
                        if (first && bof.getVersion() < BIFF8) {
                            throw Failures.oldExcel(file, null);
                        }
                        first = false;
                        depth++;
                        if (depth == 1) {
                            current = bof.getType() == BOFRecord.TYPE_WORKBOOK ? null : new SubstreamStats(bof.getType());
                            if (current != null) {
                                subs.add(current);
                            }
                        }
                    } else if (r instanceof EOFRecord) {
                        depth = Math.max(0, depth - 1);
                    } else if (readGlobal(r, globals)) {
                        continue;
                    } else if (current != null && depth == 1 && current.worksheet()) {
                        if (r instanceof CellValueRecordInterface) {
                            int row = ((CellValueRecordInterface) r).getRow();
                            if (row != current.lastRow) {
                                current.rows++;
                                current.lastRow = row;
                            }
                        } else if (r instanceof MergeCellsRecord) {
                            MergeCellsRecord m = (MergeCellsRecord) r;
                            for (int i = 0; i < m.getNumAreas(); i++) {
                                CellRange range = toRange(m.getAreaAt(i));
                                if (range != null && range.firstRow() <= mergeRowLimit && current.merges.size() < 10_000) {
                                    current.merges.add(range);
                                }
                            }
                        }
                    }
                }
            }
            List<SheetInfo> infos = new ArrayList<>();
            List<List<CellRange>> merges = new ArrayList<>();
            int[] substreamOf;
            int[] bofPosition;
            if (globals.bounds.isEmpty()) {
                // no sheet directory (a damaged file): take the sheet substreams as they come
                substreamOf = new int[subs.size()];
                bofPosition = new int[subs.size()];
                java.util.Arrays.fill(bofPosition, -1);
                for (int i = 0; i < subs.size(); i++) {
                    substreamOf[i] = i;
                    infos.add(new SheetInfo(i, "Sheet" + (i + 1), false, subs.get(i).rows, true));
                    merges.add(List.copyOf(subs.get(i).merges));
                }
            } else {
                // substreams follow in the order of their BOF positions; tabs are in BoundSheet order
                List<BoundSheetRecord> byPosition = new ArrayList<>(globals.bounds);
                byPosition.sort(Comparator.comparingInt(BoundSheetRecord::getPositionOfBof));
                substreamOf = new int[globals.bounds.size()];
                bofPosition = new int[globals.bounds.size()];
                for (int tab = 0; tab < globals.bounds.size(); tab++) {
                    BoundSheetRecord b = globals.bounds.get(tab);
                    bofPosition[tab] = globals.encrypted ? -1 : b.getPositionOfBof();
                    int sub = byPosition.indexOf(b);
                    substreamOf[tab] = sub;
                    SubstreamStats stats = sub < subs.size() ? subs.get(sub) : null;
                    String name = b.getSheetname() == null ? "Sheet" + (tab + 1) : b.getSheetname();
                    infos.add(new SheetInfo(tab, name, b.isHidden() || b.isVeryHidden(), stats == null ? 0 : stats.rows, true));
                    merges.add(stats == null ? List.of() : List.copyOf(stats.merges));
                }
            }
            if (infos.isEmpty()) {
                throw Failures.noSheets(file);
            }
            return new XlsWorkbook(file, limits, stream, globals, List.copyOf(infos), substreamOf, bofPosition,
                    List.copyOf(merges));
        } catch (Throwable t) {
            closeQuietly(fs);
            rethrowFatal(t);
            if (t instanceof LedgerException) {
                throw (LedgerException) t;
            }
            if (t instanceof OldExcelFormatException) {
                throw Failures.oldExcel(file, t);
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

    /** Collects a record of the workbook globals; false when {@code r} is not one. */
    private static boolean readGlobal(Record r, Globals g) {
        if (r instanceof BoundSheetRecord) {
            g.bounds.add((BoundSheetRecord) r);
        } else if (r instanceof SSTRecord) {
            g.sst = (SSTRecord) r;
        } else if (r instanceof FormatRecord) {
            FormatRecord f = (FormatRecord) r;
            g.formats.put(f.getIndexCode(), f.getFormatString());
        } else if (r instanceof ExtendedFormatRecord) {
            g.xfFormat.add(((ExtendedFormatRecord) r).getFormatIndex() & 0xffff);
        } else if (r instanceof DateWindow1904Record) {
            g.date1904 = ((DateWindow1904Record) r).getWindowing() == 1;
        } else if (r instanceof FilePassRecord) {
            g.encrypted = true;
        } else {
            return false;
        }
        return true;
    }

    private static CellRange toRange(CellRangeAddress a) {
        if (a == null || a.getFirstRow() < 0 || a.getFirstColumn() < 0
                || a.getLastRow() < a.getFirstRow() || a.getLastColumn() < a.getFirstColumn()) {
            return null;
        }
        return new CellRange(a.getFirstRow() + 1, a.getLastRow() + 1, a.getFirstColumn(), a.getLastColumn());
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLS;
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
        String name = sheets.get(sheet).name();
        if (bofPosition[sheet] > 0) {
            // straight to the sheet's BOF, as the sheet directory says; walk from the start if that fails
            InputStream in = new ByteArrayInputStream(stream);
            try {
                if (bofPosition[sheet] < stream.length && in.skip(bofPosition[sheet]) == bofPosition[sheet]) {
                    RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
                    Record first = records.nextRecord();
                    if (first instanceof BOFRecord && ((BOFRecord) first).getType() == BOFRecord.TYPE_WORKSHEET) {
                        return new SheetCursor(in, records, name);
                    }
                }
            } catch (RuntimeException e) {
                // a wrong position in a damaged directory: fall back to walking the stream
            }
            in.close();
        }
        InputStream in = new ByteArrayInputStream(stream);
        try {
            SheetCursor cursor = new SheetCursor(in, new RecordFactoryInputStream(in, false), name);
            cursor.skipTo(substreamOf[sheet]);
            return cursor;
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Walks the record stream to one sheet's substream and assembles its cells into rows. */
    private final class SheetCursor implements RowCursor {
        private final InputStream in;
        private final RecordFactoryInputStream records;
        private final String sheetName;
        private final ArrayDeque<SheetRow> completed = new ArrayDeque<>();
        private int depth;
        private boolean done;
        private int rowIndex = -1;
        private List<Cell> cells = new ArrayList<>();
        /** A formula with a text result, whose text follows in a StringRecord. */
        private FormulaRecord pendingString;

        /** A cursor on a stream positioned just after a worksheet's BOF record. */
        SheetCursor(InputStream in, RecordFactoryInputStream records, String sheetName) {
            this.in = in;
            this.records = records;
            this.sheetName = sheetName;
            this.depth = 1;
        }

        /** For a cursor on a stream from its start: walks to the n-th sheet substream. */
        void skipTo(int substream) {
            depth = 0;
            int seen = -1;
            Record r;
            while ((r = records.nextRecord()) != null) {
                if (r instanceof BOFRecord) {
                    depth++;
                    int type = ((BOFRecord) r).getType();
                    if (depth == 1 && type != BOFRecord.TYPE_WORKBOOK) {
                        seen++;
                        if (seen == substream) {
                            done = type != BOFRecord.TYPE_WORKSHEET;
                            return;
                        }
                    }
                } else if (r instanceof EOFRecord) {
                    depth = Math.max(0, depth - 1);
                }
            }
            done = true;
        }

        @Override
        public SheetRow next() {
            while (completed.isEmpty() && !done) {
                Record r = records.nextRecord();
                if (r == null) {
                    finish();
                } else {
                    handle(r);
                }
            }
            return completed.poll();
        }

        private void finish() {
            resolvePendingString(null);
            flush();
            done = true;
        }

        private void handle(Record r) {
            if (r instanceof BOFRecord) {
                depth++;
            } else if (r instanceof EOFRecord) {
                depth--;
                if (depth <= 0) {
                    finish();
                }
            } else if (depth != 1) {
                return;
            } else if (r instanceof StringRecord) {
                if (pendingString != null) {
                    resolvePendingString(((StringRecord) r).getString());
                }
            } else if (r instanceof CellValueRecordInterface) {
                resolvePendingString(null);
                CellValueRecordInterface c = (CellValueRecordInterface) r;
                if (c instanceof FormulaRecord && ((FormulaRecord) c).getCachedResultTypeEnum() == CellType.STRING) {
                    moveTo(c.getRow());
                    pendingString = (FormulaRecord) c;
                    return;
                }
                Cell cell = toCell(c);
                if (cell == null) {
                    moveTo(c.getRow());
                } else {
                    put(c.getRow(), c.getColumn(), cell);
                }
            }
        }

        private void resolvePendingString(String text) {
            if (pendingString != null) {
                FormulaRecord f = pendingString;
                pendingString = null;
                put(f.getRow(), f.getColumn(), Cell.textCell(checkText(text, sheetName, f.getRow() + 1), true));
            }
        }

        /** Moves to {@code row}, completing the previous row when it is a different one. */
        private void moveTo(int row) {
            if (row != rowIndex) {
                flush();
                rowIndex = row;
            }
        }

        private void put(int row, int column, Cell cell) {
            moveTo(row);
            if (column >= limits.maxColumns()) {
                if (!cell.isBlank()) {
                    throw Failures.tooManyColumns(sheetName, row + 1, column, limits.maxColumns());
                }
                return;
            }
            if (column < 0) {
                return;
            }
            while (cells.size() <= column) {
                cells.add(Cell.BLANK);
            }
            cells.set(column, cell);
        }

        private void flush() {
            if (rowIndex < 0) {
                return;
            }
            int last = cells.size() - 1;
            while (last >= 0 && cells.get(last) == Cell.BLANK) {
                last--;
            }
            completed.add(new SheetRow(rowIndex + 1, cells.subList(0, last + 1)));
            cells = new ArrayList<>(Math.max(16, cells.size()));
            rowIndex = -1;
        }

        private Cell toCell(CellValueRecordInterface c) {
            int row = c.getRow() + 1;
            if (c instanceof NumberRecord) {
                return Cell.numeric(((NumberRecord) c).getValue(), style(c.getXFIndex()), false);
            }
            if (c instanceof LabelSSTRecord) {
                SSTRecord sst = globals.sst;
                int index = ((LabelSSTRecord) c).getSSTIndex();
                if (sst == null || index < 0 || index >= sst.getNumUniqueStrings()) {
                    throw new IllegalStateException("string index " + index + " outside the shared strings");
                }
                return Cell.textCell(checkText(sst.getString(index).getString(), sheetName, row), false);
            }
            if (c instanceof LabelRecord) {
                return Cell.textCell(checkText(((LabelRecord) c).getValue(), sheetName, row), false);
            }
            if (c instanceof BoolErrRecord) {
                BoolErrRecord b = (BoolErrRecord) c;
                return b.isBoolean() ? Cell.boolCell(b.getBooleanValue(), false) : Cell.errorCell(errorCode(b.getErrorValue()), false);
            }
            if (c instanceof FormulaRecord) {
                FormulaRecord f = (FormulaRecord) c;
                CellType type = f.getCachedResultTypeEnum();
                if (type == CellType.NUMERIC) {
                    return Cell.numeric(f.getValue(), style(c.getXFIndex()), true);
                }
                if (type == CellType.BOOLEAN) {
                    return Cell.boolCell(f.getCachedBooleanValue(), true);
                }
                if (type == CellType.ERROR) {
                    return Cell.errorCell(errorCode(f.getCachedErrorValue()), true);
                }
                return Cell.textCell(null, true);
            }
            return null; // a blank cell that only carries a format
        }

        @Override
        public void close() {
            closeQuietly(in);
        }
    }

    private NumberStyle style(short xfIndex) {
        int xf = xfIndex & 0xffff;
        NumberStyle s = styles.get(xf);
        if (s == null) {
            int formatIndex = xf < globals.xfFormat.size() ? globals.xfFormat.get(xf) : 0;
            String format = globals.formats.get(formatIndex);
            s = NumberStyle.of(formatIndex, format, globals.date1904);
            styles.put(xf, s);
        }
        return s;
    }

    private static String errorCode(int code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#VALUE!";
        }
    }

    @Override
    public void close() {
        // the file was closed after its workbook stream was read
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException | RuntimeException ignored) {
                // nothing more to do
            }
        }
    }
}
