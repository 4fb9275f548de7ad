package cn.yanshan.ledger.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A column an import expects, found by its Chinese header or any synonym: e.g. key {@code idNumber},
 * label 身份证号, synonyms 身份证号码, 公民身份号码, 证件号码. Headers are compared after
 * {@link HeaderText#normalize}: spaces, line breaks, full-width forms, bracket styles and marks such as
 * a trailing * do not matter, and a bracketed note in the header (就业地域（县内/州内/省内/省外）) may be
 * left out of the names.
 *
 * @param key      the caller's name for the column, unique within a list of specs
 * @param label    the header as the template writes it, shown to the clerk
 * @param synonyms other headers seen for the same column
 * @param required whether a file without this column can't be imported
 */
public record ColumnSpec(String key, String label, List<String> synonyms, boolean required) {

    public ColumnSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (key.isBlank()) {
            throw new IllegalArgumentException("blank key");
        }
        synonyms = List.copyOf(synonyms);
    }

    public static ColumnSpec required(String key, String label, String... synonyms) {
        return new ColumnSpec(key, label, List.of(synonyms), true);
    }

    public static ColumnSpec optional(String key, String label, String... synonyms) {
        return new ColumnSpec(key, label, List.of(synonyms), false);
    }

    /** The label and its synonyms. */
    public List<String> names() {
        List<String> all = new ArrayList<>(synonyms.size() + 1);
        all.add(label);
        all.addAll(synonyms);
        return all;
    }
}
