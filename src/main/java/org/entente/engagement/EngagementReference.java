package org.entente.engagement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.database.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code reference/engagement/*.csv} at every start: a file whose checksum is recorded is skipped, a changed
 * one replaces its table's rows whole in one transaction (operations first: contributions refer to them).
 */
@Component
@Order(0)
@ConditionalOnWebApplication
class EngagementReference implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EngagementReference.class);
  private static final long LOCK = 0x454e_5445_4e54_4516L;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;

  EngagementReference(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    var applied = SystemWork.run("engagement reference data", () -> transactions.execute(s -> {
      jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleValue();
      var files = new ArrayList<String>();
      var operations = read("operations.csv");
      var contributions = read("contributions.csv");
      var statuses = read("statuses.csv");
      var changed = !current("operations.csv", operations) || !current("contributions.csv", contributions);
      if (changed) {
        jdbc.sql("delete from engagement_contribution").update();
        jdbc.sql("delete from engagement_operation").update();
        for (var r : rows(operations)) {
          jdbc.sql("""
                  insert into engagement_operation (code, kind, name_en, name_fr, valid_from, valid_to, source, evidence)
                  values (:code, :kind, :en, :fr, :from, :to, :source, :evidence)
                  """).param("code", r.get(0)).param("kind", r.get(1)).param("en", r.get(2)).param("fr", r.get(3))
              .param("from", date(r.get(4))).param("to", date(r.get(5))).param("source", r.get(6)).param("evidence", r.get(7)).update();
        }
        for (var r : rows(contributions)) {
          jdbc.sql("""
                  insert into engagement_contribution (operation, organisation, valid_from, valid_to, kind, size, source, evidence)
                  values (:op, :org, :from, :to, :kind, :size, :source, :evidence)
                  """).param("op", r.get(0)).param("org", r.get(1)).param("from", date(r.get(2))).param("to", date(r.get(3)))
              .param("kind", r.get(4)).param("size", r.get(5).isEmpty() ? null : Integer.valueOf(r.get(5))).param("source", r.get(6))
              .param("evidence", r.get(7)).update();
        }
        files.add(record("operations.csv", operations, rows(operations).size()));
        files.add(record("contributions.csv", contributions, rows(contributions).size()));
      }
      if (!current("statuses.csv", statuses)) {
        jdbc.sql("delete from engagement_status").update();
        for (var r : rows(statuses)) {
          jdbc.sql("""
                  insert into engagement_status (organisation, status, valid_from, valid_to, source, evidence)
                  values (:org, :status, :from, :to, :source, :evidence)
                  """).param("org", r.get(0)).param("status", r.get(1)).param("from", date(r.get(2))).param("to", date(r.get(3)))
              .param("source", r.get(4)).param("evidence", r.get(5)).update();
        }
        files.add(record("statuses.csv", statuses, rows(statuses).size()));
      }
      return files;
    }));
    log.info(applied == null || applied.isEmpty() ? "Engagement reference data is current" : "Engagement reference data loaded: {}", applied);
  }

  private boolean current(String name, String content) {
    return jdbc.sql("select sha256 from engagement_reference_file where name = :name").param("name", name).query(String.class)
        .optional().filter(sha256(content)::equals).isPresent();
  }

  private String record(String name, String content, int rows) {
    jdbc.sql("""
            insert into engagement_reference_file (name, sha256, row_count) values (:name, :sha, :rows)
            on conflict (name) do update set sha256 = :sha, row_count = :rows, loaded_at = now()
            """).param("name", name).param("sha", sha256(content)).param("rows", rows).update();
    audit.record(Change.of("REFERENCE_DATA_LOADED", "reference-file", "engagement/" + name, Map.of("rows", rows)));
    return name + " (" + rows + " rows)";
  }

  private static String read(String name) {
    try (var in = new ClassPathResource("reference/engagement/" + name).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data rows; these files quote nothing, so a comma always separates fields. */
  static List<List<String>> rows(String content) {
    return content.lines().skip(1).filter(l -> !l.isBlank()).map(l -> List.of(l.split(",", -1))).toList();
  }

  private static @org.jspecify.annotations.Nullable LocalDate date(String value) {
    return value.isEmpty() ? null : LocalDate.parse(value);
  }

  private static String sha256(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
