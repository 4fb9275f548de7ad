package cn.yanshan.ledger.demo;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.person.CertificateNumber;
import cn.yanshan.ledger.person.IdNumber;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.placement.PlacementData;
import cn.yanshan.ledger.stats.Summary;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.unit.UnitRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private static List<UnitRef> townships() {
        List<UnitRef> out = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            out.add(new UnitRef(i, "乡镇" + i));
        }
        return out;
    }

    @Test
    void generatedPersonsHaveValidMatchingNumbers() {
        DemoGenerator g = new DemoGenerator(42, townships(), new HashSet<>(), 16L, Ledgers.TODAY);
        Set<String> ids = new HashSet<>();
        int placements = 0;
        int yanshan = 0;
        for (int i = 0; i < 3000; i++) {
            DemoGenerator.Generated gen = g.next();
            PersonData p = gen.person();
            Check<IdNumber> id = IdNumber.check(p.idNumber().value(), Ledgers.TODAY);
            assertThat(id.isValid()).as(p.idNumber().value()).isTrue();
            assertThat(id.value().areaCode()).startsWith("5326");
            yanshan += id.value().areaCode().equals("532622") ? 1 : 0;
            assertThat(id.value().birthDate()).isEqualTo(p.birthDate());
            assertThat(id.value().gender()).isEqualTo(p.gender());
            Check<CertificateNumber> cert = CertificateNumber.check(p.certificateNumber().value(), p.idNumber(), Ledgers.TODAY);
            assertThat(cert.isValid()).isTrue();
            assertThat(cert.value().category()).isEqualTo(p.category());
            assertThat(cert.value().level()).isEqualTo(p.level());
            assertThat(p.name()).matches("\\p{IsHan}{2,3}");
            assertThat(p.phone() == null || p.phone().startsWith("100")).isTrue();
            assertThat(ids.add(p.idNumber().value())).isTrue();
            for (PlacementData pl : gen.placements()) {
                assertThat(pl.placedOn()).isBetween(DemoGenerator.FIRST_DAY, DemoGenerator.LAST_DAY);
                assertThat(pl.placedOn()).isAfterOrEqualTo(p.birthDate().plusYears(16));
                assertThat(pl.monthlyIncome()).isNotNegative();
                assertThat(pl.endedOn() == null || !pl.endedOn().isBefore(pl.placedOn())).isTrue();
            }
            placements += gen.placements().size();
        }
        assertThat(placements / 3000.0).isBetween(1.3, 1.7);
        assertThat(yanshan / 3000.0).isGreaterThan(0.8);
    }

    @Test
    void sameSeedSameLedger() {
        DemoGenerator a = new DemoGenerator(7, townships(), new HashSet<>(), null, Ledgers.TODAY);
        DemoGenerator b = new DemoGenerator(7, townships(), new HashSet<>(), null, Ledgers.TODAY);
        for (int i = 0; i < 50; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void noDateAfterToday() {
        LocalDate today = LocalDate.of(2023, 6, 30);
        DemoGenerator g = new DemoGenerator(3, townships(), new HashSet<>(), null, today);
        for (int i = 0; i < 500; i++) {
            g.next().placements().forEach(p -> assertThat(p.placedOn()).isBeforeOrEqualTo(today));
        }
    }

    @Test
    void fillsALedgerWithCountedPersons() {
        try (Services ledger = Ledgers.open()) {
            DemoData.Result r = ledger.demo().generate(1200, 5, null);
            assertThat(r.persons()).isEqualTo(1200);
            assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(1200);
            Summary s = ledger.stats().summary();
            assertThat(s.placed()).isBetween(900, 1200);
            assertThat(s.byTownship().values()).allSatisfy(n -> assertThat(n).isPositive());
            assertThat(s.byQuarter().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(s.placed());
            assertThat(ledger.audit().recent(0, 1)).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("GENERATE"));
            // a second run adds others, never the same ID number twice
            ledger.demo().generate(300, 5, null);
            assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(1500);
        }
    }
}
