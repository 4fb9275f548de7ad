package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.importing.FileInspection;
import cn.yanshan.ledger.importing.ImportBatch;
import cn.yanshan.ledger.importing.ImportCounts;
import cn.yanshan.ledger.importing.ImportKind;
import cn.yanshan.ledger.importing.ImportPreview;
import cn.yanshan.ledger.importing.ImportResult;
import cn.yanshan.ledger.importing.ImportService;
import cn.yanshan.ledger.importing.ImportSetup;
import cn.yanshan.ledger.importing.RowStatus;
import cn.yanshan.ledger.workbook.ReadListener;
import cn.yanshan.ledger.workbook.SheetPreview;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE [--kind K] [--unit NAME] [--sheet N] [--dry-run] [--errors OUT.xlsx] [--json]} and
 * {@code import --undo BATCH}: the import wizard without a window. Exit codes: 0 every row committed, 3 some rows
 * rejected and the rest committed, 1 nothing imported (the reason is printed).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"导入单位报送的 Excel/CSV 文件（残疾人或就业登记），或撤销一次导入。",
                "Imports a unit's spreadsheet (persons or placements), or undoes an import batch.",
                "退出码 / exit codes: 0 全部导入, 3 部分行有错误未导入、其余已导入, 1 没有导入任何内容（原因已打印）"})
final class ImportCommand extends LedgerCommand {

    /** Some rows were rejected, the others committed. */
    static final int SOME_REJECTED = 3;
    private static final int SHOWN_ERRORS = 200;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "要导入的 .xlsx、.xls 或 .csv 文件")
    Path file;

    @Option(names = "--kind", paramLabel = "K", description = "导入类型：persons（残疾人）或 placements（就业登记）；默认按表头判断")
    String kind;

    @Option(names = "--unit", paramLabel = "NAME", description = "报送单位（名称或简称）；默认取表中的“填报单位”")
    String unit;

    @Option(names = "--sheet", paramLabel = "N", description = "第几个工作表（从 1 数起）；默认自动选择")
    Integer sheet;

    @Option(names = "--dry-run", description = "只检查、不写入台账")
    boolean dryRun;

    @Option(names = "--errors", paramLabel = "OUT.xlsx", description = "把有错误的行写入此工作簿，退回单位修改")
    Path errors;

    @Option(names = "--json", description = "以 JSON 输出（稳定接口，见 docs/cli.md）")
    boolean json;

    @Option(names = "--undo", paramLabel = "BATCH", description = "撤销编号为 BATCH 的导入批次")
    Long undo;

    @Override
    public Integer call() throws IOException {
        if (undo != null) {
            if (file != null) {
                throw new LedgerException("--undo 不能与要导入的文件一起使用。");
            }
            return undo();
        }
        if (file == null) {
            throw new LedgerException("请给出要导入的文件，或用 --undo 撤销一次导入。");
        }
        try (Services services = openLedger()) {
            ImportService imports = services.imports();
            ImportKind chosen = kind == null ? null : ImportService.kind(kind);
            FileInspection inspection = imports.inspect(file, chosen, unit, ReadListener.NONE);
            ImportSetup setup = setup(inspection);
            ImportPreview preview = imports.preview(setup, ReadListener.NONE);
            ImportCounts counts = preview.counts();
            Long batch = null;
            String reason = null;
            if (inspection.alreadyImported().isPresent()) {
                ImportBatch earlier = inspection.alreadyImported().get();
                reason = "该文件已于" + earlier.importedAt().toLocalDate() + "导入（批次" + earlier.id()
                        + "），内容相同，未做任何更改。如需重新导入，请先撤销该批次。";
                batch = earlier.id();
            } else if (counts.writable() == 0) {
                reason = ImportService.nothingToImport(counts);
            } else if (!dryRun) {
                ImportResult result = imports.commit(setup, ReadListener.NONE);
                batch = result.batch().id();
                preview = result.preview().orElse(preview);
                counts = result.counts();
            }
            if (errors != null && !preview.rejected().isEmpty()) {
                imports.writeErrors(preview, errors);
            }
            int code = reason != null ? 1 : counts.rejected() > 0 ? SOME_REJECTED : 0;
            print(setup, preview, counts, batch, reason, inspection.alreadyImported().isPresent());
            return code;
        }
    }

    private ImportSetup setup(FileInspection inspection) {
        if (sheet == null) {
            return inspection.requireSetup();
        }
        List<SheetPreview> sheets = inspection.preview().sheets();
        if (sheet < 1 || sheet > sheets.size()) {
            throw new LedgerException("文件中只有" + sheets.size() + "个工作表，没有第" + sheet + "个。");
        }
        SheetPreview sp = sheets.get(sheet - 1);
        if (sp.problem().isPresent()) {
            throw new LedgerException("第" + sheet + "个工作表“" + sp.sheet().name() + "”无法读取：" + sp.problem().get());
        }
        if (sp.header().isEmpty()) {
            throw new LedgerException("第" + sheet + "个工作表“" + sp.sheet().name() + "”中没有找到可识别的表头。");
        }
        ImportSetup any = inspection.setup().orElse(null);
        String sha = any != null ? any.sha256() : ImportService.sha256(file);
        return new ImportSetup(file, sha, inspection.kind(), sheet - 1, sp.sheet().name(), sp.header().get(),
                any == null ? null : any.unit(), Map.of());
    }

    private void print(ImportSetup setup, ImportPreview preview, ImportCounts c, Long batch, String reason,
                       boolean alreadyImported) throws IOException {
        PrintWriter out = out();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("rowsRead", c.rowsRead());
            root.put("imported", batch == null || alreadyImported ? 0 : c.created());
            root.put("updated", batch == null || alreadyImported ? 0 : c.updated());
            root.put("rejected", c.rejected());
            root.put("duplicates", c.duplicates());
            root.put("unchanged", c.unchanged());
            root.put("batch", batch);
            root.put("alreadyImported", alreadyImported);
            root.put("dryRun", dryRun);
            root.put("kind", setup.kind().key());
            root.put("sheet", setup.sheetName());
            root.put("unit", setup.unit() == null ? null : setup.unit().name());
            root.put("wouldImport", c.created());
            root.put("wouldUpdate", c.updated());
            List<Map<String, Object>> rows = new ArrayList<>();
            preview.rows().stream().filter(r -> r.status() == RowStatus.ERROR).forEach(r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("row", r.rowNumber());
                m.put("message", r.message());
                rows.add(m);
            });
            root.put("errors", rows);
            root.put("reason", reason);
            out.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT, JSON.Feature.WRITE_NULL_PROPERTIES).asString(root));
        } else {
            out.printf("文件：%s（工作表“%s”，%s%s）%n", setup.fileName(), setup.sheetName(), setup.kind().label(),
                    setup.unit() == null ? "" : "，报送单位：" + setup.unit().name());
            var errorsShown = preview.rows().stream().filter(r -> r.status() == RowStatus.ERROR).limit(SHOWN_ERRORS).toList();
            errorsShown.forEach(r -> out.printf("  第%d行 %s：%s%n", r.rowNumber(), r.name(), r.message()));
            if (c.rejected() > errorsShown.size()) {
                out.printf("  ……另有%d行有错误%n", c.rejected() - errorsShown.size());
            }
            boolean wrote = batch != null && !alreadyImported;
            out.printf("读取 %d 行：%s %d，%s %d，有错误 %d，文件内重复 %d，台账中已有 %d%n", c.rowsRead(),
                    wrote ? "新增" : "可新增", c.created(), wrote ? "更新" : "可更新", c.updated(), c.rejected(),
                    c.duplicates(), c.unchanged());
            if (reason != null) {
                out.println("未导入：" + reason);
            } else if (dryRun) {
                out.println("试运行（--dry-run）：未写入台账。");
            } else {
                out.println("已导入，批次 " + batch + "。可用 import --undo " + batch + " 撤销。");
            }
            if (errors != null && !preview.rejected().isEmpty()) {
                out.println("有错误的行已写入 " + errors + "，请退回报送单位修改。");
            }
        }
        out.flush();
    }

    private Integer undo() throws IOException {
        try (Services services = openLedger()) {
            ImportBatch b = services.imports().undo(undo);
            PrintWriter out = out();
            if (json) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("batch", b.id());
                root.put("undone", true);
                root.put("file", b.fileName());
                out.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(root));
            } else {
                out.printf("已撤销导入批次 %d（%s）：新增的记录已删除，更新过的人员已恢复原样。%n", b.id(), b.fileName());
            }
            out.flush();
        }
        return 0;
    }
}
