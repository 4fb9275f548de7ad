package cn.yanshan.ledger.unit;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.LedgerException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Name resolution and search over the seeded units. */
class UnitServiceTest {

    private static Services services;
    private static UnitService units;

    @BeforeAll
    static void open() {
        services = Services.inMemory("unit-service-test");
        units = services.units();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // spellings of the document
            "县人力资源和社会保障局, 县人力资源和社会保障局",
            "县人力资源社会保障局, 县人力资源和社会保障局",
            "人力资源社会保障局, 县人力资源和社会保障局",
            "县人社局, 县人力资源和社会保障局",
            "县发展改革委, 县发展改革委",
            "县发展改革局, 县发展改革委",
            "县发展和改革局, 县发展改革委",
            "县发改局, 县发展改革委",
            "县财政局（国资局）, 县财政局（国资局）",
            "县财政局, 县财政局（国资局）",
            "县委编委办, 县委编委办",
            "县委机构编制委员会办公室, 县委编委办",
            "县残工委办, 县人民政府残疾人工作委员会办公室",
            "县人民政府残疾人工作委员会办公室, 县人民政府残疾人工作委员会办公室",
            "县文化和旅游局, 县文化和旅游局",
            "县乡村振兴局, 县乡村振兴局",
            "工商联, 工商联",
            "县残联, 县残联",
            "县委组织部, 县委组织部",
            "县工信商务局, 县工信商务局",
            "县烟草专卖局, 县烟草专卖局",
            "中国农业银行砚山支行, 中国农业银行砚山支行",
            // townships as unit spreadsheets write them
            "江那, 江那镇",
            "江那镇, 江那镇",
            "八嘎, 八嘎乡",
            "阿舍乡, 阿舍彝族乡",
            "阿舍, 阿舍彝族乡",
            "维摩乡, 维摩彝族乡",
            "干河, 干河彝族乡",
            // ordinary rewritings: spaces, half-width brackets, the county's name, 人民政府
            "' 县 人社局 ', 县人力资源和社会保障局",
            "县财政局(国资局), 县财政局（国资局）",
            "砚山县残联, 县残联",
            "砚山县教育局, 县教育局",
            "教育局, 县教育局",
            "稼依镇人民政府, 稼依镇",
    })
    void everySpellingResolvesToItsUnit(String written, String canonical) {
        Resolution r = units.resolve(written);
        assertThat(r).isInstanceOf(Resolution.Found.class);
        assertThat(r.units()).extracting(UnitRef::name).containsExactly(canonical);
    }

    @ParameterizedTest
    @CsvSource({"各乡（镇）人民政府", "各乡镇（镇）人民政府", "各乡镇人民政府", "各乡(镇)人民政府"})
    void townshipGroupWordStandsForEveryTownship(String written) {
        Resolution r = units.resolve(written);
        assertThat(r).isInstanceOf(Resolution.Group.class);
        assertThat(r.units()).hasSize(11).extracting(UnitRef::name).contains("江那镇", "干河彝族乡");
    }

    @Test
    void leadsOfTheTenActionsGroupStandsForTheirLeadUnits() {
        Resolution r = units.resolve("主要措施十项行动中牵头单位");
        assertThat(r).isInstanceOf(Resolution.Group.class);
        assertThat(r.units()).extracting(UnitRef::name)
                .contains("县委组织部", "县财政局（国资局）", "县人力资源和社会保障局", "县残联", "县教育局")
                .doesNotHaveDuplicates();
    }

    @Test
    void aNameThatMatchesNothingIsUnknownNeverAGuess() {
        Resolution r = units.resolve("县城市管理局");
        assertThat(r).isInstanceOf(Resolution.Unknown.class);
        assertThat(r.units()).isEmpty();
        assertThat(r.describe()).contains("县城市管理局").contains("不在单位名录中");
        assertThat(units.resolve("  ")).isInstanceOf(Resolution.Unknown.class);
    }

    @Test
    void aNameThatFitsTwoUnitsIsAmbiguous() {
        // two units whose names differ only by 县: 砚山县文化局 could be either
        Unit a = new Unit(1, "县文化局", UnitKind.DEPARTMENT, null, null, null, null, null, List.of());
        Unit b = new Unit(2, "文化局", UnitKind.OTHER, null, null, null, null, null, List.of());
        NameResolver resolver = new NameResolver(List.of(a, b), List.of(), new SectionUnits() {
            @Override
            public List<UnitRef> leadsOf(int sectionNumber) {
                return List.of();
            }

            @Override
            public List<UnitRef> responsibleOf(int sectionNumber) {
                return List.of();
            }
        });
        Resolution r = resolver.resolve("砚山县文化局");
        assertThat(r).isInstanceOf(Resolution.Ambiguous.class);
        assertThat(((Resolution.Ambiguous) r).candidates()).extracting(UnitRef::name).containsExactlyInAnyOrder("县文化局", "文化局");
        assertThat(r.describe()).contains("可能是多个单位之一");
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "xcl, 县残联",
            "xrsj, 县人力资源和社会保障局",
            "jnz, 江那镇",
            "人社, 县人力资源和社会保障局",
            "国资, 县财政局（国资局）",
            "XCL, 县残联",
    })
    void searchFindsByNameAliasOrPinyinInitials(String query, String expected) {
        assertThat(units.search(query)).extracting(Unit::name).contains(expected);
    }

    @Test
    void searchWithNothingTypedListsEveryUnit() {
        assertThat(units.search("")).hasSize(units.all().size());
    }

    @Test
    void contactDetailsAreSavedAndAnAliasCanBeAddedOnceOnly() {
        Unit edu = units.all().stream().filter(u -> u.name().equals("县教育局")).findFirst().orElseThrow();
        Unit saved = units.saveDetails(edu.withDetails(UnitKind.DEPARTMENT, "李老师", "0876-3000000", "", "负责残疾人大学生"));
        assertThat(saved.contactPerson()).isEqualTo("李老师");
        assertThat(saved.phone()).isEqualTo("0876-3000000");
        assertThat(saved.email()).isNull();

        Unit withAlias = units.addAlias(edu.id(), "县教体局");
        assertThat(withAlias.aliases()).contains("县教体局");
        assertThat(units.resolve("县教体局").units()).extracting(UnitRef::name).containsExactly("县教育局");

        assertThatThrownBy(() -> units.addAlias(edu.id(), "县教体局")).isInstanceOf(LedgerException.class)
                .hasMessageContaining("已经是");
        assertThatThrownBy(() -> units.addAlias(edu.id(), "县人社局")).isInstanceOf(LedgerException.class)
                .hasMessageContaining("县人力资源和社会保障局");
        assertThatThrownBy(() -> units.addAlias(edu.id(), " ")).isInstanceOf(LedgerException.class);

        units.removeAlias(edu.id(), "县教体局");
        assertThat(units.resolve("县教体局")).isInstanceOf(Resolution.Unknown.class);
    }
}
