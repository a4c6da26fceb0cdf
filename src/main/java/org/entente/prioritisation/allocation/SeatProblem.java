package org.entente.prioritisation.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an allocation decides: for events whose nominations exceed their free seats, which pending nominations
 * get a seat.
 *
 * @param events the events, each with its free seats and quotas
 * @param requests the pending nominations
 * @param weights the weight of each consideration (index = {@code Consideration.ordinal()}), 0–10
 * @param spread reward for each nation that gets a seat at an event where it held none
 * @param stability reward for each nomination decided as in the previous run (when one is given)
 */
public record SeatProblem(List<EventSlot> events, List<Request> requests, int[] weights, int spread, int stability) {

  /** Reward for every seat filled, so that a seat is never left empty while someone may take it. */
  public static final int PER_SEAT = 100;

  public SeatProblem {
    events = List.copyOf(events);
    requests = List.copyOf(requests);
    weights = weights.clone();
  }

  /**
   * An event as the allocation sees it.
   *
   * @param free seats not yet held
   * @param nationQuota at most this many seats per nation (held ones included), or null
   * @param frameworkQuotas at most so many seats for the members of each framework (held ones included)
   * @param heldByNation seats already held, per nation
   * @param heldByFramework seats already held, per framework
   * @param priorityArea the activity's value on the priority-area consideration, 0–100
   */
  public record EventSlot(String id, String label, int free, LocalDate startsOn, LocalDate endsOn, @Nullable Integer nationQuota,
      Map<String, Integer> frameworkQuotas, Map<String, Integer> heldByNation, Map<String, Integer> heldByFramework, int priorityArea) {
    public EventSlot {
      frameworkQuotas = Map.copyOf(frameworkQuotas);
      heldByNation = Map.copyOf(heldByNation);
      heldByFramework = Map.copyOf(heldByFramework);
    }

    boolean overlaps(EventSlot other) {
      return !endsOn.isBefore(other.startsOn) && !other.endsOn.isBefore(startsOn);
    }
  }

  /**
   * A pending nomination.
   *
   * @param rank the nation's own order among its nominees to this event (1 first)
   * @param arrival the order of arrival over all events (first come, first served)
   * @param considerations the nation's value on each partner consideration, 0–100 (index = ordinal)
   * @param previous whether the previous run seated it, if there was one
   */
  public record Request(String id, String event, String nation, String person, int rank, int arrival, Set<String> frameworks,
      int[] considerations, @Nullable Boolean previous) {
    public Request {
      frameworks = Set.copyOf(frameworks);
      considerations = considerations.clone();
    }
  }

  public EventSlot event(String id) {
    var byId = INDEX.get(this);
    if (byId == null) {
      var map = new java.util.HashMap<String, EventSlot>();
      events.forEach(e -> map.put(e.id(), e));
      byId = map;
      INDEX.put(this, byId);
    }
    var found = byId.get(id);
    if (found == null) throw new java.util.NoSuchElementException(id);
    return found;
  }

  /** A problem is itself (its arrays make a value comparison meaningless), which also keeps the index cheap. */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** Events by id, per problem (a record keeps no other field); weak, so a problem solved is forgotten. */
  private static final Map<SeatProblem, Map<String, EventSlot>> INDEX =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** What a seat for this nomination is worth on the considerations, before the reward per seat. */
  public long value(Request r) {
    long v = 0;
    for (int k = 0; k < 6; k++) v += (long) weights[k] * r.considerations()[k];
    v += (long) weights[6] * event(r.event()).priorityArea();
    return v;
  }

  /** Each term of {@link #value}, by consideration ordinal. */
  public long[] valueTerms(Request r) {
    var terms = new long[7];
    for (int k = 0; k < 6; k++) terms[k] = (long) weights[k] * r.considerations()[k];
    terms[6] = (long) weights[6] * event(r.event()).priorityArea();
    return terms;
  }

  /** Pairs of events that overlap in time (a person can take at most one seat among them). */
  public List<List<String>> overlapping() {
    var pairs = new ArrayList<List<String>>();
    for (int i = 0; i < events.size(); i++)
      for (int j = i + 1; j < events.size(); j++)
        if (events.get(i).overlaps(events.get(j))) pairs.add(List.of(events.get(i).id(), events.get(j).id()));
    return pairs;
  }
}
