package cn.yanshan.ledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    private static final LocalDate MAY_6 = LocalDate.of(2024, 5, 6);

    private static String onlyError(Check<?> check) {
        assertThat(check.isValid()).as("should fail: %s", check).isFalse();
        assertThat(check.errors()).hasSize(1);
        return check.errors().get(0).message();
    }

    // ---------------------------------------------------------------- dates

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-05-06", "2024-5-6", "2024/5/6", "2024/05/06", "2024.5.6", "2024年5月6日", "2024年05月06日", "2024年5月6号",
        "20240506", " 2024-05-06 ", "２０２４年５月６日", "2024 年 5 月 6 日", "2024-05-06 00:00:00", "2024/5/6 8:30"})
    void textDatesInTheFormsUnitsWrite(String text) {
        Check<LocalDate> check = Values.date(text);

        assertThat(check.value()).isEqualTo(MAY_6);
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void excelSerialAsTextIsReadWithAWarning() {
        Check<LocalDate> check = Values.date("45418");

        assertThat(check.value()).isEqualTo(MAY_6);
        assertThat(check.warnings()).extracting(Problem::message).singleElement().asString().contains("Excel的日期序号", "2024-05-06");
    }

    @Test
    void excelDateCellIsADate() {
        assertThat(Values.date(Cell.date(LocalDateTime.of(2024, 5, 6, 0, 0))).value()).isEqualTo(MAY_6);
    }

    @Test
    void numberCellsAsYyyymmddOrSerial() {
        assertThat(Values.date(Cell.number(20240506)).value()).isEqualTo(MAY_6);
        Check<LocalDate> serial = Values.date(Cell.number(45418));
        assertThat(serial.value()).isEqualTo(MAY_6);
        assertThat(serial.hasWarnings()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-02-30 | 不存在",
        "2024年5月  | 缺少日",
        "24-5-6     | 两位",
        "6/5/2024   | 顺序不明确",
        "1850-01-01 | 不合理",
        "明年五月   | 无法识别日期",
        "20241345   | 不存在",
        "123        | 无法识别日期"})
    void datesThatCannotBeTrustedAreRefusedWithTheReason(String text, String reason) {
        assertThat(onlyError(Values.date(text))).contains(reason);
    }

    @Test
    void blankAndOtherCellsAreNotDates() {
        assertThat(onlyError(Values.date(Cell.BLANK))).isEqualTo("未填写日期。");
        assertThat(onlyError(Values.date(Cell.bool(true)))).contains("不是日期");
        assertThat(onlyError(Values.date(Cell.number(3.5e9)))).contains("不是日期");
    }

    // ---------------------------------------------------------------- numbers

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1500       | 1500",
        "1,500.00   | 1500",
        "1500元     | 1500",
        "￥1,500.50 | 1500.5",
        "1500元/月  | 1500",
        "０．１５万 | 1500",
        "30人       | 30",
        "1.5%       | 0.015",
        "-20        | -20",
        "' 1 500 '  | 1500"})
    void numbersAsUnitsWriteThem(String text, String expected) {
        assertThat(Values.decimal(text.replace("'", "")).value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,5        | 逗号",
        "一千五     | 无法识别数字",
        "1500左右   | 无法识别数字"})
    void numbersThatAreNotNumbers(String text, String reason) {
        assertThat(onlyError(Values.decimal(text))).contains(reason);
    }

    @Test
    void numberCellsAreReadToExcelsFifteenDigits() {
        assertThat(Values.decimal(Cell.number(0.1 + 0.2)).value()).isEqualByComparingTo("0.3");
        assertThat(onlyError(Values.decimal(Cell.date(LocalDateTime.of(2024, 5, 6, 0, 0))))).contains("是日期");
    }

    @Test
    void integersRefuseFractions() {
        assertThat(Values.integer("1,200").value()).isEqualTo(1200L);
        assertThat(Values.integer(Cell.number(30)).value()).isEqualTo(30L);
        assertThat(onlyError(Values.integer("2.5"))).contains("应为整数");
    }

    // ---------------------------------------------------------------- text and codes

    @Test
    void textOfNumbersIsPlainDigits() {
        assertThat(Values.text(Cell.number(13812345678d))).isEqualTo("13812345678");
        assertThat(Values.text(Cell.text("  江那镇 "))).isEqualTo("江那镇");
        assertThat(Values.text(Cell.BLANK)).isEmpty();
    }

    @Test
    void codesFromTextLoseSpacesAndFullWidthForms() {
        assertThat(Values.code(Cell.text("１３８ 1234 5678"), "联系电话").value()).isEqualTo("13812345678");
        assertThat(Values.code(Cell.text("'5326221980010812345"), "残疾证号").value()).isEqualTo("5326221980010812345");
    }

    @Test
    void longCodeStoredAsNumberIsDamaged() {
        String message = onlyError(Values.code(Cell.number(53262219800108123.0), "残疾证号"));

        assertThat(message).contains("残疾证号在Excel中被保存成了数字", "超过15位", "“文本”格式");
    }

    @Test
    void shortCodeStoredAsNumberIsFine() {
        assertThat(Values.code(Cell.number(13812345678d), "联系电话").value()).isEqualTo("13812345678");
        assertThat(onlyError(Values.code(Cell.number(12.5), "联系电话"))).contains("不是有效的号码");
        assertThat(onlyError(Values.code(Cell.BLANK, "联系电话"))).isEqualTo("未填写联系电话。");
    }
}
