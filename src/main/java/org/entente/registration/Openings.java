package org.entente.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Role;
import org.entente.catalogue.Event;
import org.entente.catalogue.MenuSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events people can act on: the events the reader sees in the catalogue, with what registration knows of each
 * (the window of nominations, whether the reader's nation is invited, seats left), filtered by "open for
 * nominations now", "my nation is eligible", "seats left", area and dates.
 */
@Service
public class Openings {

  /** At most this many events are weighed for one page or month (a year of a busy menu). */
  static final int MAX_WEIGHED = 2_000;

  private final MenuSearch search;
  private final JdbcClient jdbc;
  private final Clock clock;

  Openings(MenuSearch search, JdbcClient jdbc, Clock clock) {
    this.search = search;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What to look for; false and null do not filter. */
  public record Query(boolean openNow, boolean eligible, boolean seatsLeft, @Nullable String area,
      @Nullable LocalDate from, @Nullable LocalDate to) {}

  /**
   * One event and what the reader can do about it.
   *
   * @param seatsLeft seats not held (waitlisted nominations hold none)
   * @param eligible the reader's nation may take part (eligible for the activity and invited); false without a nation
   */
  public record Opening(Event event, LocalDate opens, LocalDate closes, boolean openNow, boolean eligible, int capacity,
      int held, int waitlisted, int seatsLeft) {}

  /** The events found (in date order), how many in all, and the reader's nation if they have one. */
  public record Found(List<Opening> items, int total, @Nullable String nation) {}

  /** The nation the reader nominates for or belongs to as a participant, if any. */
  public Optional<String> nationOf(Caller caller) {
    return caller.grants().stream()
        .filter(g -> g.role() == Role.NATIONAL_COORDINATOR || g.role() == Role.PARTICIPANT)
        .map(Caller.Grant::organisation).sorted().findFirst();
  }

  @Transactional(readOnly = true)
  public Found find(Query query) {
    var caller = org.entente.access.Callers.current().orElse(null);
    var nation = caller == null ? null : nationOf(caller).orElse(null);
    var today = LocalDate.now(clock);
    var from = query.from() == null ? today : query.from();
    var events = search.events(new MenuSearch.EventQuery(from, query.to(), null, query.area(), null, null, 0, MAX_WEIGHED),
        query.eligible() ? nation == null ? "-" : nation : null).items();
    var eligibleActivities = nation == null ? java.util.Set.<String>of()
        : search.eligibleAmong(events.stream().map(Event::activity).distinct().toList(), nation);
    var facts = facts(events.stream().map(Event::id).toList(), nation);
    var items = new ArrayList<Opening>();
    for (var e : events) {
      var f = facts.get(e.id());
      var opens = f == null ? e.nominationsOpen() : f.opens();
      var closes = f == null ? e.nominationsClose() : f.closes();
      var capacity = f == null ? e.seats() : f.capacity();
      var held = f == null ? 0 : f.held();
      var invited = f == null || f.invited();
      var open = !today.isBefore(opens) && !today.isAfter(closes);
      var eligible = nation != null && invited && eligibleActivities.contains(e.activity());
      var opening = new Opening(e, opens, closes, open, eligible, capacity, held, f == null ? 0 : f.waitlisted(),
          Math.max(0, capacity - held));
      if ((query.openNow() && !open) || (query.eligible() && !eligible) || (query.seatsLeft() && opening.seatsLeft() == 0)) {
        continue;
      }
      items.add(opening);
    }
    items.sort(Comparator.comparing((Opening o) -> o.event().startsOn()).thenComparing(o -> o.event().activity()));
    return new Found(items, items.size(), nation);
  }

  private record Facts(LocalDate opens, LocalDate closes, boolean invited, int capacity, int held, int waitlisted) {}

  private Map<UUID, Facts> facts(List<UUID> events, @Nullable String nation) {
    if (events.isEmpty()) {
      return Map.of();
    }
    var facts = new HashMap<UUID, Facts>();
    jdbc.sql("select * from registration_event_facts(:events, :nation)")
        .param("events", events.toArray(UUID[]::new))
        .param("nation", nation)
        .query((rs, n) -> facts.put(rs.getObject("event_id", UUID.class), new Facts(rs.getObject("opens", LocalDate.class),
            rs.getObject("closes", LocalDate.class), rs.getBoolean("invited"), rs.getInt("capacity"), rs.getInt("held"),
            rs.getInt("waitlisted"))))
        .list();
    return facts;
  }
}
