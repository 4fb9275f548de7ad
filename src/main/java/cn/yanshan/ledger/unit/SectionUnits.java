package cn.yanshan.ledger.unit;

import java.util.List;

/** The units that take a role in a plan section's tasks; supplied by the plan, so that units need not know plans. */
public interface SectionUnits {

    List<UnitRef> leadsOf(int sectionNumber);

    List<UnitRef> responsibleOf(int sectionNumber);
}
