package cn.yanshan.ledger.unit;

/** What kind of body a unit is. */
public enum UnitKind {
    /** 县直部门 */
    DEPARTMENT("县直部门"),
    /** 乡（镇）人民政府 */
    TOWNSHIP("乡镇"),
    /** 群团组织: 县残联, 工商联 … */
    PEOPLES_ORGANIZATION("群团组织"),
    /** 省州驻砚单位 and vertically managed offices: 县税务局, 县邮政局, banks … */
    STATIONED("驻砚单位"),
    /** 企业 */
    ENTERPRISE("企业"),
    OTHER("其他");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
