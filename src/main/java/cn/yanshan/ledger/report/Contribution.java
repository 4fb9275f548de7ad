package cn.yanshan.ledger.report;

import cn.yanshan.ledger.unit.UnitRef;

/** What a cooperating unit (配合单位) contributed to a lead unit's report. */
public record Contribution(UnitRef unit, String content) {
}
