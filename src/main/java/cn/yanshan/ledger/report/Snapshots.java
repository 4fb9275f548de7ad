package cn.yanshan.ledger.report;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The records of a period as JSON text, for the before and after of {@code period_change_log}. */
final class Snapshots {

    private Snapshots() {
    }

    static String of(TaskReport r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("taskId", r.key().taskId());
        m.put("unitId", r.key().unitId());
        m.put("periodId", r.key().periodId());
        m.put("receivedOn", r.receivedOn() == null ? null : r.receivedOn().toString());
        m.put("progress", r.progress());
        m.put("problems", r.problems());
        m.put("nextSteps", r.nextSteps());
        m.put("figures", r.figures().stream().map(f -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("amount", f.amount().stripTrailingZeros().toPlainString());
            fm.put("unit", f.unitLabel());
            return fm;
        }).toList());
        m.put("contributions", r.contributions().stream().map(c -> {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("unitId", c.unit().id());
            cm.put("unit", c.unit().name());
            cm.put("content", c.content());
            return cm;
        }).toList());
        m.put("attachments", r.attachments().stream().map(Attachment::originalName).toList());
        return json(m);
    }

    static String of(Attachment a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("reportId", a.reportId());
        m.put("originalName", a.originalName());
        m.put("storedPath", a.storedPath());
        m.put("sizeBytes", a.sizeBytes());
        m.put("sha256", a.sha256());
        return json(m);
    }

    static String ofStatus(long measureId, MeasureStatus status, String note) {
        if (status == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measureId", measureId);
        m.put("status", status.name());
        m.put("note", note);
        return json(m);
    }

    static String of(PeriodLock lock) {
        if (lock == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("periodId", lock.periodId());
        m.put("lockedAt", lock.lockedAt().toString());
        m.put("lockedBy", lock.lockedBy());
        m.put("note", lock.note());
        return json(m);
    }

    private static String json(Map<String, Object> map) {
        try {
            return JSON.std.asString(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
