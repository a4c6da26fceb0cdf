package org.entente.directory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.database.SystemWork;
import org.apache.commons.csv.CSVRecord;
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
 * Loads the reference files of {@code src/main/resources/reference} into the directory at every start.
 * Idempotent: a file whose checksum is already recorded is skipped, so an unchanged start writes nothing;
 * a changed file is applied whole in one transaction. An advisory lock keeps two instances from racing.
 */
@Component
@Order(0)
@ConditionalOnWebApplication // not for operators' commands such as `audit verify`
class ReferenceData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);
  private static final long LOCK = 0x454e_5445_4e54_4501L; // "ENTENTE" + 1: the reference-data lock

  /** A reference file and how its columns land in its table. */
  private record Source(
      String file, String table, List<String> key, Map<String, String> columns, boolean replaceAll) {}

  private static final List<Source> SOURCES =
      List.of(
          upsert("frameworks.csv", "directory_framework", "code",
              "code", "category", "name_en", "name_fr", "established:date", "source", "evidence"),
          upsert("organisations.csv", "directory_organisation", "code",
              "code", "kind", "name_en", "name_fr", "ally_from:date", "belongs_to", "source", "evidence"),
          // Periods and former names are owned whole by their files: replaced, not merged.
          replace("memberships.csv", "directory_membership",
              "organisation", "framework", "from>valid_from:date", "to>valid_to:date", "status", "source", "evidence"),
          replace("organisation-names.csv", "directory_former_name",
              "organisation", "name_en", "name_fr", "from>valid_from:date", "to>valid_to:date", "source", "evidence"),
          upsert("strategic-objectives.csv", "directory_strategic_objective", "code",
              "code", "number:int", "name_en", "name_fr", "source", "evidence"),
          upsert("priority-areas.csv", "directory_priority_area", "code",
              "code", "number:int", "name_en", "name_fr", "source", "evidence"),
          upsert("areas-of-cooperation.csv", "directory_area_of_cooperation", "code",
              "code", "name_en", "name_fr", "source", "evidence"));

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;

  ReferenceData(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    load();
  }

  /** @return the names of the files applied (empty when all were current) */
  List<String> load() {
    var applied = SystemWork.run("reference data", () ->
        transactions.execute(
            status -> {
              jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleValue();
              var files = new ArrayList<String>();
              for (var source : SOURCES) {
                var content = read(source.file());
                var checksum = sha256(content);
                var known =
                    jdbc.sql("select sha256 from directory_reference_file where name = :name")
                        .param("name", source.file())
                        .query(String.class)
                        .optional();
                if (known.filter(checksum::equals).isPresent()) {
                  continue;
                }
                var rows = apply(source, content);
                jdbc.sql(
                        """
                        insert into directory_reference_file (name, sha256, row_count) values (:name, :sha, :rows)
                        on conflict (name) do update set sha256 = :sha, row_count = :rows, loaded_at = now()
                        """)
                    .param("name", source.file())
                    .param("sha", checksum)
                    .param("rows", rows)
                    .update();
                files.add(source.file() + " (" + rows + " rows)");
                audit.record(Change.of("REFERENCE_DATA_LOADED", "reference-file", source.file(),
                    Map.of("rows", rows, "sha256", checksum)));
              }
              return files;
            }));
    if (applied == null || applied.isEmpty()) {
      log.info("Reference data is current");
      return List.of();
    }
    log.info("Reference data loaded: {}", String.join(", ", applied));
    return applied;
  }

  private int apply(Source source, byte[] content) {
    var records = parse(source, content);
    if (source.replaceAll()) {
      jdbc.sql("delete from " + source.table()).update();
    }
    var columns = List.copyOf(source.columns().values());
    var names = columns.stream().map(c -> c.split(":")[0]).toList();
    var sql = new StringBuilder("insert into ")
        .append(source.table()).append(" (").append(String.join(", ", names)).append(") values (")
        .append(names.stream().map(n -> ":" + n).collect(Collectors.joining(", "))).append(")");
    if (!source.replaceAll()) {
      sql.append(" on conflict (").append(String.join(", ", source.key())).append(") do update set ")
          .append(names.stream().filter(n -> !source.key().contains(n))
              .map(n -> n + " = excluded." + n).collect(Collectors.joining(", ")));
    }
    for (var record : records) {
      var statement = jdbc.sql(sql.toString());
      for (var entry : source.columns().entrySet()) {
        var parts = entry.getValue().split(":");
        statement = statement.param(parts[0], value(source, record, entry.getKey(), parts.length > 1 ? parts[1] : "text"));
      }
      statement.update();
    }
    return records.size();
  }

  private static List<CSVRecord> parse(Source source, byte[] content) {
    var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var parser = format.parse(new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
      var missing = source.columns().keySet().stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalStateException("reference/" + source.file() + " lacks the columns " + missing);
      }
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(Source source, CSVRecord record, String column, String type) {
    var raw = record.get(column).strip();
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return switch (type) {
        case "date" -> LocalDate.parse(raw);
        case "int" -> Integer.parseInt(raw);
        default -> raw;
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      // A broken reference file is the developer's to fix: stop with the line that needs it.
      throw new IllegalStateException(
          "reference/%s line %d, column %s: '%s' is not a %s".formatted(
              source.file(), record.getRecordNumber() + 1, column, raw, type), e);
    }
  }

  private static Source upsert(String file, String table, String key, String... columns) {
    return new Source(file, table, List.of(key), mapping(columns), false);
  }

  private static Source replace(String file, String table, String... columns) {
    return new Source(file, table, List.of(), mapping(columns), true);
  }

  /** {@code header>column:type}; column defaults to the header, type to text. */
  private static Map<String, String> mapping(String... columns) {
    var mapping = new LinkedHashMap<String, String>();
    for (var column : columns) {
      var header = column.contains(">") ? column.substring(0, column.indexOf('>')) : column.split(":")[0];
      var target = column.contains(">") ? column.substring(column.indexOf('>') + 1) : column;
      mapping.put(header, target);
    }
    return mapping;
  }

  private static byte[] read(String file) {
    try (var in = new ClassPathResource("reference/" + file).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reference/" + file + " is missing", e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
