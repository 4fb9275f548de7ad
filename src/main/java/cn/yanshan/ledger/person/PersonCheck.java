package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Validation;
import cn.yanshan.ledger.unit.UnitRef;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a person form says so far: its problems by field, and what can already be derived, for a screen to fill in
 * as the clerk types (birth date and gender from the ID number, category and level from the certificate, the
 * township a short name stands for). {@code data} is present when there are no errors.
 * {@code sameIdNumber} is the person who already has this ID number (maybe in the recycle bin), if any.
 */
public record PersonCheck(Validation<PersonField> validation, IdNumber idNumber, LocalDate birthDate, Gender gender,
                          DisabilityCategory category, DisabilityLevel level, UnitRef township,
                          Optional<Person> sameIdNumber, Optional<PersonData> data) {

    public boolean isValid() {
        return validation.isValid();
    }
}
