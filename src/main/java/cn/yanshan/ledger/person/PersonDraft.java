package cn.yanshan.ledger.person;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person as typed in a form or read from a sheet: text as written, checked by {@link PersonService#check}.
 * Gender and birth date come from the ID number; category and level from the certificate number when there is one
 * ({@code category} and {@code level} are used only without a certificate). {@code township} is a name as written
 * (江那, 江那镇, 阿舍乡 …); {@code status} and {@code reason} are labels (未就业, 无就业技能) or empty.
 */
public record PersonDraft(String name, String gender, String idNumber, String certificateNumber,
                          String category, String level, String township, String village, String phone,
                          String education, String householdIdNumber, Set<PersonFlag> flags, String graduationYear,
                          String status, String reason, String note) {

    public PersonDraft {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** The fields a new person can't do without; everything else empty. */
    public static PersonDraft of(String name, String idNumber, String certificateNumber, String township) {
        return new PersonDraft(name, null, idNumber, certificateNumber, null, null, township, null, null, null, null,
                Set.of(), null, null, null, null);
    }

    /** The draft that edits a person as they are. */
    public static PersonDraft from(Person p) {
        return new PersonDraft(p.name(), p.gender().label(), p.idNumber().value(),
                p.certificateNumber() == null ? null : p.certificateNumber().value(),
                p.category().label(), p.level().label(), p.township().name(), p.village(), p.phone(), p.education(),
                p.householdIdNumber() == null ? null : p.householdIdNumber().value(), p.flags(),
                p.graduationYear() == null ? null : String.valueOf(p.graduationYear()),
                p.employmentStatus().label(), p.notWorkingReason() == null ? null : p.notWorkingReason().label(), p.note());
    }

    public PersonDraft withName(String v) {
        return new PersonDraft(v, gender, idNumber, certificateNumber, category, level, township, village, phone,
                education, householdIdNumber, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withIdNumber(String v) {
        return new PersonDraft(name, gender, v, certificateNumber, category, level, township, village, phone,
                education, householdIdNumber, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withCertificate(String v) {
        return new PersonDraft(name, gender, idNumber, v, category, level, township, village, phone,
                education, householdIdNumber, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withCategoryAndLevel(String newCategory, String newLevel) {
        return new PersonDraft(name, gender, idNumber, certificateNumber, newCategory, newLevel, township, village, phone,
                education, householdIdNumber, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withTownship(String v) {
        return new PersonDraft(name, gender, idNumber, certificateNumber, category, level, v, village, phone,
                education, householdIdNumber, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withVillage(String v) {
        return new PersonDraft(name, gender, idNumber, certificateNumber, category, level, township, v, phone,
                education, householdIdNumber, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withPhone(String v) {
        return new PersonDraft(name, gender, idNumber, certificateNumber, category, level, township, village, v,
                education, householdIdNumber, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withGender(String v) {
        return new PersonDraft(name, v, idNumber, certificateNumber, category, level, township, village, phone,
                education, householdIdNumber, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withEducation(String v) {
        return new PersonDraft(name, gender, idNumber, certificateNumber, category, level, township, village, phone,
                v, householdIdNumber, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withHousehold(String v) {
        return new PersonDraft(name, gender, idNumber, certificateNumber, category, level, township, village, phone,
                education, v, flags, graduationYear, status, reason, note);
    }

    public PersonDraft withFlags(Set<PersonFlag> v, String newGraduationYear) {
        return new PersonDraft(name, gender, idNumber, certificateNumber, category, level, township, village, phone,
                education, householdIdNumber, v, newGraduationYear, status, reason, note);
    }

    public PersonDraft withStatus(String newStatus, String newReason) {
        return new PersonDraft(name, gender, idNumber, certificateNumber, category, level, township, village, phone,
                education, householdIdNumber, flags, graduationYear, newStatus, newReason, note);
    }

    public PersonDraft withNote(String v) {
        return new PersonDraft(name, gender, idNumber, certificateNumber, category, level, township, village, phone,
                education, householdIdNumber, flags, graduationYear, status, reason, v);
    }
}
