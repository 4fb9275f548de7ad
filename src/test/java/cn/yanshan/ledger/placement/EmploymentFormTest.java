package cn.yanshan.ledger.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmploymentFormTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1|按比例就业|按比例就业|PROPORTIONAL",
            "2|集中就业|集中就业|CONCENTRATED",
            "3|个体就业（含自主创业）|个体就业|SELF_EMPLOYED",
            "4|公益性岗位就业|公益性岗位就业|PUBLIC_WELFARE_POST",
            "5|辅助性就业|辅助性就业|AUXILIARY",
            "6|农村种养加|农村种养加|RURAL_FARMING",
            "7|灵活就业（含社区、居家就业）|灵活就业|FLEXIBLE",
    })
    void codesAndLabelsAreTheOfficialOnes(int code, String label, String shortLabel, EmploymentForm form) {
        assertThat(form.code()).isEqualTo(code);
        assertThat(form.label()).isEqualTo(label);
        assertThat(form.shortLabel()).isEqualTo(shortLabel);
        assertThat(EmploymentForm.fromCode(code)).contains(form);
    }

    @ParameterizedTest
    @EnumSource(EmploymentForm.class)
    void labelShortLabelAndCodeDigitAreParsed(EmploymentForm form) {
        assertThat(EmploymentForm.parse(form.label())).contains(form);
        assertThat(EmploymentForm.parse(form.shortLabel())).contains(form);
        assertThat(EmploymentForm.parse(String.valueOf(form.code()))).contains(form);
    }

    @ParameterizedTest
    @CsvSource({
            "按比例, PROPORTIONAL", "按比例安排就业, PROPORTIONAL", "按比例安排残疾人就业, PROPORTIONAL",
            "集中安置, CONCENTRATED", "集中安置就业, CONCENTRATED", "福利企业, CONCENTRATED", "福利企业就业, CONCENTRATED",
            "个体, SELF_EMPLOYED", "个体户, SELF_EMPLOYED", "个体工商户, SELF_EMPLOYED", "自主创业, SELF_EMPLOYED",
            "公益性岗位, PUBLIC_WELFARE_POST", "公益岗, PUBLIC_WELFARE_POST", "公益岗位, PUBLIC_WELFARE_POST",
            "辅助性, AUXILIARY", "辅助就业, AUXILIARY", "庇护性就业, AUXILIARY",
            "农村种养殖, RURAL_FARMING", "农村种养, RURAL_FARMING", "种养加, RURAL_FARMING", "种养殖, RURAL_FARMING",
            "种植养殖, RURAL_FARMING", "种植, RURAL_FARMING", "养殖, RURAL_FARMING",
            "居家就业, FLEXIBLE", "社区就业, FLEXIBLE",
    })
    void everySynonymMapsToItsForm(String raw, EmploymentForm form) {
        assertThat(EmploymentForm.parse(raw)).contains(form);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "个体就业(含自主创业)|SELF_EMPLOYED",
            "个体就业（含自主创业)|SELF_EMPLOYED",
            " 个体就业 （ 含自主创业 ） |SELF_EMPLOYED",
            "灵活就业(含社区、居家就业)|FLEXIBLE",
            "灵活就业（含社区，居家就业）|FLEXIBLE",
            "灵活就业(含社区,居家就业)|FLEXIBLE",
            "公益性岗位　就业|PUBLIC_WELFARE_POST",
            "４|PUBLIC_WELFARE_POST",
    })
    void bracketsCommasAndSpacesInEitherWidthAreNormalized(String raw, EmploymentForm form) {
        assertThat(EmploymentForm.parse(raw)).contains(form);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"转移就业", "外出务工", "务工", "自主就业", "网络就业", "电商", "电商就业", "盲人按摩",
            "就业", "其他", "0", "8", "17", "按比例就业 集中就业", "个体就业（含社区、居家就业）"})
    void unknownOrAmbiguousFormIsNotGuessed(String raw) {
        assertThat(EmploymentForm.parse(raw)).isEmpty();
    }
}
