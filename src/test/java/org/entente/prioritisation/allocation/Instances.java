package org.entente.prioritisation.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entente.prioritisation.allocation.SeatProblem.EventSlot;
import org.entente.prioritisation.allocation.SeatProblem.Request;

/**
 * Random small instances: two or three events, the first two on overlapping dates and sharing some people, up to
 * twelve nominations each from two to four nations, quotas now and then, seats already held now and then.
 */
final class Instances {

  private Instances() {}

  static final List<String> NATIONS = List.of("GEO", "JOR", "UKR", "MDA");
  static final Map<String, Set<String>> FRAMEWORKS = Map.of("GEO", Set.of("EAPC"), "JOR", Set.of("MD"), "UKR", Set.of("EAPC"),
      "MDA", Set.of("EAPC"));

  static SeatProblem random(long seed) {
    var rnd = new Random(seed);
    int eventCount = 2 + rnd.nextInt(2);
    int nationCount = 2 + rnd.nextInt(3);
    var nations = NATIONS.subList(0, nationCount);
    var considerations = new HashMap<String, int[]>();
    for (var n : nations) {
      var c = new int[6];
      for (int k = 0; k < 6; k++) c[k] = rnd.nextInt(101);
      considerations.put(n, c);
    }
    var events = new ArrayList<EventSlot>();
    var requests = new ArrayList<Request>();
    var day = LocalDate.of(2027, 3, 1);
    int arrival = 0;
    var people = new HashMap<String, List<String>>();
    for (int e = 0; e < eventCount; e++) {
      var starts = e < 2 ? day : day.plusDays(30 * e);
      int nominations = 4 + rnd.nextInt(9);
      int free = 1 + rnd.nextInt(Math.max(1, nominations - 2));
      Integer nationQuota = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : null;
      Map<String, Integer> fq = rnd.nextInt(4) == 0 ? Map.of("EAPC", 1 + rnd.nextInt(3)) : Map.of();
      var held = new HashMap<String, Integer>();
      var heldFw = new HashMap<String, Integer>();
      if (rnd.nextInt(3) == 0) {
        var n = nations.get(rnd.nextInt(nationCount));
        held.put(n, 1);
        FRAMEWORKS.get(n).forEach(f -> heldFw.put(f, 1));
      }
      var id = "E" + e;
      events.add(new EventSlot(id, "Event " + e, free, starts, starts.plusDays(4), nationQuota, fq, held, heldFw, rnd.nextInt(101)));
      var ranks = new HashMap<String, Integer>();
      for (int i = 0; i < nominations; i++) {
        var nation = nations.get(rnd.nextInt(nationCount));
        int rank = ranks.merge(nation, 1, Integer::sum);
        String person;
        var known = people.getOrDefault(nation, List.of()).stream()
            .filter(p -> requests.stream().noneMatch(r -> r.person().equals(p) && r.event().equals(id))).toList();
        if (e == 1 && !known.isEmpty() && rnd.nextInt(3) == 0) {
          person = known.get(rnd.nextInt(known.size()));
        } else {
          person = nation + "-p" + e + "-" + i;
          people.computeIfAbsent(nation, x -> new ArrayList<>()).add(person);
        }
        Boolean previous = seed % 5 == 0 ? rnd.nextBoolean() : null;
        requests.add(new Request(id + "-" + i, id, nation, person, rank, arrival++ + rnd.nextInt(3), FRAMEWORKS.get(nation),
            considerations.get(nation), previous));
      }
    }
    var weights = new int[7];
    for (int k = 0; k < 7; k++) weights[k] = rnd.nextInt(11);
    return new SeatProblem(events, requests, weights, rnd.nextInt(2) * 400, seed % 5 == 0 ? 150 : 0);
  }
}
