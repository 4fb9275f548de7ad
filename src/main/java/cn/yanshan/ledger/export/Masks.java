package cn.yanshan.ledger.export;

import cn.yanshan.ledger.person.CertificateNumber;
import cn.yanshan.ledger.person.IdNumber;

/**
 * How numbers that identify a person are written into a file: in full only when the clerk asks for it (and the
 * export is then logged); otherwise the birth date of an ID number and the middle of a phone number are hidden.
 */
record Masks(boolean unmasked) {

    static final Masks MASKED = new Masks(false);

    /** 532622********123X */
    String id(IdNumber id) {
        return id == null ? null : unmasked ? id.value() : id.masked();
    }

    /** The certificate's ID part masked like an ID number, its category and level digits kept. */
    String certificate(CertificateNumber c) {
        if (c == null) {
            return null;
        }
        return unmasked ? c.value() : c.idNumber().masked() + c.value().substring(IdNumber.LENGTH);
    }

    /** 138****5678: the first three and the last four digits of a mobile number; of a shorter one the last two. */
    String phone(String phone) {
        if (phone == null || unmasked) {
            return phone;
        }
        String s = phone.strip();
        if (s.length() >= 11) {
            return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
        }
        return s.length() <= 2 ? "*".repeat(s.length()) : "*".repeat(s.length() - 2) + s.substring(s.length() - 2);
    }
}
