package cn.yanshan.ledger.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactTest {

    @Test
    void idAndMobileNumbersInADatabaseErrorAreMasked() {
        String h2 = "Unique index or primary key violation: PUBLIC.UQ_PERSON_ID ON PUBLIC.PERSON(ID_NUMBER) "
                + "VALUES ( /* 12 */ '11010519491231002X' ); phone 13988776655; old 440524800101001; "
                + "certificate 44052418800101001443B1";
        assertThat(Redact.text(h2))
                .contains("'110105********002X'")
                .contains("phone 139****6655")
                .contains("440524******001")
                .contains("certificate 440524********001443B1")
                .doesNotContain("19491231").doesNotContain("13988776655");
    }

    @Test
    void otherNumbersStayAsTheyAre() {
        String line = "imported 200000 rows in 1234 ms, batch 20240506, file hash 3f2a9c";
        assertThat(Redact.text(line)).isEqualTo(line);
        assertThat(Redact.text("order 1234567890123456789012")).isEqualTo("order 1234567890123456789012");
    }
}
