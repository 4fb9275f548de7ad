package cn.yanshan.ledger.person;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's checked values as they are written to the database: what {@link PersonService#check} makes of a
 * draft, or what a bulk load (demo data, an import) has checked itself. Nullable: certificateNumber, the texts,
 * householdIdNumber, graduationYear, notWorkingReason.
 */
public record PersonData(String name, Gender gender, IdNumber idNumber, LocalDate birthDate,
                         CertificateNumber certificateNumber, DisabilityCategory category, DisabilityLevel level,
                         long townshipId, String village, String phone, String education, IdNumber householdIdNumber,
                         Set<PersonFlag> flags, Integer graduationYear, EmploymentStatus employmentStatus,
                         NotWorkingReason notWorkingReason, String note) {

    public PersonData {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public PersonData withEmploymentStatus(EmploymentStatus status) {
        return new PersonData(name, gender, idNumber, birthDate, certificateNumber, category, level, townshipId, village,
                phone, education, householdIdNumber, flags, graduationYear, status,
                status == EmploymentStatus.NOT_EMPLOYED ? notWorkingReason : null, note);
    }
}
