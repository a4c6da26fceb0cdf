package org.entente.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.catalogue.Event;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations, nominations and seats in the database; row-level security decides which the caller gets. */
@Repository
class Nominations {

  private static final String SELECT = """
      select n.*, p.family_name || ', ' || p.given_name as participant_name
      from registration_nomination n join registration_participant p on p.id = n.participant
      """;

  private final JdbcClient jdbc;

  Nominations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Serializes the state changes of one event until the transaction ends. */
  void lockEvent(UUID event) {
    jdbc.sql("select registration_lock_event(:event)").param("event", event).query((rs, n) -> 1).list();
  }

  /** Opens the event with the catalogue's defaults, unless it is open already. */
  void openByDefault(Event e) {
    jdbc.sql("select registration_open_event(:id, :activity, :provider, :capacity, :starts, :ends, :opens, :closes, :quota)")
        .param("id", e.id())
        .param("activity", e.activity())
        .param("provider", e.provider())
        .param("capacity", e.seats())
        .param("starts", e.startsOn())
        .param("ends", e.endsOn())
        .param("opens", e.nominationsOpen())
        .param("closes", e.nominationsClose())
        .param("quota", e.nationQuota())
        .query((rs, n) -> 1)
        .list();
  }

  Optional<Invitation> invitation(UUID event) {
    // the quotas with their invitation in one statement (the write path reads it on every nomination)
    return jdbc.sql("""
            select i.*,
                   array(select q.framework from registration_quota q where q.event_id = i.event_id order by q.framework) as quota_frameworks,
                   array(select q.seats from registration_quota q where q.event_id = i.event_id order by q.framework) as quota_seats
            from registration_invitation i where i.event_id = :event
            """)
        .param("event", event)
        .query((rs, n) -> new Invitation(
            rs.getObject("event_id", UUID.class),
            rs.getString("activity"),
            rs.getString("provider"),
            rs.getInt("capacity"),
            rs.getObject("opens", LocalDate.class),
            rs.getObject("closes", LocalDate.class),
            rs.getArray("nations") == null ? null : Arrays.asList((String[]) rs.getArray("nations").getArray()),
            (Integer) rs.getObject("nation_quota"),
            quotas((String[]) rs.getArray("quota_frameworks").getArray(), (Integer[]) rs.getArray("quota_seats").getArray())))
        .optional();
  }

  private static Map<String, Integer> quotas(String[] frameworks, Integer[] seats) {
    var quotas = new LinkedHashMap<String, Integer>();
    for (int i = 0; i < frameworks.length; i++) {
      quotas.put(frameworks[i], seats[i]);
    }
    return Map.copyOf(quotas);
  }

  /** Event dates are the catalogue's; kept here for the checks that depend on them (attendance). */
  Optional<LocalDate> startsOn(UUID event) {
    return jdbc.sql("select starts_on from registration_invitation where event_id = :event")
        .param("event", event).query(LocalDate.class).optional();
  }

  void updateInvitation(UUID event, LocalDate opens, LocalDate closes, @Nullable List<String> nations,
      @Nullable Integer nationQuota, Map<String, Integer> frameworkQuotas, Instant at) {
    jdbc.sql("""
            update registration_invitation set opens = :opens, closes = :closes, nations = :nations,
              nation_quota = :quota, updated_at = :at
            where event_id = :event
            """)
        .param("opens", opens)
        .param("closes", closes)
        .param("nations", nations == null ? null : nations.toArray(String[]::new))
        .param("quota", nationQuota)
        .param("at", utc(at))
        .param("event", event)
        .update();
    jdbc.sql("delete from registration_quota where event_id = :event").param("event", event).update();
    frameworkQuotas.forEach((framework, seats) ->
        jdbc.sql("insert into registration_quota (event_id, framework, seats) values (:event, :framework, :seats)")
            .param("event", event).param("framework", framework).param("seats", seats).update());
    jdbc.sql("select registration_recount(:event)").param("event", event).query((rs, n) -> 1).list();
  }

  Seats seats(UUID event) {
    return jdbc.sql("select * from registration_seats(:event)")
        .param("event", event)
        .query((rs, n) -> new Seats(rs.getInt("capacity"), rs.getInt("held"), rs.getInt("waitlisted")))
        .optional()
        .orElse(new Seats(0, 0, 0));
  }

  /** A new nomination, read back from its own insert (with the participant's name). */
  Nomination insert(UUID id, Invitation invitation, String nation, List<String> frameworks, UUID participant, String by, Instant at) {
    return jdbc.sql("""
            with n as (
              insert into registration_nomination (id, event_id, activity, provider, nation, frameworks, participant, state,
                nominated_by, nominated_at, changed_at)
              values (:id, :event, :activity, :provider, :nation, :frameworks, :participant, 'NOMINATED', :by, :at, :at)
              returning *)
            select n.*, p.family_name || ', ' || p.given_name as participant_name
            from n join registration_participant p on p.id = n.participant
            """)
        .param("id", id)
        .param("event", invitation.event())
        .param("activity", invitation.activity())
        .param("provider", invitation.provider())
        .param("nation", nation)
        .param("frameworks", frameworks.toArray(String[]::new))
        .param("participant", participant)
        .param("by", by)
        .param("at", utc(at))
        .query(Nominations::nomination)
        .single();
  }

  Optional<Nomination> find(UUID id) {
    return jdbc.sql(SELECT + " where n.id = :id").param("id", id).query(Nominations::nomination).optional();
  }

  /**
   * The event of a nomination the caller may see, locked as {@link #lockEvent} does, in one statement (the
   * write path's first step on every move); empty, and nothing locked, when the caller may not see it.
   */
  Optional<UUID> lockEventOf(UUID id) {
    return jdbc.sql("select event_id, registration_lock_event(event_id) from registration_nomination where id = :id")
        .param("id", id)
        .query((rs, n) -> rs.getObject("event_id", UUID.class))
        .optional();
  }

  /** A nomination with its event's first day, read under the event's lock before a move. */
  record Current(Nomination nomination, LocalDate startsOn) {}

  Optional<Current> current(UUID id) {
    return jdbc.sql("""
            select n.*, p.family_name || ', ' || p.given_name as participant_name, i.starts_on
            from registration_nomination n join registration_participant p on p.id = n.participant
                 join registration_invitation i on i.event_id = n.event_id
            where n.id = :id
            """)
        .param("id", id)
        .query((rs, row) -> new Current(nomination(rs, row), rs.getObject("starts_on", LocalDate.class)))
        .optional();
  }

  List<Nomination> ofEvent(UUID event) {
    return jdbc.sql(SELECT + " where n.event_id = :event order by n.nominated_at, n.id")
        .param("event", event).query(Nominations::nomination).list();
  }

  /** One page of an event's nominations the caller may see, in the order they came. */
  org.entente.web.Listing<Nomination> ofEvent(UUID event, org.entente.web.Paging paging) {
    return paging.query(jdbc, SELECT + " where n.event_id = :event order by n.nominated_at, n.id", Map.of("event", event),
        Nominations::nomination);
  }

  /** One page of a participant's nominations the caller may see, newest first. */
  org.entente.web.Listing<Nomination> ofParticipant(UUID participant, org.entente.web.Paging paging) {
    return paging.query(jdbc, SELECT + " where n.participant = :participant order by n.nominated_at desc, n.id",
        Map.of("participant", participant), Nominations::nomination);
  }

  /** A nomination of the caller's own, with its event's dates, certificate and whether feedback was given. */
  record Mine(Nomination nomination, LocalDate startsOn, LocalDate endsOn, @Nullable String certificate, boolean feedbackGiven) {}

  List<Mine> mine() {
    return listed("p.account = app_user_id()", Map.of(), "i.starts_on desc, n.id");
  }

  /** Nominations of these nations (or providers: {@code column}) in these states, soonest event first. */
  List<Mine> of(String column, String[] organisations, String[] states, int limit) {
    return listed("n." + column + " = any (:orgs) and n.state = any (:states)", Map.of("orgs", organisations, "states", states),
        "i.starts_on, n.event_id, p.family_name, n.id limit " + limit);
  }

  private List<Mine> listed(String where, Map<String, Object> params, String order) {
    var statement = jdbc.sql("""
            select n.*, p.family_name || ', ' || p.given_name as participant_name, i.starts_on, i.ends_on,
                   (select c.code from registration_certificate c where c.nomination = n.id) as certificate,
                   exists (select 1 from registration_feedback f where f.nomination = n.id) as feedback_given
            from registration_nomination n join registration_participant p on p.id = n.participant
                 join registration_invitation i on i.event_id = n.event_id
            where\s""" + where + " order by " + order);
    for (var e : params.entrySet()) {
      statement = statement.param(e.getKey(), e.getValue());
    }
    return statement
        .query((rs, row) -> new Mine(nomination(rs, row), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getString("certificate"), rs.getBoolean("feedback_given")))
        .list();
  }

  /** Moves a nomination; the nomination as the move left it (read back from the update itself). */
  Nomination move(UUID id, NominationState to, Instant at) {
    return jdbc.sql("""
            with n as (update registration_nomination set state = :state, changed_at = :at where id = :id returning *)
            select n.*, p.family_name || ', ' || p.given_name as participant_name
            from n join registration_participant p on p.id = n.participant
            """)
        .param("state", to.name())
        .param("at", utc(at))
        .param("id", id)
        .query(Nominations::nomination)
        .single();
  }

  /** Offers the freed seat to the head of the waitlist that fits every limit; its id, if any. */
  Optional<UUID> offerNext(UUID event, Instant expires, Instant at) {
    return jdbc.sql("select registration_offer_next(:event, :expires, :at)")
        .param("event", event)
        .param("expires", utc(expires))
        .param("at", utc(at))
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .optional()
        .filter(java.util.Objects::nonNull);
  }

  /** Offers expired by now, each with its event (each is settled later under its event's lock). */
  List<UUID[]> expiredOffers(Instant now, int limit) {
    return jdbc.sql("""
            select id, event_id from registration_nomination where state = 'OFFERED' and offer_expires_at <= :now
            order by offer_expires_at limit :limit
            """)
        .param("now", utc(now))
        .param("limit", limit)
        .query((rs, n) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class)})
        .list();
  }

  /** Confirmed nominations to events starting within these dates (for reminders). */
  List<UUID> confirmedStarting(LocalDate from, LocalDate to) {
    return jdbc.sql("""
            select n.id from registration_nomination n join registration_invitation i on i.event_id = n.event_id
            where n.state = 'CONFIRMED' and i.starts_on between :from and :to
            """)
        .param("from", from).param("to", to).query(UUID.class).list();
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Nomination nomination(ResultSet rs, int row) throws SQLException {
    var position = rs.getObject("waitlist_position");
    return new Nomination(
        rs.getObject("id", UUID.class),
        rs.getObject("event_id", UUID.class),
        rs.getString("activity"),
        rs.getString("provider"),
        rs.getString("nation"),
        rs.getObject("participant", UUID.class),
        rs.getString("participant_name"),
        NominationState.valueOf(rs.getString("state")),
        rs.getBoolean("holds_seat"),
        position == null ? null : ((Number) position).longValue(),
        instant(rs, "offer_expires_at"),
        instant(rs, "nominated_at"),
        instant(rs, "changed_at"));
  }
}
