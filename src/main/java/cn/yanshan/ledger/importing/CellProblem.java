package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.common.Problem;

/**
 * A problem of an imported row, with the column it is about ({@code null} when it is about the row as a whole), so
 * that the preview and the error workbook can mark the cell.
 */
public record CellProblem(String columnKey, Problem problem) {

    public static CellProblem error(String columnKey, String message) {
        return new CellProblem(columnKey, Problem.error(message));
    }

    public boolean isError() {
        return problem.isError();
    }

    public String message() {
        return problem.message();
    }
}
