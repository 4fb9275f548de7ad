package cn.yanshan.ledger.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the test sets to the day it wants to look at the ledger on (10:00 that day, Beijing time). */
public final class SettableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private Instant now;

    public SettableClock(LocalDate day) {
        set(day);
    }

    public void set(LocalDate day) {
        now = day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
