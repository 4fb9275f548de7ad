package cn.yanshan.ledger.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JobLocationTest {

    @ParameterizedTest
    @CsvSource({"县内, IN_COUNTY", "本县, IN_COUNTY", " 县 内 , IN_COUNTY",
            "州内, IN_PREFECTURE", "州内县外, IN_PREFECTURE",
            "省内, IN_PROVINCE", "省内州外, IN_PROVINCE",
            "省外, OUTSIDE_PROVINCE", "外省, OUTSIDE_PROVINCE"})
    void usualSpellingsAreParsed(String raw, JobLocation location) {
        assertThat(JobLocation.parse(raw)).contains(location);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"县外", "国外", "广东", "文山", "1"})
    void unknownLocationIsNotGuessed(String raw) {
        assertThat(JobLocation.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"IN_COUNTY, 县内", "IN_PREFECTURE, 州内县外", "IN_PROVINCE, 省内州外", "OUTSIDE_PROVINCE, 省外"})
    void labels(JobLocation location, String label) {
        assertThat(location.label()).isEqualTo(label);
    }
}
