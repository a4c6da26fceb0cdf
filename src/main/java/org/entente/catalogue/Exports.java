package org.entente.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.web.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The menu leaves Entente as CSV and XLSX (what a search found, in the import's own columns) and as
 * iCalendar (events). Each export is audited; each contains only what the caller may see.
 */
@Service
public class Exports {

  static final int MAX_ROWS = 5_000;
  static final int XLSX_CELL = 32_767;
  /** What a spreadsheet reads as the start of a formula (OWASP, CSV injection), after any apostrophes. */
  private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("'*[=+\\-@\t\r]");
  private static final java.util.regex.Pattern NEUTRALISED = java.util.regex.Pattern.compile("'+[=+\\-@\t\r]");
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final MenuSearch search;
  private final AuditTrail audit;
  private final Clock clock;

  Exports(MenuSearch search, AuditTrail audit, Clock clock) {
    this.search = search;
    this.audit = audit;
    this.clock = clock;
  }

  private List<Activity> found(MenuSearch.Query query) {
    var all = search.activities(new MenuSearch.Query(query.q(), query.area(), query.priorityArea(), query.type(),
        query.provider(), query.language(), query.format(), query.eligibility(), query.eligibleFor(), query.month(),
        query.status(), query.sort(), 0, MAX_ROWS));
    return all.items().stream().map(MenuSearch.Hit::activity).toList();
  }

  @Transactional
  public void csv(MenuSearch.Query query, OutputStream out) {
    var activities = found(query);
    try {
      var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF'); // so that spreadsheet programs read UTF-8
      try (var printer = CSVFormat.RFC4180.builder().setHeader(ActivityColumns.HEADER.toArray(String[]::new)).get().print(writer)) {
        for (var activity : activities) {
          printer.printRecord(ActivityColumns.row(activity).stream().map(Exports::neutralised).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audited("csv", query, activities.size());
  }

  @Transactional
  public void xlsx(MenuSearch.Query query, OutputStream out) {
    var activities = found(query);
    try (var workbook = new SXSSFWorkbook(100)) {
      var sheet = workbook.createSheet("activities");
      var header = sheet.createRow(0);
      for (int c = 0; c < ActivityColumns.HEADER.size(); c++) {
        header.createCell(c).setCellValue(ActivityColumns.HEADER.get(c));
      }
      int r = 1;
      for (var activity : activities) {
        var row = sheet.createRow(r++);
        var values = ActivityColumns.row(activity);
        for (int c = 0; c < values.size(); c++) {
          // a string cell is never a formula; a cell holds at most 32,767 characters, whatever was stored
          row.createCell(c).setCellValue(values.get(c) == null ? null : Texts.fit(values.get(c), XLSX_CELL));
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audited("xlsx", query, activities.size());
  }

  /** RFC 5545: one VEVENT per event, all-day dates, lines folded at 75 octets, CRLF endings. */
  @Transactional
  public void ics(MenuSearch.EventQuery query, OutputStream out) {
    var events = search.events(new MenuSearch.EventQuery(query.from(), query.to(), query.q(), query.area(),
        query.provider(), query.country(), 0, MAX_ROWS)).items();
    var stamp = STAMP.format(Instant.now(clock));
    var calendar = new StringBuilder();
    line(calendar, "BEGIN:VCALENDAR");
    line(calendar, "VERSION:2.0");
    line(calendar, "PRODID:-//Entente//Partnership Cooperation Menu//EN");
    line(calendar, "CALSCALE:GREGORIAN");
    line(calendar, "METHOD:PUBLISH");
    line(calendar, "X-WR-CALNAME:" + escape("Entente" + (query.provider() == null ? "" : " – " + query.provider())));
    var skipped = 0;
    for (var event : events) {
      if (!writable(event.startsOn()) || !writable(event.endsOn())) {
        skipped++; // a date no calendar can hold (stored before dates were checked): left out, never a failure
        continue;
      }
      line(calendar, "BEGIN:VEVENT");
      line(calendar, "UID:" + event.id() + "@entente");
      line(calendar, "DTSTAMP:" + stamp);
      line(calendar, "DTSTART;VALUE=DATE:" + DATE.format(event.startsOn()));
      line(calendar, "DTEND;VALUE=DATE:" + DATE.format(event.endsOn().plusDays(1))); // exclusive end
      var title = event.activityTitle().en() != null ? event.activityTitle().en() : event.activityTitle().fr();
      line(calendar, "SUMMARY:" + escape(title));
      if (event.city() != null) {
        line(calendar, "LOCATION:" + escape(event.city() + ", " + event.country()));
      }
      line(calendar, "DESCRIPTION:" + escape(event.activity() + " · " + event.provider() + " · nominations "
          + event.nominationsOpen() + " – " + event.nominationsClose() + " · " + event.seats() + " seats"));
      line(calendar, "END:VEVENT");
    }
    line(calendar, "END:VCALENDAR");
    try {
      out.write(calendar.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(Change.of("EXPORTED", "events", "ics", Map.of("rows", events.size() - skipped, "skipped", skipped,
        "provider", query.provider() == null ? "" : query.provider())));
  }

  /**
   * A CSV cell a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab,
   * carriage return first, after any apostrophes) gets one more leading apostrophe, so that it shows as text (OWASP’s
   * advice); the import takes the apostrophe off again ({@link #restored}), so that a file round-trips.
   */
  static String neutralised(String value) {
    return value != null && FORMULA.matcher(value).lookingAt() ? "'" + value : value;
  }

  /** The text of a cell {@link #neutralised} wrote: {@code restored(neutralised(v))} is {@code v} for every text. */
  static String restored(String value) {
    return value != null && NEUTRALISED.matcher(value).lookingAt() ? value.substring(1) : value;
  }

  private void audited(String format, MenuSearch.Query query, int rows) {
    audit.record(Change.of("EXPORTED", "activities", format, Map.of("rows", rows, "q", query.q() == null ? "" : query.q())));
  }

  private static boolean writable(java.time.LocalDate date) {
    return date != null && date.getYear() >= 1 && date.getYear() <= 9998;
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
  }

  /** Appends a content line, folded so that no line exceeds 75 octets (continuation lines start with a space). */
  static void line(StringBuilder out, String content) {
    var bytes = 0;
    var lineStart = true;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      var size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > (lineStart ? 75 : 74)) {
        out.append("\r\n ");
        bytes = 0;
        lineStart = false;
      }
      out.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
