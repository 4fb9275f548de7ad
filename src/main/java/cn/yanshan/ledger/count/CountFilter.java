package cn.yanshan.ledger.count;

import java.time.LocalDate;

/**
 * Which counted persons to list; {@code null} parts don't filter. {@code from}/{@code to} bound the date of the
 * first placement inside the period (both included); for counting they must be the first and last day of quarters.
 */
public record CountFilter(LocalDate from, LocalDate to, Long townshipId, Integer formCode, Integer categoryCode) {

    public static final CountFilter ALL = new CountFilter(null, null, null, null, null);
}
