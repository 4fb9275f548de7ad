package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.workbook.HeaderMatch;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the clerk settled before the rows are checked: the file, the kind, the sheet, the header with its mapping,
 * the unit that sent it.
 *
 * @param sha256     the file's SHA-256 (hex), to recognise the same file imported again
 * @param unit       the sending unit, or null when not known
 * @param corrected  the clerk's corrections to the detected mapping (header label → column key, "" to leave a column
 *                   out); remembered for the unit when the import is committed; empty when none
 */
public record ImportSetup(Path file, String sha256, ImportKind kind, int sheet, String sheetName, HeaderMatch header,
                          UnitRef unit, Map<String, String> corrected) {

    public ImportSetup {
        corrected = corrected == null ? Map.of() : Map.copyOf(corrected);
    }

    /** The same setup with the clerk's corrections applied to the header. */
    public ImportSetup withCorrections(Map<String, String> corrections) {
        Map<String, String> all = new java.util.LinkedHashMap<>(corrected);
        all.putAll(corrections);
        return new ImportSetup(file, sha256, kind, sheet, sheetName, header.withMapping(corrections, kind.columns()),
                unit, all);
    }

    /** The same setup with another header (the clerk chose the header rows by hand). */
    public ImportSetup withHeader(int newSheet, String newSheetName, HeaderMatch newHeader) {
        return new ImportSetup(file, sha256, kind, newSheet, newSheetName, newHeader, unit, corrected);
    }

    public String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
