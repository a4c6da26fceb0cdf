package org.entente.exercises;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.exercises.Exercise.ConferenceKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five-year plan as a spreadsheet: one row per exercise the reader may see, its conferences, and one column per
 * year marking the years it runs in (a Gantt chart a spreadsheet can filter). Every cell is a string cell (never a
 * formula), and a text a spreadsheet would take for one is shown with a quote prefix, as the menu's exports do.
 */
@Service
class PlanExport {

  static final List<String> HEADER = List.of("code", "name_en", "name_fr", "kind", "starts_on", "ends_on", "place", "invited", "activity",
      "ipc", "mpc", "fpc");
  private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r]");
  static final int CELL = 32_767;

  private final Exercises exercises;
  private final AuditTrail audit;

  PlanExport(Exercises exercises, AuditTrail audit) {
    this.exercises = exercises;
    this.audit = audit;
  }

  @Transactional
  public void xlsx(UUID versionId, OutputStream out) {
    var v = exercises.version(versionId);
    var rows = exercises.exercises(versionId);
    try (var workbook = new XSSFWorkbook()) {
      var quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
      var sheet = workbook.createSheet("MTEP " + v.firstYear() + "-" + v.lastYear() + " v" + v.number());
      var header = sheet.createRow(0);
      var columns = new ArrayList<>(HEADER);
      for (int y = v.firstYear(); y <= v.lastYear(); y++) columns.add(String.valueOf(y));
      for (int c = 0; c < columns.size(); c++) header.createCell(c).setCellValue(columns.get(c));
      int r = 1;
      for (var e : rows) {
        var values = new ArrayList<String>(List.of(e.code(), nz(e.name().en()), nz(e.name().fr()), e.kind().name(), e.startsOn().toString(),
            e.endsOn().toString(), e.place(), String.join(" ", e.invited()), nz(e.activity()), conference(e, ConferenceKind.IPC),
            conference(e, ConferenceKind.MPC), conference(e, ConferenceKind.FPC)));
        for (int y = v.firstYear(); y <= v.lastYear(); y++) {
          values.add(e.startsOn().getYear() <= y && e.endsOn().getYear() >= y ? "X" : "");
        }
        var row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          var text = values.get(c).length() > CELL ? values.get(c).substring(0, CELL) : values.get(c);
          var cell = row.createCell(c);
          cell.setCellValue(text);
          if (FORMULA.matcher(text).lookingAt()) cell.setCellStyle(quoted);
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(Change.of("EXPORTED", "exercises-version", v.id().toString(), Map.of("format", "xlsx", "rows", rows.size(), "number", v.number())));
  }

  private static String conference(Exercise e, ConferenceKind kind) {
    var c = e.conference(kind);
    return c == null ? "" : c.startsOn() + "/" + c.endsOn() + " " + c.place();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
