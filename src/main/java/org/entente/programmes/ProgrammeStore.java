package org.entente.programmes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.markings.Classification;
import org.entente.markings.Marking;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The programmes' tables; row-level security decides which rows the caller gets. */
@Repository
class ProgrammeStore {

  static final JsonMapper json = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  ProgrammeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Programme> list(@Nullable String partner, @Nullable String status, int limit) {
    return jdbc.sql("""
            select * from programmes_programme
            where (cast(:partner as text) is null or partner = :partner)
              and (cast(:status as text) is null or status = :status)
            order by partner, starts_on desc, created_at desc
            limit :limit
            """)
        .param("partner", partner).param("status", status).param("limit", limit)
        .query(ProgrammeStore::programme).list();
  }

  /** One page of the programmes the caller may see (row-level security decides), by partner, newest first. */
  org.entente.web.Listing<Programme> list(@Nullable String partner, @Nullable String status, org.entente.web.Paging paging) {
    var parameters = new java.util.HashMap<String, Object>();
    parameters.put("partner", partner);
    parameters.put("status", status);
    return paging.query(jdbc, """
            select * from programmes_programme
            where (cast(:partner as text) is null or partner = :partner)
              and (cast(:status as text) is null or status = :status)
            order by partner, starts_on desc, created_at desc, id
            """, parameters, ProgrammeStore::programme);
  }

  Optional<Programme> find(UUID id) {
    return jdbc.sql("select * from programmes_programme where id = :id").param("id", id).query(ProgrammeStore::programme).optional();
  }

  /** The row locked, so that two moves of one programme happen one after the other. */
  Optional<Programme> lock(UUID id) {
    return jdbc.sql("select * from programmes_programme where id = :id for update").param("id", id)
        .query(ProgrammeStore::programme).optional();
  }

  UUID insert(String partner, ProgrammeType type, LocalDate startsOn, LocalDate endsOn, ProgrammeContent content,
      Marking marking, String by) {
    return jdbc.sql("""
            insert into programmes_programme (partner, type, starts_on, ends_on, content, marking, releasable_to, created_by)
            values (:partner, :type, :startsOn, :endsOn, cast(:content as jsonb), :marking, :releasableTo, :by)
            returning id
            """)
        .param("partner", partner).param("type", type.name()).param("startsOn", startsOn).param("endsOn", endsOn)
        .param("content", json.writeValueAsString(content)).param("marking", marking.level().name())
        .param("releasableTo", marking.releasableTo().toArray(String[]::new)).param("by", by)
        .query(UUID.class).single();
  }

  void replaceContent(UUID id, ProgrammeContent content) {
    jdbc.sql("update programmes_programme set content = cast(:content as jsonb), updated_at = now() where id = :id")
        .param("id", id).param("content", json.writeValueAsString(content)).update();
  }

  void move(UUID id, ProgrammeStatus to, int version) {
    jdbc.sql("update programmes_programme set status = :status, version = :version, updated_at = now() where id = :id")
        .param("id", id).param("status", to.name()).param("version", version).update();
  }

  void approve(UUID id, String decision) {
    jdbc.sql("update programmes_programme set status = 'APPROVED', decision = :decision, updated_at = now() where id = :id")
        .param("id", id).param("decision", decision).update();
  }

  void close(UUID id, @Nullable UUID supersededBy) {
    jdbc.sql("update programmes_programme set status = 'CLOSED', superseded_by = :by, updated_at = now() where id = :id")
        .param("id", id).param("by", supersededBy).update();
  }

  Optional<Programme> active(String partner) {
    return jdbc.sql("select * from programmes_programme where partner = :partner and status = 'ACTIVE' for update")
        .param("partner", partner).query(ProgrammeStore::programme).optional();
  }

  List<UUID> dueToStart(LocalDate today) {
    return jdbc.sql("select id from programmes_programme where status = 'APPROVED' and starts_on <= :today order by starts_on")
        .param("today", today).query(UUID.class).list();
  }

  List<UUID> dueToClose(LocalDate today) {
    return jdbc.sql("select id from programmes_programme where status in ('ACTIVE', 'APPROVED') and ends_on < :today")
        .param("today", today).query(UUID.class).list();
  }

  void freeze(UUID programme, int number, ProgrammeStatus status, ProgrammeContent content, String by) {
    jdbc.sql("""
            insert into programmes_version (programme, number, status, content, frozen_by)
            values (:programme, :number, :status, cast(:content as jsonb), :by)
            """)
        .param("programme", programme).param("number", number).param("status", status.name())
        .param("content", json.writeValueAsString(content)).param("by", by).update();
  }

  List<ProgrammeVersion> versions(UUID programme) {
    return jdbc.sql("select * from programmes_version where programme = :programme order by number")
        .param("programme", programme).query(ProgrammeStore::version).list();
  }

  org.entente.web.Listing<ProgrammeVersion> versions(UUID programme, org.entente.web.Paging paging) {
    return paging.query(jdbc, "select * from programmes_version where programme = :programme order by number",
        java.util.Map.of("programme", programme), ProgrammeStore::version);
  }

  Optional<ProgrammeVersion> version(UUID programme, int number) {
    return jdbc.sql("select * from programmes_version where programme = :programme and number = :number")
        .param("programme", programme).param("number", number).query(ProgrammeStore::version).optional();
  }

  UUID comment(UUID programme, int version, String section, @Nullable UUID parent, String author, String body) {
    return jdbc.sql("""
            insert into programmes_comment (programme, version, section, parent, author, body)
            values (:programme, :version, :section, :parent, :author, :body) returning id
            """)
        .param("programme", programme).param("version", version).param("section", section).param("parent", parent)
        .param("author", author).param("body", body).query(UUID.class).single();
  }

  Optional<ProgrammeComment> findComment(UUID programme, UUID id) {
    return jdbc.sql("select * from programmes_comment where programme = :programme and id = :id")
        .param("programme", programme).param("id", id).query(ProgrammeStore::comment).optional();
  }

  List<ProgrammeComment> comments(UUID programme) {
    return jdbc.sql("select * from programmes_comment where programme = :programme order by written_at, id")
        .param("programme", programme).query(ProgrammeStore::comment).list();
  }

  org.entente.web.Listing<ProgrammeComment> comments(UUID programme, org.entente.web.Paging paging) {
    return paging.query(jdbc, "select * from programmes_comment where programme = :programme order by written_at, id",
        java.util.Map.of("programme", programme), ProgrammeStore::comment);
  }

  private static ProgrammeComment comment(ResultSet rs, int row) throws SQLException {
    return new ProgrammeComment(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("section"),
        rs.getObject("parent", UUID.class), rs.getString("author"), rs.getTimestamp("written_at").toInstant(), rs.getString("body"));
  }

  private static ProgrammeVersion version(ResultSet rs, int row) throws SQLException {
    return new ProgrammeVersion(rs.getInt("number"), ProgrammeStatus.valueOf(rs.getString("status")),
        json.readValue(rs.getString("content"), ProgrammeContent.class), rs.getString("frozen_by"),
        rs.getTimestamp("frozen_at").toInstant());
  }

  private static Programme programme(ResultSet rs, int row) throws SQLException {
    return new Programme(
        rs.getObject("id", UUID.class), rs.getString("partner"), ProgrammeType.valueOf(rs.getString("type")),
        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
        ProgrammeStatus.valueOf(rs.getString("status")), rs.getInt("version"),
        json.readValue(rs.getString("content"), ProgrammeContent.class),
        new Marking(Classification.valueOf(rs.getString("marking")),
            new HashSet<>(Arrays.asList((String[]) rs.getArray("releasable_to").getArray()))),
        rs.getString("decision"), rs.getObject("superseded_by", UUID.class), rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }
}
