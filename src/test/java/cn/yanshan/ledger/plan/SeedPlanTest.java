package cn.yanshan.ledger.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the seeded plan (V2__seed_plan.sql) against the county's document: the expectations below were
 * written by hand from the task decomposition list, not generated from the SQL.
 */
class SeedPlanTest {

    @TempDir
    static Path dir;
    private static Connection db;

    /** The 11 townships in statistical code order; 各乡（镇）人民政府 stands for all of them. */
    private static final List<String> TOWNSHIPS = List.of(
            "江那镇", "平远镇", "稼依镇", "阿猛镇", "阿舍彝族乡", "维摩彝族乡",
            "盘龙彝族乡", "八嘎乡", "者腊乡", "蚌峨乡", "干河彝族乡");

    private static final String DEADLINE = "2024年底前取得明显成效，持续推进";

    record TaskExpectation(int section, int number, String title, List<String> leads,
                           List<String> responsible, int measures) {
        @Override
        public String toString() {
            return section + "." + number + " " + title;
        }
    }

    private static List<String> units(String... names) {
        return List.of(names);
    }

    private static List<String> withTownships(String... names) {
        List<String> all = new ArrayList<>(List.of(names));
        all.addAll(TOWNSHIPS);
        return all;
    }

    /** 一、十个专项行动, as the list names its units (spellings mapped to the canonical names). */
    private static final List<TaskExpectation> SPECIAL_ACTIONS = List.of(
            new TaskExpectation(1, 1, "机关、事业单位带头安排残疾人就业",
                    units("县委组织部"),
                    units("县委编委办", "县财政局（国资局）", "县人力资源和社会保障局", "县残联", "县税务局"), 3),
            new TaskExpectation(1, 2, "国有企业安排残疾人就业",
                    units("县财政局（国资局）"),
                    withTownships("县工信商务局", "县人力资源和社会保障局", "县烟草专卖局", "县邮政局", "县残联"), 5),
            // one unit cell in the document; read as: named units lead, townships responsible
            new TaskExpectation(1, 3, "实施民营企业安置残疾人就业行动",
                    units("县人力资源和社会保障局", "县残联", "工商联"),
                    withTownships(), 2),
            new TaskExpectation(1, 4, "实施残疾人组织就业行动",
                    units("县残联"),
                    withTownships(), 3),
            new TaskExpectation(1, 5, "实施农村残疾人就业帮扶行动",
                    units("县人力资源和社会保障局"),
                    withTownships("县发展改革委", "县财政局（国资局）", "县文化和旅游局", "县乡村振兴局",
                            "县农业技术推广中心", "县融媒体中心", "县邮政局", "中国邮政", "中国农业银行砚山支行"), 8),
            new TaskExpectation(1, 6, "实施残疾人大学生就业帮扶行动",
                    units("县教育局"),
                    withTownships("县人力资源和社会保障局", "县残联"), 3),
            new TaskExpectation(1, 7, "实施盲人按摩就业促进行动",
                    units("县残联"),
                    units("县人力资源和社会保障局", "县卫生健康局"), 3),
            new TaskExpectation(1, 8, "实施就业困难残疾人就业帮扶行动",
                    units("县残联"),
                    units("县人力资源和社会保障局", "县民政局"), 6),
            new TaskExpectation(1, 9, "实施残疾人就业服务提升行动",
                    units("县人力资源和社会保障局"),
                    withTownships("县残联"), 3),
            new TaskExpectation(1, 10, "实施残疾人职业技能提升行动",
                    units("县残联"),
                    withTownships("县教育局", "县财政局（国资局）", "县农业农村局", "县科学技术局", "县人力资源和社会保障局"), 5));

    /** 二、六个保障条件 2–5; 1 and 6 name their units by group words and are derived below. */
    private static final List<TaskExpectation> SAFEGUARDS_2_TO_5 = List.of(
            new TaskExpectation(2, 2, "强化政策保障",
                    units("县委组织部"),
                    withTownships("县发展改革委", "县财政局（国资局）", "县人力资源和社会保障局", "县市场监管局",
                            "县退役军人局", "县税务局", "县残联"), 1),
            new TaskExpectation(2, 3, "强化资金保障",
                    units("县财政局（国资局）"),
                    withTownships("县人力资源和社会保障局", "县残联"), 1),
            new TaskExpectation(2, 4, "强化信息支持",
                    units("县发展改革委"),
                    withTownships("县人力资源和社会保障局", "县市场监管局", "县退役军人局", "县税务局", "县残联"), 1),
            new TaskExpectation(2, 5, "强化宣传引导",
                    units("县委宣传部"),
                    withTownships("县人力资源和社会保障局", "县融媒体中心", "县残联"), 1));

    static Stream<TaskExpectation> everyTask() {
        // 主要措施十项行动中牵头单位 / 中的责任单位: the lead / responsible units of the ten special actions
        LinkedHashSet<String> leadsOfSection1 = new LinkedHashSet<>();
        LinkedHashSet<String> responsibleOfSection1 = new LinkedHashSet<>();
        for (TaskExpectation t : SPECIAL_ACTIONS) {
            leadsOfSection1.addAll(t.leads());
            responsibleOfSection1.addAll(t.responsible());
        }
        // 分工方案涉及的各个责任单位: every responsible unit of the plan
        LinkedHashSet<String> everyResponsible = new LinkedHashSet<>(responsibleOfSection1);
        SAFEGUARDS_2_TO_5.forEach(t -> everyResponsible.addAll(t.responsible()));

        List<TaskExpectation> all = new ArrayList<>(SPECIAL_ACTIONS);
        all.add(new TaskExpectation(2, 1, "强化组织领导",
                List.copyOf(leadsOfSection1), List.copyOf(responsibleOfSection1), 1));
        all.addAll(SAFEGUARDS_2_TO_5);
        all.add(new TaskExpectation(2, 6, "强化督促落实",
                units("县人民政府残疾人工作委员会办公室"), List.copyOf(everyResponsible), 1));
        return all.stream();
    }

    @BeforeAll
    static void migrate() throws SQLException {
        // a file, closed after the migrations and opened again, as the program does (see Database.open): with
        // H2 2.4.240 a CHECK constraint fails once the session that created it is closed
        String url = "jdbc:h2:file:" + dir.resolve("seed").toAbsolutePath();
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("filesystem:db-migrations")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "sa", "");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    // ---- tasks ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTask")
    void taskHasTheDocumentsTitleAndDeadline(TaskExpectation t) throws SQLException {
        List<List<Object>> rows = query("""
                SELECT t.title, t.deadline_text, t.deadline_date FROM task t
                JOIN plan_section s ON s.id = t.section_id
                WHERE s.plan_id = 1 AND s.number = ? AND t.number = ?""", t.section(), t.number());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly(t.title(), DEADLINE, java.sql.Date.valueOf("2024-12-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTask")
    void taskNamesItsLeadUnitsInDocumentOrder(TaskExpectation t) throws SQLException {
        assertThat(taskUnits(t, "LEAD")).containsExactlyElementsOf(t.leads());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTask")
    void taskNamesItsResponsibleUnitsWithTownshipsExpanded(TaskExpectation t) throws SQLException {
        assertThat(taskUnits(t, "RESPONSIBLE")).containsExactlyElementsOf(t.responsible());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTask")
    void taskHasEveryNumberedMeasureInOrder(TaskExpectation t) throws SQLException {
        List<List<Object>> rows = query("""
                SELECT m.sort_order FROM measure m
                JOIN task t ON t.id = m.task_id JOIN plan_section s ON s.id = t.section_id
                WHERE s.plan_id = 1 AND s.number = ? AND t.number = ? ORDER BY m.sort_order""",
                t.section(), t.number());
        assertThat(rows).extracting(r -> ((Number) r.get(0)).intValue())
                .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(t.measures()).toList());
    }

    @Test
    void planHasTenSpecialActionsAndSixSafeguards() throws SQLException {
        assertThat(query("""
                SELECT s.number, s.title, COUNT(t.id) FROM plan_section s LEFT JOIN task t ON t.section_id = s.id
                WHERE s.plan_id = 1 GROUP BY s.number, s.title ORDER BY s.number"""))
                .containsExactly(List.of(1, "十个专项行动", 10L), List.of(2, "六个保障条件", 6L));
        assertThat(scalar("SELECT COUNT(*) FROM measure")).isEqualTo(47L);
    }

    // ---- measures ----

    @ParameterizedTest(name = "{0}.{1} measure {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # measure split by a page break, joined
            1|2|2|对集中安排残疾人就业的单位和自主创业残疾人，有关国有企业在水、电、气等费用上给予优惠，对承租国有企业经营性房产的，给予适当减免摊位费、租赁费，有条件的可免费提供场地，帮助残疾人就业创业。
            # split mid-word (宣传就 / 业优惠政策) without <p> on the continuation
            1|6|3|做好宣传引导。充分利用网络媒体向社会和残疾大学生毕业生宣传就业优惠政策，及时解决其求职过程中遇到的难题，帮助毕业生解答政策疑问，确保其熟悉掌握就业政策和岗位实际情况，力促全部实现就业。同时做好残疾人大学毕业生就业先进典型、扶残就业先进事迹等宣传工作，营造理解、尊重、关心、帮助残疾人就业的社会氛围。
            # ' and ' stands for 和 (twice here)
            1|4|1|充分发挥全县各类残疾人专门协会、扶残助残社会组织和残疾人就业创业带头人等在促进残疾人就业中的重要作用，教育引导各类残疾人树立正确的就业观。结合各类残疾人就业特点，重点培育扶持一批具有示范带动作用和广泛社会影响、品牌化的残疾人组织助残就业服务项目，带动辐射更多残疾人实现就业创业。
            1|5|3|推进农村残疾人劳动力转移就业，每年根据上级任务数对农村残疾人转移就业示范带头人给予一次性转移就业补贴（省外补助1000元，省内补助500元）。
            # the first measure after the page break in 一.5
            1|5|4|帮助纳入防止返贫监测对象的残疾人家庭成员就业创业。在开发乡村公益性岗位和就业帮扶车间招工，对残疾人脱贫户和防返贫监测对象家庭予以重点照顾倾斜，确保有劳动能力且有就业意愿的农村残疾人脱贫户和防返贫监测对象家庭劳动力至少1人实现就业。
            1|5|8|继续做好易地扶贫搬迁残疾人就业帮扶。滇沪合作和中央单位定点帮扶项目向残疾人就业倾斜。
            1|8|4|加强社会保障与就业联动，纳入低保范围的已就业残疾人3年内所获得的就业收入可不计入家庭收入，3年后其家庭成员人均收入超过当地低保标准的，给予1年的渐退期。
            1|10|4|组织各级残疾人就业服务机构工作人员参加职业指导竞赛。
            # 宣传、宣传 -> 宣传
            2|1|1|县政府残疾人工作委员会要加强组织协调，督促有关部门和单位做好残疾人就业工作。完善协调机制，推动残疾人就业政策落实。主要措施部分中的十项行动，每项行动牵头单位于本方案出台一个月内，要细化该行动的具体实施方案并推进落实，同时抄送县人民政府残疾人工作委员会。其他部门应当根据自身业务范围，全力配合牵头部门制定具体实施方案，并按照职责分工抓好落实。县残联要配合有关部门完善、落实、宣传促进残疾人就业创业政策，精准掌握并按照规定共享残疾人就业状况与需求信息，组织实施残疾人就业帮扶活动，开展残疾人就业服务和职业技能培训。
            # 的的 -> 的, ' and ' -> 和
            2|6|1|各级各部门要按照任务项目化、项目清单化、清单具体化要求，系统谋划部署，明确每项行动的责任单位、责任人、完成时限、工作标准等，形成调研—制定方案措施—执行—督查和评估—完善和优化—执行的闭环体系，确保有关措施落地落实。要依法维护残疾人就业权益，坚决防范和打击虚假安排残疾人就业、侵害残疾人就业权益的行为。按年度对本方案实施情况进行监测和评估，及时发现和解决实施中出现的问题。县人民政府残疾人工作委员会每年年底向州人民政府残疾人工作委员会报送落实情况，并在方案实施期间至少组织1次残疾人就业创业扶持政策落实情况和效果评估。2024年底，县人民政府残疾人工作委员会办公室会同有关部门和单位对本方案落实情况总结评估。
            """)
    void measureHoldsTheFullTextWithExtractionArtifactsRepaired(int section, int task, int order, String text)
            throws SQLException {
        assertThat(measure(section, task, order)).isEqualTo(text);
    }

    @Test
    void unnumberedCellWithTwoParagraphsIsOneMeasureKeepingTheParagraphBreak() throws SQLException {
        String text = measure(2, 5, 1);
        assertThat(text).startsWith("每年充分利用就业援助月、全国助残日、国际残疾人日等重要时间节点")
                .contains("加大对在残疾人就业工作中做出贡献单位和个人的表扬宣传力度。\n明确专人收集整理县内外企业用工岗位信息")
                .contains("组织开展形式多样的现场招聘活动")
                .endsWith("向残疾人推荐就业岗位，实现精准推荐就业岗位。");
    }

    @Test
    void noMeasureKeepsTagsNumbersOrExtractionArtifacts() throws SQLException {
        for (List<Object> row : query("SELECT content FROM measure")) {
            String text = (String) row.get(0);
            assertThat(text).doesNotContain("<p>", "</p>", " and ", "个人个人", "的的", "宣传、宣传", "\t")
                    .doesNotMatch("^\\d+\\..*");
        }
    }

    // ---- plan ----

    @Test
    void planHoldsTheTargetPeriodAndIssuerOfTheNotice() throws SQLException {
        List<Object> plan = query("""
                SELECT title, issuer, issued_on, period_start, period_end, target_placements, report_due_days,
                       contact_person, contact_phone, contact_email, is_current
                FROM plan WHERE id = 1""").get(0);
        assertThat(plan).containsExactly(
                "砚山县贯彻落实云南省促进残疾人就业三年行动实施方案（2022—2024年）任务分解清单",
                "砚山县人民政府办公室",
                java.sql.Date.valueOf("2023-03-30"),
                java.sql.Date.valueOf("2022-01-01"),
                java.sql.Date.valueOf("2024-12-31"),
                450,
                "04-05,07-05,10-05,01-05",
                "王选良",
                null,
                "1909465129@qq.com",
                true);
    }

    @Test
    void planQuotesItsBasisTargetAndReportingRule() throws SQLException {
        List<Object> plan = query("SELECT basis, target_text, reporting_rule, requirements, notice_title FROM plan WHERE id = 1").get(0);
        assertThat((String) plan.get(0)).contains("文山州人民政府办公室").endsWith("（文政办发〔2023〕20号）");
        assertThat((String) plan.get(1)).startsWith("至2024年末全县实现城乡新增残疾人就业450人，");
        assertThat((String) plan.get(2)).contains("2023年4月5日、7月5日、10月5日和2024年1月5日前")
                .contains("报送至县人民政府残疾人工作委员会办公室");
        assertThat((String) plan.get(3)).startsWith("各乡（镇）、县级有关部门要以有就业需求").doesNotContain("\n");
        assertThat((String) plan.get(4)).isEqualTo(
                "砚山县人民政府办公室关于印发砚山县贯彻落实《云南省促进残疾人就业三年行动实施方案（2022—2024年）》任务分解方案的通知");
    }

    @Test
    void reportsGoToTheCountyDisabledPersonsWorkingCommitteeOffice() throws SQLException {
        assertThat(scalar("SELECT u.name FROM plan p JOIN unit u ON u.id = p.receiving_unit_id WHERE p.id = 1"))
                .isEqualTo("县人民政府残疾人工作委员会办公室");
        assertThat(unitForAlias("县残工委办")).isEqualTo("县人民政府残疾人工作委员会办公室");
    }

    // ---- units ----

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "江那镇, 532622101", "平远镇, 532622102", "稼依镇, 532622103", "阿猛镇, 532622104",
            "阿舍彝族乡, 532622201", "维摩彝族乡, 532622202", "盘龙彝族乡, 532622203", "八嘎乡, 532622204",
            "者腊乡, 532622205", "蚌峨乡, 532622206", "干河彝族乡, 532622207"})
    void townshipCarriesItsStatisticalCode(String name, String code) throws SQLException {
        assertThat(query("SELECT kind, township_code FROM unit WHERE name = ?", name))
                .containsExactly(List.of("TOWNSHIP", code));
    }

    @Test
    void thereAreElevenTownshipsInCodeOrder() throws SQLException {
        assertThat(query("SELECT name FROM unit WHERE kind = 'TOWNSHIP' ORDER BY sort_order"))
                .extracting(r -> r.get(0)).containsExactlyElementsOf(TOWNSHIPS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "县人社局, 县人力资源和社会保障局",
            "县人力资源社会保障局, 县人力资源和社会保障局",
            "人力资源社会保障局, 县人力资源和社会保障局",
            "县发展改革局, 县发展改革委",
            "县发展和改革局, 县发展改革委",
            "县发改局, 县发展改革委",
            "县财政局, 县财政局（国资局）",
            "县委机构编制委员会办公室, 县委编委办",
            "县残工委办, 县人民政府残疾人工作委员会办公室",
            "江那, 江那镇",
            "八嘎, 八嘎乡",
            "阿舍乡, 阿舍彝族乡",
            "阿舍, 阿舍彝族乡",
            "维摩乡, 维摩彝族乡",
            "维摩, 维摩彝族乡",
            "盘龙乡, 盘龙彝族乡",
            "干河, 干河彝族乡"})
    void aliasResolvesToTheCanonicalUnit(String alias, String canonical) throws SQLException {
        assertThat(unitForAlias(alias)).isEqualTo(canonical);
    }

    @Test
    void everyTownshipHasItsShortFormAsAlias() throws SQLException {
        for (String township : TOWNSHIPS) {
            String shortForm = township.replaceAll("(彝族)?[乡镇]$", "");
            assertThat(unitForAlias(shortForm)).as(shortForm).isEqualTo(township);
        }
    }

    @Test
    void everyAliasResolvesToAnExistingUnitAndNoneRepeatsACanonicalName() throws SQLException {
        assertThat(scalar("SELECT COUNT(*) FROM unit_alias a LEFT JOIN unit u ON u.id = a.unit_id WHERE u.id IS NULL"))
                .isEqualTo(0L);
        assertThat(scalar("SELECT COUNT(*) FROM unit_alias a JOIN unit u ON u.name = a.alias")).isEqualTo(0L);
        assertThat(scalar("SELECT COUNT(*) FROM unit_group_alias a JOIN unit_group g ON g.name = a.alias")).isEqualTo(0L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "各乡（镇）人民政府, ALL_TOWNSHIPS",
            "各乡镇（镇）人民政府, ALL_TOWNSHIPS",
            "各乡镇(镇)人民政府, ALL_TOWNSHIPS",
            "各乡镇人民政府, ALL_TOWNSHIPS",
            "主要措施十项行动中牵头单位, LEADS_OF_SECTION",
            "主要措施十项行动中的责任单位, RESPONSIBLE_OF_SECTION"})
    void groupWordIsKnownWithItsRule(String word, String rule) throws SQLException {
        assertThat(scalar("""
                SELECT g.group_rule FROM unit_group g
                WHERE g.name = ? OR g.id IN (SELECT group_id FROM unit_group_alias WHERE alias = ?)""", word, word))
                .isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "县委组织部, DEPARTMENT", "县人力资源和社会保障局, DEPARTMENT", "县残联, PEOPLES_ORGANIZATION",
            "工商联, PEOPLES_ORGANIZATION", "县税务局, STATIONED", "县烟草专卖局, STATIONED",
            "中国农业银行砚山支行, STATIONED", "江那镇, TOWNSHIP"})
    void unitHasItsKind(String name, String kind) throws SQLException {
        assertThat(scalar("SELECT kind FROM unit WHERE name = ?", name)).isEqualTo(kind);
    }

    // ---- reporting periods ----

    @ParameterizedTest(name = "{0} Q{1} due {4}")
    @CsvSource({
            "2022, 1, 2022-01-01, 2022-03-31, 2022-04-05",
            "2022, 2, 2022-04-01, 2022-06-30, 2022-07-05",
            "2022, 3, 2022-07-01, 2022-09-30, 2022-10-05",
            "2022, 4, 2022-10-01, 2022-12-31, 2023-01-05",
            "2023, 1, 2023-01-01, 2023-03-31, 2023-04-05",
            "2023, 2, 2023-04-01, 2023-06-30, 2023-07-05",
            "2023, 3, 2023-07-01, 2023-09-30, 2023-10-05",
            "2023, 4, 2023-10-01, 2023-12-31, 2024-01-05",
            "2024, 1, 2024-01-01, 2024-03-31, 2024-04-05",
            "2024, 2, 2024-04-01, 2024-06-30, 2024-07-05",
            "2024, 3, 2024-07-01, 2024-09-30, 2024-10-05",
            "2024, 4, 2024-10-01, 2024-12-31, 2025-01-05"})
    void quarterIsDueOnTheFifthOfTheFollowingMonth(int year, int quarter, LocalDate start, LocalDate end, LocalDate due)
            throws SQLException {
        assertThat(query("""
                SELECT starts_on, ends_on, due_on FROM reporting_period
                WHERE plan_id = 1 AND plan_year = ? AND quarter = ?""", year, quarter))
                .containsExactly(List.of(java.sql.Date.valueOf(start), java.sql.Date.valueOf(end), java.sql.Date.valueOf(due)));
    }

    @Test
    void planHasTwelveReportingPeriods() throws SQLException {
        assertThat(scalar("SELECT COUNT(*) FROM reporting_period WHERE plan_id = 1")).isEqualTo(12L);
    }

    // ---- identities ----

    @Test
    void newRowsDoNotCollideWithSeededIds() throws SQLException {
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.executeUpdate("INSERT INTO unit (name, kind) VALUES ('测试单位', 'OTHER')");
            assertThat(scalar("SELECT id FROM unit WHERE name = '测试单位'")).isEqualTo(1000L);
            st.executeUpdate("INSERT INTO task (section_id, number, title) VALUES (2, 7, '测试任务')");
            assertThat(scalar("SELECT id FROM task WHERE title = '测试任务'")).isEqualTo(1000L);
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    // ---- helpers ----

    private static List<String> taskUnits(TaskExpectation t, String role) throws SQLException {
        return query("""
                SELECT u.name FROM task_unit tu
                JOIN unit u ON u.id = tu.unit_id JOIN task t ON t.id = tu.task_id
                JOIN plan_section s ON s.id = t.section_id
                WHERE s.plan_id = 1 AND s.number = ? AND t.number = ? AND tu.role = ?
                ORDER BY tu.sort_order""", t.section(), t.number(), role)
                .stream().map(r -> (String) r.get(0)).toList();
    }

    private static String measure(int section, int task, int order) throws SQLException {
        return (String) scalar("""
                SELECT m.content FROM measure m
                JOIN task t ON t.id = m.task_id JOIN plan_section s ON s.id = t.section_id
                WHERE s.plan_id = 1 AND s.number = ? AND t.number = ? AND m.sort_order = ?""", section, task, order);
    }

    private static String unitForAlias(String alias) throws SQLException {
        return (String) scalar("SELECT u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id WHERE a.alias = ?", alias);
    }

    private static Object scalar(String sql, Object... params) throws SQLException {
        List<List<Object>> rows = query(sql, params);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0).get(0);
    }

    private static List<List<Object>> query(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int c = 1; c <= n; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
