package cn.yanshan.ledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanshan.ledger.common.LedgerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files open, and the one Chinese sentence for each that does not. */
class WorkbookReaderTest {

    @TempDir
    Path dir;

    private Path simple(TestBooks.Kind kind) {
        return TestBooks.write(dir, "simple", kind, wb -> TestBooks.row(wb.createSheet("名单"), 0, "姓名", "身份证号"));
    }

    private static String messageOf(Path file) {
        return messageOf(file, Limits.DEFAULT);
    }

    private static String messageOf(Path file, Limits limits) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (Workbook wb = WorkbookReader.open(file, limits)) {
                for (SheetInfo s : wb.sheets()) {
                    wb.forEachRow(s.index(), ReadListener.NONE, r -> true);
                }
            }
        });
        assertThat(t).as("reading %s", file.getFileName()).isInstanceOf(LedgerException.class);
        assertThat(t.getMessage()).doesNotContain("\n").containsPattern("[\\u4e00-\\u9fff]");
        return t.getMessage();
    }

    @Test
    void xlsxIsDetectedByContentEvenUnderAnotherName() throws IOException {
        Path renamed = dir.resolve("unit.xls");
        Files.copy(simple(TestBooks.Kind.XLSX), renamed);

        try (Workbook wb = WorkbookReader.open(renamed)) {
            assertThat(wb.format()).isEqualTo(WorkbookFormat.XLSX);
            assertThat(wb.sheets()).extracting(SheetInfo::name).containsExactly("名单");
        }
    }

    @Test
    void xlsIsDetectedByContent() throws IOException {
        Path renamed = dir.resolve("unit.xlsx");
        Files.copy(simple(TestBooks.Kind.XLS), renamed);

        try (Workbook wb = WorkbookReader.open(renamed)) {
            assertThat(wb.format()).isEqualTo(WorkbookFormat.XLS);
            assertThat(wb.firstRows(0, 5).get(0).texts()).containsExactly("姓名", "身份证号");
        }
    }

    @Test
    void textIsReadAsCsvWhateverItsName() throws IOException {
        Path file = dir.resolve("export.xls");
        Files.writeString(file, "姓名,身份证号\n张三,53262219800108123X\n", StandardCharsets.UTF_8);

        try (Workbook wb = WorkbookReader.open(file)) {
            assertThat(wb.format()).isEqualTo(WorkbookFormat.CSV);
        }
    }

    @Test
    void xlsbIsRefusedWithTheWayOut() throws IOException {
        Path file = zip("book.xlsb", "[Content_Types].xml", "<Types/>", "xl/workbook.bin", "binary");

        assertThat(messageOf(file)).isEqualTo("不支持 .xlsb 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。");
    }

    @Test
    void passwordProtectedXlsxSaysToRemoveThePassword() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            TestBooks.row(wb.createSheet("名单"), 0, "姓名");
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mima");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(messageOf(file)).contains("设有密码").contains("去掉密码后另存");
    }

    @Test
    void passwordProtectedXlsSaysToRemoveThePassword() throws Exception {
        Path file = dir.resolve("secret.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            TestBooks.row(wb.createSheet("名单"), 0, "姓名");
            Biff8EncryptionKey.setCurrentUserPassword("mima");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }

        assertThat(messageOf(file)).contains("设有密码").contains("去掉密码后另存");
    }

    @Test
    void truncatedXlsxIsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(simple(TestBooks.Kind.XLSX));
        Path file = dir.resolve("cut.xlsx");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThat(messageOf(file)).contains("已损坏或不完整").contains("重新发送");
    }

    @Test
    void truncatedXlsIsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(simple(TestBooks.Kind.XLS));
        Path file = dir.resolve("cut.xls");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThat(messageOf(file)).contains("已损坏或不完整");
    }

    @Test
    void randomBytesAreNotASpreadsheet() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 1; // not a zip, OLE2 or BIFF signature
        Path file = dir.resolve("noise.xlsx");
        Files.write(file, noise);

        assertThat(messageOf(file)).contains("不是电子表格");
    }

    @Test
    void emptyFileSaysSo() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.csv"));

        assertThat(messageOf(file)).contains("是空的");
    }

    @Test
    void missingFileSaysSo() {
        assertThat(messageOf(dir.resolve("nowhere.xlsx"))).contains("找不到文件");
    }

    @Test
    void zipThatIsNotAWorkbookIsNotASpreadsheet() throws IOException {
        Path file = zip("photos.xlsx", "readme.txt", "hello");

        assertThat(messageOf(file)).contains("不是电子表格");
    }

    @Test
    void wordDocumentIsNamedAsSuch() throws IOException {
        Path file = zip("letter.xlsx", "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");

        assertThat(messageOf(file)).contains("Word 文档");
    }

    @Test
    void openDocumentSpreadsheetIsRefusedWithTheWayOut() throws IOException {
        Path file = zip("book.ods", "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>");

        assertThat(messageOf(file)).contains(".ods").contains("另存为 .xlsx");
    }

    @Test
    void htmlSavedAsXlsIsExplained() throws IOException {
        Path file = dir.resolve("export.xls");
        Files.writeString(file, "<html><body><table><tr><td>姓名</td></tr></table></body></html>");

        assertThat(messageOf(file)).contains("网页").contains("另存为 .xlsx");
    }

    @Test
    void excel2003XmlIsExplained() throws IOException {
        Path file = dir.resolve("old.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>");

        assertThat(messageOf(file)).contains("Excel 2003 XML");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() {
        Path file = simple(TestBooks.Kind.XLSX);

        assertThat(messageOf(file, Limits.DEFAULT.withMaxFileBytes(100))).contains("超过了可以导入的");
    }

    @Test
    void honestZipBombIsStoppedByItsDeclaredSize() throws IOException {
        Path file = bomb(false);

        assertThat(messageOf(file)).contains("解压后异常巨大");
    }

    @Test
    void zipBombThatLiesAboutItsSizeIsStoppedWhileInflating() throws IOException {
        Path file = bomb(true);

        assertThat(messageOf(file)).contains("解压后异常巨大");
    }

    @Test
    void tooManyRowsAreStoppedByTheLimit() {
        Path file = TestBooks.write(dir, "long", TestBooks.Kind.XLSX, wb -> {
            var s = wb.createSheet("名单");
            for (int i = 0; i < 50; i++) {
                TestBooks.row(s, i, "张" + i);
            }
        });

        assertThat(messageOf(file, Limits.DEFAULT.withMaxRowsPerSheet(20))).contains("超过 20 行");
    }

    @Test
    void valueBeyondTheColumnLimitIsAnError() {
        Path file = TestBooks.write(dir, "wide", TestBooks.Kind.XLS, wb -> {
            var s = wb.createSheet("名单");
            TestBooks.row(s, 0, "姓名");
            s.getRow(0).createCell(30).setCellValue("远处的值");
        });

        assertThat(messageOf(file, Limits.DEFAULT.withMaxColumns(20))).contains("AE 列还有内容");
    }

    @Test
    void overlongCellTextIsRefused() {
        Path file = TestBooks.write(dir, "long-text", TestBooks.Kind.XLSX,
                wb -> TestBooks.row(wb.createSheet("名单"), 0, "很长的文字".repeat(10)));

        assertThat(messageOf(file, Limits.DEFAULT.withMaxCellChars(20))).contains("超过 20 个字符");
    }

    // ---------------------------------------------------------------- helpers

    private Path zip(String name, String... namesAndContents) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * A minimal workbook whose sheet inflates from about 100 KB to 100 MB of empty cells. With
     * {@code lie}, the central directory claims the sheet is 1,000 bytes.
     */
    private Path bomb(boolean lie) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] cells = "<c/>".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 400; i++) {
                zip.write(cells);
            }
            zip.write("</row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] data = bytes.toByteArray();
        if (lie) {
            claimSize(data, "xl/worksheets/sheet1.xml", 1000);
        }
        Path file = dir.resolve(lie ? "liar.xlsx" : "bomb.xlsx");
        Files.write(file, data);
        assertThat(data.length).isLessThan(1_000_000);
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Overwrites the uncompressed size that the central directory records for one entry. */
    private static void claimSize(byte[] zip, String entry, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                int nameLength = b.getShort(i + 28) & 0xffff;
                if (nameLength == name.length && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + nameLength), name)) {
                    b.putInt(i + 24, size);
                    return;
                }
            }
        }
        throw new AssertionError("entry not found: " + entry);
    }
}
