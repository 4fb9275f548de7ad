package cn.yanshan.ledger.audit;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.testing.Ledgers;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log exported for an inspection: the filtered lines, in Chinese, with ID numbers masked. */
class AuditExportTest {

    @Test
    void theFilteredLinesAreWrittenWithIdNumbersMasked(@TempDir Path dir) throws Exception {
        try (Services ledger = Ledgers.open()) {
            String id = Ledgers.id();
            Person p = ledger.persons().create(Ledgers.person("杨春梅", id));
            ledger.persons().create(Ledgers.person("李文学", Ledgers.id()));
            ledger.persons().recordReveal(p.id());

            Path file = dir.resolve("审计日志.xlsx");
            int n = AuditExport.write(ledger.audit(), AuditFilter.ALL.withText("杨春梅"), file);
            assertThat(n).isEqualTo(1);
            AuditFilter today = new AuditFilter("person", null, Ledgers.TODAY, Ledgers.TODAY, null);
            assertThat(ledger.audit().count(today)).isEqualTo(3);
            assertThat(ledger.audit().count(new AuditFilter(null, null, LocalDate.of(2030, 1, 1), null, null))).isZero();
            assertThat(ledger.audit().find(today, 0, 1).get(0).action()).isEqualTo(AuditLog.REVEAL);

            try (Workbook wb = WorkbookFactory.create(file.toFile())) {
                Sheet s = wb.getSheet("审计日志");
                assertThat(s.getRow(0).getCell(4).getStringCellValue()).isEqualTo("操作");
                assertThat(s.getLastRowNum()).isEqualTo(1);
                assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("残疾人");
                assertThat(s.getRow(1).getCell(4).getStringCellValue()).isEqualTo("新增");
                String after = s.getRow(1).getCell(6).getStringCellValue();
                assertThat(after).contains("杨春梅").contains(id.substring(0, 6) + "********").doesNotContain(id);
            }
        }
    }
}
