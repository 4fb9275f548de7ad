import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.importing.FileInspection;
import cn.yanshan.ledger.importing.ImportPreview;
import cn.yanshan.ledger.importing.ImportResult;
import cn.yanshan.ledger.importing.ImportSetup;
import cn.yanshan.ledger.workbook.ReadListener;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Import benchmark. {@code generate FILE N}: a placements workbook of N generated rows (made-up people) under a
 * title, a 填报单位 row and a header. {@code run DATA_DIR FILE [--preview-only]}: preview (every row read and
 * checked) and commit (read and checked again, written in one transaction), each timed, on the ledger in DATA_DIR;
 * {@code --in-memory} instead on a ledger in memory (no file, no encryption: what H2 itself needs).
 */
public final class ImportBench {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] TOWNSHIPS = {"江那", "平远", "稼依", "阿猛", "阿舍", "维摩", "盘龙", "八嘎", "者腊", "蚌峨", "干河"};
    private static final String[] FORMS = {"灵活就业", "公益性岗位", "种养殖", "个体", "集中就业", "辅助性就业", "按比例就业"};
    private static final String[] LOCATIONS = {"县内", "州内县外", "省内州外", "省外"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "秀英桂兰建华志强海燕玉梅国荣德明晓东春花丽华永刚金凤";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            List<String> options = List.of(args).subList(3, args.length);
            run(Path.of(args[1]), Path.of(args[2]), options.contains("--preview-only"), options.contains("--in-memory"));
        }
    }

    static void generate(Path file, int n) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet s = wb.createSheet("就业登记");
            s.createRow(0).createCell(0).setCellValue("砚山县2024年残疾人就业登记表（性能测试，虚构人员）");
            s.createRow(1).createCell(0).setCellValue("填报单位：县残联");
            String[] header = {"序号", "姓名", "身份证号码", "残疾证号", "乡镇", "就业时间", "就业形式", "就业单位", "就业地域", "月收入（元）"};
            Row h = s.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            LocalDate first = LocalDate.of(1966, 1, 1);
            for (int i = 0; i < n; i++) {
                Row r = s.createRow(3 + i);
                String id = id(first.plusDays(i % 14_000), i / 14_000);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue("" + SURNAMES.charAt(i % 20) + GIVEN.charAt(i % 26) + GIVEN.charAt(i / 26 % 26));
                r.createCell(2).setCellValue(id);
                r.createCell(3).setCellValue(id + (1 + i % 7) + (1 + i % 4));
                r.createCell(4).setCellValue(TOWNSHIPS[i % TOWNSHIPS.length]);
                r.createCell(5).setCellValue(LocalDate.of(2022, 1, 1).plusDays(i % 1000).toString());
                r.createCell(6).setCellValue(FORMS[i % FORMS.length]);
                r.createCell(7).setCellValue("砚山县" + TOWNSHIPS[i % TOWNSHIPS.length] + "示例合作社");
                r.createCell(8).setCellValue(LOCATIONS[i % LOCATIONS.length]);
                r.createCell(9).setCellValue(1200 + i % 9 * 100);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static String id(LocalDate birth, int seq) {
        String body = "532622" + birth.toString().replace("-", "") + String.format("%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static void run(Path data, Path file, boolean previewOnly, boolean inMemory) {
        try (Services services = inMemory ? Services.inMemory("import-bench") : open(data)) {
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            FileInspection inspection = services.imports().inspect(file, null, null, ReadListener.NONE);
            ImportSetup setup = inspection.requireSetup();
            ImportPreview preview = services.imports().preview(setup, ReadListener.NONE);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            System.out.printf("preview ready: %.1f s (main thread CPU %.1f s), %s, heap used %d MB%n", (t1 - t0) / 1e9,
                    (c1 - c0) / 1e9, preview.counts(), usedMb());
            if (previewOnly) {
                return;
            }
            ImportResult result = services.imports().commit(setup, ReadListener.NONE);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("commit done:   %.1f s (main thread CPU %.1f s), batch %d, %s, heap used %d MB%n",
                    (t2 - t1) / 1e9, (c2 - c1) / 1e9, result.batch().id(), result.counts(), usedMb());
            System.out.printf("placed (stats): %d%n", services.stats().placed());
        }
    }

    private static Services open(Path data) {
        DataFolder folder = DataFolder.resolve(data);
        char[] password = System.getenv("LEDGER_PASSWORD").toCharArray();
        return Services.open(folder, Services.vault(folder).signInOrCreate(null, password));
    }

    private static long usedMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
    }
}
