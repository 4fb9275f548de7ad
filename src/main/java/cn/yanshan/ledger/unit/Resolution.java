package cn.yanshan.ledger.unit;

import java.util.List;

/** What a written name stands for. Never a guess: an unknown or ambiguous name says so. */
public sealed interface Resolution {

    /** The name as it was written. */
    String written();

    /** The units the name stands for: one, several for a group word, none when unknown or ambiguous. */
    List<UnitRef> units();

    /** The name is one unit's name or one of its aliases. */
    record Found(String written, UnitRef unit) implements Resolution {
        @Override
        public List<UnitRef> units() {
            return List.of(unit);
        }
    }

    /** The name is a group word (各乡（镇）人民政府) and stands for all these units. */
    record Group(String written, String groupName, List<UnitRef> units) implements Resolution {
    }

    /** The name could be any of several units. */
    record Ambiguous(String written, List<UnitRef> candidates) implements Resolution {
        @Override
        public List<UnitRef> units() {
            return List.of();
        }
    }

    /** The name matches no unit. */
    record Unknown(String written) implements Resolution {
        @Override
        public List<UnitRef> units() {
            return List.of();
        }
    }

    default boolean isResolved() {
        return this instanceof Found || this instanceof Group;
    }

    /** A Chinese sentence for the clerk. */
    default String describe() {
        if (this instanceof Found f) {
            return "“" + written() + "”即" + f.unit().name();
        }
        if (this instanceof Group g) {
            return "“" + written() + "”指" + g.units().size() + "个单位（" + g.groupName() + "）";
        }
        if (this instanceof Ambiguous a) {
            return "“" + written() + "”可能是多个单位之一：" + String.join("、",
                    a.candidates().stream().map(UnitRef::name).toList()) + "。请写出完整的单位名称。";
        }
        return "单位“" + written() + "”不在单位名录中。请在“单位”中添加该单位或别名，或改用名录中的名称。";
    }
}
