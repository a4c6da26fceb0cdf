package org.entente.exercises;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.exercises.Exercise.Conference;
import org.entente.exercises.Exercise.ConferenceKind;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exercises tables; row-level security decides which rows the caller gets. */
@Repository
class ExerciseStore {

  private final JdbcClient jdbc;

  ExerciseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String VERSION = """
      select v.*, (select count(*) from exercises_exercise e where e.version = v.id) as exercises from exercises_version v
      """;

  List<PlanVersion> versions(@Nullable String status, int page, int size) {
    return jdbc.sql(VERSION + " where (cast(:status as text) is null or v.status = :status) order by v.number desc limit :size offset :offset")
        .param("status", status).param("size", size).param("offset", (long) page * size).query(ExerciseStore::version).list();
  }

  long countVersions(@Nullable String status) {
    return jdbc.sql("select count(*) from exercises_version where (cast(:status as text) is null or status = :status)").param("status", status)
        .query(Long.class).single();
  }

  Optional<PlanVersion> version(UUID id) {
    return jdbc.sql(VERSION + " where v.id = :id").param("id", id).query(ExerciseStore::version).optional();
  }

  Optional<PlanVersion> lockVersion(UUID id) {
    jdbc.sql("select id from exercises_version where id = :id for update").param("id", id).query(UUID.class).optional();
    return version(id);
  }

  Optional<PlanVersion> inForce() {
    return jdbc.sql(VERSION + " where v.status = 'APPROVED'").query(ExerciseStore::version).optional();
  }

  private static PlanVersion version(ResultSet rs, int n) throws SQLException {
    return new PlanVersion(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getInt("first_year"), rs.getInt("first_year") + PlanVersion.YEARS - 1,
        VersionStatus.valueOf(rs.getString("status")), text(rs, "note"), rs.getObject("based_on", UUID.class), rs.getString("drafted_by"),
        rs.getString("approved_by"), rs.getObject("approved_on", LocalDate.class), rs.getString("reason"), rs.getInt("exercises"));
  }

  UUID insertVersion(int firstYear, BilingualText note, @Nullable UUID basedOn, String by) {
    return jdbc.sql("""
            insert into exercises_version (number, first_year, note_en, note_fr, based_on, drafted_by)
            values ((select coalesce(max(number), 0) + 1 from exercises_version), :first, :en, :fr, :based, :by) returning id
            """).param("first", firstYear).param("en", note.en()).param("fr", note.fr()).param("based", basedOn).param("by", by)
        .query(UUID.class).single();
  }

  void copyExercises(UUID from, UUID to) {
    for (var e : exercises(from)) {
      var id = insertExercise(to, e.code(), e.name(), e.kind(), e.startsOn(), e.endsOn(), e.place(), e.invited(), e.activity());
      conferences(id, e.conferences());
    }
  }

  void move(UUID id, VersionStatus to, @Nullable String reason) {
    jdbc.sql("update exercises_version set status = :to, reason = :reason, updated_at = now() where id = :id")
        .param("id", id).param("to", to.name()).param("reason", reason).update();
  }

  void approve(UUID id, String by, LocalDate on) {
    jdbc.sql("update exercises_version set status = 'APPROVED', approved_by = :by, approved_on = :on, reason = null, updated_at = now() where id = :id")
        .param("id", id).param("by", by).param("on", on).update();
  }

  List<Exercise> exercises(UUID version) {
    var rows = jdbc.sql("select * from exercises_exercise where version = :v order by starts_on, code").param("v", version)
        .query(ExerciseStore::exerciseRow).list();
    if (rows.isEmpty()) return List.of();
    var conferences = new HashMap<UUID, List<Conference>>();
    jdbc.sql("select c.* from exercises_conference c join exercises_exercise e on e.id = c.exercise where e.version = :v order by c.starts_on")
        .param("v", version).query((rs, n) -> {
          conferences.computeIfAbsent(rs.getObject("exercise", UUID.class), k -> new ArrayList<>()).add(conference(rs));
          return 1;
        }).list();
    return rows.stream().map(e -> withConferences(e, conferences.getOrDefault(e.id(), List.of()))).toList();
  }

  Optional<Exercise> exercise(UUID id) {
    return jdbc.sql("select * from exercises_exercise where id = :id").param("id", id).query(ExerciseStore::exerciseRow).optional()
        .map(e -> withConferences(e, jdbc.sql("select * from exercises_conference where exercise = :id order by starts_on").param("id", id)
            .query((rs, n) -> conference(rs)).list()));
  }

  boolean codeTaken(UUID version, String code, @Nullable UUID except) {
    return jdbc.sql("select exists (select 1 from exercises_exercise where version = :v and code = :code and (cast(:except as uuid) is null or id <> :except))")
        .param("v", version).param("code", code).param("except", except).query(Boolean.class).single();
  }

  UUID insertExercise(UUID version, String code, BilingualText name, Exercise.Kind kind, LocalDate starts, LocalDate ends, String place,
      List<String> invited, @Nullable String activity) {
    return jdbc.sql("""
            insert into exercises_exercise (version, code, name_en, name_fr, kind, starts_on, ends_on, place, invited, activity)
            values (:v, :code, :en, :fr, :kind, :starts, :ends, :place, :invited, :activity) returning id
            """).param("v", version).param("code", code).param("en", name.en()).param("fr", name.fr()).param("kind", kind.name())
        .param("starts", starts).param("ends", ends).param("place", place).param("invited", invited.toArray(String[]::new))
        .param("activity", activity).query(UUID.class).single();
  }

  void updateExercise(UUID id, String code, BilingualText name, Exercise.Kind kind, LocalDate starts, LocalDate ends, String place,
      List<String> invited, @Nullable String activity) {
    jdbc.sql("""
            update exercises_exercise set code = :code, name_en = :en, name_fr = :fr, kind = :kind, starts_on = :starts, ends_on = :ends,
              place = :place, invited = :invited, activity = :activity where id = :id
            """).param("id", id).param("code", code).param("en", name.en()).param("fr", name.fr()).param("kind", kind.name())
        .param("starts", starts).param("ends", ends).param("place", place).param("invited", invited.toArray(String[]::new))
        .param("activity", activity).update();
  }

  void conferences(UUID exercise, List<Conference> conferences) {
    jdbc.sql("delete from exercises_conference where exercise = :id").param("id", exercise).update();
    for (var c : conferences) {
      jdbc.sql("insert into exercises_conference (exercise, kind, starts_on, ends_on, place) values (:id, :kind, :starts, :ends, :place)")
          .param("id", exercise).param("kind", c.kind().name()).param("starts", c.startsOn()).param("ends", c.endsOn()).param("place", c.place())
          .update();
    }
  }

  void deleteExercise(UUID id) {
    jdbc.sql("delete from exercises_exercise where id = :id").param("id", id).update();
  }

  long countIn(VersionStatus status) {
    return countVersions(status.name());
  }

  /** Planning conferences of exercises in force the caller may read, between two dates. */
  long conferencesBetween(LocalDate from, LocalDate to) {
    return jdbc.sql("""
            select count(*) from exercises_conference c join exercises_exercise e on e.id = c.exercise
            join exercises_version v on v.id = e.version where v.status = 'APPROVED' and c.starts_on between :from and :to
            """).param("from", from).param("to", to).query(Long.class).single();
  }

  private static Exercise exerciseRow(ResultSet rs, int n) throws SQLException {
    return new Exercise(rs.getObject("id", UUID.class), rs.getObject("version", UUID.class), rs.getString("code"), text(rs, "name"),
        Exercise.Kind.valueOf(rs.getString("kind")), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
        rs.getString("place"), strings(rs.getArray("invited")), rs.getString("activity"), List.of());
  }

  private static Exercise withConferences(Exercise e, List<Conference> conferences) {
    var sorted = new ArrayList<>(conferences);
    sorted.sort(java.util.Comparator.comparing(Conference::kind));
    return new Exercise(e.id(), e.version(), e.code(), e.name(), e.kind(), e.startsOn(), e.endsOn(), e.place(), e.invited(), e.activity(), sorted);
  }

  private static Conference conference(ResultSet rs) throws SQLException {
    return new Conference(ConferenceKind.valueOf(rs.getString("kind")), rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class), rs.getString("place"));
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  static BilingualText text(ResultSet rs, String column) throws SQLException {
    return new BilingualText(rs.getString(column + "_en"), rs.getString(column + "_fr"));
  }
}
