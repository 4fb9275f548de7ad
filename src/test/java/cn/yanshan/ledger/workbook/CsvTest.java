package cn.yanshan.ledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanshan.ledger.common.LedgerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .csv and .txt as units save them: encodings, delimiters, quotes. */
class CsvTest {

    private static final String CONTENT = "姓名,身份证号,乡镇,就业时间\n张三,53262219800108123X,江那,2024-05-06\n李四,532622199001011234,八嘎,2024年5月6日\n";

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static List<SheetRow> rows(Path file) {
        try (Workbook wb = WorkbookReader.open(file)) {
            assertThat(wb.format()).isEqualTo(WorkbookFormat.CSV);
            return wb.firstRows(0, 100);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static void assertContent(List<SheetRow> rows) {
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).texts()).containsExactly("姓名", "身份证号", "乡镇", "就业时间");
        assertThat(rows.get(2).texts()).containsExactly("李四", "532622199001011234", "八嘎", "2024年5月6日");
        assertThat(rows.get(2).rowNumber()).isEqualTo(3);
    }

    @Test
    void utf8WithoutBom() throws IOException {
        assertContent(rows(file("u.csv", CONTENT.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf8WithBom() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<SheetRow> rows = rows(file("bom.csv", concat(bom, CONTENT.getBytes(StandardCharsets.UTF_8))));

        assertContent(rows);
        assertThat(rows.get(0).cell(0).text()).as("no BOM in the first header").isEqualTo("姓名");
    }

    @Test
    void gbkAsExcelSavesItOnChineseWindows() throws IOException {
        assertContent(rows(file("gbk.csv", CONTENT.getBytes(Charset.forName("GBK")))));
    }

    @Test
    void gb18030() throws IOException {
        assertContent(rows(file("gb.csv", CONTENT.getBytes(Charset.forName("GB18030")))));
    }

    @Test
    void tabSeparatedText() throws IOException {
        assertContent(rows(file("tab.txt", CONTENT.replace(',', '\t').getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabs() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        assertContent(rows(file("unicode.txt", concat(bom, CONTENT.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE)))));
    }

    @Test
    void semicolonSeparated() throws IOException {
        assertContent(rows(file("semi.csv", CONTENT.replace(',', ';').getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        String text = "姓名,备注\r\n张三,\"在江那镇,\"\"阳光\"\"超市\r\n工作\"\r\n李四,\r\n";
        List<SheetRow> rows = rows(file("q.csv", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows.get(1).cell(1).text()).isEqualTo("在江那镇,\"阳光\"超市\r\n工作");
        assertThat(rows.get(2).texts()).containsExactly("李四");
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3);
    }

    @Test
    void blankLinesKeepTheirRowNumbers() throws IOException {
        List<SheetRow> rows = rows(file("gaps.csv", "姓名\n\n张三\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3);
        assertThat(rows.get(1).isBlank()).isTrue();
    }

    @Test
    void cellsAreTextAsTyped() throws IOException {
        List<SheetRow> rows = rows(file("t.csv", "身份证号,金额\n5.32622E+17,\"1,500\"\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(rows.get(1).cell(0).type()).isEqualTo(Cell.Type.TEXT);
        assertThat(rows.get(1).cell(0).text()).isEqualTo("5.32622E+17");
        assertThat(Values.decimal(rows.get(1).cell(1)).value()).isEqualByComparingTo("1500");
    }

    @Test
    void unbalancedQuoteSaysWhere() throws IOException {
        Path f = file("bad.csv", "姓名,备注\n张三,\"没有结束\n李四,好\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> rows(f)).isInstanceOf(LedgerException.class).hasMessageContaining("引号");
    }

    @Test
    void textThatIsNeitherUtf8NorGbIsRefused() throws IOException {
        // GBK text followed by bytes that are invalid in GB18030 as well
        byte[] bad = concat("姓名\n张三\n".getBytes(Charset.forName("GBK")), new byte[] {(byte) 0x81, 0x20, 0x0a});
        Path f = file("mixed.csv", bad);

        assertThatThrownBy(() -> rows(f)).isInstanceOf(LedgerException.class).hasMessageContaining("编码");
    }

    @Test
    void sheetIsNamedAfterTheFileAndRowsAreEstimated() throws IOException {
        Path f = file("江那镇名单.csv", CONTENT.getBytes(StandardCharsets.UTF_8));

        try (Workbook wb = WorkbookReader.open(f)) {
            assertThat(wb.sheets()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("江那镇名单");
                assertThat(s.rowCount()).isEqualTo(3);
                assertThat(s.rowCountExact()).isFalse();
            });
            assertThat(((CsvWorkbook) wb).delimiter()).isEqualTo(',');
        }
    }
}
