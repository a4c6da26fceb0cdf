package org.entente.prioritisation.allocation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Today's rule: nominations in order of arrival take a seat while one is free and no quota or other seat of the
 * same person refuses it; once a nation's nominee is refused at an event, its later ones there are too (a
 * nation's own order holds).
 */
public final class FirstComeFirstServed {

  private FirstComeFirstServed() {}

  public static Set<String> allocate(SeatProblem p) {
    return allocate(p, Comparator.comparingInt(SeatProblem.Request::arrival));
  }

  /** The same rule in another order: by worth, the greedy start of the solver. */
  public static Set<String> byWorth(SeatProblem p) {
    return allocate(p, Comparator.comparingLong((SeatProblem.Request r) -> -p.value(r)).thenComparingInt(SeatProblem.Request::arrival));
  }

  static Set<String> allocate(SeatProblem p, Comparator<SeatProblem.Request> order) {
    var seated = new HashSet<String>();
    var used = new HashMap<String, Integer>();
    var byNation = new HashMap<List<String>, Integer>();
    var byFramework = new HashMap<List<String>, Integer>();
    var blocked = new HashSet<List<String>>();
    var personEvents = new HashMap<String, List<String>>();
    var ordered = p.requests().stream()
        .sorted(order).toList();
    var queues = new HashMap<List<String>, List<SeatProblem.Request>>();
    for (var r : p.requests()) queues.computeIfAbsent(List.of(r.event(), r.nation()), k -> new java.util.ArrayList<>()).add(r);
    queues.values().forEach(q -> q.sort(Comparator.comparingInt(SeatProblem.Request::rank)));
    var taken = new HashMap<List<String>, Integer>();
    // a nation's order wins over arrival: its nominees are taken in its own order, at the arrival of each slot
    for (var r : ordered) {
      var e = p.event(r.event());
      var key = List.of(r.event(), r.nation());
      // each arrival of the nation at this event takes up its next nominee in its order (seated or refused)
      var next = queues.get(key).get(taken.merge(key, 1, Integer::sum) - 1);
      boolean ok = !blocked.contains(key) && used.getOrDefault(e.id(), 0) < e.free();
      if (ok && e.nationQuota() != null) {
        ok = e.heldByNation().getOrDefault(r.nation(), 0) + byNation.getOrDefault(key, 0) < e.nationQuota();
      }
      if (ok) {
        for (var f : next.frameworks()) {
          var quota = e.frameworkQuotas().get(f);
          if (quota != null && e.heldByFramework().getOrDefault(f, 0) + byFramework.getOrDefault(List.of(e.id(), f), 0) >= quota) ok = false;
        }
      }
      if (ok) {
        for (var other : personEvents.getOrDefault(next.person(), List.of())) {
          if (other.equals(e.id()) || p.event(other).overlaps(e)) ok = false;
        }
      }
      if (!ok) {
        blocked.add(key);
        continue;
      }
      seated.add(next.id());
      used.merge(e.id(), 1, Integer::sum);
      byNation.merge(key, 1, Integer::sum);
      for (var f : next.frameworks()) byFramework.merge(List.of(e.id(), f), 1, Integer::sum);
      personEvents.computeIfAbsent(next.person(), x -> new java.util.ArrayList<>()).add(e.id());
    }
    return Set.copyOf(seated);
  }
}
