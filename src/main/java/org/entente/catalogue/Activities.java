package org.entente.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.catalogue.Activity.ActivityType;
import org.entente.catalogue.Activity.Format;
import org.entente.languages.BilingualText;
import org.entente.markings.Classification;
import org.entente.markings.Marking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities and events in the database; row-level security decides which the caller gets. */
@Repository
class Activities {

  private final JdbcClient jdbc;

  Activities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Activity> find(String code) {
    return jdbc.sql("select * from catalogue_activity where code = :code").param("code", code).query(Activities::activity).optional();
  }

  Map<String, Catalogue.PlanningFacts> planning(java.util.Collection<String> codes, String organisation, java.time.LocalDate from, java.time.LocalDate to) {
    var facts = new java.util.LinkedHashMap<String, Catalogue.PlanningFacts>();
    jdbc.sql("select * from catalogue_planning(:codes, :organisation, :from, :to)")
        .param("codes", codes.toArray(String[]::new)).param("organisation", organisation).param("from", from).param("to", to)
        .query((rs, n) -> new Catalogue.PlanningFacts(rs.getString("code"), ActivityStatus.valueOf(rs.getString("status")),
            rs.getBoolean("eligible"), rs.getInt("events_in_period")))
        .list().forEach(f -> facts.put(f.code(), f));
    return facts;
  }

  /** Whether the code is taken, visible to the caller or not: codes are unique across the menu. */
  boolean codeTaken(String code) {
    return jdbc.sql("select catalogue_code_taken(:code)").param("code", code).query(Boolean.class).single();
  }

  void insert(Activity a) {
    write("""
        insert into catalogue_activity (code, provider, type, format, title_en, title_fr, summary_en, summary_fr,
          description_en, description_fr, objectives_en, objectives_fr, languages, duration_days, areas, priority_areas,
          marking, releasable_to, eligibility, eligible_frameworks, eligible_nations, council_decision, status, revision)
        values (:code, :provider, :type, :format, :titleEn, :titleFr, :summaryEn, :summaryFr, :descriptionEn,
          :descriptionFr, :objectivesEn, :objectivesFr, :languages, :duration, :areas, :priorityAreas, :marking,
          :releasableTo, :eligibility, :frameworks, :nations, :decision, :status, :revision)
        """, a);
  }

  void update(Activity a) {
    write("""
        update catalogue_activity set type = :type, format = :format, title_en = :titleEn, title_fr = :titleFr,
          summary_en = :summaryEn, summary_fr = :summaryFr, description_en = :descriptionEn,
          description_fr = :descriptionFr, objectives_en = :objectivesEn, objectives_fr = :objectivesFr,
          languages = :languages, duration_days = :duration, areas = :areas, priority_areas = :priorityAreas,
          marking = :marking, releasable_to = :releasableTo, eligibility = :eligibility,
          eligible_frameworks = :frameworks, eligible_nations = :nations, council_decision = :decision,
          status = :status, revision = :revision, updated_at = now(), provider = :provider
        where code = :code
        """, a);
  }

  void setStatus(String code, ActivityStatus status, String reason) {
    jdbc.sql("update catalogue_activity set status = :status, status_reason = :reason, updated_at = now() where code = :code")
        .param("status", status.name())
        .param("reason", reason)
        .param("code", code)
        .update();
  }

  void keepRevision(Activity a, String json, String by) {
    jdbc.sql("""
        insert into catalogue_activity_revision (code, revision, status, content, changed_by)
        values (:code, :revision, :status, cast(:content as jsonb), :by)
        on conflict (code, revision) do nothing
        """)
        .param("code", a.code())
        .param("revision", a.revision())
        .param("status", a.status().name())
        .param("content", json)
        .param("by", by)
        .update();
  }

  int revisions(String code) {
    return jdbc.sql("select count(*) from catalogue_activity_revision where code = :code").param("code", code).query(Integer.class).single();
  }

  private void write(String sql, Activity a) {
    jdbc.sql(sql)
        .param("code", a.code())
        .param("provider", a.provider())
        .param("type", a.type().name())
        .param("format", a.format().name())
        .param("titleEn", a.title().en())
        .param("titleFr", a.title().fr())
        .param("summaryEn", a.summary().en())
        .param("summaryFr", a.summary().fr())
        .param("descriptionEn", a.description().en())
        .param("descriptionFr", a.description().fr())
        .param("objectivesEn", a.objectives().en())
        .param("objectivesFr", a.objectives().fr())
        .param("languages", a.languages().toArray(String[]::new))
        .param("duration", a.durationDays())
        .param("areas", a.areas().toArray(String[]::new))
        .param("priorityAreas", a.priorityAreas().toArray(String[]::new))
        .param("marking", a.marking().level().name())
        .param("releasableTo", a.marking().releasableTo().toArray(String[]::new))
        .param("eligibility", a.eligibility().kind().name())
        .param("frameworks", a.eligibility().frameworks().toArray(String[]::new))
        .param("nations", a.eligibility().nations().toArray(String[]::new))
        .param("decision", a.eligibility().councilDecision())
        .param("status", a.status().name())
        .param("revision", a.revision())
        .update();
  }

  UUID insertEvent(String activity, Catalogue.NewEvent e) {
    return jdbc.sql("""
        insert into catalogue_event (activity, starts_on, ends_on, city, country, seats, nominations_open,
          nominations_close, nation_quota)
        values (:activity, :starts, :ends, :city, :country, :seats, :open, :close, :quota) returning id
        """)
        .param("activity", activity)
        .param("starts", e.startsOn())
        .param("ends", e.endsOn())
        .param("city", e.city())
        .param("country", e.country())
        .param("seats", e.seats())
        .param("open", e.nominationsOpen())
        .param("close", e.nominationsClose())
        .param("quota", e.nationQuota())
        .query(UUID.class)
        .single();
  }

  static final String EVENT_COLUMNS =
      "e.*, a.title_en, a.title_fr, a.provider";

  Optional<Event> event(UUID id) {
    return jdbc.sql("select " + EVENT_COLUMNS + " from catalogue_event e join catalogue_activity a on a.code = e.activity where e.id = :id")
        .param("id", id)
        .query(Activities::event)
        .optional();
  }

  List<Event> events(String activity) {
    return jdbc.sql("select " + EVENT_COLUMNS + " from catalogue_event e join catalogue_activity a on a.code = e.activity"
            + " where e.activity = :activity order by e.starts_on")
        .param("activity", activity)
        .query(Activities::event)
        .list();
  }

  /** One page of an activity's events, soonest first. */
  org.entente.web.Listing<Event> events(String activity, org.entente.web.Paging paging) {
    return paging.query(jdbc, "select " + EVENT_COLUMNS + " from catalogue_event e join catalogue_activity a on a.code = e.activity"
            + " where e.activity = :activity order by e.starts_on, e.id", java.util.Map.of("activity", activity), Activities::event);
  }

  List<Event> eventsOf(String[] providers, LocalDate from, LocalDate to, int limit) {
    return jdbc.sql("select " + EVENT_COLUMNS + " from catalogue_event e join catalogue_activity a on a.code = e.activity"
            + " where a.provider = any (:providers) and e.ends_on >= :from and e.starts_on <= :to order by e.starts_on, e.id limit :limit")
        .param("providers", providers)
        .param("from", from)
        .param("to", to)
        .param("limit", limit)
        .query(Activities::event)
        .list();
  }

  static Event event(ResultSet rs, int n) throws SQLException {
    return new Event(
        rs.getObject("id", UUID.class),
        rs.getString("activity"),
        new BilingualText(rs.getString("title_en"), rs.getString("title_fr")),
        rs.getString("provider"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getString("city"),
        rs.getString("country"),
        rs.getInt("seats"),
        rs.getObject("nominations_open", LocalDate.class),
        rs.getObject("nominations_close", LocalDate.class),
        (Integer) rs.getObject("nation_quota"),
        rs.getString("status"));
  }

  static Activity activity(ResultSet rs, int n) throws SQLException {
    return new Activity(
        rs.getString("code"),
        rs.getString("provider"),
        ActivityType.valueOf(rs.getString("type")),
        Format.valueOf(rs.getString("format")),
        new BilingualText(rs.getString("title_en"), rs.getString("title_fr")),
        new BilingualText(rs.getString("summary_en"), rs.getString("summary_fr")),
        new BilingualText(rs.getString("description_en"), rs.getString("description_fr")),
        new BilingualText(rs.getString("objectives_en"), rs.getString("objectives_fr")),
        list(rs.getArray("languages")),
        rs.getInt("duration_days"),
        list(rs.getArray("areas")),
        list(rs.getArray("priority_areas")),
        new Marking(Classification.valueOf(rs.getString("marking")), java.util.Set.copyOf(list(rs.getArray("releasable_to")))),
        new Eligibility(Eligibility.Kind.valueOf(rs.getString("eligibility")), list(rs.getArray("eligible_frameworks")),
            list(rs.getArray("eligible_nations")), rs.getString("council_decision")),
        ActivityStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        rs.getInt("revision"));
  }

  static List<String> list(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
