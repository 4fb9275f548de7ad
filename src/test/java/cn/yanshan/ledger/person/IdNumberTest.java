package cn.yanshan.ledger.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final String EXCEL_FIX = "在Excel中把该列设置为“文本”格式，然后重新输入完整的身份证号";
    /** Male, born 1980-01-08, check character X. */
    private static final String YANSHAN_MAN = "53262219800108123X";

    private static Check<IdNumber> check(String raw) {
        return IdNumber.check(raw, TODAY);
    }

    private static String onlyError(Check<?> check) {
        assertThat(check.isValid()).as("check should fail").isFalse();
        assertThat(check.errors()).hasSize(1);
        return check.errors().get(0).message();
    }

    // --- the standard's examples ---

    @Test
    void standardExampleOfAWomanBornIn1949IsAccepted() {
        IdNumber id = IdNumber.check("11010519491231002X").orElseThrow();

        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.areaCode()).isEqualTo("110105");
    }

    @Test
    void standardExampleOfAManBornIn1880IsAccepted() {
        Check<IdNumber> check = IdNumber.check("440524188001010014");

        assertThat(check.problems()).isEmpty();
        assertThat(check.value().gender()).isEqualTo(Gender.MALE);
        assertThat(check.value().birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    }

    @Test
    void fifteenDigitNumberIsUpgradedWithCheckCharacter() {
        Check<IdNumber> check = check("110105491231002");

        assertThat(check.value().value()).isEqualTo("11010519491231002X");
        assertThat(check.warnings()).extracting(Problem::message)
                .singleElement().asString().contains("110105491231002", "11010519491231002X");
    }

    @Test
    void fifteenDigitNumberWithImpossibleDateIsRejected() {
        assertThat(onlyError(check("110105490230002"))).contains("19490230", "不存在");
    }

    // --- check character ---

    @ParameterizedTest(name = "remainder {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyCheckCharacterRemainderIsAccepted(int remainder) {
        String valid = ReferenceIdNumbers.withRemainder(remainder, "532622", "19850315");

        Check<IdNumber> check = check(valid);

        assertThat(check.problems()).isEmpty();
        assertThat(check.value().value()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "remainder {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void wrongCheckCharacterIsRejectedNamingTheExpectedOne(int remainder) {
        String valid = ReferenceIdNumbers.withRemainder(remainder, "532622", "19850315");
        String wrong = ReferenceIdNumbers.withWrongCheckCharacter(valid);

        assertThat(onlyError(check(wrong)))
                .contains("校验位")
                .contains("应为“" + valid.charAt(17) + "”")
                .contains("现为“" + wrong.charAt(17) + "”");
    }

    // --- normalization ---

    @Test
    void lowerCaseXIsUpperCased() {
        assertThat(check("53262219800108123x").value().value()).isEqualTo(YANSHAN_MAN);
    }

    @Test
    void fullWidthDigitsAndLettersAreNormalized() {
        assertThat(check("５３２６２２１９８００１０８１２３ｘ").value().value()).isEqualTo(YANSHAN_MAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 53262219800108123X ", "532622 19800108 123X", "532622\t19800108123X",
            "532622\u00A019800108123X", "532622\u300019800108123X", "\uFEFF53262219800108123X\n"})
    void spacesAnywhereAreRemoved(String raw) {
        assertThat(check(raw).value().value()).isEqualTo(YANSHAN_MAN);
    }

    @Test
    void leadingApostropheThatForcesTextInSpreadsheetsIsDropped() {
        assertThat(check("'53262219800108123X").value().value()).isEqualTo(YANSHAN_MAN);
    }

    // --- numbers damaged by a spreadsheet ---

    @ParameterizedTest
    @ValueSource(strings = {"5.32622E+17", "5.32622e17", "5.32622E17", "5.32622198001E+17", "５.３２６２２Ｅ＋１７"})
    void scientificNotationIsRejectedWithHowToFixIt(String raw) {
        assertThat(onlyError(check(raw))).contains("科学计数法", EXCEL_FIX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"532622198001081000", "532622198503150000", "110105194912310000"})
    void trailingZerosWithWrongCheckCharacterAreRejectedAsPrecisionLost(String raw) {
        assertThat(ReferenceIdNumbers.checkCharacter(raw.substring(0, 17))).isNotEqualTo(raw.charAt(17));

        assertThat(onlyError(check(raw))).contains("000", EXCEL_FIX);
    }

    @Test
    void trailingZerosWithCorrectCheckCharacterAreAcceptedWithWarning() {
        String valid = "532622198001041000";
        assertThat(ReferenceIdNumbers.checkCharacter(valid.substring(0, 17))).isEqualTo('0');

        Check<IdNumber> check = check(valid);

        assertThat(check.isValid()).isTrue();
        assertThat(check.warnings()).singleElement().extracting(Problem::message).asString().contains("000");
    }

    @Test
    void numericCellWithMoreThanFifteenDigitsIsRejectedAsDamaged() {
        Check<IdNumber> check = IdNumber.fromExcelNumber(532622198001081230d, TODAY);

        assertThat(onlyError(check)).contains("数字（532622198001081000）", EXCEL_FIX);
    }

    @Test
    void numericCellInScientificFormIsRejectedAsDamaged() {
        assertThat(onlyError(IdNumber.fromExcelNumber(5.32622E17, TODAY))).contains("532622000000000000", EXCEL_FIX);
    }

    @Test
    void numericCellWithFifteenDigitsIsAnOldNumberAndIsUpgraded() {
        assertThat(IdNumber.fromExcelNumber(110105491231002d, TODAY).value().value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(doubles = {12.5, -110105491231002d, Double.NaN})
    void numericCellThatIsNoWholeNumberIsRejected(double cell) {
        assertThat(onlyError(IdNumber.fromExcelNumber(cell, TODAY))).contains("不是身份证号");
    }

    // --- shape ---

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankIsRejected(String raw) {
        assertThat(onlyError(check(raw))).contains("为空");
    }

    @ParameterizedTest
    @CsvSource({"5326221980010812, 16", "53262219800108123, 17", "53262219800108123X1, 19", "5326221980, 10"})
    void wrongLengthIsRejectedSayingHowLong(String raw, int length) {
        assertThat(onlyError(check(raw))).contains("18位", "15位", "是" + length + "位");
    }

    @ParameterizedTest
    @CsvSource({"53262219800108123Y, Y", "532622-19800108-123X, --", "53262219800108l23X, L", "５３２６２２１９８００１０８１２３。, 。"})
    void badCharactersAreRejectedAndNamed(String raw, String bad) {
        assertThat(onlyError(check(raw))).contains("不该出现的字符“" + bad + "”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5326221980010X1234", "53262249010812X"})
    void xAnywhereButTheEighteenthCharacterIsRejected(String raw) {
        assertThat(onlyError(check(raw))).contains("X只能出现在18位号码的最后一位");
    }

    // --- birth date ---

    @ParameterizedTest
    @ValueSource(strings = {"19490230", "19491301", "19490000", "19490132", "19000229", "20230229"})
    void impossibleBirthDateIsRejected(String date) {
        String raw = ReferenceIdNumbers.complete("110105" + date + "002");

        assertThat(onlyError(check(raw))).contains("出生日期“" + date + "”不存在");
    }

    @Test
    void leapDayIsAccepted() {
        IdNumber id = check(ReferenceIdNumbers.complete("53262220000229123")).orElseThrow();

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void birthDateAfterTodayIsRejected() {
        String raw = ReferenceIdNumbers.complete("53262220250602123");

        assertThat(onlyError(check(raw))).contains("20250602", "晚于今天");
    }

    @Test
    void birthDateOfTodayIsAccepted() {
        assertThat(check(ReferenceIdNumbers.complete("53262220250601123")).isValid()).isTrue();
    }

    @Test
    void birthYearBefore1850IsRejected() {
        assertThat(onlyError(check(ReferenceIdNumbers.complete("11010518491231002")))).contains("早于1850年");
    }

    @Test
    void birthYear1850IsAccepted() {
        assertThat(check(ReferenceIdNumbers.complete("11010518500101002")).isValid()).isTrue();
    }

    // --- derived values ---

    @ParameterizedTest
    @CsvSource({"123, MALE", "124, FEMALE", "001, MALE", "000, FEMALE", "999, MALE"})
    void genderFollowsTheSequenceNumberParity(String sequence, Gender gender) {
        String raw = ReferenceIdNumbers.complete("53262219800108" + sequence);

        assertThat(IdNumber.check(raw, TODAY).value().gender()).isEqualTo(gender);
    }

    @Test
    void ageIsCountedInCompletedYears() {
        IdNumber id = new IdNumber(YANSHAN_MAN);

        assertThat(id.ageAt(LocalDate.of(2025, 1, 7))).isEqualTo(44);
        assertThat(id.ageAt(LocalDate.of(2025, 1, 8))).isEqualTo(45);
        assertThatThrownBy(() -> id.ageAt(LocalDate.of(1980, 1, 7))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maskedKeepsFirstSixAndLastFour() {
        assertThat(new IdNumber(YANSHAN_MAN).masked()).isEqualTo("532622********123X");
    }

    @Test
    void toStringIsMaskedSoFullNumbersStayOutOfLogs() {
        assertThat(new IdNumber(YANSHAN_MAN)).hasToString("532622********123X");
    }

    @Test
    void lastDigitsGivesTheEndOfTheNumber() {
        IdNumber id = new IdNumber(YANSHAN_MAN);

        assertThat(id.lastDigits(4)).isEqualTo("123X");
        assertThat(id.lastDigits(18)).isEqualTo(YANSHAN_MAN);
        assertThatThrownBy(() -> id.lastDigits(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> id.lastDigits(19)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"53262219800108123x", "532622198001081231", "532622 19800108123X", "110105491231002"})
    void constructorAcceptsOnlyTheCanonicalForm(String raw) {
        assertThatThrownBy(() -> new IdNumber(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameNumberWrittenDifferentlyGivesEqualValues() {
        assertThat(check("５３２６２２ 19800108123x").value()).isEqualTo(new IdNumber(YANSHAN_MAN));
    }
}
