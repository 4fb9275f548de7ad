package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.person.CertificateNumber;
import cn.yanshan.ledger.person.IdNumber;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonFlag;
import cn.yanshan.ledger.person.WorkingAge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.yanshan.ledger.ui.I18n.t;

/** How a person's values read on screen. ID numbers are masked unless asked otherwise. */
final class PersonTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private PersonTexts() {
    }

    /** 脱贫户、低保; empty without flags. */
    static String flags(Set<PersonFlag> flags) {
        return Arrays.stream(PersonFlag.values()).filter(flags::contains).map(PersonFlag::label)
                .collect(Collectors.joining("、"));
    }

    static String id(IdNumber id, boolean full) {
        if (id == null) {
            return t("person.none");
        }
        return full ? id.value() : id.masked();
    }

    /** A phone number with its middle hidden (139****6655) unless shown in full; short numbers as they are. */
    static String phone(String phone, boolean full) {
        if (phone == null || phone.isBlank()) {
            return t("person.none");
        }
        String v = phone.strip();
        return full || v.length() < 7 ? v : v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4);
    }

    /** The certificate holds the ID number: masked the same way (first 6, 8 stars, the rest). */
    static String certificate(CertificateNumber c, boolean full) {
        if (c == null) {
            return t("person.none");
        }
        String v = c.value();
        return full || v.length() < 14 ? v : v.substring(0, 6) + "*".repeat(8) + v.substring(14);
    }

    /** 45岁（劳动年龄内）, 15岁（未到劳动年龄） or 62岁（超过劳动年龄）: men 16–59, women 16–54. */
    static String age(Person p, LocalDate today) {
        if (today.isBefore(p.birthDate())) {
            return t("person.none");
        }
        int age = p.idNumber().ageAt(today);
        if (WorkingAge.isWorkingAge(p.gender(), p.birthDate(), today)) {
            return t("person.age.working", age);
        }
        return age < WorkingAge.MIN_AGE ? t("person.age.young", age) : t("person.age.old", age);
    }

    static String status(Person p) {
        return p.notWorkingReason() == null ? p.employmentStatus().label()
                : t("person.status.withReason", p.employmentStatus().label(), p.notWorkingReason().label());
    }

    /** 计入 / 不重复计入 / 不在方案期内 / 不计入. */
    static String counted(PersonPageModel.Counted c) {
        return switch (c) {
            case YES -> t("person.counted.yes");
            case ONCE_ALREADY -> t("person.counted.onceAlready");
            case OUTSIDE_PERIOD -> t("person.counted.outsidePeriod");
            case NO -> t("person.counted.no");
        };
    }

    static String orNone(Object value) {
        return value == null || value.toString().isBlank() ? t("person.none") : value.toString();
    }
}
