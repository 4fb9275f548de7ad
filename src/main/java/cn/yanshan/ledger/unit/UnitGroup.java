package cn.yanshan.ledger.unit;

import java.util.List;

/** A group word of the plan that stands for several units (各乡（镇）人民政府). */
public record UnitGroup(long id, String name, Rule rule, Integer sectionNumber, List<String> aliases) {

    public enum Rule {
        /** every township government */
        ALL_TOWNSHIPS,
        /** the lead units of a section's tasks (主要措施十项行动中牵头单位) */
        LEADS_OF_SECTION,
        /** the responsible units of a section's tasks */
        RESPONSIBLE_OF_SECTION
    }

    public UnitGroup {
        aliases = List.copyOf(aliases);
    }
}
