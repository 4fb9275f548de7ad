package cn.yanshan.ledger.unit;

import cn.yanshan.ledger.common.Names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a unit name as it is written in a document or a spreadsheet to the unit(s) it stands for.
 * It tries the name and its aliases, group words, then a few unambiguous rewritings
 * (with or without 县 / 砚山县 in front, without 人民政府 at the end); several candidates are ambiguous, none unknown.
 * Built from a snapshot of the units; the unit service makes a new one after every change.
 */
public final class NameResolver {

    private static final String COUNTY = "砚山县";

    private final Map<String, UnitRef> byKey = new HashMap<>();
    private final Map<String, UnitGroup> groupsByKey = new HashMap<>();
    private final List<UnitRef> townships = new ArrayList<>();
    private final SectionUnits sectionUnits;

    public NameResolver(List<Unit> units, List<UnitGroup> groups, SectionUnits sectionUnits) {
        this.sectionUnits = sectionUnits;
        for (Unit unit : units) {
            byKey.put(Names.key(unit.name()), unit.ref());
            for (String alias : unit.aliases()) {
                byKey.put(Names.key(alias), unit.ref());
            }
            if (unit.isTownship()) {
                townships.add(unit.ref());
            }
        }
        for (UnitGroup group : groups) {
            groupsByKey.put(Names.key(group.name()), group);
            for (String alias : group.aliases()) {
                groupsByKey.put(Names.key(alias), group);
            }
        }
    }

    public Resolution resolve(String written) {
        String key = Names.key(written);
        if (key.isEmpty()) {
            return new Resolution.Unknown(written == null ? "" : written);
        }
        UnitRef exact = byKey.get(key);
        if (exact != null) {
            return new Resolution.Found(written, exact);
        }
        UnitGroup group = groupsByKey.get(key);
        if (group != null) {
            return new Resolution.Group(written, group.name(), expand(group));
        }
        Map<Long, UnitRef> candidates = new LinkedHashMap<>();
        for (String variant : variants(key)) {
            UnitRef ref = byKey.get(variant);
            if (ref != null) {
                candidates.put(ref.id(), ref);
            }
        }
        if (candidates.size() == 1) {
            return new Resolution.Found(written, candidates.values().iterator().next());
        }
        if (candidates.size() > 1) {
            return new Resolution.Ambiguous(written, List.copyOf(candidates.values()));
        }
        return new Resolution.Unknown(written);
    }

    /** Names written differently in an ordinary way: 砚山县残联 → 县残联, 人社局 → 县人社局, 江那镇人民政府 → 江那镇. */
    private static Set<String> variants(String key) {
        Set<String> out = new LinkedHashSet<>();
        List<String> bases = new ArrayList<>(List.of(key));
        if (key.endsWith("人民政府") && key.length() > 4) {
            bases.add(key.substring(0, key.length() - 4));
        }
        for (String base : bases) {
            out.add(base);
            if (base.startsWith(COUNTY) && base.length() > COUNTY.length()) {
                out.add("县" + base.substring(COUNTY.length()));
                out.add(base.substring(COUNTY.length()));
            } else if (base.startsWith("县") && base.length() > 1) {
                out.add(base.substring(1));
            } else {
                out.add("县" + base);
            }
        }
        out.remove(key);
        return out;
    }

    private List<UnitRef> expand(UnitGroup group) {
        return switch (group.rule()) {
            case ALL_TOWNSHIPS -> List.copyOf(townships);
            case LEADS_OF_SECTION -> sectionUnits.leadsOf(group.sectionNumber() == null ? 1 : group.sectionNumber());
            case RESPONSIBLE_OF_SECTION -> sectionUnits.responsibleOf(group.sectionNumber() == null ? 1 : group.sectionNumber());
        };
    }
}
