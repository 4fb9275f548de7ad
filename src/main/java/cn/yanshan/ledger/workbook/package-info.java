/**
 * The workbook engine: reads the spreadsheets units send (.xlsx, .xlsm, .xls, .csv/.txt) into typed
 * cells, finds the header among title and 填报单位 rows, maps columns by their Chinese names and
 * synonyms, and streams the data rows. It knows nothing of persons, placements or plans: an import
 * kind is a list of {@link cn.yanshan.ledger.workbook.ColumnSpec}s and a row handler on top of it.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * List<ColumnSpec> specs = List.of(
 *         ColumnSpec.required("name", "姓名"),
 *         ColumnSpec.required("idNumber", "身份证号", "身份证号码", "公民身份号码", "证件号码"),
 *         ColumnSpec.optional("township", "乡（镇）", "乡镇"),
 *         ColumnSpec.optional("date", "就业时间", "就业日期"));
 * HeaderDetector detector = new HeaderDetector(specs, rememberedMappingOfTheUnit); // or Map.of()
 *
 * try (Workbook wb = WorkbookReader.open(file, Limits.DEFAULT)) {          // LedgerException: one sentence
 *     Preview preview = Preview.of(wb, detector);                           // every sheet, header, sample rows
 *     SheetPreview sheet = preview.suggested().orElseThrow();               // or let the clerk choose
 *     HeaderMatch header = sheet.header().orElseThrow()
 *             .withMapping(clerksCorrections, specs);                       // optional; persist header.mapping()
 *     TableSummary summary = TableReader.read(wb, sheet.sheet().index(), header, listener, row -> {
 *         Cell id = row.cell("idNumber");
 *         Check<IdNumber> checked = id.isNumeric()
 *                 ? IdNumber.fromExcelNumber(id.number())                   // damaged past 15 digits
 *                 : IdNumber.check(id.text());
 *         Check<LocalDate> date = Values.date(row.cell("date"));           // Excel date, 2024.5.6, 20240506 …
 *         // messages: "第" + row.rowNumber() + "行 " + Columns.letters(row.columnOf("date")) + "列：" + problem
 *         // rejected rows: row.originalCells() are all columns as the file holds them
 *         return true;                                                      // false stops
 *     });
 *     // summary.totalRow(): where 合计 ended the table; summary.skipped(): 小计, repeated headers …
 * }
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>The format is detected from the content, not the name. Files that can't be read (.xlsb, .ods,
 *       encrypted, Excel 95 and older, Excel 2003 XML, HTML saved as .xls, other documents, damaged or
 *       truncated files, zip bombs, files over the {@link cn.yanshan.ledger.workbook.Limits}) give a
 *       {@link cn.yanshan.ledger.common.LedgerException} whose message is one Chinese sentence saying
 *       what to do; the cause is logged. No other exception leaves the engine.</li>
 *   <li>Memory stays bounded: .xlsx sheets are streamed (fastexcel-reader) after one pass over the
 *       inflated bytes checks sizes, ratios and the longest text; .xls is read record by record (only
 *       the workbook stream, shared strings and formats are held); .csv is streamed. Limits cap file size,
 *       rows, columns and cell length.</li>
 *   <li>Reading polls {@link cn.yanshan.ledger.workbook.ReadListener#isCancelled()} before every row and
 *       reports progress every 1,000 rows; a cancel is a {@link cn.yanshan.ledger.workbook.ReadCancelledException}.</li>
 *   <li>Row numbers are 1-based as Excel shows them; columns are 0-based (A = 0), see
 *       {@link cn.yanshan.ledger.workbook.Columns}.</li>
 *   <li>A {@link cn.yanshan.ledger.workbook.Workbook} is not thread-safe; read one sheet at a time.</li>
 * </ul>
 */
package cn.yanshan.ledger.workbook;
