package cn.yanshan.ledger.workbook;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Delimited text as one sheet named after the file. Encoding (BOM, strict UTF-8, else GB18030) and
 * delimiter (comma, tab, semicolon, bar) are guessed from the first 256 KB; parsing is commons-csv's
 * RFC 4180 with double quotes. Every cell is text: a value is parsed by the caller, as typed.
 */
final class CsvWorkbook extends AbstractWorkbook {

    static final int SAMPLE_BYTES = 256 * 1024;

    private final TextSniffer.Encoding encoding;
    private final char delimiter;
    private final SheetInfo sheet;

    private CsvWorkbook(Path file, Limits limits, TextSniffer.Encoding encoding, char delimiter, long estimatedRows) {
        super(file, limits);
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.sheet = new SheetInfo(0, sheetName(file), false, estimatedRows, false);
    }

    static Workbook open(Path file, Limits limits, byte[] sample, boolean truncated) {
        TextSniffer.Encoding enc = TextSniffer.encoding(sample, truncated);
        int len = sample.length;
        if (truncated) {
            while (len > enc.bomLength() && (sample[len - 1] & 0x80) != 0 && sample.length - len < 4) {
                len--;
            }
        }
        String text = new String(sample, enc.bomLength(), Math.max(0, len - enc.bomLength()), enc.charset());
        char delimiter = TextSniffer.delimiter(text);
        long rows;
        try {
            rows = countLines(file);
        } catch (IOException e) {
            throw Failures.cannotOpen(file, e);
        }
        return new CsvWorkbook(file, limits, enc, delimiter, rows);
    }

    /** The delimiter found, for display and tests. */
    char delimiter() {
        return delimiter;
    }

    /** The encoding found, for display and tests. */
    java.nio.charset.Charset charset() {
        return encoding.charset();
    }

    private static String sheetName(Path file) {
        String name = file.getFileName() == null ? "CSV" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.CSV;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(sheet);
    }

    @Override
    public List<CellRange> headerMerges(int sheetIndex) {
        sheet(sheetIndex);
        return List.of();
    }

    @Override
    protected RowCursor openCursor(int sheetIndex) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
            Reader decoded = new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            long maxRecord = Math.min((long) limits.maxColumns() * (limits.maxCellChars() + 3L), 8L * 1024 * 1024);
            RecordGuard guard = new RecordGuard(new BufferedReader(decoded, 1 << 16), maxRecord);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setQuote('"')
                    .setIgnoreEmptyLines(false)
                    .setAllowMissingColumnNames(true)
                    .setTrailingData(true)
                    .setLenientEof(false)
                    .get();
            CSVParser parser = CSVParser.parse(guard, format);
            Iterator<CSVRecord> it = parser.iterator();
            return new RowCursor() {
                private long record;

                @Override
                public SheetRow next() throws IOException {
                    CSVRecord r;
                    try {
                        if (!it.hasNext()) {
                            return null;
                        }
                        r = it.next();
                    } catch (UncheckedIOException e) {
                        throw failure(e.getCause(), record + 1, guard);
                    } catch (IllegalStateException e) {
                        throw failure(e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e),
                                record + 1, guard);
                    }
                    record = r.getRecordNumber();
                    return convert(r, (int) Math.min(record, Integer.MAX_VALUE));
                }

                @Override
                public void close() {
                    try {
                        parser.close();
                    } catch (IOException ignored) {
                        // read-only file
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private RuntimeException failure(IOException cause, long record, RecordGuard guard) {
        if (cause instanceof CharacterCodingException) {
            return Failures.csvEncoding(file, cause);
        }
        if (cause instanceof RecordGuard.TooLong) {
            return guard.insideQuotes() ? Failures.csvQuotes(file, record, cause)
                    : Failures.cellTooLong(sheet.name(), (int) Math.min(record, Integer.MAX_VALUE), limits.maxCellChars());
        }
        String message = String.valueOf(cause == null ? null : cause.getMessage());
        if (message.contains("EOF") || message.contains("encapsulated") || message.contains("quote")) {
            return Failures.csvQuotes(file, record, cause);
        }
        return Failures.damaged(file, cause);
    }

    private SheetRow convert(CSVRecord r, int rowNumber) {
        int size = r.size();
        List<Cell> cells = new ArrayList<>(Math.min(size, limits.maxColumns()));
        int lastFilled = -1;
        for (int i = 0; i < size; i++) {
            String v = r.get(i);
            if (i >= limits.maxColumns()) {
                if (v != null && !v.isBlank()) {
                    throw Failures.tooManyColumns(sheet.name(), rowNumber, i, limits.maxColumns());
                }
                continue;
            }
            Cell cell = Cell.text(checkText(v, sheet.name(), rowNumber));
            cells.add(cell);
            if (cell != Cell.BLANK) {
                lastFilled = i;
            }
        }
        return new SheetRow(rowNumber, lastFilled + 1 == cells.size() ? cells : cells.subList(0, lastFilled + 1));
    }

    @Override
    public void close() {
        // each cursor owns and closes its own stream
    }

    /**
     * Bounds the characters of one record (quotes tracked, so a line break inside quotes does not end
     * it): a stray quote or a giant field stops here instead of filling memory.
     */
    static final class RecordGuard extends FilterReader {
        static final class TooLong extends IOException {
            TooLong() {
                super("record too long");
            }
        }

        private final long max;
        private long length;
        private boolean quoted;

        RecordGuard(Reader in, long max) {
            super(in);
            this.max = max;
        }

        boolean insideQuotes() {
            return quoted;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                track((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            for (int i = 0; i < n; i++) {
                track(cbuf[off + i]);
            }
            return n;
        }

        private void track(char c) throws TooLong {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                length = 0;
                return;
            }
            if (++length > max) {
                throw new TooLong();
            }
        }
    }
}
