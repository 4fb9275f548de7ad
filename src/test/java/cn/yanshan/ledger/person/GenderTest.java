package cn.yanshan.ledger.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GenderTest {

    @ParameterizedTest
    @CsvSource({"男, MALE", "男性, MALE", "1, MALE", " 男 , MALE", "女, FEMALE", "女性, FEMALE", "2, FEMALE", "２, FEMALE"})
    void usualSpellingsAreParsed(String raw, Gender gender) {
        assertThat(Gender.parse(raw)).contains(gender);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "3", "M", "未知", "男女"})
    void unknownGenderIsNotGuessed(String raw) {
        assertThat(Gender.parse(raw)).isEmpty();
    }

    @Test
    void labels() {
        assertThat(Gender.MALE.label()).isEqualTo("男");
        assertThat(Gender.FEMALE.label()).isEqualTo("女");
    }
}
