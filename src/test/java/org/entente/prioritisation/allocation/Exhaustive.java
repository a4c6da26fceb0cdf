package org.entente.prioritisation.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.prioritisation.allocation.SeatProblem.EventSlot;
import org.entente.prioritisation.allocation.SeatProblem.Request;

/**
 * The exact optimum by exhaustive search, independent of Timefold: at each event a nation's seats go to its first
 * k nominees (its own order), so an allocation is a count per nation and event; every feasible combination is
 * scored, events that overlap in time are searched jointly (a person may take one seat among them).
 */
final class Exhaustive {

  private Exhaustive() {}

  record Choice(Set<String> seated, long soft) {}

  static Choice optimum(SeatProblem p) {
    var perEvent = new ArrayList<List<Choice>>();
    for (var e : p.events()) perEvent.add(choices(p, e));
    // events overlapping each other are searched together, the rest on their own
    var best = new HashSet<String>();
    long total = 0;
    var done = new HashSet<Integer>();
    for (int i = 0; i < p.events().size(); i++) {
      if (done.contains(i)) continue;
      var group = new ArrayList<Integer>();
      group.add(i);
      for (int j = i + 1; j < p.events().size(); j++) {
        int jj = j;
        if (group.stream().anyMatch(g -> p.events().get(g).overlaps(p.events().get(jj)))) group.add(j);
      }
      done.addAll(group);
      var found = search(p, perEvent, group, 0, new HashSet<>(), 0, new long[] {Long.MIN_VALUE}, new Set[1]);
      best.addAll(found.seated());
      total += found.soft();
    }
    return new Choice(best, total);
  }

  private static Choice search(SeatProblem p, List<List<Choice>> perEvent, List<Integer> group, int at, Set<String> chosen,
      long value, long[] bestValue, Set<String>[] bestSet) {
    if (at == group.size()) {
      if (value > bestValue[0] && Objective.evaluate(restrict(p, group), chosen).feasible()) {
        bestValue[0] = value;
        bestSet[0] = new HashSet<>(chosen);
      }
      return new Choice(bestSet[0] == null ? Set.of() : bestSet[0], bestValue[0]);
    }
    long bound = 0;
    for (int k = at + 1; k < group.size(); k++) bound += perEvent.get(group.get(k)).getFirst().soft();
    for (var c : perEvent.get(group.get(at))) {
      if (value + c.soft() + bound <= bestValue[0]) break; // sorted best first
      var next = new HashSet<>(chosen);
      next.addAll(c.seated());
      search(p, perEvent, group, at + 1, next, value + c.soft(), bestValue, bestSet);
    }
    return new Choice(bestSet[0] == null ? Set.of() : bestSet[0], bestValue[0]);
  }

  private static SeatProblem restrict(SeatProblem p, List<Integer> group) {
    var ids = group.stream().map(g -> p.events().get(g).id()).toList();
    return new SeatProblem(p.events(), p.requests().stream().filter(r -> ids.contains(r.event())).toList(), p.weights(), p.spread(),
        p.stability());
  }

  /** Every feasible choice at one event (capacity and quotas), best first. */
  static List<Choice> choices(SeatProblem p, EventSlot e) {
    var mine = p.requests().stream().filter(r -> r.event().equals(e.id())).toList();
    var nations = mine.stream().map(Request::nation).distinct().sorted().toList();
    var lists = nations.stream().map(n -> mine.stream().filter(r -> r.nation().equals(n))
        .sorted(Comparator.comparingInt(Request::rank)).toList()).toList();
    var out = new ArrayList<Choice>();
    var single = new SeatProblem(List.of(e), mine, p.weights(), p.spread(), p.stability());
    enumerate(single, lists, 0, new ArrayList<>(), out);
    out.sort(Comparator.comparingLong(Choice::soft).reversed());
    return out;
  }

  private static void enumerate(SeatProblem single, List<List<Request>> lists, int at, List<String> seated, List<Choice> out) {
    if (at == lists.size()) {
      var set = Set.copyOf(seated);
      var ev = Objective.evaluate(single, set);
      if (ev.feasible()) out.add(new Choice(set, ev.soft()));
      return;
    }
    var list = lists.get(at);
    for (int k = 0; k <= list.size(); k++) {
      var next = new ArrayList<>(seated);
      for (int i = 0; i < k; i++) next.add(list.get(i).id());
      if (next.size() > single.events().getFirst().free()) break;
      enumerate(single, lists, at + 1, next, out);
    }
  }
}
