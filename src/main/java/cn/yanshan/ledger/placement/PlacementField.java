package cn.yanshan.ledger.placement;

/** The fields of the placement form, to show each problem beside its field. */
public enum PlacementField {
    PERSON("人员"),
    PLACED_ON("就业时间"),
    FORM("就业形式"),
    EMPLOYER("就业单位"),
    JOB("就业岗位"),
    LOCATION("就业地域"),
    INCOME("月收入"),
    TASK("对应任务"),
    REPORTING_UNIT("报送单位"),
    ENDED_ON("离岗时间"),
    NOTE("备注");

    private final String label;

    PlacementField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
