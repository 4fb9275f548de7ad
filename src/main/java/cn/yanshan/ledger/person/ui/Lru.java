package cn.yanshan.ledger.person.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps at most so many entries, the least recently used forgotten first; not thread-safe. */
final class Lru {

    private Lru() {
    }

    static <K, V> Map<K, V> map(int max) {
        return new LinkedHashMap<>(max * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }
}
