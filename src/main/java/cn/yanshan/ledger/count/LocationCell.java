package cn.yanshan.ledger.count;

import java.time.LocalDate;

/** How many counted persons share a first quarter and the location of their first placement (as stored). */
public record LocationCell(LocalDate quarterStart, String location, int persons) {
}
