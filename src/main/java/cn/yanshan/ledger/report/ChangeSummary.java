package cn.yanshan.ledger.report;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What a logged change changed, in Chinese: 工作进展：“培训3期。” → “培训4期。”; one line per field. */
public final class ChangeSummary {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("receivedOn", "收到日期"), Map.entry("progress", "工作进展"), Map.entry("problems", "存在问题"),
            Map.entry("nextSteps", "下一步打算"), Map.entry("figures", "数据"), Map.entry("contributions", "配合单位报送情况"),
            Map.entry("attachments", "附件"), Map.entry("originalName", "附件"), Map.entry("status", "状态"),
            Map.entry("note", "备注"));
    private static final Set<String> SHOWN_WHEN_ADDED_OR_REMOVED = Set.of("originalName", "status", "note", "progress",
            "receivedOn");

    private ChangeSummary() {
    }

    public static String of(ChangeLogEntry e) {
        Map<String, Object> before = parse(e.before());
        Map<String, Object> after = parse(e.after());
        if (before.isEmpty() && after.isEmpty()) {
            return "";
        }
        if (before.isEmpty() || after.isEmpty()) {
            Map<String, Object> present = before.isEmpty() ? after : before;
            String verb = before.isEmpty() ? "新增" : "删除";
            StringBuilder s = new StringBuilder(verb);
            present.forEach((k, v) -> {
                if (SHOWN_WHEN_ADDED_OR_REMOVED.contains(k) && v != null) {
                    s.append(" ").append(FIELDS.get(k)).append("：").append(text(k, v));
                }
            });
            return s.toString();
        }
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        StringBuilder s = new StringBuilder();
        for (String k : keys) {
            if (!FIELDS.containsKey(k) || Objects.equals(before.get(k), after.get(k))) {
                continue;
            }
            if (!s.isEmpty()) {
                s.append("\n");
            }
            s.append(FIELDS.get(k)).append("：").append(text(k, before.get(k))).append(" → ").append(text(k, after.get(k)));
        }
        return s.toString();
    }

    private static String text(String key, Object value) {
        if (value == null) {
            return "（空）";
        }
        if ("status".equals(key)) {
            try {
                return MeasureStatus.valueOf(value.toString()).label();
            } catch (IllegalArgumentException e) {
                return value.toString();
            }
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "（无）" : list.size() + "项";
        }
        return "“" + value + "”";
    }

    private static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.std.mapFrom(json);
        } catch (IOException e) {
            return Map.of("note", json);
        }
    }
}
