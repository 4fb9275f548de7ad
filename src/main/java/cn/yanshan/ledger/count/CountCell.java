package cn.yanshan.ledger.count;

import java.time.LocalDate;

/** How many counted persons share a first quarter, township, form, category and location ({@code job_location}). */
public record CountCell(LocalDate quarterStart, long townshipId, int formCode, int categoryCode, String location,
                        int persons) {
}
