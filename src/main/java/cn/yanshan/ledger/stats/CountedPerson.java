package cn.yanshan.ledger.stats;

import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.placement.EmploymentForm;

import java.time.LocalDate;

/** A person behind a figure: counted toward the target with their first placement in the period. */
public record CountedPerson(Person person, LocalDate firstPlacedOn, EmploymentForm form, long placementId) {
}
