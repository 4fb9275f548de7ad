package cn.yanshan.ledger.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The spellings by which one value is written, compared by {@link Text#labelKey(String)}.
 * A spelling that would name two values is refused when the table is built, so an ambiguous
 * word can never be mapped by accident.
 */
public final class Synonyms<E> {

    private final Map<String, E> byKey;

    private Synonyms(Map<String, E> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static <E> Builder<E> builder() {
        return new Builder<>();
    }

    /** The value this spelling names; empty for blank or unknown text (never a guess). */
    public Optional<E> lookup(String raw) {
        return Optional.ofNullable(byKey.get(Text.labelKey(raw)));
    }

    public static final class Builder<E> {
        private final Map<String, E> byKey = new HashMap<>();

        private Builder() {
        }

        public Builder<E> add(E value, String... spellings) {
            for (String spelling : spellings) {
                String key = Text.labelKey(spelling);
                if (key.isEmpty()) {
                    throw new IllegalArgumentException("blank spelling for " + value);
                }
                E earlier = byKey.putIfAbsent(key, value);
                if (earlier != null && !earlier.equals(value)) {
                    throw new IllegalStateException("spelling '" + spelling + "' would name both " + earlier + " and " + value);
                }
            }
            return this;
        }

        public Synonyms<E> build() {
            return new Synonyms<>(byKey);
        }
    }
}
