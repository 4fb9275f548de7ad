package cn.yanshan.ledger.audit.ui;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a record's before or after text back into its fields, in their order; anything else is no fields. */
final class AuditJson {

    private AuditJson() {
    }

    static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return new LinkedHashMap<>(JSON.std.mapFrom(json));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
