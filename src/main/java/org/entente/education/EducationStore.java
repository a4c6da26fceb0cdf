package org.entente.education;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.education.Programme.Curriculum;
import org.entente.education.Programme.Expert;
import org.entente.education.Programme.InstitutionType;
import org.entente.education.Programme.Kind;
import org.entente.education.Programme.LinkedEvent;
import org.entente.education.Programme.Pillar;
import org.entente.education.Programme.Placement;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The education tables; row-level security decides which rows the caller gets. */
@Repository
class EducationStore {

  private final JdbcClient jdbc;

  EducationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String WHERE = """
      where (cast(:status as text) is null or status = :status) and (cast(:partner as text) is null or partner = :partner)
        and (cast(:kind as text) is null or kind = :kind)
      """;

  List<ProgrammeSummary> list(@Nullable String status, @Nullable String partner, @Nullable String kind, int page, int size) {
    return jdbc.sql("select p.*, (select count(*) from education_event e where e.programme = p.id)::int as events from education_programme p "
            + WHERE + " order by partner, kind, institution_en, id limit :size offset :offset")
        .param("status", status).param("partner", partner).param("kind", kind).param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> new ProgrammeSummary(rs.getObject("id", UUID.class), rs.getString("partner"), Kind.valueOf(rs.getString("kind")),
            InstitutionType.valueOf(rs.getString("institution_type")), text(rs, "institution"), ProgrammeStatus.valueOf(rs.getString("status")),
            rs.getInt("events")))
        .list();
  }

  long count(@Nullable String status, @Nullable String partner, @Nullable String kind) {
    return jdbc.sql("select count(*) from education_programme " + WHERE).param("status", status).param("partner", partner).param("kind", kind)
        .query(Long.class).single();
  }

  long countIn(ProgrammeStatus status, @Nullable String partner) {
    return jdbc.sql("select count(*) from education_programme where status = :status and (cast(:partner as text) is null or partner = :partner)")
        .param("status", status.name()).param("partner", partner).query(Long.class).single();
  }

  Optional<Programme> find(UUID id) {
    return row(id, "");
  }

  Optional<Programme> lock(UUID id) {
    return row(id, " for update");
  }

  private Optional<Programme> row(UUID id, String lock) {
    return jdbc.sql("select * from education_programme where id = :id" + lock).param("id", id)
        .query((rs, n) -> new Programme(id, rs.getString("partner"), Kind.valueOf(rs.getString("kind")),
            InstitutionType.valueOf(rs.getString("institution_type")), text(rs, "institution"), codes(rs.getArray("pillars"), Pillar.class),
            codes(rs.getArray("curricula"), Curriculum.class), strings(rs.getArray("expert_orgs")), ProgrammeStatus.valueOf(rs.getString("status")),
            rs.getString("reason"), rs.getString("proposed_by"), experts(id), events(id), placements(id), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant()))
        .optional();
  }

  private List<Expert> experts(UUID id) {
    return jdbc.sql("select * from education_expert where programme = :id order by organisation, name, id").param("id", id)
        .query((rs, n) -> new Expert(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"),
            rs.getString("pillar") == null ? null : Pillar.valueOf(rs.getString("pillar")))).list();
  }

  private List<LinkedEvent> events(UUID id) {
    return jdbc.sql("select * from education_event where programme = :id order by starts_on, event_id").param("id", id)
        .query((rs, n) -> new LinkedEvent(rs.getObject("event_id", UUID.class), rs.getString("activity"), rs.getObject("starts_on", LocalDate.class)))
        .list();
  }

  private List<Placement> placements(UUID id) {
    return jdbc.sql("select * from education_placement where programme = :id order by starts_on, host, id").param("id", id)
        .query((rs, n) -> new Placement(rs.getObject("id", UUID.class), rs.getString("host"), rs.getObject("starts_on", LocalDate.class),
            rs.getInt("people"))).list();
  }

  UUID insert(String partner, Kind kind, InstitutionType type, BilingualText institution, List<Pillar> pillars, List<Curriculum> curricula, String by) {
    return jdbc.sql("""
            insert into education_programme (partner, kind, institution_type, institution_en, institution_fr, pillars, curricula, proposed_by)
            values (:partner, :kind, :type, :en, :fr, :pillars, :curricula, :by) returning id
            """)
        .param("partner", partner).param("kind", kind.name()).param("type", type.name()).param("en", institution.en()).param("fr", institution.fr())
        .param("pillars", pillars.stream().map(Enum::name).toArray(String[]::new))
        .param("curricula", curricula.stream().map(Enum::name).toArray(String[]::new)).param("by", by)
        .query(UUID.class).single();
  }

  void move(UUID id, ProgrammeStatus to, @Nullable String reason) {
    jdbc.sql("update education_programme set status = :to, reason = :reason, updated_at = now() where id = :id")
        .param("id", id).param("to", to.name()).param("reason", reason).update();
  }

  UUID addExpert(UUID id, String name, String organisation, @Nullable Pillar pillar, String by) {
    var expert = jdbc.sql("insert into education_expert (programme, name, organisation, pillar, added_by) values (:id, :name, :org, :pillar, :by) returning id")
        .param("id", id).param("name", name).param("org", organisation).param("pillar", pillar == null ? null : pillar.name()).param("by", by)
        .query(UUID.class).single();
    jdbc.sql("""
            update education_programme set expert_orgs = (select coalesce(array_agg(distinct organisation order by organisation), '{}')
              from education_expert where programme = :id), updated_at = now() where id = :id
            """).param("id", id).update();
    return expert;
  }

  boolean addEvent(UUID id, UUID event, String activity, LocalDate startsOn, String by) {
    return jdbc.sql("""
            insert into education_event (programme, event_id, activity, starts_on, added_by) values (:id, :event, :activity, :starts, :by)
            on conflict do nothing
            """).param("id", id).param("event", event).param("activity", activity).param("starts", startsOn).param("by", by).update() == 1;
  }

  UUID addPlacement(UUID id, String host, LocalDate startsOn, int people, String by) {
    return jdbc.sql("insert into education_placement (programme, host, starts_on, people, added_by) values (:id, :host, :on, :people, :by) returning id")
        .param("id", id).param("host", host).param("on", startsOn).param("people", people).param("by", by).query(UUID.class).single();
  }

  private static BilingualText text(ResultSet rs, String column) throws SQLException {
    return new BilingualText(rs.getString(column + "_en"), rs.getString(column + "_fr"));
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  private static <E extends Enum<E>> List<E> codes(@Nullable Array array, Class<E> type) throws SQLException {
    var out = new ArrayList<E>();
    for (var s : strings(array)) out.add(Enum.valueOf(type, s));
    return out;
  }
}
