package org.entente.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.entente.catalogue.Imports.Sheets;
import org.entente.web.InvalidInput;

/** An uploaded menu file as rows: its name made safe to keep, its CSV or XLSX cells by column name. */
final class ImportFiles {

  private ImportFiles() {}

  /**
   * The name a file is kept under: its last path part only (a browser or client may send
   * {@code C:\\Users\\…\\menu.csv} or {@code ../../x}), no character that cannot be stored, at most 255.
   */
  static String filename(@org.jspecify.annotations.Nullable String uploadedAs) {
    var name = uploadedAs == null ? "" : uploadedAs;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    var cleaned = new StringBuilder();
    name.codePoints().filter(c -> c >= 0x20 && c != 0x7F && !(c >= 0xD800 && c <= 0xDFFF)).forEach(cleaned::appendCodePoint);
    var result = cleaned.toString().strip();
    if (result.length() > 255) {
      result = result.substring(0, 255);
      if (Character.isHighSurrogate(result.charAt(254))) {
        result = result.substring(0, 254);
      }
    }
    return result.isEmpty() || result.equals(".") || result.equals("..") ? "upload" : result;
  }

  /** Reads a CSV or XLSX file into rows of cells by column name; an unreadable one is {@link InvalidInput}. */
  static Sheets read(String filename, byte[] content) {
    try {
      if (content.length > 3 && content[0] == 'P' && content[1] == 'K') {
        return xlsx(content);
      }
      var text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
      var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
      try (var parser = format.parse(new java.io.StringReader(text))) {
        var header = parser.getHeaderNames();
        var rows = new ArrayList<Map<String, String>>();
        for (var record : parser) {
          var row = new HashMap<String, String>();
          for (var name : header) {
            row.put(header(name), record.isSet(name) ? Exports.restored(record.get(name)) : "");
          }
          rows.add(row);
        }
        return header.contains("starts_on") ? new Sheets(List.of(), rows) : new Sheets(rows, List.of());
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInput invalid) {
        throw invalid;
      }
      throw InvalidInput.of("file", "import.unreadable", filename);
    }
  }

  private static Sheets xlsx(byte[] content) throws IOException {
    try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      var activities = workbook.getSheet("activities");
      var events = workbook.getSheet("events");
      if (activities == null && events == null) {
        activities = workbook.getSheetAt(0);
      }
      return new Sheets(rows(activities), rows(events));
    }
  }

  /** A column's name as the file gives it, made safe to name in a report (stored as JSON). */
  private static String header(String name) {
    var cleaned = new StringBuilder();
    name.strip().toLowerCase(Locale.ROOT).codePoints().limit(100)
        .forEach(c -> cleaned.appendCodePoint(c == 0 || (c >= 0xD800 && c <= 0xDFFF) ? '?' : c));
    return cleaned.toString();
  }

  private static List<Map<String, String>> rows(Sheet sheet) {
    if (sheet == null || sheet.getPhysicalNumberOfRows() == 0) {
      return List.of();
    }
    var formatter = new DataFormatter(Locale.ROOT);
    var header = new ArrayList<String>();
    var first = sheet.getRow(sheet.getFirstRowNum());
    if (first == null) {
      return List.of();
    }
    first.forEach(cell -> header.add(header(formatter.formatCellValue(cell))));
    var rows = new ArrayList<Map<String, String>>();
    for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      var row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      var values = new HashMap<String, String>();
      for (int c = 0; c < header.size(); c++) {
        var cell = row.getCell(c);
        values.put(header.get(c), cell == null ? "" : Exports.restored(formatter.formatCellValue(cell)));
      }
      if (values.values().stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(values);
    }
    return rows;
  }
}
