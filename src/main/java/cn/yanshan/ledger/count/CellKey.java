package cn.yanshan.ledger.count;

import java.time.LocalDate;

/** The dimensions a counted person is summed under in {@code count_cell}. */
record CellKey(LocalDate quarterStart, long townshipId, int formCode, int categoryCode, String location) {

    static CellKey of(CountedRow row) {
        return new CellKey(row.quarterStart(), row.townshipId(), row.formCode(), row.categoryCode(), row.location());
    }
}
