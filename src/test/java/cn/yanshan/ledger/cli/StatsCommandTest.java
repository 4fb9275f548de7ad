package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.testing.Cli;
import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {

    @Test
    void statsJsonOfAnEmptyLedger(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("--data-dir", dir.toString(), "stats", "--json", "--as-of", "2024-05-01");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, Object> json = JSON.std.mapFrom(r.out());
        assertThat(json).containsEntry("target", 450).containsEntry("placed", 0)
                .containsEntry("periodStart", "2022-01-01").containsEntry("periodEnd", "2024-12-31")
                .containsEntry("remainingQuarters", 3).containsEntry("pacePerQuarter", 150);
        @SuppressWarnings("unchecked")
        Map<String, Object> quarters = (Map<String, Object>) json.get("byQuarter");
        assertThat(quarters.keySet()).hasSize(12).startsWith("2022Q1").endsWith("2024Q4");
        @SuppressWarnings("unchecked")
        Map<String, Object> townships = (Map<String, Object>) json.get("byTownship");
        assertThat(townships.keySet()).hasSize(11).contains("江那镇", "干河彝族乡");
        assertThat(townships.values()).containsOnly(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> forms = (Map<String, Object>) json.get("byForm");
        assertThat(forms.keySet()).containsExactly("按比例就业", "集中就业", "个体就业", "公益性岗位就业", "辅助性就业", "农村种养加", "灵活就业");
        @SuppressWarnings("unchecked")
        Map<String, Object> categories = (Map<String, Object>) json.get("byCategory");
        assertThat(categories.keySet()).containsExactly("视力", "听力", "言语", "肢体", "智力", "精神", "多重");
    }

    @Test
    void demoThenStatsCountsTheGeneratedPersons(@TempDir Path dir) throws Exception {
        Cli.Run demo = Cli.run("--data-dir", dir.toString(), "demo", "--persons", "500", "--seed", "3");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("已生成演示数据：500 人");
        Cli.Run stats = Cli.run("stats", "--json", "--data-dir", dir.toString());
        Map<String, Object> json = JSON.std.mapFrom(stats.out());
        int placed = ((Number) json.get("placed")).intValue();
        assertThat(placed).isBetween(300, 500);
        @SuppressWarnings("unchecked")
        Map<String, Number> quarters = (Map<String, Number>) json.get("byQuarter");
        assertThat(quarters.values().stream().mapToInt(Number::intValue).sum()).isEqualTo(placed);
        for (String key : List.of("byTownship", "byForm", "byCategory")) {
            @SuppressWarnings("unchecked")
            Map<String, Number> part = (Map<String, Number>) json.get(key);
            assertThat(part.values().stream().mapToInt(Number::intValue).sum()).as(key).isEqualTo(placed);
        }
        Cli.Run text = Cli.run("--data-dir", dir.toString(), "stats");
        assertThat(text.out()).contains("目标：城乡新增残疾人就业 450 人").contains("江那镇");
    }

    @Test
    void demoRefusesALedgerThatHasPersons(@TempDir Path dir) {
        assertThat(Cli.run("--data-dir", dir.toString(), "demo", "--persons", "5").exitCode()).isZero();
        Cli.Run again = Cli.run("--data-dir", dir.toString(), "demo", "--persons", "5");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("已有人员").contains("--append");
        assertThat(Cli.run("--data-dir", dir.toString(), "demo", "--persons", "5", "--append").exitCode()).isZero();
    }
}
