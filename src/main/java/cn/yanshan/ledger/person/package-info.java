/**
 * The person and the documents that identify them: resident ID number ({@link cn.yanshan.ledger.person.IdNumber},
 * GB 11643-1999), disability certificate number ({@link cn.yanshan.ledger.person.CertificateNumber},
 * 第二代残疾人证), disability category and level, gender and working age.
 *
 * <p>Each value type carries its validation: {@code check(...)} takes raw text as clerks and
 * spreadsheets write it, normalizes it and returns a {@link cn.yanshan.ledger.common.Check} whose
 * messages are Chinese sentences that say what to fix. The record constructors accept only the
 * canonical form and throw {@link IllegalArgumentException} otherwise.
 *
 * <p>Choices worth knowing:
 * <ul>
 *   <li>Birth years from 1850 are accepted so that the standard's own example (born 1880) passes;
 *       a birth date after today is an error.</li>
 *   <li>An old 15-digit ID number is upgraded to 18 digits with a warning, because the stored value
 *       then differs from what the sheet says.</li>
 *   <li>An ID number that went through a spreadsheet as a number (scientific notation, or last three
 *       digits 000 with a wrong check character) is an error that tells how to fix the sheet; it is
 *       never stored.</li>
 *   <li>{@code toString()} of the number types gives the masked form, so that full numbers do not end
 *       up in log files by accident; use {@code value()} for the full number.</li>
 * </ul>
 */
package cn.yanshan.ledger.person;
