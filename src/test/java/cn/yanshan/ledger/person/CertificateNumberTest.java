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

class CertificateNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final String ID = "53262219800108123X";
    private static final IdNumber PERSON = new IdNumber(ID);
    private static final IdNumber SOMEONE_ELSE = new IdNumber("11010519491231002X");

    private static Check<CertificateNumber> check(String raw, IdNumber person) {
        return CertificateNumber.check(raw, person, TODAY);
    }

    private static String onlyError(Check<?> check) {
        assertThat(check.isValid()).as("check should fail").isFalse();
        assertThat(check.errors()).hasSize(1);
        return check.errors().get(0).message();
    }

    @Test
    void certificateOfThePersonIsAccepted() {
        Check<CertificateNumber> check = check(ID + "42", PERSON);

        assertThat(check.problems()).isEmpty();
        CertificateNumber certificate = check.value();
        assertThat(certificate.value()).isEqualTo(ID + "42");
        assertThat(certificate.idNumber()).isEqualTo(PERSON);
        assertThat(certificate.category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThat(certificate.level()).isEqualTo(DisabilityLevel.TWO);
        assertThat(certificate.suffix()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1, 1, VISUAL, ONE", "2, 2, HEARING, TWO", "3, 3, SPEECH, THREE", "4, 4, PHYSICAL, FOUR",
            "5, 1, INTELLECTUAL, ONE", "6, 2, MENTAL, TWO", "7, 3, MULTIPLE, THREE"})
    void categoryAndLevelAreReadFromTheLastTwoDigits(char category, char level,
            DisabilityCategory expectedCategory, DisabilityLevel expectedLevel) {
        CertificateNumber certificate = check(ID + category + level, PERSON).orElseThrow();

        assertThat(certificate.category()).isEqualTo(expectedCategory);
        assertThat(certificate.level()).isEqualTo(expectedLevel);
    }

    @Test
    void withoutAPersonOnlyTheCertificateItselfIsChecked() {
        assertThat(check(ID + "42", null).problems()).isEmpty();
    }

    @Test
    void certificateOfSomeoneElseIsRejected() {
        assertThat(onlyError(check(ID + "42", SOMEONE_ELSE))).contains(ID, SOMEONE_ELSE.value(), "不一致");
    }

    @Test
    void lowerCaseAndFullWidthAndSpacesAreNormalized() {
        assertThat(check("５３２６２２ 19800108123x 42", PERSON).value().value()).isEqualTo(ID + "42");
    }

    @ParameterizedTest
    @CsvSource({"42B1, B1", "42b1, B1", "421, 1"})
    void suffixOfReissuedCertificateIsAWarningAndKept(String ending, String suffix) {
        Check<CertificateNumber> check = check(ID + ending, PERSON);

        assertThat(check.isValid()).isTrue();
        assertThat(check.warnings()).singleElement().extracting(Problem::message).asString()
                .contains("“" + suffix + "”", "换领");
        assertThat(check.value().suffix()).isEqualTo(suffix);
        assertThat(check.value().base()).isEqualTo(ID + "42");
        assertThat(check.value().level()).isEqualTo(DisabilityLevel.TWO);
    }

    @Test
    void suffixLongerThanTwoCharactersIsAWrongLength() {
        assertThat(onlyError(check(ID + "42B12", PERSON))).contains("20位", "23位");
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '8', '9', 'X'})
    void badCategoryDigitIsRejected(char category) {
        assertThat(onlyError(check(ID + category + "2", PERSON))).contains("第19位是残疾类别", "“" + category + "”");
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '5', '9'})
    void badLevelDigitIsRejected(char level) {
        assertThat(onlyError(check(ID + "4" + level, PERSON))).contains("第20位是残疾等级", "“" + level + "”");
    }

    @Test
    void badCategoryAndBadLevelAreBothReported() {
        assertThat(check(ID + "95", PERSON).errors()).hasSize(2);
    }

    @Test
    void idPartThatIsNoValidIdNumberIsRejected() {
        String wrongCheck = "532622198001081231";

        assertThat(onlyError(check(wrongCheck + "42", null))).contains("前18位", "校验位", "应为“X”");
    }

    @Test
    void idPartWithImpossibleDateIsRejected() {
        String impossible = ReferenceIdNumbers.complete("53262219800230123");

        assertThat(onlyError(check(impossible + "42", null))).contains("前18位", "19800230", "不存在");
    }

    @Test
    void eighteenCharactersThatAreAnIdNumberGetAHint() {
        assertThat(onlyError(check(ID, PERSON))).contains("像是身份证号", "残疾类别和残疾等级");
    }

    @Test
    void tooShortIsRejectedSayingHowLong() {
        assertThat(onlyError(check(ID + "4", PERSON))).contains("20位", "是19位");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void blankIsRejected(String raw) {
        assertThat(onlyError(check(raw, PERSON))).contains("残疾证号为空");
    }

    @Test
    void badCharactersAreRejected() {
        assertThat(onlyError(check(ID + "-42", PERSON))).contains("不该出现的字符“-”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.32622E+19", "5.32622e19", "53262219800108100000"})
    void numberDamagedByASpreadsheetIsRejectedWithHowToFixIt(String raw) {
        assertThat(onlyError(check(raw, PERSON))).contains("在Excel中把该列设置为“文本”格式，然后重新输入完整的残疾证号");
    }

    @Test
    void numericCellIsNeverACertificateNumber() {
        assertThat(onlyError(CertificateNumber.fromExcelNumber(5.3262219800108E19))).contains("重新输入完整的残疾证号");
        assertThat(onlyError(CertificateNumber.fromExcelNumber(42))).contains("不是残疾证号");
    }

    @Test
    void toStringMasksTheHoldersIdNumber() {
        assertThat(new CertificateNumber(ID + "42B1")).hasToString("532622********123X42B1");
    }

    @ParameterizedTest
    @ValueSource(strings = {ID, ID + "82", ID + "45", "532622198001081231" + "42", ID + "42B12", ID + "42b1"})
    void constructorAcceptsOnlyTheCanonicalForm(String raw) {
        assertThatThrownBy(() -> new CertificateNumber(raw)).isInstanceOf(IllegalArgumentException.class);
    }
}
