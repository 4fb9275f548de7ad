package cn.yanshan.ledger.person;

/** Marks a person can carry, each a filter in the ledger. */
public enum PersonFlag {
    POVERTY_ALLEVIATED("脱贫户"),
    MONITORED("防返贫监测对象"),
    SUBSISTENCE("低保"),
    GRADUATE("高校毕业生");

    private final String label;

    PersonFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
