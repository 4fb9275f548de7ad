package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.workbook.ColumnSpec;
import cn.yanshan.ledger.workbook.DataRow;
import cn.yanshan.ledger.workbook.Values;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Blank templates for units to fill, one per kind: a title row, a 填报单位 / 填报日期 row, the headers as the import
 * knows them (so a filled template needs no mapping), one example row the import skips, drop-down lists from a
 * hidden sheet, ID columns formatted as text so Excel keeps every digit, and a sheet explaining each column.
 */
public final class ImportTemplates {

    /** The made-up ID number of the example row. */
    static final String EXAMPLE_ID = "532622199001010014";
    /** The example row's name starts so; the import skips such a row. */
    static final String EXAMPLE_MARK = "示例（";
    /** Rows the drop-down lists and text formats cover. */
    static final int ROWS = 2000;

    static final String DATA_SHEET = "填报表";
    static final String HELP_SHEET = "填写说明";
    static final String LIST_SHEET = "选项";

    private ImportTemplates() {
    }

    /** Whether a row is a template's example row. */
    static boolean isExample(DataRow row) {
        return Values.text(row.cell(PersonColumns.NAME)).startsWith(EXAMPLE_MARK);
    }

    static void write(ImportKind kind, ImportContext ctx, Path out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            List<ColumnSpec> columns = kind.columns();
            Sheet data = wb.createSheet(DATA_SHEET);
            Sheet help = wb.createSheet(HELP_SHEET);
            Sheet lists = wb.createSheet(LIST_SHEET);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);

            Font bold = wb.createFont();
            bold.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            Font grey = wb.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

            CellStyle title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle requiredHeader = wb.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            short textFormat = wb.createDataFormat().getFormat("@");
            CellStyle text = bordered(wb);
            text.setDataFormat(textFormat);
            CellStyle example = bordered(wb);
            example.setFont(grey);
            CellStyle exampleText = wb.createCellStyle();
            exampleText.cloneStyleFrom(example);
            exampleText.setDataFormat(textFormat);

            int last = columns.size() - 1;
            Row r0 = data.createRow(0);
            r0.setHeightInPoints(28);
            r0.createCell(0).setCellValue("砚山县" + kind.label() + "信息表");
            r0.getCell(0).setCellStyle(title);
            data.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row r1 = data.createRow(1);
            r1.createCell(0).setCellValue("填报单位：");
            r1.createCell(Math.max(1, last - 2)).setCellValue("填报日期：");
            Row r2 = data.createRow(2);
            r2.setHeightInPoints(30);
            Row r3 = data.createRow(3);
            Map<String, String> sample = kind.example();
            DataValidationHelper dv = data.getDataValidationHelper();
            int listColumn = 0;
            for (int i = 0; i < columns.size(); i++) {
                ColumnSpec c = columns.get(i);
                var h = r2.createCell(i);
                h.setCellValue(c.label());
                h.setCellStyle(c.required() ? requiredHeader : header);
                boolean asText = PersonColumns.textColumns().contains(c.key());
                data.setColumnWidth(i, (asText ? 22 : Math.max(10, c.label().length() * 2 + 4)) * 256);
                if (asText) {
                    data.setDefaultColumnStyle(i, text);
                }
                var e = r3.createCell(i);
                e.setCellValue(sample.getOrDefault(c.key(), ""));
                e.setCellStyle(asText ? exampleText : example);
                List<String> choices = kind.choices(c.key(), ctx);
                if (!choices.isEmpty()) {
                    for (int j = 0; j < choices.size(); j++) {
                        Row lr = lists.getRow(j) == null ? lists.createRow(j) : lists.getRow(j);
                        lr.createCell(listColumn).setCellValue(choices.get(j));
                    }
                    String col = CellReference.convertNumToColString(listColumn);
                    Name name = wb.createName();
                    name.setNameName("选项_" + c.key());
                    name.setRefersToFormula(LIST_SHEET + "!$" + col + "$1:$" + col + "$" + choices.size());
                    DataValidation v = dv.createValidation(dv.createFormulaListConstraint("选项_" + c.key()),
                            new CellRangeAddressList(3, ROWS, i, i));
                    v.setShowErrorBox(false);
                    v.setSuppressDropDownArrow(true);
                    data.addValidationData(v);
                    listColumn++;
                }
            }
            data.createFreezePane(0, 3);

            Row hh = help.createRow(0);
            String[] helpHeaders = {"列名", "是否必填", "填写说明", "可选值"};
            for (int i = 0; i < helpHeaders.length; i++) {
                hh.createCell(i).setCellValue(helpHeaders[i]);
                hh.getCell(i).setCellStyle(header);
            }
            for (int i = 0; i < columns.size(); i++) {
                ColumnSpec c = columns.get(i);
                Row hr = help.createRow(i + 1);
                hr.createCell(0).setCellValue(c.label());
                hr.createCell(1).setCellValue(c.required() ? "必填" : "");
                hr.createCell(2).setCellValue(kind.explain(c.key()));
                hr.createCell(3).setCellValue(String.join("、", kind.choices(c.key(), ctx)));
            }
            Row note = help.createRow(columns.size() + 2);
            note.createCell(0).setCellValue("说明：第4行是示例，导入时自动跳过，可以删除；请从第5行起填写，每人一行。"
                    + "表头（第3行）请勿修改。橙色表头的列必须填写。");
            help.setColumnWidth(0, 16 * 256);
            help.setColumnWidth(1, 10 * 256);
            help.setColumnWidth(2, 70 * 256);
            help.setColumnWidth(3, 50 * 256);
            wb.setActiveSheet(0);
            save(wb, out);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    /** Writes a workbook to a file, creating its folder. */
    static void save(org.apache.poi.ss.usermodel.Workbook wb, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            wb.write(os);
        }
    }

    static LedgerException cannotWrite(Path out, IOException e) {
        return new LedgerException("无法写入文件“" + out.getFileName() + "”：" + e.getMessage()
                + "。请确认该文件没有在Excel或WPS中打开，且文件夹可以写入。", e);
    }

    static CellStyle bordered(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
