package org.entente.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.web.InvalidInput;
import org.entente.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Providers' files of activities and events (CSV, or XLSX with sheets {@code activities} and {@code events}):
 * every row is checked first, and the file is imported whole or not at all, with a report naming each
 * wrong row and column. Idempotent by code: importing the same file again changes nothing.
 */
@Service
public class Imports {

  static final int MAX_ROWS = 20_000;
  private static final JsonMapper json = JsonMapper.builder().build();

  private final Catalogue catalogue;
  private final Activities activities;
  private final Guard guard;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final TransactionTemplate separately;

  Imports(Catalogue catalogue, Activities activities, Guard guard, AuditTrail audit, JdbcClient jdbc, MessageSource messages,
      PlatformTransactionManager transactions) {
    this.catalogue = catalogue;
    this.activities = activities;
    this.guard = guard;
    this.audit = audit;
    this.jdbc = jdbc;
    this.messages = messages;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A wrong cell: its row (as a spreadsheet numbers it, header = 1), its column, what is wrong. */
  public record RowError(String sheet, int row, String column, String message) {}

  /** What an import did, or why it did nothing; while {@code RUNNING}, how many rows it has checked. */
  public record Report(UUID id, String filename, String status, int rows, int processed, int created, int updated,
      int unchanged, List<RowError> errors) {}

  /** The rows of a file, by sheet. */
  public record Sheets(List<Map<String, String>> activities, List<Map<String, String>> events) {}

  /** A file read and counted, its import recorded as RUNNING: what {@link #process} works on. */
  public record Started(UUID id, String filename, Sheets sheets, int rows) {}

  /**
   * Reads the file (an unreadable or empty one is refused at once, 400) and records the import as RUNNING,
   * committed, so that its progress can be followed while {@link #process} runs.
   */
  public Started start(String uploadedAs, byte[] content) {
    var caller = guard.requireAny(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION, Permission.CURATE_ACTIVITIES_GLOBALLY);
    var filename = ImportFiles.filename(uploadedAs);
    var sheets = ImportFiles.read(filename, content);
    var rows = sheets.activities().size() + sheets.events().size();
    if (rows == 0) {
      throw InvalidInput.of("file", "import.empty");
    }
    if (rows > MAX_ROWS) {
      throw InvalidInput.of("file", "import.too-many", MAX_ROWS);
    }
    var id = separately.execute(s -> jdbc.sql("""
        insert into catalogue_import (username, filename, status, rows, created, updated, unchanged)
        values (:u, :f, 'RUNNING', :r, 0, 0, 0) returning id
        """).param("u", caller.username()).param("f", filename).param("r", rows).query(UUID.class).single());
    return new Started(id, filename, sheets, rows);
  }

  /** The cells of a row that cannot be stored (a forbidden character, too long), each as a row error. */
  private boolean unstorable(String sheet, Map<String, String> row, int line, List<RowError> errors, Locale locale) {
    var found = false;
    for (var cell : new java.util.TreeMap<>(row).entrySet()) {
      var violations = new ArrayList<InvalidInput.Violation>();
      if (!org.entente.web.Texts.check(cell.getKey(), cell.getValue(), org.entente.web.Texts.MAX, violations)) {
        var v = violations.getFirst();
        errors.add(new RowError(sheet, line, cell.getKey(), message(v.messageKey(), locale, v.arguments().toArray())));
        found = true;
      }
    }
    return found;
  }

  /** Checks every row, then writes all of it or nothing, in one transaction; the report says which. */
  @Transactional(noRollbackFor = Rejected.class)
  public Report process(Started started, Locale locale) {
    var caller = guard.requireAny(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION, Permission.CURATE_ACTIVITIES_GLOBALLY);
    var sheets = started.sheets();
    var filename = started.filename();
    var errors = new ArrayList<RowError>();
    var rows = started.rows();
    var checked = 0;

    // 1. check everything, write nothing
    var drafts = new ArrayList<Activity>();
    var existing = new HashMap<String, Optional<Activity>>();
    var codes = new HashSet<String>();
    for (int i = 0; i < sheets.activities().size(); i++) {
      progress(started.id(), ++checked);
      var row = sheets.activities().get(i);
      var line = i + 2;
      if (unstorable("activities", row, line, errors, locale)) {
        continue;
      }
      try {
        var activity = catalogue.validate(ActivityColumns.draft(row), null, ActivityStatus.DRAFT, 1);
        if (!codes.add(activity.code())) {
          errors.add(new RowError("activities", line, "code", message("import.duplicate", locale, activity.code())));
          continue;
        }
        if (!caller.has(Permission.CURATE_ACTIVITIES_GLOBALLY)
            && !caller.organisationsWith(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION).contains(activity.provider())) {
          errors.add(new RowError("activities", line, "provider", message("catalogue.provider.not-yours", locale, activity.provider())));
          continue;
        }
        var current = activities.find(activity.code());
        existing.put(activity.code(), current);
        if (current.isEmpty() && activities.codeTaken(activity.code())) {
          errors.add(new RowError("activities", line, "code", message("catalogue.code.taken", locale, activity.code())));
        } else if (current.isPresent() && !same(current.get(), activity) && !current.get().status().editable()) {
          errors.add(new RowError("activities", line, "code",
              message("catalogue.not-editable", locale, activity.code(), current.get().status().name())));
        } else {
          drafts.add(activity);
        }
      } catch (InvalidInput invalid) {
        for (var violation : invalid.violations()) {
          errors.add(new RowError("activities", line, column(violation.name()),
              message(violation.messageKey(), locale, violation.arguments().toArray())));
        }
      }
    }
    var events = new ArrayList<Map.Entry<String, Catalogue.NewEvent>>();
    for (int i = 0; i < sheets.events().size(); i++) {
      progress(started.id(), ++checked);
      var row = sheets.events().get(i);
      var line = i + 2;
      if (unstorable("events", row, line, errors, locale)) {
        continue;
      }
      var code = row.getOrDefault("activity", "").strip().toUpperCase(Locale.ROOT);
      var activity = activities.find(code);
      if (activity.isEmpty() || activity.get().status() != ActivityStatus.PUBLISHED) {
        errors.add(new RowError("events", line, "activity", message("import.event.activity", locale, code)));
        continue;
      }
      try {
        var event = new Catalogue.NewEvent(date(row, "starts_on", line, errors, locale), date(row, "ends_on", line, errors, locale),
            blank(row.get("city")), blank(row.get("country")), ActivityColumns.integer(row.get("seats")),
            date(row, "nominations_open", line, errors, locale), date(row, "nominations_close", line, errors, locale),
            ActivityColumns.integer(row.get("nation_quota")));
        if (event.startsOn() != null && event.endsOn() != null && event.nominationsOpen() != null && event.nominationsClose() != null) {
          catalogue.checkEvent(event);
          events.add(Map.entry(code, event));
        }
      } catch (InvalidInput invalid) {
        for (var violation : invalid.violations()) {
          errors.add(new RowError("events", line, column(violation.name()),
              message(violation.messageKey(), locale, violation.arguments().toArray())));
        }
      }
    }
    if (!errors.isEmpty()) {
      var report = finish(started.id(), filename, "REJECTED", rows, 0, 0, 0, errors);
      audit.record(Change.of("IMPORT_REJECTED", "import", report.id().toString(), Map.of("rows", rows, "errors", errors.size())));
      throw new Rejected(report);
    }

    // 2. all is well: write it all, in this one transaction
    int created = 0, updated = 0, unchanged = 0;
    for (var activity : drafts) {
      var current = existing.get(activity.code());
      if (current.isEmpty()) {
        activities.insert(activity);
        created++;
      } else if (same(current.get(), activity)) {
        unchanged++;
      } else {
        catalogue.revise(activity.code(), draftOf(activity));
        updated++;
      }
    }
    for (var entry : events) {
      var event = entry.getValue();
      var known = jdbc.sql("select count(*) from catalogue_event where activity = :a and starts_on = :s")
          .param("a", entry.getKey()).param("s", event.startsOn()).query(Integer.class).single();
      if (known > 0) {
        unchanged++;
      } else {
        var id = activities.insertEvent(entry.getKey(), event);
        if (activities.find(entry.getKey()).map(a -> a.status() == ActivityStatus.PUBLISHED).orElse(false)) {
          catalogue.announce(id);
        }
        created++;
      }
    }
    var report = finish(started.id(), filename, "IMPORTED", rows, created, updated, unchanged, List.of());
    audit.record(Change.of("IMPORTED", "import", report.id().toString(),
        Map.of("rows", rows, "created", created, "updated", updated, "unchanged", unchanged)));
    return report;
  }

  @Transactional(readOnly = true)
  public Report report(UUID id) {
    return jdbc.sql("select * from catalogue_import where id = :id").param("id", id)
        .query((rs, n) -> new Report(rs.getObject("id", UUID.class), rs.getString("filename"), rs.getString("status"),
            rs.getInt("rows"), rs.getInt("processed"), rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"),
            List.of(json.readValue(rs.getString("errors"), RowError[].class))))
        .optional()
        .orElseThrow(() -> new NotFound("import", id.toString()));
  }

  /** Thrown to answer 422 with the report; the report itself is kept (the transaction is not rolled back). */
  public static class Rejected extends RuntimeException {
    private final transient Report report;

    Rejected(Report report) {
      super("import rejected: " + report.errors().size() + " errors");
      this.report = report;
    }

    public Report report() {
      return report;
    }
  }

  private Report finish(UUID id, String filename, String status, int rows, int created, int updated, int unchanged,
      List<RowError> errors) {
    jdbc.sql("""
        update catalogue_import set status = :s, processed = :r, created = :c, updated = :up, unchanged = :un,
          errors = cast(:e as jsonb) where id = :id
        """)
        .param("id", id).param("s", status).param("r", rows).param("c", created)
        .param("up", updated).param("un", unchanged).param("e", json.writeValueAsString(errors))
        .update();
    return new Report(id, filename, status, rows, rows, created, updated, unchanged, List.copyOf(errors));
  }

  /** Every 50 rows, in a transaction of its own, so that the progress shows while the import runs. */
  private void progress(UUID id, int checked) {
    if (checked % 50 == 0) {
      separately.executeWithoutResult(s -> jdbc.sql("update catalogue_import set processed = :p where id = :id")
          .param("p", checked).param("id", id).update());
    }
  }

  /** The content of an activity, status and revision aside. */
  private static boolean same(Activity a, Activity b) {
    return ActivityColumns.row(a).equals(ActivityColumns.row(b));
  }

  private static Catalogue.ActivityDraft draftOf(Activity a) {
    var row = new LinkedHashMap<String, String>();
    var values = ActivityColumns.row(a);
    for (int i = 0; i < ActivityColumns.HEADER.size(); i++) {
      row.put(ActivityColumns.HEADER.get(i), values.get(i));
    }
    return ActivityColumns.draft(row);
  }

  private static String column(String field) {
    return switch (field) {
      case "title" -> "title_en";
      case "durationDays" -> "duration_days";
      case "priorityAreas" -> "priority_areas";
      case "marking.level" -> "marking";
      case "eligibility.kind" -> "eligibility";
      case "eligibility.frameworks" -> "eligible_frameworks";
      case "eligibility.nations" -> "eligible_nations";
      case "eligibility.councilDecision" -> "council_decision";
      case "startsOn" -> "starts_on";
      case "endsOn" -> "ends_on";
      case "nominationsOpen" -> "nominations_open";
      case "nominationsClose" -> "nominations_close";
      case "nationQuota" -> "nation_quota";
      default -> field.startsWith("marking.releasableTo") ? "releasable_to" : field;
    };
  }

  private LocalDate date(Map<String, String> row, String column, int line, List<RowError> errors, Locale locale) {
    var value = row.getOrDefault(column, "").strip();
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new RowError("events", line, column, message("problem.date", locale)));
      return null;
    }
  }

  private String message(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, key, locale);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
