package cn.yanshan.ledger.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NotWorkingReasonTest {

    @ParameterizedTest
    @CsvSource({"IN_SCHOOL, 在校学习", "RETIRED, 退休", "NOT_WILLING, 无意愿就业", "NO_SKILLS, 无就业技能",
            "UNABLE_TO_WORK, 丧失劳动能力", "FARMLAND_REQUISITIONED, 农用土地被征用", "OTHER, 其他"})
    void labelsAreTheOfficialOnes(NotWorkingReason reason, String label) {
        assertThat(reason.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @EnumSource(NotWorkingReason.class)
    void officialLabelIsParsed(NotWorkingReason reason) {
        assertThat(NotWorkingReason.parse(reason.label())).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"在校, IN_SCHOOL", "在校生, IN_SCHOOL", "已退休, RETIRED", "无就业意愿, NOT_WILLING",
            "无劳动能力, UNABLE_TO_WORK", "丧失劳动力, UNABLE_TO_WORK", "土地被征用, FARMLAND_REQUISITIONED",
            "农用地被征用, FARMLAND_REQUISITIONED", "其它, OTHER"})
    void usualVariantsAreParsed(String raw, NotWorkingReason reason) {
        assertThat(NotWorkingReason.parse(raw)).contains(reason);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"无", "待业", "失业", "生病", "1"})
    void unknownReasonIsNotGuessed(String raw) {
        assertThat(NotWorkingReason.parse(raw)).isEmpty();
    }
}
