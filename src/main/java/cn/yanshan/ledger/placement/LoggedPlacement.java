package cn.yanshan.ledger.placement;

import cn.yanshan.ledger.person.Person;

/**
 * A placement just logged. {@code newlyCounted}: the person counts toward the current plan's target now and did not
 * before; {@code placed}: the count toward the target after saving.
 */
public record LoggedPlacement(Person person, Placement placement, boolean newlyCounted, int placed, int target) {
}
