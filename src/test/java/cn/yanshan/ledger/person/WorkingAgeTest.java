package cn.yanshan.ledger.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingAgeTest {

    private static final LocalDate BORN = LocalDate.of(1970, 3, 15);

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "MALE,   1986-03-14, false",  // day before 16th birthday
            "MALE,   1986-03-15, true",   // 16th birthday
            "FEMALE, 1986-03-15, true",
            "FEMALE, 1986-03-14, false",
            "MALE,   2030-03-14, true",   // last day aged 59
            "MALE,   2030-03-15, false",  // 60th birthday
            "FEMALE, 2025-03-14, true",   // last day aged 54
            "FEMALE, 2025-03-15, false",  // 55th birthday
            "MALE,   2025-03-15, true",   // a man of 55 still works
            "MALE,   1960-01-01, false",  // not yet born
    })
    void workingAgeBoundaries(Gender gender, LocalDate at, boolean expected) {
        assertThat(WorkingAge.isWorkingAge(gender, BORN, at)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"53262219800108123X, 2040-01-07, true", "53262219800108123X, 2040-01-08, false",
            "11010519491231002X, 1965-12-31, true", "11010519491231002X, 2004-12-31, false"})
    void genderAndBirthDateCanComeFromTheIdNumber(String id, LocalDate at, boolean expected) {
        assertThat(WorkingAge.isWorkingAge(new IdNumber(id), at)).isEqualTo(expected);
    }
}
