package cn.yanshan.ledger.person;

/** The fields of the person form, to show each problem beside its field. */
public enum PersonField {
    NAME("姓名"),
    GENDER("性别"),
    ID_NUMBER("身份证号"),
    CERTIFICATE("残疾证号"),
    CATEGORY("残疾类别"),
    LEVEL("残疾等级"),
    TOWNSHIP("乡（镇）"),
    VILLAGE("村（社区）"),
    PHONE("联系电话"),
    EDUCATION("文化程度"),
    HOUSEHOLD("户主身份证号"),
    GRADUATION_YEAR("毕业年份"),
    STATUS("就业状态"),
    REASON("未就业原因"),
    NOTE("备注");

    private final String label;

    PersonField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
