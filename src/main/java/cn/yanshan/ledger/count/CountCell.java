package cn.yanshan.ledger.count;

import java.time.LocalDate;

/** How many counted persons share a first quarter, township, form and category. */
public record CountCell(LocalDate quarterStart, long townshipId, int formCode, int categoryCode, int persons) {
}
