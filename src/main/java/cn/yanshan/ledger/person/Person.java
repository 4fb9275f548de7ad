package cn.yanshan.ledger.person;

import cn.yanshan.ledger.unit.UnitRef;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** 残疾人: a person in the ledger. {@code certificateNumber}, {@code householdIdNumber} and the texts may be null. */
public record Person(long id, String name, Gender gender, IdNumber idNumber, LocalDate birthDate,
                     CertificateNumber certificateNumber, DisabilityCategory category, DisabilityLevel level,
                     UnitRef township, String village, String phone, String education, IdNumber householdIdNumber,
                     Set<PersonFlag> flags, Integer graduationYear, EmploymentStatus employmentStatus,
                     NotWorkingReason notWorkingReason, String note,
                     LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime deletedAt) {

    public Person {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean has(PersonFlag flag) {
        return flags.contains(flag);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** 江那镇 大田村委会 */
    public String address() {
        return village == null ? township.name() : township.name() + " " + village;
    }

    /** The fields as the audit log keeps them. */
    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("gender", gender.name());
        m.put("idNumber", idNumber.value());
        m.put("birthDate", birthDate.toString());
        m.put("certificateNumber", certificateNumber == null ? null : certificateNumber.value());
        m.put("category", category.label());
        m.put("level", level.label());
        m.put("township", township.name());
        m.put("village", village);
        m.put("phone", phone);
        m.put("education", education);
        m.put("householdIdNumber", householdIdNumber == null ? null : householdIdNumber.value());
        m.put("flags", flags.stream().map(Enum::name).sorted().toList());
        m.put("graduationYear", graduationYear);
        m.put("employmentStatus", employmentStatus.name());
        m.put("notWorkingReason", notWorkingReason == null ? null : notWorkingReason.name());
        m.put("note", note);
        m.put("deletedAt", deletedAt == null ? null : deletedAt.toString());
        return m;
    }
}
