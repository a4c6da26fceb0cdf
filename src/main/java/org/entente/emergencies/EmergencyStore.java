package org.entente.emergencies;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.emergencies.Incident.Category;
import org.entente.emergencies.Incident.Contact;
import org.entente.emergencies.Incident.DisasterType;
import org.entente.emergencies.Incident.Need;
import org.entente.emergencies.Incident.Place;
import org.entente.emergencies.Incident.Priority;
import org.entente.languages.BilingualText;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's tables in plain SQL; every read passes through row-level security as the caller. */
@Repository
class EmergencyStore {

  private final JdbcClient jdbc;

  EmergencyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** What a request says, as written by the stricken nation. */
  record Content(DisasterType disasterType, BilingualText title, BilingualText situation, List<Place> places,
      List<NewNeed> needs, List<Contact> contacts) {}

  record NewNeed(String item, Category category, int quantity, String unit, Priority priority, @Nullable LocalDate neededBy) {}

  String nextReference(int year) {
    var n = jdbc.sql("select nextval('emergencies_reference')").query(Long.class).single();
    return "EADRCC-" + year + "-" + String.format("%04d", n);
  }

  UUID insert(String reference, String nation, boolean exercise, Content content, String by, Instant at) {
    var id = jdbc.sql("""
            insert into emergencies_incident (reference, nation, exercise, disaster_type, title_en, title_fr, situation_en,
              situation_fr, created_by, created_at)
            values (:reference, :nation, :exercise, :type, :titleEn, :titleFr, :situationEn, :situationFr, :by, :at)
            returning id
            """)
        .param("reference", reference).param("nation", nation).param("exercise", exercise)
        .param("type", content.disasterType().name())
        .param("titleEn", content.title().en()).param("titleFr", content.title().fr())
        .param("situationEn", content.situation().en()).param("situationFr", content.situation().fr())
        .param("by", by).param("at", utc(at))
        .query(UUID.class).single();
    writeParts(id, content);
    return id;
  }

  void replace(UUID id, Content content) {
    jdbc.sql("""
            update emergencies_incident set disaster_type = :type, title_en = :titleEn, title_fr = :titleFr,
              situation_en = :situationEn, situation_fr = :situationFr where id = :id
            """)
        .param("type", content.disasterType().name())
        .param("titleEn", content.title().en()).param("titleFr", content.title().fr())
        .param("situationEn", content.situation().en()).param("situationFr", content.situation().fr())
        .param("id", id).update();
    for (var table : List.of("emergencies_place", "emergencies_contact", "emergencies_need")) {
      jdbc.sql("delete from " + table + " where incident = :id").param("id", id).update();
    }
    writeParts(id, content);
  }

  private void writeParts(UUID id, Content content) {
    var position = 0;
    for (var place : content.places()) {
      jdbc.sql("insert into emergencies_place (incident, position, name, latitude, longitude) values (:id, :p, :name, :lat, :lon)")
          .param("id", id).param("p", ++position).param("name", place.name()).param("lat", place.latitude())
          .param("lon", place.longitude()).update();
    }
    position = 0;
    for (var contact : content.contacts()) {
      jdbc.sql("insert into emergencies_contact (incident, position, name, function, email, phone) values (:id, :p, :name, :f, :e, :ph)")
          .param("id", id).param("p", ++position).param("name", contact.name()).param("f", contact.function())
          .param("e", contact.email()).param("ph", contact.phone()).update();
    }
    position = 0;
    for (var need : content.needs()) {
      jdbc.sql("""
              insert into emergencies_need (incident, line, item, category, quantity, unit, priority, needed_by)
              values (:id, :line, :item, :category, :quantity, :unit, :priority, :neededBy)
              """)
          .param("id", id).param("line", ++position).param("item", need.item()).param("category", need.category().name())
          .param("quantity", need.quantity()).param("unit", need.unit()).param("priority", need.priority().name())
          .param("neededBy", need.neededBy()).update();
    }
  }

  boolean move(UUID id, IncidentStatus from, IncidentStatus to, Instant at) {
    var stamp = switch (to) {
      case SUBMITTED -> ", submitted_at = :at";
      case DISSEMINATED -> ", disseminated_at = coalesce(disseminated_at, :at)";
      case CLOSED -> ", closed_at = :at";
      default -> "";
    };
    return jdbc.sql("update emergencies_incident set status = :to" + stamp + " where id = :id and status = :from")
        .param("to", to.name()).param("from", from.name()).param("id", id).param("at", utc(at)).update() == 1;
  }

  /** Locks the incident row for the caller's transaction (numbering reports, ordering moves). */
  Optional<IncidentStatus> lock(UUID id) {
    return jdbc.sql("select status from emergencies_incident where id = :id for update").param("id", id)
        .query((rs, n) -> IncidentStatus.valueOf(rs.getString(1))).optional();
  }

  Optional<Incident> find(UUID id) {
    return jdbc.sql("select * from emergencies_incident where id = :id").param("id", id)
        .query((rs, n) -> incident(rs)).optional();
  }

  private Incident incident(ResultSet rs) throws SQLException {
    var id = rs.getObject("id", UUID.class);
    return new Incident(id, rs.getString("reference"), rs.getString("nation"), rs.getBoolean("exercise"),
        DisasterType.valueOf(rs.getString("disaster_type")),
        new BilingualText(rs.getString("title_en"), rs.getString("title_fr")),
        new BilingualText(rs.getString("situation_en"), rs.getString("situation_fr")),
        IncidentStatus.valueOf(rs.getString("status")), places(id), needs(id), contacts(id), rs.getString("created_by"),
        instant(rs, "created_at"), instant(rs, "submitted_at"), instant(rs, "disseminated_at"), instant(rs, "closed_at"),
        rs.getLong("revision"));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    var t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  List<Place> places(UUID id) {
    return jdbc.sql("select name, latitude, longitude from emergencies_place where incident = :id order by position")
        .param("id", id)
        .query((rs, n) -> new Place(rs.getString(1), rs.getObject(2, BigDecimal.class), rs.getObject(3, BigDecimal.class)))
        .list();
  }

  List<Contact> contacts(UUID id) {
    return jdbc.sql("select name, function, email, phone from emergencies_contact where incident = :id order by position")
        .param("id", id)
        .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  List<Need> needs(UUID id) {
    return jdbc.sql("select * from emergencies_need where incident = :id order by line").param("id", id)
        .query((rs, n) -> new Need(rs.getObject("id", UUID.class), rs.getInt("line"), rs.getString("item"),
            Category.valueOf(rs.getString("category")), rs.getInt("quantity"), rs.getString("unit"),
            Priority.valueOf(rs.getString("priority")), rs.getObject("needed_by", LocalDate.class), rs.getInt("offered"),
            rs.getInt("accepted"), rs.getInt("delivered")))
        .list();
  }

  private static final String SUMMARY = """
      select i.id, i.reference, i.nation, i.exercise, i.disaster_type, i.title_en, i.title_fr, i.status, i.created_at,
             i.disseminated_at, i.revision,
             (select count(*) from emergencies_need n where n.incident = i.id) as needs,
             (select coalesce(sum(n.quantity), 0) from emergencies_need n where n.incident = i.id) as needed,
             (select coalesce(sum(n.offered), 0) from emergencies_need n where n.incident = i.id) as offered,
             (select coalesce(sum(n.accepted), 0) from emergencies_need n where n.incident = i.id) as accepted,
             (select coalesce(sum(n.delivered), 0) from emergencies_need n where n.incident = i.id) as delivered,
             (select count(*) from emergencies_sitrep s where s.incident = i.id) as sitreps
      from emergencies_incident i
      """;

  /** The incidents the caller may see, of these states, exercises or real ones, newest first; and how many. */
  Listing<IncidentSummary> list(List<IncidentStatus> statuses, boolean exercise, Paging paging) {
    var names = statuses.stream().map(Enum::name).toArray(String[]::new);
    var total = jdbc.sql("select count(*) from emergencies_incident where status = any (:s) and exercise = :x")
        .param("s", names).param("x", exercise).query(Long.class).single();
    var items = jdbc.sql(SUMMARY + " where i.status = any (:s) and i.exercise = :x order by i.created_at desc, i.id limit :limit offset :offset")
        .param("s", names).param("x", exercise).param("limit", paging.size()).param("offset", paging.offset())
        .query((rs, n) -> new IncidentSummary(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("nation"),
            rs.getBoolean("exercise"), DisasterType.valueOf(rs.getString("disaster_type")),
            new BilingualText(rs.getString("title_en"), rs.getString("title_fr")), IncidentStatus.valueOf(rs.getString("status")),
            rs.getInt("needs"), rs.getLong("needed"), rs.getLong("offered"), rs.getLong("accepted"), rs.getLong("delivered"),
            rs.getInt("sitreps"), instant(rs, "created_at"), instant(rs, "disseminated_at"), rs.getLong("revision")))
        .list();
    return paging.listing(items, total);
  }

  /** The newest revision among the incidents the caller may see of these kinds, their count and the sum of their revisions (a board's "anything new?"; the sum changes whichever change commits last). */
  String boardRevision(List<IncidentStatus> statuses, boolean exercise) {
    var names = statuses.stream().map(Enum::name).toArray(String[]::new);
    return jdbc.sql("select coalesce(max(revision), 0) || '-' || count(*) || '-' || coalesce(sum(revision), 0) from emergencies_incident where status = any (:s) and exercise = :x")
        .param("s", names).param("x", exercise).query(String.class).single();
  }

  record Latest(String nation, IncidentStatus status, long revision) {}

  /** The newest revision per nation and status among the incidents the caller may see (row-level security says which). */
  List<Latest> latest() {
    return jdbc.sql("select nation, status, max(revision) as revision from emergencies_incident group by nation, status")
        .query((rs, n) -> new Latest(rs.getString("nation"), IncidentStatus.valueOf(rs.getString("status")), rs.getLong("revision"))).list();
  }

  Optional<Long> revision(UUID id) {
    return jdbc.sql("select revision from emergencies_incident where id = :id").param("id", id).query(Long.class).optional();
  }

  // --- offers

  UUID offer(UUID incident, @Nullable Need need, String donor, String item, Category category, String unit, int quantity,
      Offer.DeliveryMode mode, @Nullable LocalDate arrival, @Nullable String conditions, String by, Instant at) {
    return jdbc.sql("""
            insert into emergencies_offer (incident, need, donor, item, category, unit, quantity, delivery_mode, expected_arrival,
              conditions, offered_by, offered_at, changed_at)
            values (:incident, :need, :donor, :item, :category, :unit, :quantity, :mode, :arrival, :conditions, :by, :at, :at)
            returning id
            """)
        .param("incident", incident).param("need", need == null ? null : need.id()).param("donor", donor).param("item", item)
        .param("category", category.name()).param("unit", unit).param("quantity", quantity).param("mode", mode.name())
        .param("arrival", arrival).param("conditions", conditions).param("by", by).param("at", utc(at))
        .query(UUID.class).single();
  }

  private static final String OFFER = """
      select o.*, n.line as need_line from emergencies_offer o left join emergencies_need n on n.id = o.need
      """;

  Optional<Offer> offer(UUID incident, UUID id) {
    return jdbc.sql(OFFER + " where o.id = :id and o.incident = :incident").param("id", id).param("incident", incident)
        .query((rs, n) -> offer(rs)).optional();
  }

  Listing<Offer> offers(UUID incident, @Nullable String donor, Paging paging) {
    var where = " where o.incident = :incident" + (donor == null ? "" : " and o.donor = :donor");
    var total = jdbc.sql("select count(*) from emergencies_offer o" + where).param("incident", incident)
        .params(donor == null ? java.util.Map.<String, Object>of() : java.util.Map.<String, Object>of("donor", donor)).query(Long.class).single();
    var spec = jdbc.sql(OFFER + where + " order by o.offered_at desc, o.id limit :limit offset :offset").param("incident", incident)
        .param("limit", paging.size()).param("offset", paging.offset());
    if (donor != null) {
      spec = spec.param("donor", donor);
    }
    return paging.listing(spec.query((rs, n) -> offer(rs)).list(), total);
  }

  private static Offer offer(ResultSet rs) throws SQLException {
    var line = rs.getObject("need_line", Integer.class);
    return new Offer(rs.getObject("id", UUID.class), rs.getObject("incident", UUID.class), rs.getObject("need", UUID.class), line,
        rs.getString("donor"), rs.getString("item"), Category.valueOf(rs.getString("category")), rs.getString("unit"),
        rs.getInt("quantity"), rs.getInt("accepted_quantity"), Offer.DeliveryMode.valueOf(rs.getString("delivery_mode")),
        rs.getObject("expected_arrival", LocalDate.class), rs.getString("conditions"), OfferStatus.valueOf(rs.getString("status")),
        rs.getString("offered_by"), rs.getTimestamp("offered_at").toInstant(), rs.getTimestamp("changed_at").toInstant());
  }

  boolean moveOffer(UUID id, OfferStatus from, OfferStatus to, int acceptedQuantity, Instant at) {
    return jdbc.sql("""
            update emergencies_offer set status = :to, accepted_quantity = :accepted, changed_at = :at
            where id = :id and status = :from
            """)
        .param("to", to.name()).param("from", from.name()).param("accepted", acceptedQuantity).param("id", id)
        .param("at", utc(at)).update() == 1;
  }

  /** The nations that offered anything for an incident (as far as the caller may see). */
  List<String> donors(UUID incident) {
    return jdbc.sql("select distinct donor from emergencies_offer where incident = :id order by donor").param("id", incident)
        .query(String.class).list();
  }

  /** Per need line, the nations that offered the same category for other incidents, most often first. */
  List<Suggestion> suggestions(UUID incident, int perLine) {
    return jdbc.sql("""
            select line, donor, offers, quantity from (
              select n.line, o.donor, count(*)::int as offers, sum(o.quantity) as quantity,
                     row_number() over (partition by n.line order by count(*) desc, sum(o.quantity) desc, o.donor) as rank
              from emergencies_need n
              join emergencies_offer o on o.category = n.category and o.incident <> n.incident and o.status <> 'WITHDRAWN'
              join emergencies_incident i on i.id = n.incident
              where n.incident = :id and o.donor <> i.nation
              group by n.line, o.donor) ranked
            where rank <= :per order by line, rank
            """)
        .param("id", incident).param("per", perLine)
        .query((rs, n) -> new Suggestion(rs.getInt("line"), rs.getString("donor"), rs.getInt("offers"), rs.getLong("quantity")))
        .list();
  }

  // --- situation reports

  int nextSitrep(UUID incident) {
    return jdbc.sql("select coalesce(max(number), 0) + 1 from emergencies_sitrep where incident = :id").param("id", incident)
        .query(Integer.class).single();
  }

  void sitrep(UUID incident, int number, BilingualText text, String by, Instant at) {
    jdbc.sql("insert into emergencies_sitrep (incident, number, issued_at, text_en, text_fr, written_by) values (:id, :n, :at, :en, :fr, :by)")
        .param("id", incident).param("n", number).param("at", utc(at)).param("en", text.en()).param("fr", text.fr()).param("by", by)
        .update();
  }

  Listing<Sitrep> sitreps(UUID incident, Paging paging) {
    var total = jdbc.sql("select count(*) from emergencies_sitrep where incident = :id").param("id", incident).query(Long.class).single();
    var items = jdbc.sql("select * from emergencies_sitrep where incident = :id order by number desc limit :limit offset :offset")
        .param("id", incident).param("limit", paging.size()).param("offset", paging.offset())
        .query((rs, n) -> sitrep(rs)).list();
    return paging.listing(items, total);
  }

  Optional<Sitrep> sitrep(UUID incident, int number) {
    return jdbc.sql("select * from emergencies_sitrep where incident = :id and number = :n").param("id", incident).param("n", number)
        .query((rs, n) -> sitrep(rs)).optional();
  }

  private static Sitrep sitrep(ResultSet rs) throws SQLException {
    return new Sitrep(rs.getObject("incident", UUID.class), rs.getInt("number"), rs.getTimestamp("issued_at").toInstant(),
        new BilingualText(rs.getString("text_en"), rs.getString("text_fr")), rs.getString("written_by"));
  }

  // --- points of contact

  record ContactPoint(String nation, String email, String language) {}

  List<ContactPoint> contactPoints() {
    return jdbc.sql("select nation, email, language from emergencies_contact_point")
        .query((rs, n) -> new ContactPoint(rs.getString(1), rs.getString(2), rs.getString(3))).list();
  }

  Optional<ContactPoint> contactPoint(String nation) {
    return jdbc.sql("select nation, email, language from emergencies_contact_point where nation = :n").param("n", nation)
        .query((rs, n) -> new ContactPoint(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
  }

  void keepContactPoint(String nation, String email, String language, String by, Instant at) {
    jdbc.sql("""
            insert into emergencies_contact_point (nation, email, language, updated_by, updated_at) values (:n, :e, :l, :by, :at)
            on conflict (nation) do update set email = excluded.email, language = excluded.language,
              updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """)
        .param("n", nation).param("e", email).param("l", language).param("by", by).param("at", utc(at)).update();
  }

  /** Counts for the start page: incidents of these states (as far as the caller sees them), real ones only. */
  long count(List<IncidentStatus> statuses) {
    return jdbc.sql("select count(*) from emergencies_incident where status = any (:s) and not exercise")
        .param("s", statuses.stream().map(Enum::name).toArray(String[]::new)).query(Long.class).single();
  }

  long offersAwaitingDecision(java.util.Set<String> nations) {
    return jdbc.sql("""
            select count(*) from emergencies_offer o join emergencies_incident i on i.id = o.incident
            where o.status = 'OFFERED' and i.nation = any (:n) and i.status in ('DISSEMINATED', 'COORDINATING')
            """)
        .param("n", nations.toArray(String[]::new)).query(Long.class).single();
  }
}
