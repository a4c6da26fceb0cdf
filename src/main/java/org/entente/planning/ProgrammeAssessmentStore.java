package org.entente.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The programme assessments' tables; row-level security decides which rows the caller gets (as it reads the programme). */
@Repository
class ProgrammeAssessmentStore {

  private static final TypeReference<List<ProgrammeAssessment.ItemRating>> RATINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;

  ProgrammeAssessmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Listing<ProgrammeAssessment> list(@Nullable UUID programme, @Nullable String partner, @Nullable String status, Paging paging) {
    var params = new HashMap<String, Object>();
    params.put("programme", programme);
    params.put("partner", partner);
    params.put("status", status);
    return paging.query(jdbc, """
        select * from planning_programme_assessment where (cast(:programme as uuid) is null or programme = :programme)
          and (cast(:partner as text) is null or partner = :partner) and (cast(:status as text) is null or status = :status)
        order by partner, programme, year, id""", params, ProgrammeAssessmentStore::assessment);
  }

  List<ProgrammeAssessment> ofProgramme(UUID programme) {
    return jdbc.sql("select * from planning_programme_assessment where programme = :p order by year").param("p", programme)
        .query(ProgrammeAssessmentStore::assessment).list();
  }

  Optional<ProgrammeAssessment> find(UUID id) {
    return jdbc.sql("select * from planning_programme_assessment where id = :id").param("id", id).query(ProgrammeAssessmentStore::assessment).optional();
  }

  Optional<ProgrammeAssessment> lock(UUID id) {
    return jdbc.sql("select * from planning_programme_assessment where id = :id for update").param("id", id)
        .query(ProgrammeAssessmentStore::assessment).optional();
  }

  boolean exists(UUID programme, int year) {
    // counted whatever the caller reads: the unique key holds for every row
    return jdbc.sql("select count(*) from planning_programme_assessment where programme = :p and year = :y").param("p", programme).param("y", year)
        .query(Long.class).single() > 0;
  }

  void insert(UUID id, UUID programme, String partner, String type, int year, String by) {
    jdbc.sql("""
            insert into planning_programme_assessment (id, programme, partner, programme_type, year, created_by)
            values (:id, :programme, :partner, :type, :year, :by)""")
        .param("id", id).param("programme", programme).param("partner", partner).param("type", type).param("year", year).param("by", by).update();
  }

  void setRatings(UUID id, List<ProgrammeAssessment.ItemRating> ratings) {
    jdbc.sql("update planning_programme_assessment set ratings = cast(:r as jsonb), updated_at = now() where id = :id")
        .param("id", id).param("r", PlanningStore.json.writeValueAsString(ratings)).update();
  }

  void move(UUID id, ProgrammeAssessmentStatus to, @Nullable String agreedBy, @Nullable LocalDate agreedOn) {
    jdbc.sql("update planning_programme_assessment set status = :s, agreed_by = :by, agreed_on = :on, updated_at = now() where id = :id")
        .param("id", id).param("s", to.name()).param("by", agreedBy).param("on", agreedOn).update();
  }

  UUID comment(UUID assessment, String item, String author, String body) {
    var id = UUID.randomUUID();
    jdbc.sql("insert into planning_programme_assessment_comment (id, assessment, item, author, body) values (:id, :a, :i, :by, :b)")
        .param("id", id).param("a", assessment).param("i", item).param("by", author).param("b", body).update();
    return id;
  }

  Listing<ProgrammeAssessment.Comment> comments(UUID assessment, Paging paging) {
    var params = new HashMap<String, Object>();
    params.put("a", assessment);
    return paging.query(jdbc, "select * from planning_programme_assessment_comment where assessment = :a order by written_at, id", params,
        ProgrammeAssessmentStore::comment);
  }

  private static ProgrammeAssessment.Comment comment(ResultSet rs, int row) throws SQLException {
    return new ProgrammeAssessment.Comment(rs.getObject("id", UUID.class), rs.getString("item"), rs.getString("author"),
        rs.getTimestamp("written_at").toInstant(), rs.getString("body"));
  }

  private static ProgrammeAssessment assessment(ResultSet rs, int row) throws SQLException {
    return new ProgrammeAssessment(rs.getObject("id", UUID.class), rs.getObject("programme", UUID.class), rs.getString("partner"),
        rs.getString("programme_type"), rs.getInt("year"), ProgrammeAssessmentStatus.valueOf(rs.getString("status")),
        PlanningStore.json.readValue(rs.getString("ratings"), RATINGS), rs.getString("agreed_by"), rs.getObject("agreed_on", LocalDate.class),
        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }
}
