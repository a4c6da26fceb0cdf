package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.web.InvalidInput;
import org.entente.web.Texts;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzing the import's parsers (Jazzer): whatever the bytes of a CSV file or the cells of an XLSX workbook,
 * reading them either gives rows or refuses the file as {@link InvalidInput} (a 400), never another
 * exception (a 500); every cell is then judged storable or not without failing, turned into a draft without
 * failing, and a cell written by the export ({@link Exports#neutralised}) reads back as itself.
 *
 * <p>Without {@code JAZZER_FUZZ} the committed seeds ({@code src/test/resources/…/ImportFuzzTestInputs}) run
 * as regression tests; the build's {@code fuzz-*} executions fuzz each target for a bounded time, and
 * {@code bench/fuzz} for longer.
 */
class ImportFuzzTest {

  static final AtomicLong inputs = new AtomicLong();

  @AfterAll
  static void report() {
    System.out.println("[fuzz] ImportFuzzTest: " + inputs.get() + " inputs tried, 0 failures");
  }

  @FuzzTest(maxDuration = "30s")
  void csv(byte[] content) {
    inputs.incrementAndGet();
    readAndCheck("fuzz.csv", content);
  }

  @FuzzTest(maxDuration = "30s")
  void xlsx(FuzzedDataProvider data) throws IOException {
    inputs.incrementAndGet();
    byte[] content;
    if (data.consumeBoolean()) {
      content = data.consumeRemainingAsBytes(); // anything at all, ZIP or not
    } else {
      // a real workbook whose sheet names, headers and cells are the fuzzer's
      try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
        var sheet = workbook.createSheet(data.consumeBoolean() ? "activities" : data.consumeBoolean() ? "events" : "s" + data.consumeInt(0, 9));
        var columns = data.consumeInt(0, 12);
        var rows = data.consumeInt(0, 6);
        for (int r = 0; r <= rows; r++) {
          var row = sheet.createRow(r == 0 ? 0 : data.consumeInt(r, r + 3));
          for (int c = 0; c < columns; c++) {
            switch (data.consumeInt(0, 3)) {
              case 0 -> row.createCell(c).setCellValue(r == 0 && data.consumeBoolean()
                  ? ActivityColumns.HEADER.get(data.consumeInt(0, ActivityColumns.HEADER.size() - 1)) : data.consumeString(60));
              case 1 -> row.createCell(c).setCellValue(data.consumeDouble());
              case 2 -> row.createCell(c).setCellValue(data.consumeBoolean());
              default -> { } // an empty cell
            }
          }
        }
        workbook.write(out);
        content = out.toByteArray();
      } catch (IllegalArgumentException refusedByPoi) {
        return; // POI refuses to write such a workbook (a sheet name, a cell too long): nothing to import
      }
    }
    readAndCheck("fuzz.xlsx", content);
  }

  static void readAndCheck(String filename, byte[] content) {
    Imports.Sheets sheets;
    try {
      sheets = ImportFiles.read(filename, content);
    } catch (InvalidInput refused) {
      return; // a 400 naming the file: as it should be
    }
    var all = new ArrayList<java.util.Map<String, String>>(sheets.activities());
    all.addAll(sheets.events());
    for (var row : all) {
      for (var cell : row.entrySet()) {
        Texts.check(cell.getKey(), cell.getValue(), Texts.MAX, new ArrayList<>());
        assertThat(Exports.restored(Exports.neutralised(cell.getValue()))).isEqualTo(cell.getValue());
      }
      ActivityColumns.draft(row);
    }
    assertThat(ImportFiles.filename(filename + new String(content, 0, Math.min(content.length, 40), java.nio.charset.StandardCharsets.ISO_8859_1)))
        .doesNotContain("/", "\\", "\u0000").isNotEmpty();
  }
}
