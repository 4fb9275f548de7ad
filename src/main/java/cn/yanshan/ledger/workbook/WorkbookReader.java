package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.LedgerException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a spreadsheet file of any supported kind, detected from its content rather than its name:
 * OOXML (.xlsx, .xlsm), OLE2 with a BIFF8 workbook (.xls), or delimited text (.csv, .txt). Files it
 * can't read get one clear Chinese message: .xlsb, .ods, encrypted files (OOXML or .xls), Excel 95
 * and older, Excel 2003 XML, HTML saved as .xls, other documents, damaged or truncated files, zip
 * bombs and files over the size limits.
 */
public final class WorkbookReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private WorkbookReader() {
    }

    /** {@link #open(Path, Limits)} with {@link Limits#DEFAULT}. */
    public static Workbook open(Path file) {
        return open(file, Limits.DEFAULT);
    }

    /**
     * Opens a file for reading; the caller closes the result.
     *
     * @throws LedgerException with one Chinese sentence when the file can't be read as a spreadsheet
     */
    public static Workbook open(Path file, Limits limits) {
        return open(file, limits, ReadListener.NONE);
    }

    /**
     * Opens a file, polling {@code listener} for a cancel while a large .xlsx is checked (its parts are
     * inflated once before anything is parsed).
     *
     * @throws ReadCancelledException when the listener cancelled
     * @throws LedgerException with one Chinese sentence when the file can't be read as a spreadsheet
     */
    public static Workbook open(Path file, Limits limits, ReadListener listener) {
        try {
            return doOpen(file, limits, listener == null ? ReadListener.NONE : listener);
        } catch (LedgerException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw Failures.outOfMemory(file, e);
        } catch (Throwable t) {
            AbstractWorkbook.rethrowFatal(t);
            if (Exceptions.isEncryption(t)) {
                throw Failures.encrypted(file, t);
            }
            throw Failures.damaged(file, t);
        }
    }

    /** The format a file would be read as, without opening it fully; a LedgerException when it can't be read. */
    public static WorkbookFormat detect(Path file, Limits limits) {
        try (Workbook wb = open(file, limits)) {
            return wb.format();
        }
    }

    private static Workbook doOpen(Path file, Limits limits, ReadListener listener) throws IOException {
        if (!Files.exists(file)) {
            throw Failures.notFound(file);
        }
        if (!Files.isRegularFile(file)) {
            throw Failures.notAFile(file);
        }
        long size;
        byte[] head;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(CsvWorkbook.SAMPLE_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw Failures.notFound(file);
        } catch (AccessDeniedException e) {
            throw Failures.cannotOpen(file, e);
        } catch (IOException e) {
            throw Failures.cannotOpen(file, e);
        }
        if (size == 0 || head.length == 0) {
            throw Failures.empty(file);
        }
        if (size > limits.maxFileBytes()) {
            throw Failures.tooLarge(file, size, limits.maxFileBytes());
        }
        if (startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY)) {
            return XlsxWorkbook.open(file, limits, listener);
        }
        if (startsWith(head, OLE2)) {
            return openOle2(file, limits, size);
        }
        if (isRawBiff(head)) {
            throw Failures.oldExcel(file, null);
        }
        String start = textStart(head);
        if (start.startsWith("<")) {
            if (start.contains("urn:schemas-microsoft-com:office:spreadsheet") || start.contains("<workbook")) {
                throw Failures.spreadsheetMl2003(file);
            }
            if (start.contains("<html") || start.contains("<table") || start.contains("<!doctype html")
                    || start.contains("<meta") || start.contains("<head")) {
                throw Failures.html(file);
            }
            throw Failures.notASpreadsheet(file, "XML 或网页文件");
        }
        if (start.startsWith("{\\rtf")) {
            throw Failures.notASpreadsheet(file, "RTF 文档");
        }
        if (start.startsWith("%pdf")) {
            throw Failures.notASpreadsheet(file, "PDF 文档");
        }
        if (TextSniffer.looksLikeText(head)) {
            return CsvWorkbook.open(file, limits, head, head.length < size);
        }
        throw Failures.notASpreadsheet(file, null);
    }

    private static Workbook openOle2(Path file, Limits limits, long size) {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw Failures.damaged(file, e);
        }
        boolean handedOver = false;
        try {
            DirectoryNode root = fs.getRoot();
            String workbook = null;
            boolean book = false;
            boolean encryptedPackage = false;
            String other = null;
            for (Entry e : root) {
                String name = e.getName();
                if (name.equalsIgnoreCase("Workbook")) {
                    workbook = name;
                } else if (name.equalsIgnoreCase("Book")) {
                    book = true;
                } else if (name.equals("EncryptedPackage") || name.equals("EncryptionInfo")) {
                    encryptedPackage = true;
                } else if (name.equals("WordDocument")) {
                    other = "Word 文档";
                } else if (name.equals("PowerPoint Document")) {
                    other = "PowerPoint 演示文稿";
                } else if (name.equals("__properties_version1.0") || name.startsWith("__substg1.0_")) {
                    other = "Outlook 邮件";
                }
            }
            if (encryptedPackage) {
                throw Failures.encrypted(file, null);
            }
            if (workbook != null) {
                if (size > limits.maxXlsFileBytes()) {
                    throw Failures.xlsTooLarge(file, size, limits.maxXlsFileBytes());
                }
                handedOver = true;
                return XlsWorkbook.open(file, limits, fs, workbook);
            }
            if (book) {
                throw Failures.oldExcel(file, null);
            }
            throw Failures.notASpreadsheet(file, other);
        } finally {
            if (!handedOver) {
                try {
                    fs.close();
                } catch (IOException ignored) {
                    // read-only
                }
            }
        }
    }

    /** BIFF2–BIFF4 worksheets (Excel 2.x–4.x) are raw record streams without an OLE2 container. */
    private static boolean isRawBiff(byte[] head) {
        if (head.length < 8) {
            return false;
        }
        int type = (head[0] & 0xff) | (head[1] & 0xff) << 8;
        int length = (head[2] & 0xff) | (head[3] & 0xff) << 8;
        return (type == 0x0009 || type == 0x0209 || type == 0x0409 || type == 0x0809) && length >= 4 && length <= 20;
    }

    /** The first characters, lower-cased, without BOM and leading white space, for recognising markup. */
    private static String textStart(byte[] head) {
        int n = Math.min(head.length, 2048);
        String s;
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            s = new String(head, 2, n - 2, StandardCharsets.UTF_16LE);
        } else if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            s = new String(head, 2, n - 2, StandardCharsets.UTF_16BE);
        } else {
            s = new String(head, 0, n, StandardCharsets.ISO_8859_1);
            if (s.startsWith("\u00EF\u00BB\u00BF")) {
                s = s.substring(3);
            }
        }
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
