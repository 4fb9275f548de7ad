package cn.yanshan.ledger.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DisabilityCategoryTest {

    @ParameterizedTest
    @CsvSource({"1, 视力, VISUAL", "2, 听力, HEARING", "3, 言语, SPEECH", "4, 肢体, PHYSICAL",
            "5, 智力, INTELLECTUAL", "6, 精神, MENTAL", "7, 多重, MULTIPLE"})
    void codeAndLabelAreTheOfficialOnes(int code, String label, DisabilityCategory category) {
        assertThat(category.code()).isEqualTo(code);
        assertThat(category.label()).isEqualTo(label);
        assertThat(category.fullLabel()).isEqualTo(label + "残疾");
        assertThat(DisabilityCategory.fromCode(code)).contains(category);
    }

    @ParameterizedTest
    @EnumSource(DisabilityCategory.class)
    void labelFullFormAndCodeDigitAreParsed(DisabilityCategory category) {
        assertThat(DisabilityCategory.parse(category.label())).contains(category);
        assertThat(DisabilityCategory.parse(category.fullLabel())).contains(category);
        assertThat(DisabilityCategory.parse(String.valueOf(category.code()))).contains(category);
        assertThat(DisabilityCategory.parse(" " + category.fullLabel() + " ")).contains(category);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "8", "听力言语", "听力言语残疾", "残疾", "盲"})
    void unknownOrAmbiguousCategoryIsNotGuessed(String raw) {
        assertThat(DisabilityCategory.parse(raw)).isEmpty();
    }
}
