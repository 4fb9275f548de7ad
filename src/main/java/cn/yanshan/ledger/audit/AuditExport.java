package cn.yanshan.ledger.audit;

import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.common.Redact;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;

/**
 * The audit log as a workbook, for an inspection: the lines a filter keeps, newest first. ID and mobile numbers in
 * the records are masked: the file leaves the encrypted ledger.
 */
public final class AuditExport {

    private static final int PAGE = 2_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditExport() {
    }

    /** Writes the file whole or not at all; returns the number of lines written. */
    public static int write(AuditLog log, AuditFilter filter, Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        int written = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("审计日志");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            String[] headers = {"时间", "账户", "对象", "编号", "操作", "修改前", "修改后"};
            int[] widths = {20, 12, 12, 10, 16, 60, 60};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(headers[i]);
                c.setCellStyle(bold);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int offset = 0; ; offset += PAGE) {
                var page = log.find(filter, offset, PAGE);
                for (AuditEntry e : page) {
                    Row r = sheet.createRow(++written);
                    r.createCell(0).setCellValue(TIME.format(e.happenedAt()));
                    r.createCell(1).setCellValue(e.actor());
                    r.createCell(2).setCellValue(AuditTexts.entity(e.entity()));
                    if (e.entityId() != null) {
                        r.createCell(3).setCellValue(e.entityId());
                    }
                    r.createCell(4).setCellValue(AuditTexts.action(e.action()));
                    r.createCell(5).setCellValue(clip(Redact.text(e.beforeJson())));
                    r.createCell(6).setCellValue(clip(Redact.text(e.afterJson())));
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                wb.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return written;
        } catch (IOException e) {
            throw new LedgerException("审计日志未能导出到 " + file + "：" + e.getMessage() + "。请换一个位置或检查磁盘空间。", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing was written there that matters
            }
        }
    }

    /** A cell holds at most 32,767 characters. */
    private static String clip(String s) {
        return s == null ? "" : s.length() > 32_000 ? s.substring(0, 32_000) + "…" : s;
    }
}
