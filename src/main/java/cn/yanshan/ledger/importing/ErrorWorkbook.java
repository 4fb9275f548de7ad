package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.workbook.Cell;
import cn.yanshan.ledger.workbook.HeaderColumn;
import cn.yanshan.ledger.workbook.HeaderMatch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an import that go back to the unit: a title, the file's own header, each rejected row with its cells
 * as the file held them, and a 问题说明 column saying what to fix; each bad cell is filled and carries the problem
 * as a comment. Written streaming, so a file with many bad rows still fits in memory.
 */
final class ErrorWorkbook {

    static final String PROBLEM_HEADER = "问题说明";
    static final String ROW_HEADER = "原表行号";

    private ErrorWorkbook() {
    }

    static void write(ImportPreview preview, Path out) {
        HeaderMatch header = preview.setup().header();
        Map<Integer, String> labels = new LinkedHashMap<>();
        Map<String, Integer> columnOfKey = new HashMap<>();
        int width = 0;
        for (HeaderColumn c : header.columns()) {
            labels.put(c.index(), c.label());
            if (c.key() != null) {
                columnOfKey.put(c.key(), c.index());
            }
            width = Math.max(width, c.index() + 1);
        }
        for (ImportPreview.RejectedRow r : preview.rejected()) {
            width = Math.max(width, r.cells().size());
        }
        SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200);
        try {
            Sheet sheet = wb.createSheet("退回修改");
            Font bold = wb.createFont();
            bold.setBold(true);
            XSSFCellStyle headerStyle = (XSSFCellStyle) wb.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headerStyle.setWrapText(true);
            XSSFCellStyle bad = (XSSFCellStyle) wb.createCellStyle();
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            bad.setDataFormat(wb.createDataFormat().getFormat("@"));
            XSSFCellStyle badDate = (XSSFCellStyle) wb.createCellStyle();
            badDate.cloneStyleFrom(bad);
            badDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            XSSFCellStyle text = (XSSFCellStyle) wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            XSSFCellStyle date = (XSSFCellStyle) wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            XSSFCellStyle problemStyle = (XSSFCellStyle) wb.createCellStyle();
            problemStyle.setWrapText(true);
            Font red = wb.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            problemStyle.setFont(red);

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("“" + preview.setup().fileName() + "”中未能导入的" + preview.rejected().size()
                    + "行：请按“问题说明”修改有底色的单元格（鼠标移到单元格上可看批注）后重新报送");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width + 1));
            Row head = sheet.createRow(1);
            for (int i = 0; i < width; i++) {
                var c = head.createCell(i);
                c.setCellValue(labels.getOrDefault(i, ""));
                c.setCellStyle(headerStyle);
            }
            head.createCell(width).setCellValue(ROW_HEADER);
            head.getCell(width).setCellStyle(headerStyle);
            head.createCell(width + 1).setCellValue(PROBLEM_HEADER);
            head.getCell(width + 1).setCellStyle(headerStyle);
            for (int i = 0; i < width; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.setColumnWidth(width + 1, 80 * 256);

            Drawing<?> drawing = sheet.createDrawingPatriarch();
            CreationHelper helper = wb.getCreationHelper();
            int r = 2;
            for (ImportPreview.RejectedRow rejected : preview.rejected()) {
                Row row = sheet.createRow(r);
                Map<Integer, StringBuilder> notes = new HashMap<>();
                for (CellProblem p : rejected.result().problems()) {
                    Integer col = p.columnKey() == null ? null : columnOfKey.get(p.columnKey());
                    if (col != null && p.isError()) {
                        notes.computeIfAbsent(col, k -> new StringBuilder()).append(p.message());
                    }
                }
                List<Cell> cells = rejected.cells();
                for (int i = 0; i < width; i++) {
                    Cell source = i < cells.size() ? cells.get(i) : Cell.BLANK;
                    var cell = row.createCell(i);
                    copy(source, cell, text, date);
                    StringBuilder note = notes.get(i);
                    if (note != null) {
                        cell.setCellStyle(source.type() == Cell.Type.DATE ? badDate : bad);
                        ClientAnchor anchor = helper.createClientAnchor();
                        anchor.setCol1(i);
                        anchor.setCol2(i + 4);
                        anchor.setRow1(r);
                        anchor.setRow2(r + 4);
                        Comment comment = drawing.createCellComment(anchor);
                        comment.setString(helper.createRichTextString(note.toString()));
                        comment.setAuthor("残疾人就业帮扶台账");
                        cell.setCellComment(comment);
                    }
                }
                row.createCell(width).setCellValue(rejected.result().rowNumber());
                var problem = row.createCell(width + 1);
                problem.setCellValue(rejected.result().message());
                problem.setCellStyle(problemStyle);
                r++;
            }
            sheet.createFreezePane(0, 2);
            ImportTemplates.save(wb, out);
        } catch (IOException e) {
            throw ImportTemplates.cannotWrite(out, e);
        } finally {
            try {
                wb.close();
            } catch (IOException ignored) {
                // temporary files are removed by close; nothing more to do
            }
        }
    }

    /** A cell as the file held it: text as text, numbers as numbers (a damaged ID stays visibly damaged), dates as dates. */
    private static void copy(Cell source, org.apache.poi.ss.usermodel.Cell target,
                             XSSFCellStyle text, XSSFCellStyle date) {
        switch (source.type()) {
            case NUMBER -> target.setCellValue(source.number());
            case DATE -> {
                target.setCellValue(source.dateTime());
                target.setCellStyle(date);
            }
            case BLANK -> {
            }
            default -> {
                target.setCellValue(source.text());
                target.setCellStyle(text);
            }
        }
    }
}
