package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.person.CertificateNumber;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.person.DisabilityLevel;
import cn.yanshan.ledger.person.EmploymentStatus;
import cn.yanshan.ledger.person.Gender;
import cn.yanshan.ledger.person.IdNumber;
import cn.yanshan.ledger.person.NotWorkingReason;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.person.PersonFlag;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person's values as JSON text, kept by an import batch so that undo can put a changed person back exactly. */
final class PersonSnapshot {

    private PersonSnapshot() {
    }

    static String write(PersonData p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("gender", p.gender().name());
        m.put("idNumber", p.idNumber().value());
        m.put("certificateNumber", p.certificateNumber() == null ? null : p.certificateNumber().value());
        m.put("category", p.category().code());
        m.put("level", p.level().code());
        m.put("townshipId", p.townshipId());
        m.put("village", p.village());
        m.put("phone", p.phone());
        m.put("education", p.education());
        m.put("householdIdNumber", p.householdIdNumber() == null ? null : p.householdIdNumber().value());
        m.put("flags", p.flags().stream().map(Enum::name).sorted().toList());
        m.put("graduationYear", p.graduationYear());
        m.put("employmentStatus", p.employmentStatus().name());
        m.put("notWorkingReason", p.notWorkingReason() == null ? null : p.notWorkingReason().name());
        m.put("note", p.note());
        try {
            return JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asString(m);
        } catch (IOException e) {
            throw new LedgerException("无法记录导入前的人员信息：" + e.getMessage(), e);
        }
    }

    static PersonData read(String json) {
        Map<String, Object> m;
        try {
            m = JSON.std.mapFrom(json);
        } catch (IOException e) {
            throw new LedgerException("导入记录中的人员信息已损坏，无法撤销。", e);
        }
        IdNumber id = new IdNumber((String) m.get("idNumber"));
        Set<PersonFlag> flags = EnumSet.noneOf(PersonFlag.class);
        for (Object f : (List<?>) m.get("flags")) {
            flags.add(PersonFlag.valueOf((String) f));
        }
        String cert = (String) m.get("certificateNumber");
        String household = (String) m.get("householdIdNumber");
        String reason = (String) m.get("notWorkingReason");
        Number year = (Number) m.get("graduationYear");
        return new PersonData((String) m.get("name"), Gender.valueOf((String) m.get("gender")), id, id.birthDate(),
                cert == null ? null : new CertificateNumber(cert),
                DisabilityCategory.fromCode(((Number) m.get("category")).intValue()).orElseThrow(),
                DisabilityLevel.fromCode(((Number) m.get("level")).intValue()).orElseThrow(),
                ((Number) m.get("townshipId")).longValue(), (String) m.get("village"), (String) m.get("phone"),
                (String) m.get("education"), household == null ? null : new IdNumber(household), flags,
                year == null ? null : year.intValue(), EmploymentStatus.valueOf((String) m.get("employmentStatus")),
                reason == null ? null : NotWorkingReason.valueOf(reason), (String) m.get("note"));
    }
}
