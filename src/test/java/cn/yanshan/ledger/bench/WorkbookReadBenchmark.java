package cn.yanshan.ledger.bench;

import cn.yanshan.ledger.workbook.ColumnSpec;
import cn.yanshan.ledger.workbook.HeaderMatch;
import cn.yanshan.ledger.workbook.Limits;
import cn.yanshan.ledger.workbook.Preview;
import cn.yanshan.ledger.workbook.ReadListener;
import cn.yanshan.ledger.workbook.SheetPreview;
import cn.yanshan.ledger.workbook.TableReader;
import cn.yanshan.ledger.workbook.TableSummary;
import cn.yanshan.ledger.workbook.Values;
import cn.yanshan.ledger.workbook.Workbook;
import cn.yanshan.ledger.workbook.WorkbookReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Read benchmark of the workbook engine against LibreOffice (not a test).
 *
 * <p>Generates a 100,000-row, 15-column placements-like .xlsx (title and 填报单位 rows, ID numbers as
 * text, dates as Excel dates, Chinese text) with POI SXSSF, then times, three runs each, in fresh
 * JVMs at -Xmx256m: the preview (open, detect the header of every sheet, sample rows) and a full
 * read (preview, then every data row through {@link TableReader}, each mapped cell read), and
 * {@code soffice --headless --convert-to csv} on the same file. Prints a Markdown table.
 *
 * <p>Run: {@code mvn -B -q -Pbench test-compile exec:exec} (see docs/benchmarks.md).
 */
public final class WorkbookReadBenchmark {

    static final List<ColumnSpec> PLACEMENT = List.of(
            ColumnSpec.required("name", "姓名"),
            ColumnSpec.required("idNumber", "身份证号", "身份证号码"),
            ColumnSpec.optional("gender", "性别"),
            ColumnSpec.optional("certificate", "残疾证号"),
            ColumnSpec.optional("category", "残疾类别"),
            ColumnSpec.optional("level", "残疾等级"),
            ColumnSpec.optional("township", "乡（镇）", "乡镇"),
            ColumnSpec.optional("village", "村（社区）"),
            ColumnSpec.optional("form", "就业形式"),
            ColumnSpec.optional("employer", "就业单位"),
            ColumnSpec.optional("date", "就业时间"),
            ColumnSpec.optional("region", "就业地域"),
            ColumnSpec.optional("phone", "联系电话"),
            ColumnSpec.optional("income", "月收入"));

    private static final int ROWS = 100_000;
    private static final int RUNS = 3;

    private WorkbookReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            child(args[0], Paths.get(args[1]));
            return;
        }
        Path dir = Paths.get(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("placements-100k.xlsx");
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            generate(file);
            System.out.printf(Locale.ROOT, "generated %s (%.1f MB) in %.1f s%n", file, Files.size(file) / 1e6, (System.nanoTime() - t) / 1e9);
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Path out = dir.resolve("lo-out");
        Files.createDirectories(out);
        String profile = dir.toAbsolutePath().resolve("lo-profile").toUri().toString();
        List<String> soffice = List.of("soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "csv",
                "--outdir", out.toString(), file.toString());
        System.out.printf(Locale.ROOT, "LibreOffice warm-up (profile creation, not counted): %.2f s%n", run(soffice)[0]);

        List<double[][]> results = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            double[] preview = run(List.of(java, "-Xmx256m", "-cp", cp, WorkbookReadBenchmark.class.getName(), "preview", file.toString()));
            double[] read = run(List.of(java, "-Xmx256m", "-cp", cp, WorkbookReadBenchmark.class.getName(), "read", file.toString()));
            double[] lo = run(soffice);
            results.add(new double[][] {preview, read, lo});
        }
        System.out.println();
        System.out.println("Wall time of each whole process (CPU time, user + system, in brackets):");
        System.out.println();
        System.out.println("| run | engine: preview | engine: read all rows | LibreOffice --convert-to csv |");
        System.out.println("|---|---|---|---|");
        for (int i = 0; i < results.size(); i++) {
            double[][] r = results.get(i);
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %s |%n", i + 1, cell(r[0]), cell(r[1]), cell(r[2]));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "load average while measuring: %s%n", loadAverage());
    }

    private static String cell(double[] wallAndCpu) {
        return wallAndCpu[1] < 0 ? String.format(Locale.ROOT, "%.2f s", wallAndCpu[0])
                : String.format(Locale.ROOT, "%.2f s (%.2f s)", wallAndCpu[0], wallAndCpu[1]);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Paths.get("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * {wall seconds, CPU seconds or -1} of a process; its indented output is passed through. CPU time
     * (children included) comes from GNU time where it is installed.
     */
    private static double[] run(List<String> command) throws IOException, InterruptedException {
        Path times = Files.createTempFile("bench", ".time");
        List<String> full = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(Paths.get("/usr/bin/time"));
        if (gnuTime) {
            full.addAll(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S"));
        }
        full.addAll(command);
        long t = System.nanoTime();
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command + "\n" + output);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        for (String line : output.split("\n")) {
            if (line.startsWith("  ")) {
                System.out.println(line);
            }
        }
        double cpu = -1;
        if (gnuTime) {
            String[] parts = Files.readString(times).trim().split("\\s+");
            cpu = Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1]);
        }
        Files.deleteIfExists(times);
        return new double[] {seconds, cpu};
    }

    /** One measured task in a fresh JVM; prints its own inner timings indented. */
    private static void child(String task, Path file) {
        long t0 = System.nanoTime();
        Preview preview = Preview.of(file, PLACEMENT, Limits.DEFAULT);
        SheetPreview sheet = preview.requireSuggested(PLACEMENT);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "  %s: preview %.2f s (sheet %s, %d rows, %d columns mapped)%n", task, (t1 - t0) / 1e9,
                sheet.sheet().name(), sheet.sheet().rowCount(), sheet.header().orElseThrow().mappedCount());
        if (task.equals("read")) {
            HeaderMatch header = sheet.header().orElseThrow();
            long[] chars = {0};
            List<String> keys = new ArrayList<>(header.columnsByKey().keySet());
            TableSummary summary;
            try (Workbook wb = WorkbookReader.open(file, Limits.DEFAULT)) {
                summary = TableReader.read(wb, sheet.sheet().index(), header, ReadListener.NONE, row -> {
                    for (String key : keys) {
                        chars[0] += Values.text(row.cell(key)).length();
                    }
                    return true;
                });
            }
            long t2 = System.nanoTime();
            if (summary.dataRows() != ROWS) {
                throw new IllegalStateException("read " + summary.dataRows() + " rows");
            }
            System.out.printf(Locale.ROOT, "  read: all %d rows in %.2f s after the preview (%d characters)%n",
                    summary.dataRows(), (t2 - t1) / 1e9, chars[0]);
        }
    }

    /** The benchmark file: title, 填报单位 row, header, 100,000 placements. */
    static void generate(Path file) throws IOException {
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗"};
        String[] given = {"明", "华", "芳", "丽", "强", "军", "勇", "燕", "艳", "杰", "娟", "涛", "超", "秀英", "建国", "春梅", "志强"};
        String[] towns = {"江那镇", "平远镇", "稼依镇", "阿猛镇", "阿舍彝族乡", "维摩彝族乡", "盘龙彝族乡", "八嘎乡", "者腊乡", "蚌峨乡", "干河彝族乡"};
        String[] forms = {"按比例就业", "集中就业", "个体就业", "公益性岗位就业", "辅助性就业", "农村种养加", "灵活就业"};
        String[] categories = {"视力", "听力", "言语", "肢体", "智力", "精神", "多重"};
        String[] regions = {"县内", "州内", "省内", "省外"};
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String checks = "10X98765432";
        Random random = new Random(20240506);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Sheet s = wb.createSheet("就业登记");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            s.createRow(0).createCell(0).setCellValue("砚山县2024年残疾人就业登记表");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 14));
            Row unit = s.createRow(1);
            unit.createCell(0).setCellValue("填报单位：砚山县残联");
            unit.createCell(10).setCellValue("填报时间：2024年12月31日");
            String[] header = {"序号", "姓名", "性别", "身份证号", "残疾证号", "残疾类别", "残疾等级", "乡（镇）", "村（社区）",
                "就业形式", "就业单位", "就业时间", "就业地域", "联系电话", "月收入"};
            Row h = s.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            LocalDate start = LocalDate.of(2022, 1, 1);
            for (int i = 0; i < ROWS; i++) {
                Row r = s.createRow(3 + i);
                LocalDate birth = LocalDate.of(1965 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String first17 = "532622" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
                int sum = 0;
                for (int k = 0; k < 17; k++) {
                    sum += (first17.charAt(k) - '0') * weights[k];
                }
                String id = first17 + checks.charAt(sum % 11);
                int category = random.nextInt(categories.length);
                int level = 1 + random.nextInt(4);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue(surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]);
                r.createCell(2).setCellValue((id.charAt(16) - '0') % 2 == 1 ? "男" : "女");
                r.createCell(3).setCellValue(id);
                r.createCell(4).setCellValue(id + (category + 1) + level);
                r.createCell(5).setCellValue(categories[category]);
                r.createCell(6).setCellValue(level + "级");
                String town = towns[random.nextInt(towns.length)];
                r.createCell(7).setCellValue(town);
                r.createCell(8).setCellValue(town.substring(0, 2) + (1 + random.nextInt(12)) + "村");
                r.createCell(9).setCellValue(forms[random.nextInt(forms.length)]);
                r.createCell(10).setCellValue("砚山县" + town.substring(0, 2) + "第" + (1 + random.nextInt(300)) + "合作社");
                org.apache.poi.ss.usermodel.Cell d = r.createCell(11);
                d.setCellValue(start.plusDays(random.nextInt(1095)));
                d.setCellStyle(date);
                r.createCell(12).setCellValue(regions[random.nextInt(regions.length)]);
                r.createCell(13).setCellValue("13" + (100_000_000 + random.nextInt(900_000_000)));
                r.createCell(14).setCellValue(800 + random.nextInt(40) * 50);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }
}
