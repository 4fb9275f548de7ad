package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.placement.PlacementService;
import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.unit.UnitService;
import java.time.LocalDate;

/**
 * What a row handler checks against: the services (read only), today, the current plan (read once per file), and
 * the unit that sent the file (its name, the default 报送单位 of rows that name none; null when not known).
 */
public record ImportContext(PersonService persons, PlacementService placements, UnitService units, LocalDate today,
                            Plan plan, String unitName) {
}
