package cn.yanshan.ledger.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YearQuarterTest {

    @Test
    void quarterOfADateAndItsBounds() {
        YearQuarter q = YearQuarter.of(LocalDate.of(2023, 5, 31));
        assertThat(q).hasToString("2023Q2");
        assertThat(q.start()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(q.label()).isEqualTo("2023年第2季度");
        assertThat(YearQuarter.parse("2023q4").next()).isEqualTo(new YearQuarter(2024, 1));
    }

    @Test
    void quartersBetweenTwoDaysIncludeBoth() {
        assertThat(YearQuarter.between(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31))).hasSize(12);
        assertThat(YearQuarter.between(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 12, 31)))
                .extracting(YearQuarter::toString).containsExactly("2024Q2", "2024Q3", "2024Q4");
    }

    @Test
    void badTextIsRefused() {
        assertThatThrownBy(() -> YearQuarter.parse("2023Q5")).isInstanceOf(IllegalArgumentException.class);
    }
}
