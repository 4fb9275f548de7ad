package cn.yanshan.ledger.importing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One data row of an import as the preview shows it.
 *
 * @param rowNumber 1-based, as Excel shows it
 * @param status    what importing it does
 * @param name      the name the row gives, as written (for display)
 * @param idMasked  its ID number masked (532622********123X), or the text as written when it is not a valid number
 * @param problems  errors (status {@link RowStatus#ERROR}) and warnings, with their columns
 */
public record RowResult(int rowNumber, RowStatus status, String name, String idMasked, List<CellProblem> problems) {

    public RowResult {
        problems = List.copyOf(problems);
    }

    /** The problems as one text, errors first: the 问题说明 of the error workbook. */
    public String message() {
        return problems.stream().sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
                .map(CellProblem::message).distinct().collect(Collectors.joining(" "));
    }

    /** Whether a column has an error in this row. */
    public boolean hasErrorIn(String columnKey) {
        return problems.stream().anyMatch(p -> p.isError() && columnKey.equals(p.columnKey()));
    }
}
