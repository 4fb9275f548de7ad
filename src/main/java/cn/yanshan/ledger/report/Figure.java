package cn.yanshan.ledger.report;

import java.math.BigDecimal;

/** A figure a report gives: 新增就业 12 人. {@code unitLabel} (人, 元, 次) may be empty. */
public record Figure(String name, BigDecimal amount, String unitLabel) {

    /** 新增就业：12人 */
    public String text() {
        return name + "：" + amount.stripTrailingZeros().toPlainString() + (unitLabel == null ? "" : unitLabel);
    }
}
