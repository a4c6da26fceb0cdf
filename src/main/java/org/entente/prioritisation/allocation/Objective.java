package org.entente.prioritisation.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.prioritisation.allocation.SeatProblem.Request;

/**
 * Scores any assignment exactly as the solver's constraints do, independently of Timefold: the number of hard
 * constraints broken (each seat over, each pair out of a nation's order, …) and the soft objective.
 */
public final class Objective {

  private Objective() {}

  /** An assignment's figures. */
  public record Evaluation(long hard, long soft, Map<String, Long> parts) {
    public boolean feasible() {
      return hard == 0;
    }
  }

  public static Evaluation evaluate(SeatProblem p, Set<String> seated) {
    long hard = 0;
    long soft = 0;
    var parts = new java.util.LinkedHashMap<String, Long>();
    for (var name : List.of(AllocationConstraints.CAPACITY, AllocationConstraints.ORDER, AllocationConstraints.NATION_QUOTA,
        AllocationConstraints.FRAMEWORK_QUOTA, AllocationConstraints.ONE_SEAT, AllocationConstraints.WORTH, AllocationConstraints.SPREAD,
        AllocationConstraints.STABILITY)) parts.put(name, 0L);
    var byEvent = new HashMap<String, Integer>();
    var byNation = new HashMap<List<String>, Integer>();
    var byFramework = new HashMap<List<String>, Integer>();
    for (var r : p.requests()) {
      if (!seated.contains(r.id())) continue;
      byEvent.merge(r.event(), 1, Integer::sum);
      byNation.merge(List.of(r.event(), r.nation()), 1, Integer::sum);
      for (var f : r.frameworks()) byFramework.merge(List.of(r.event(), f), 1, Integer::sum);
      soft += SeatProblem.PER_SEAT + p.value(r);
      parts.merge(AllocationConstraints.WORTH, SeatProblem.PER_SEAT + p.value(r), Long::sum);
    }
    for (var e : p.events()) {
      long over = Math.max(0, byEvent.getOrDefault(e.id(), 0) - e.free());
      hard += over;
      parts.merge(AllocationConstraints.CAPACITY, -over, Long::sum);
      for (var entry : e.frameworkQuotas().entrySet()) {
        int n = byFramework.getOrDefault(List.of(e.id(), entry.getKey()), 0);
        long x = excess(n, e.heldByFramework().getOrDefault(entry.getKey(), 0), entry.getValue());
        hard += x;
        parts.merge(AllocationConstraints.FRAMEWORK_QUOTA, -x, Long::sum);
      }
    }
    for (var entry : byNation.entrySet()) {
      var e = p.event(entry.getKey().get(0));
      var nation = entry.getKey().get(1);
      if (e.nationQuota() != null) {
        long x = excess(entry.getValue(), e.heldByNation().getOrDefault(nation, 0), e.nationQuota());
        hard += x;
        parts.merge(AllocationConstraints.NATION_QUOTA, -x, Long::sum);
      }
      if (e.heldByNation().getOrDefault(nation, 0) == 0) {
        soft += p.spread();
        parts.merge(AllocationConstraints.SPREAD, (long) p.spread(), Long::sum);
      }
    }
    var byShare = new HashMap<List<String>, List<Request>>();
    var byPerson = new HashMap<String, List<Request>>();
    for (var r : p.requests()) {
      boolean in = seated.contains(r.id());
      if (r.previous() != null && r.previous() == in) {
        soft += p.stability();
        parts.merge(AllocationConstraints.STABILITY, (long) p.stability(), Long::sum);
      }
      byShare.computeIfAbsent(List.of(r.event(), r.nation()), k -> new java.util.ArrayList<>()).add(r);
      if (in) byPerson.computeIfAbsent(r.person(), k -> new java.util.ArrayList<>()).add(r);
    }
    // a nation's order: each seated nominee counts the nominees before it left out
    for (var list : byShare.values()) {
      list.sort(java.util.Comparator.comparingInt(Request::rank));
      int missed = 0;
      for (var r : list) {
        if (!seated.contains(r.id())) {
          missed++;
        } else if (missed > 0) {
          hard += missed;
          parts.merge(AllocationConstraints.ORDER, (long) -missed, Long::sum);
        }
      }
    }
    // one seat per person among overlapping events
    for (var list : byPerson.values()) {
      for (int i = 0; i < list.size(); i++)
        for (int j = i + 1; j < list.size(); j++) {
          var a = list.get(i);
          var b = list.get(j);
          if (a.event().equals(b.event()) || p.event(a.event()).overlaps(p.event(b.event()))) {
            hard++;
            parts.merge(AllocationConstraints.ONE_SEAT, -1L, Long::sum);
          }
        }
    }
    return new Evaluation(hard, soft, parts);
  }

  /** Seats beyond a quota among those this allocation gives (seats already held are not undone). */
  static long excess(int given, int held, int quota) {
    return Math.max(0, Math.min(given, held + given - quota));
  }

}
