package org.entente.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The consultations' tables; row-level security decides which rows the caller gets. */
@Repository
class ConsultationStore {

  private static final JsonMapper json = JsonMapper.builder().build();
  private static final TypeReference<List<BilingualText>> AGENDA = new TypeReference<>() {};

  private final JdbcClient jdbc;

  ConsultationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Filter(@Nullable String status, @Nullable String partner) {}

  List<Consultation> list(Filter filter, Paging paging) {
    return jdbc.sql("select * from consultations_consultation " + where() + " order by created_at desc, id limit :size offset :offset")
        .param("status", filter.status()).param("partner", filter.partner()).param("size", paging.size()).param("offset", paging.offset())
        .query(ConsultationStore::consultation).list();
  }

  long count(Filter filter) {
    return jdbc.sql("select count(*) from consultations_consultation " + where())
        .param("status", filter.status()).param("partner", filter.partner()).query(Long.class).single();
  }

  private static String where() {
    return """
        where (cast(:status as text) is null or status = :status)
          and (cast(:partner as text) is null or requester = :partner or :partner = any (participants) or :partner = any (proposed))
        """;
  }

  long countIn(ConsultationStatus status) {
    return jdbc.sql("select count(*) from consultations_consultation where status = :status").param("status", status.name())
        .query(Long.class).single();
  }

  /** Scheduled consultations this nation is invited to, from today on. */
  long upcomingFor(String nation, LocalDate from) {
    return jdbc.sql("""
            select count(*) from consultations_consultation
            where status = 'SCHEDULED' and :nation = any (participants) and starts_at >= :from
            """).param("nation", nation).param("from", from.atStartOfDay()).query(Long.class).single();
  }

  Optional<Consultation> find(UUID id) {
    return jdbc.sql("select * from consultations_consultation where id = :id").param("id", id).query(ConsultationStore::consultation).optional();
  }

  Optional<Consultation> lock(UUID id) {
    return jdbc.sql("select * from consultations_consultation where id = :id for update").param("id", id)
        .query(ConsultationStore::consultation).optional();
  }

  UUID insert(Consultation c) {
    return jdbc.sql("""
            insert into consultations_consultation (requester, requested_by, subject_en, subject_fr, rationale_en, rationale_fr,
              format, operation, level, proposed, wished_from, wished_to)
            values (:requester, :by, :subjectEn, :subjectFr, :rationaleEn, :rationaleFr, :format, :operation, :level, :proposed, :from, :to)
            returning id
            """)
        .param("requester", c.requester()).param("by", c.requestedBy())
        .param("subjectEn", c.subject().en()).param("subjectFr", c.subject().fr())
        .param("rationaleEn", c.rationale().en()).param("rationaleFr", c.rationale().fr())
        .param("format", c.format().name()).param("operation", c.operation()).param("level", c.level().name())
        .param("proposed", c.proposed().toArray(String[]::new)).param("from", c.wishedFrom()).param("to", c.wishedTo())
        .query(UUID.class).single();
  }

  void proposed(UUID id, List<String> proposed) {
    jdbc.sql("update consultations_consultation set proposed = :proposed, updated_at = now() where id = :id")
        .param("id", id).param("proposed", proposed.toArray(String[]::new)).update();
  }

  void move(UUID id, ConsultationStatus to, @Nullable String reason) {
    jdbc.sql("update consultations_consultation set status = :to, reason = coalesce(:reason, reason), updated_at = now() where id = :id")
        .param("id", id).param("to", to.name()).param("reason", reason).update();
  }

  void decided(UUID id, ConsultationStatus to, String decision, List<String> participants) {
    jdbc.sql("""
            update consultations_consultation set status = :to, decision = :decision, participants = :participants, updated_at = now()
            where id = :id
            """)
        .param("id", id).param("to", to.name()).param("decision", decision).param("participants", participants.toArray(String[]::new))
        .update();
  }

  void schedule(UUID id, LocalDateTime startsAt, LocalDateTime endsAt, String place, List<BilingualText> agenda) {
    jdbc.sql("""
            update consultations_consultation set status = 'SCHEDULED', starts_at = :startsAt, ends_at = :endsAt, place = :place,
              agenda = cast(:agenda as jsonb), updated_at = now()
            where id = :id
            """)
        .param("id", id).param("startsAt", startsAt).param("endsAt", endsAt).param("place", place)
        .param("agenda", json.writeValueAsString(agenda)).update();
  }

  void held(UUID id, List<String> attended) {
    jdbc.sql("update consultations_consultation set status = 'HELD', attended = :attended, updated_at = now() where id = :id")
        .param("id", id).param("attended", attended.toArray(String[]::new)).update();
  }

  void minutes(UUID id, String minutes) {
    jdbc.sql("update consultations_consultation set minutes = :minutes, updated_at = now() where id = :id")
        .param("id", id).param("minutes", minutes).update();
  }

  void summary(UUID id, BilingualText summary, LocalDate on) {
    jdbc.sql("""
            update consultations_consultation set status = 'SUMMARY_SHARED', summary_en = :en, summary_fr = :fr, updated_at = now()
            where id = :id
            """).param("id", id).param("en", summary.en()).param("fr", summary.fr()).update();
    jdbc.sql("update consultations_public_record set summary_en = :en, summary_fr = :fr, shared_on = :on where consultation = :id")
        .param("id", id).param("en", summary.en()).param("fr", summary.fr()).param("on", on).update();
  }

  void publish(Consultation c, LocalDate heldOn) {
    jdbc.sql("""
            insert into consultations_public_record (consultation, subject_en, subject_fr, format, held_on)
            values (:id, :en, :fr, :format, :heldOn)
            on conflict (consultation) do nothing
            """)
        .param("id", c.id()).param("en", c.subject().en()).param("fr", c.subject().fr()).param("format", c.format().name())
        .param("heldOn", heldOn).update();
  }

  List<PublicRecord> records(Paging paging) {
    return jdbc.sql("select * from consultations_public_record order by held_on desc, consultation limit :size offset :offset")
        .param("size", paging.size()).param("offset", paging.offset()).query((rs, n) -> {
          var summary = text(rs, "summary");
          return new PublicRecord(rs.getObject("consultation", UUID.class), text(rs, "subject"),
              Consultation.Format.valueOf(rs.getString("format")), rs.getObject("held_on", LocalDate.class),
              summary.en() == null && summary.fr() == null ? null : summary, rs.getObject("shared_on", LocalDate.class));
        }).list();
  }

  long countRecords() {
    return jdbc.sql("select count(*) from consultations_public_record").query(Long.class).single();
  }

  UUID addDocument(UUID consultation, String filename, byte[] content, String by) {
    return jdbc.sql("""
            insert into consultations_document (consultation, filename, content, size, uploaded_by)
            values (:consultation, :filename, :content, :size, :by) returning id
            """)
        .param("consultation", consultation).param("filename", filename).param("content", content).param("size", content.length)
        .param("by", by).query(UUID.class).single();
  }

  List<ConsultationDocument> documents(UUID consultation) {
    return jdbc.sql("select id, consultation, filename, size, uploaded_by, uploaded_at from consultations_document where consultation = :c order by uploaded_at, id")
        .param("c", consultation).query(ConsultationStore::document).list();
  }

  Optional<byte[]> content(UUID consultation, UUID document) {
    return jdbc.sql("select content from consultations_document where consultation = :c and id = :id")
        .param("c", consultation).param("id", document).query((rs, n) -> rs.getBytes(1)).optional();
  }

  private static ConsultationDocument document(ResultSet rs, int row) throws SQLException {
    return new ConsultationDocument(rs.getObject("id", UUID.class), rs.getObject("consultation", UUID.class), rs.getString("filename"),
        rs.getInt("size"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
  }

  private static Consultation consultation(ResultSet rs, int row) throws SQLException {
    var summary = text(rs, "summary");
    return new Consultation(
        rs.getObject("id", UUID.class), rs.getString("requester"), rs.getString("requested_by"), text(rs, "subject"), text(rs, "rationale"),
        Consultation.Format.valueOf(rs.getString("format")), rs.getString("operation"), Consultation.Level.valueOf(rs.getString("level")),
        list(rs.getArray("proposed")), list(rs.getArray("participants")),
        rs.getObject("wished_from", LocalDate.class), rs.getObject("wished_to", LocalDate.class),
        ConsultationStatus.valueOf(rs.getString("status")), rs.getString("decision"), rs.getString("reason"),
        rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class), rs.getString("place"),
        json.readValue(rs.getString("agenda"), AGENDA), list(rs.getArray("attended")), rs.getString("minutes"),
        summary.en() == null && summary.fr() == null ? null : summary,
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }

  private static BilingualText text(ResultSet rs, String column) throws SQLException {
    return new BilingualText(rs.getString(column + "_en"), rs.getString(column + "_fr"));
  }

  private static List<String> list(java.sql.@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
