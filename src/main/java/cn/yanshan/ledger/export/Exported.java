package cn.yanshan.ledger.export;

import java.nio.file.Path;

/** A file an export wrote: what it holds, where it is, and how many rows of persons or placements it lists. */
public record Exported(ExportKind kind, Path file, int rows, boolean unmasked) {
}
