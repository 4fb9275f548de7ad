package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.testing.Cli;
import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    private static final String FIXTURE = "src/test/fixtures/import/unit-placements.xlsx";

    @TempDir
    Path dir;

    private Cli.Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("ledger").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    @Test
    void dryRunThenImportThenTheSameFileAgainThenUndo() throws Exception {
        Cli.Run dry = run("import", FIXTURE, "--dry-run", "--json");
        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(ImportCommand.SOME_REJECTED);
        Map<String, Object> d = JSON.std.mapFrom(dry.out());
        assertThat(d).containsEntry("rowsRead", 27).containsEntry("imported", 0).containsEntry("wouldImport", 20)
                .containsEntry("rejected", 6).containsEntry("duplicates", 1).containsEntry("batch", null)
                .containsEntry("kind", "placements").containsEntry("unit", "江那镇");

        Path errors = dir.resolve("退回.xlsx");
        Cli.Run done = run("import", FIXTURE, "--errors", errors.toString(), "--json");
        assertThat(done.exitCode()).as(done.err()).isEqualTo(ImportCommand.SOME_REJECTED);
        Map<String, Object> j = JSON.std.mapFrom(done.out());
        assertThat(j).containsEntry("rowsRead", 27).containsEntry("imported", 20).containsEntry("updated", 0)
                .containsEntry("rejected", 6).containsEntry("duplicates", 1);
        assertThat(j.get("batch")).isInstanceOf(Number.class);
        assertThat((List<?>) j.get("errors")).hasSize(6);
        assertThat(Files.size(errors)).isPositive();
        int batch = ((Number) j.get("batch")).intValue();

        Cli.Run stats = run("stats", "--json");
        assertThat(JSON.std.mapFrom(stats.out())).containsEntry("placed", 20);

        Cli.Run again = run("import", FIXTURE);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).contains("已于").contains("批次" + batch).contains("未做任何更改");

        Cli.Run undo = run("import", "--undo", String.valueOf(batch));
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("已撤销导入批次 " + batch);
        assertThat(JSON.std.mapFrom(run("stats", "--json").out())).containsEntry("placed", 0);
    }

    @Test
    void exitCodeZeroWhenEveryRowIsCommittedAndOneWhenNothingCanBe() throws Exception {
        Path template = dir.resolve("模板.xlsx");
        Cli.Run t = run("template", "placements", "-o", template.toString());
        assertThat(t.exitCode()).as(t.err()).isZero();
        assertThat(t.out()).contains("就业登记导入模板");

        Cli.Run empty = run("import", template.toString(), "--unit", "平远");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.out()).contains("未导入：表头下面没有数据行");

        Path csv = dir.resolve("persons.csv");
        Files.writeString(csv, "姓名,身份证号,残疾类别,残疾等级,乡镇\n韦一,532622199001010014,肢体,二级,江那\n");
        Cli.Run ok = run("import", csv.toString(), "--kind", "persons");
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("新增 1").contains("已导入，批次");

        Cli.Run badUnit = run("import", csv.toString(), "--unit", "县火星局");
        assertThat(badUnit.exitCode()).isEqualTo(1);
        assertThat(badUnit.err()).contains("县火星局").contains("不在单位名录中");

        Cli.Run badKind = run("template", "quota", "-o", template.toString());
        assertThat(badKind.exitCode()).isEqualTo(1);
        assertThat(badKind.err()).contains("没有“quota”这种导入类型");

        Cli.Run noSheet = run("import", FIXTURE, "--sheet", "3");
        assertThat(noSheet.exitCode()).isEqualTo(1);
        assertThat(noSheet.err()).contains("只有1个工作表");
    }
}
