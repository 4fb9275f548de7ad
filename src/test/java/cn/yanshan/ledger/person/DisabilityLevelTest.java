package cn.yanshan.ledger.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DisabilityLevelTest {

    @ParameterizedTest
    @CsvSource({"1, ONE", "一, ONE", "一级, ONE", "1级, ONE", "一级残疾, ONE", "1级残疾, ONE", "１级, ONE",
            "2, TWO", "二级, TWO", "二, TWO", "2级残疾, TWO",
            "3, THREE", "三级, THREE", "三级残疾, THREE",
            "4, FOUR", "四, FOUR", "4级, FOUR", "四级残疾, FOUR"})
    void usualSpellingsAreParsed(String raw, DisabilityLevel level) {
        assertThat(DisabilityLevel.parse(raw)).contains(level);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "5", "五级", "重度", "轻度", "一二级"})
    void unknownLevelIsNotGuessed(String raw) {
        assertThat(DisabilityLevel.parse(raw)).isEmpty();
    }

    @Test
    void levelsOneAndTwoAreSevere() {
        assertThat(DisabilityLevel.ONE.isSevere()).isTrue();
        assertThat(DisabilityLevel.TWO.isSevere()).isTrue();
        assertThat(DisabilityLevel.THREE.isSevere()).isFalse();
        assertThat(DisabilityLevel.FOUR.isSevere()).isFalse();
    }

    @Test
    void labelsAndCodes() {
        assertThat(DisabilityLevel.ONE.label()).isEqualTo("一级");
        assertThat(DisabilityLevel.FOUR.label()).isEqualTo("四级");
        assertThat(DisabilityLevel.fromCode(3)).contains(DisabilityLevel.THREE);
        assertThat(DisabilityLevel.fromCode(5)).isEmpty();
    }
}
