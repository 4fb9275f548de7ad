package cn.yanshan.ledger.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** 劳动年龄 as in the national employment statistics: men 16–59, women 16–54, in completed years. */
public final class WorkingAge {

    public static final int MIN_AGE = 16;
    public static final int MAX_AGE_MEN = 59;
    public static final int MAX_AGE_WOMEN = 54;

    private WorkingAge() {
    }

    /** Whether a person of this gender and birth date is of working age on the given day. */
    public static boolean isWorkingAge(Gender gender, LocalDate birthDate, LocalDate at) {
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(at, "at");
        if (at.isBefore(birthDate)) {
            return false;
        }
        int age = Period.between(birthDate, at).getYears();
        return age >= MIN_AGE && age <= maxAge(gender);
    }

    /** The same, with gender and birth date taken from the ID number. */
    public static boolean isWorkingAge(IdNumber id, LocalDate at) {
        return isWorkingAge(id.gender(), id.birthDate(), at);
    }

    /** The last age, in completed years, that still counts as working age. */
    public static int maxAge(Gender gender) {
        return gender == Gender.MALE ? MAX_AGE_MEN : MAX_AGE_WOMEN;
    }
}
