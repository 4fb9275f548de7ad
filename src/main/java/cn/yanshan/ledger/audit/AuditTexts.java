package cn.yanshan.ledger.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/** How the audit log's kinds of record and actions read in Chinese, on screen and in its export. */
public final class AuditTexts {

    /** The kinds of record a filter can choose, in the order offered. */
    public static final Map<String, String> ENTITIES = entities();

    private static final Map<String, String> ACTIONS = Map.of(
            AuditLog.CREATE, "新增", AuditLog.UPDATE, "修改", AuditLog.DELETE, "删除（进回收站）",
            AuditLog.RESTORE, "恢复", AuditLog.GENERATE, "生成演示数据", AuditLog.REVEAL, "查看或导出完整号码");

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "姓名"), Map.entry("gender", "性别"), Map.entry("idNumber", "身份证号"),
            Map.entry("birthDate", "出生日期"), Map.entry("certificateNumber", "残疾证号"), Map.entry("category", "残疾类别"),
            Map.entry("level", "残疾等级"), Map.entry("township", "乡（镇）"), Map.entry("village", "村（社区）"),
            Map.entry("phone", "电话"), Map.entry("education", "文化程度"), Map.entry("householdIdNumber", "户主身份证号"),
            Map.entry("flags", "标记"), Map.entry("graduationYear", "毕业年份"), Map.entry("employmentStatus", "就业状态"),
            Map.entry("notWorkingReason", "未就业原因"), Map.entry("note", "备注"), Map.entry("deletedAt", "删除时间"),
            Map.entry("personId", "人员编号"), Map.entry("form", "就业形式"), Map.entry("employer", "就业单位"),
            Map.entry("job", "岗位"), Map.entry("location", "就业地域"), Map.entry("monthlyIncome", "月收入"),
            Map.entry("placedOn", "就业日期"), Map.entry("endedOn", "结束日期"), Map.entry("taskId", "任务"),
            Map.entry("reportingUnit", "报送单位"), Map.entry("source", "来源"), Map.entry("verified", "已核实"),
            Map.entry("importBatchId", "导入批次"), Map.entry("shown", "查看内容"),
            Map.entry("idle_lock_minutes", "自动锁屏（分钟）"), Map.entry("backup_folder", "备份文件夹"));

    private AuditTexts() {
    }

    /** A field of a record as the clerk calls it. */
    public static String field(String key) {
        return FIELDS.getOrDefault(key, key);
    }

    private static Map<String, String> entities() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("person", "残疾人");
        m.put("placement", "就业登记");
        m.put("setting", "设置");
        m.put("demo", "演示数据");
        m.put("export", "导出");
        return m;
    }

    public static String entity(String code) {
        return ENTITIES.getOrDefault(code, code);
    }

    public static String action(String code) {
        return ACTIONS.getOrDefault(code, code);
    }
}
