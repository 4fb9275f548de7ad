package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.person.EmploymentStatus;
import cn.yanshan.ledger.person.Gender;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.placement.Placement;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.workbook.ReadCancelledException;
import cn.yanshan.ledger.workbook.ReadListener;
import cn.yanshan.ledger.workbook.Values;
import cn.yanshan.ledger.workbook.WorkbookReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportServiceTest {

    private static final Object[] HEADER = {"序号", "姓名", "身份证号码", "残疾证号", "乡镇", "就业时间", "就业形式", "就业单位",
            "就业地域", "月收入（元）", "报送单位"};

    @TempDir
    Path dir;

    private final Services ledger = Ledgers.open();

    @AfterEach
    void close() {
        ledger.close();
    }

    private ImportSetup setup(Path file) {
        FileInspection f = ledger.imports().inspect(file, null, null, ReadListener.NONE);
        return f.setup().orElseThrow();
    }

    private static Object[] row(int n, String name, Object id, String township, Object date, String form, String unit) {
        Object cert = id instanceof String s ? s + "43" : null;
        return new Object[] {n, name, id, cert, township, date, form, "合作社", "县内", 1500, unit};
    }

    @Test
    void placementsFileWithEveryValueFormPreviewsEachRowAndCommitsTheValidOnes() throws Exception {
        String a = Ledgers.id(LocalDate.of(1980, 3, 4), Gender.MALE);
        String b = Ledgers.id(LocalDate.of(1981, 3, 4), Gender.FEMALE);
        String c = Ledgers.id(LocalDate.of(1982, 3, 4), Gender.MALE);
        String d = Ledgers.id(LocalDate.of(1983, 3, 4), Gender.MALE);
        String e = Ledgers.id(LocalDate.of(1984, 3, 4), Gender.FEMALE);
        String f = Ledgers.id(LocalDate.of(1985, 3, 4), Gender.MALE);
        String g = Ledgers.id(LocalDate.of(1986, 3, 4), Gender.MALE);
        String fullWidth = toFullWidth(c.substring(0, 6)) + " " + c.substring(6);
        Path file = Books.xlsx(dir, "江那镇2024年就业登记.xlsx",
                new Object[] {"江那镇2024年残疾人就业登记表"},
                new Object[] {"填报单位：江那镇人民政府", null, null, null, null, null, null, null, "填报时间：2024年12月20日"},
                HEADER,
                row(1, "张一", a, "江那", "2024-05-06", "灵活就业", ""),
                row(2, "张二", b, "江那镇", "2024.5.6", "公益性岗位", "县残联"),
                row(3, "张三", fullWidth, "平远", "2024/5/6", "种养殖", ""),
                row(4, "张四", d, "阿舍", "2024年5月6日", "个体", ""),
                row(5, "张五", e, "稼依", "20240506", "4", ""),
                row(6, "张六", f, "阿猛", LocalDate.of(2024, 5, 6), "集中就业", ""),
                row(7, "张七", g, "八嘎", 20240506, "辅助性就业", ""),
                row(8, "李八", 5.32622198001011E17, "江那", "2024-05-06", "灵活就业", ""),
                row(9, "李九", Ledgers.id(), "火星乡", "2024-05-06", "灵活就业", ""),
                row(10, "李十", Ledgers.id(), "江那", "2024-05-06", "外出务工", ""),
                row(11, "李十一", Ledgers.id(), "江那", "2024-05-06", "灵活就业", "县火星局"),
                row(12, "李十二", Ledgers.id(), "江那", "24-5-6", "灵活就业", ""),
                row(13, "张一", a, "江那", "2024-05-06", "灵活就业", ""),
                new Object[] {"合计", null, null, null, null, null, null, null, null, 19500});

        FileInspection inspection = ledger.imports().inspect(file, null, null, ReadListener.NONE);
        assertThat(inspection.kind().key()).isEqualTo(PlacementsImport.KEY);
        ImportSetup setup = inspection.setup().orElseThrow();
        assertThat(setup.unit().name()).isEqualTo("江那镇");
        ImportPreview preview = ledger.imports().preview(setup, ReadListener.NONE);

        assertThat(preview.counts()).isEqualTo(new ImportCounts(13, 7, 0, 1, 0, 5));
        assertThat(preview.summary().totalRow()).isEqualTo(17);
        assertThat(preview.rows()).extracting(RowResult::status).containsExactly(
                RowStatus.NEW, RowStatus.NEW, RowStatus.NEW, RowStatus.NEW, RowStatus.NEW, RowStatus.NEW, RowStatus.NEW,
                RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR, RowStatus.DUPLICATE);
        Map<Integer, String> messages = new java.util.HashMap<>();
        preview.rows().forEach(r -> messages.put(r.rowNumber(), r.message()));
        assertThat(messages.get(11)).contains("被保存成了数字").contains("文本");
        assertThat(preview.rows().get(7).hasErrorIn(PersonColumns.ID_NUMBER)).isTrue();
        assertThat(messages.get(12)).contains("“火星乡”不是本县的乡（镇）");
        assertThat(messages.get(13)).contains("外出务工").contains("不是规定的就业形式");
        assertThat(messages.get(14)).contains("县火星局").contains("不在单位名录中");
        assertThat(messages.get(15)).contains("年份只有两位");
        assertThat(messages.get(16)).contains("与第4行");

        ImportResult result = ledger.imports().commit(setup, ReadListener.NONE);
        assertThat(result.alreadyImported()).isFalse();
        assertThat(result.batch().counts()).isEqualTo(preview.counts());
        assertThat(result.batch().unitName()).isEqualTo("江那镇");
        Person third = ledger.persons().findByIdNumber(c).orElseThrow();
        assertThat(third.township().name()).isEqualTo("平远镇");
        assertThat(third.employmentStatus()).isEqualTo(EmploymentStatus.EMPLOYED);
        List<Placement> placed = ledger.placements().ofPerson(third.id());
        assertThat(placed).singleElement().satisfies(p -> {
            assertThat(p.placedOn()).isEqualTo(LocalDate.of(2024, 5, 6));
            assertThat(p.importBatchId()).isEqualTo(result.batch().id());
            assertThat(p.reportingUnit().name()).isEqualTo("江那镇");
        });
        for (String id : List.of(a, b, d, e, f, g)) {
            Person p = ledger.persons().findByIdNumber(id).orElseThrow();
            assertThat(ledger.placements().ofPerson(p.id())).extracting(Placement::placedOn)
                    .containsExactly(LocalDate.of(2024, 5, 6));
        }
        assertThat(ledger.placements().ofPerson(ledger.persons().findByIdNumber(b).orElseThrow().id()).get(0)
                .reportingUnit().name()).isEqualTo("县残联");
        assertThat(ledger.placements().countedRow(third.id())).isPresent();
        assertThat(ledger.audit().history("import", result.batch().id())).singleElement()
                .satisfies(line -> assertThat(line.afterJson()).contains("\"created\":7").contains("江那镇2024年就业登记.xlsx"));

        ImportResult again = ledger.imports().commit(setup, ReadListener.NONE);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.batch().id()).isEqualTo(result.batch().id());
        assertThat(ledger.imports().inspect(file, null, null, ReadListener.NONE).alreadyImported()).isPresent();
        assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(7);

        Path errors = dir.resolve("退回.xlsx");
        ledger.imports().writeErrors(result.preview().orElseThrow(), errors);
        try (InputStream in = Files.newInputStream(errors); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(11).getStringCellValue()).isEqualTo("原表行号");
            assertThat(s.getRow(1).getCell(12).getStringCellValue()).isEqualTo("问题说明");
            assertThat(s.getPhysicalNumberOfRows()).isEqualTo(2 + 5);
            assertThat(s.getRow(2).getCell(11).getNumericCellValue()).isEqualTo(11);
            assertThat(s.getRow(2).getCell(12).getStringCellValue()).contains("被保存成了数字");
            assertThat(s.getRow(2).getCell(2).getCellComment().getString().getString()).contains("被保存成了数字");
            assertThat(s.getRow(3).getCell(4).getCellComment().getString().getString()).contains("火星乡");
            assertThat(s.getRow(3).getCell(4).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(s.getRow(3).getCell(1).getCellStyle().getFillForegroundColor());
        }
        try (var wb = WorkbookReader.open(errors)) {
            assertThat(wb.firstRows(0, 3).get(2).cells().get(1).text()).isEqualTo("李八");
        }

        ImportBatch undone = ledger.imports().undo(result.batch().id());
        assertThat(undone.isUndone()).isTrue();
        assertThat(ledger.persons().count(PersonQuery.ALL)).isZero();
        assertThat(ledger.persons().findByIdNumber(c)).isEmpty();
        assertThat(ledger.placements().countedRow(third.id())).isEmpty();
        assertThat(ledger.audit().history("import", result.batch().id())).extracting(x -> x.action())
                .containsExactly("GENERATE", "DELETE");
        assertThatThrownBy(() -> ledger.imports().undo(result.batch().id())).isInstanceOf(LedgerException.class)
                .hasMessageContaining("撤销过了");
        // after an undo the same file can be imported again
        assertThat(ledger.imports().commit(setup, ReadListener.NONE).alreadyImported()).isFalse();
    }

    @Test
    void placementsOfPersonsInTheLedgerAreCheckedAgainstTheirPlacementsAndTheirPlaceInTheCount() throws Exception {
        String a = Ledgers.id(LocalDate.of(1975, 2, 3), Gender.MALE);
        String b = Ledgers.id(LocalDate.of(1976, 2, 3), Gender.FEMALE);
        Person pa = ledger.persons().create(Ledgers.person("赵甲", a));
        ledger.placements().log(pa.id(), Ledgers.placement(LocalDate.of(2024, 3, 1)));
        Person pb = ledger.persons().create(Ledgers.person("赵乙", b));
        String c = Ledgers.id(LocalDate.of(1977, 2, 3), Gender.MALE);
        Path file = Books.xlsx(dir, "placements-known.xlsx", HEADER,
                row(1, "赵甲", a, "江那", "2024-03-01", "灵活就业", ""),
                row(2, "赵甲", a, "江那", "2024-06-01", "公益性岗位", ""),
                row(3, "赵乙", b, "江那", "2024-06-01", "公益性岗位", ""),
                row(4, "赵丙", c, "江那", "2024-06-01", "灵活就业", ""));

        ImportPreview preview = ledger.imports().preview(setup(file), ReadListener.NONE);

        assertThat(preview.rows()).extracting(RowResult::status)
                .containsExactly(RowStatus.UNCHANGED, RowStatus.NEW, RowStatus.NEW, RowStatus.NEW);
        assertThat(preview.rows().get(1).message()).contains("已于2024-03-01计入目标人数");
        assertThat(preview.rows().get(2).message()).doesNotContain("计入目标人数");
        ImportResult result = ledger.imports().commit(setup(file), ReadListener.NONE);
        assertThat(result.counts()).isEqualTo(preview.counts());
        assertThat(ledger.placements().ofPerson(pa.id())).extracting(Placement::placedOn)
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1));
        assertThat(ledger.placements().ofPerson(pb.id())).extracting(Placement::placedOn)
                .containsExactly(LocalDate.of(2024, 6, 1));
    }

    @Test
    void personsFileUpdatesWhatChangedLeavesWhatIsTheSameAndUndoPutsItBack() throws Exception {
        String a = Ledgers.id(LocalDate.of(1970, 1, 2), Gender.MALE);
        String b = Ledgers.id(LocalDate.of(1971, 1, 2), Gender.FEMALE);
        Person pa = ledger.persons().create(Ledgers.person("王一", a).withPhone("13900000001"));
        ledger.persons().create(Ledgers.person("王二", b));
        String n = Ledgers.id(LocalDate.of(1990, 1, 2), Gender.MALE);
        Path file = Books.xlsx(dir, "persons.xlsx",
                new Object[] {"姓名", "公民身份号码", "残疾证号", "所在乡镇", "联系电话"},
                new Object[] {"王一", a, a + "43", "江那镇", "13900000009"},
                new Object[] {"王二", b, b + "43", "江那", null},
                new Object[] {"王三", n, null, "维摩", "13900000003"},
                new Object[] {"王四", n.substring(0, 17) + (n.endsWith("0") ? "1" : "0"), null, "维摩", null});
        ImportSetup setup = setup(file);
        assertThat(setup.kind().key()).isEqualTo(PersonsImport.KEY);
        ImportPreview preview = ledger.imports().preview(setup, ReadListener.NONE);
        assertThat(preview.rows()).extracting(RowResult::status)
                .containsExactly(RowStatus.UPDATE, RowStatus.UNCHANGED, RowStatus.ERROR, RowStatus.ERROR);
        assertThat(preview.rows().get(2).message()).contains("残疾证号").contains("残疾类别");
        assertThat(preview.rows().get(3).message()).contains("校验位");

        ImportResult result = ledger.imports().commit(setup, ReadListener.NONE);
        assertThat(ledger.persons().byId(pa.id()).orElseThrow().phone()).isEqualTo("13900000009");
        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(ledger.audit().history("person", pa.id())).extracting(x -> x.action())
                .containsExactly("CREATE", "UPDATE");
        ledger.imports().undo(result.batch().id());
        assertThat(ledger.persons().byId(pa.id()).orElseThrow().phone()).isEqualTo("13900000001");
        assertThat(ledger.audit().history("person", pa.id())).extracting(x -> x.action())
                .containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(2);
    }

    @Test
    void aFileWithNothingToImportIsRefusedWithTheReasonAndWritesNothing() throws Exception {
        Path file = Books.xlsx(dir, "bad.xlsx", HEADER,
                row(1, "赵一", Ledgers.id(), "火星乡", "2024-05-06", "灵活就业", ""));
        ImportSetup setup = setup(file);
        assertThatThrownBy(() -> ledger.imports().commit(setup, ReadListener.NONE))
                .isInstanceOf(LedgerException.class).hasMessage("没有可导入的行：共1行，1行有错误。");
        assertThat(ledger.imports().batches(0, 10)).isEmpty();
    }

    @Test
    void aCommitStoppedHalfWayLeavesTheLedgerAsItWas() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < 2500; i++) {
            rows.add(row(i + 1, "钱" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "子丑寅卯辰巳午未申酉戌亥".charAt(i / 10 % 12), Ledgers.id(LocalDate.of(1970, 1, 1).plusDays(i), Gender.MALE), "江那",
                    "2024-05-06", "灵活就业", ""));
        }
        Path file = Books.xlsx(dir, "big.xlsx", rows.toArray(new Object[0][]));
        ImportSetup setup = setup(file);
        ReadListener stopAfter2000 = new ReadListener() {
            long read;

            @Override
            public void rowsRead(String sheetName, long rowsRead, long rowsTotal) {
                read = rowsRead;
            }

            @Override
            public boolean isCancelled() {
                return read >= 2000;
            }
        };
        assertThatThrownBy(() -> ledger.imports().commit(setup, stopAfter2000)).isInstanceOf(ReadCancelledException.class);
        assertThat(ledger.persons().count(PersonQuery.ALL)).isZero();
        assertThat(ledger.imports().batches(0, 10)).isEmpty();
        assertThat(ledger.audit().count()).isZero();

        ImportResult done = ledger.imports().commit(setup, ReadListener.NONE);
        assertThat(done.counts().created()).isEqualTo(2500);
        assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(2500);
        assertThat(ledger.stats().summary().placed()).isEqualTo(2500);
    }

    @Test
    void aMappingTheClerkCorrectedIsUsedForTheUnitsNextFile() throws Exception {
        Object[] odd = {"姓名", "身份证号", "残疾证号", "户籍", "上岗日期", "就业形式", "就业地域"};
        String id = Ledgers.id();
        Path first = Books.xlsx(dir, "first.xlsx", odd,
                new Object[] {"孙一", id, id + "43", "江那", "2024-05-06", "灵活就业", "县内"});
        FileInspection inspection = ledger.imports().inspect(first, ledger.imports().kinds().get(0), "平远镇",
                ReadListener.NONE);
        ImportSetup setup = inspection.setup().orElseThrow();
        assertThat(setup.header().isComplete()).isFalse();
        ImportSetup corrected = setup.withCorrections(Map.of("户籍", PersonColumns.TOWNSHIP, "上岗日期",
                PlacementsImport.PLACED_ON));
        assertThat(corrected.header().isComplete()).isTrue();
        ledger.imports().commit(corrected, ReadListener.NONE);

        String id2 = Ledgers.id();
        Path second = Books.xlsx(dir, "second.xlsx", odd,
                new Object[] {"孙二", id2, id2 + "43", "江那", "2024-06-06", "灵活就业", "县内"});
        ImportSetup next = ledger.imports().inspect(second, null, "平远镇", ReadListener.NONE).setup().orElseThrow();
        assertThat(next.header().isComplete()).isTrue();
        assertThat(next.header().column(PlacementsImport.PLACED_ON).orElseThrow().label()).isEqualTo("上岗日期");
        assertThat(ledger.imports().inspect(second, null, "江那镇", ReadListener.NONE).setup().orElseThrow()
                .header().isComplete()).isFalse();
    }

    @Test
    void aFilledTemplateImportsWithoutAMappingStep() throws Exception {
        for (ImportKind kind : ledger.imports().kinds()) {
            Path template = dir.resolve(kind.key() + ".xlsx");
            ledger.imports().writeTemplate(kind, template);
            String id = Ledgers.id();
            try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet s = wb.getSheet(ImportTemplates.DATA_SHEET);
                assertThat(wb.isSheetHidden(wb.getSheetIndex(ImportTemplates.LIST_SHEET))).isTrue();
                assertThat(s.getDataValidations()).isNotEmpty();
                assertThat(wb.getSheet(ImportTemplates.HELP_SHEET).getRow(1).getCell(0).getStringCellValue()).isEqualTo("姓名");
                var row = s.createRow(4);
                List<String> keys = kind.columns().stream().map(c -> c.key()).toList();
                Map<String, String> values = Map.of("name", "周一", "idNumber", id, "certificate", id + "43",
                        "township", "江那镇", "placedOn", "2024-05-06", "form", "灵活就业（含社区、居家就业）",
                        "location", "县内");
                for (int i = 0; i < keys.size(); i++) {
                    if (values.containsKey(keys.get(i))) {
                        row.createCell(i).setCellValue(values.get(keys.get(i)));
                    }
                }
                assertThat(s.getColumnStyle(keys.indexOf("idNumber")).getDataFormatString()).isEqualTo("@");
                try (var out = Files.newOutputStream(template)) {
                    wb.write(out);
                }
            }
            FileInspection inspection = ledger.imports().inspect(template, null, null, ReadListener.NONE);
            assertThat(inspection.kind().key()).isEqualTo(kind.key());
            ImportSetup setup = inspection.setup().orElseThrow();
            assertThat(setup.header().unmapped()).isEmpty();
            assertThat(setup.header().isComplete()).isTrue();
            ImportPreview preview = ledger.imports().preview(setup, ReadListener.NONE);
            assertThat(preview.rows()).singleElement().satisfies(r -> assertThat(r.status())
                    .as(r.message()).isIn(RowStatus.NEW, RowStatus.UPDATE));
        }
    }

    @Test
    void aFileWithoutARecognisableHeaderSaysWhatItLacks() throws Exception {
        Path file = Books.xlsx(dir, "other.xlsx", new Object[] {"Product", "Price"}, new Object[] {"Tea", 12});
        FileInspection inspection = ledger.imports().inspect(file, null, null, ReadListener.NONE);
        assertThat(inspection.setup()).isEmpty();
        assertThat(inspection.preview().sheets()).hasSize(1);
        assertThatThrownBy(inspection::requireSetup).isInstanceOf(LedgerException.class)
                .hasMessageContaining("没有找到可识别的表头").hasMessageContaining("“姓名”");
    }

    @Test
    void kindsByTheirNames() {
        assertThat(ImportService.kind("placements").label()).isEqualTo("就业登记");
        assertThat(ImportService.kind("残疾人").key()).isEqualTo("persons");
        assertThatThrownBy(() -> ImportService.kind("quota")).hasMessageContaining("persons（残疾人）");
        assertThat(Values.date("2024年5月6日").value()).isEqualTo(LocalDate.of(2024, 5, 6));
    }

    private static String toFullWidth(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char ch : digits.toCharArray()) {
            sb.append((char) (ch - '0' + '０'));
        }
        return sb.toString();
    }
}
