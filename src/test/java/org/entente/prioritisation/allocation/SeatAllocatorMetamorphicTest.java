package org.entente.prioritisation.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entente.prioritisation.allocation.SeatProblem.EventSlot;
import org.entente.prioritisation.allocation.SeatProblem.Request;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's metamorphic test: raising one consideration's weight, other things equal, never lowers the seats of
 * the partners who score higher on it than every other partner of the instance.
 */
class SeatAllocatorMetamorphicTest {

  static final SeatAllocator ALLOCATOR = new SeatAllocator(new SeatAllocator.Limits(Duration.ofSeconds(10), 400, null, 11L));

  @Test
  void raisingAWeightNeverCostsThoseWhoScoreHigherOnIt() {
    for (long seed = 1; seed <= 60; seed++) {
      var rnd = new Random(seed);
      int k = rnd.nextInt(6);
      var base = instance(rnd, k);
      var high = base.requests().stream().filter(r -> r.considerations()[k] == 90).map(Request::nation).distinct().toList();
      var raised = base.weights().clone();
      raised[k] = Math.min(10, raised[k] + 1 + rnd.nextInt(6));
      var after = new SeatProblem(base.events(), base.requests(), raised, base.spread(), base.stability());
      long before = seats(base, ALLOCATOR.solve(base).seated(), high);
      long then = seats(after, ALLOCATOR.solve(after).seated(), high);
      assertThat(then).as("seed %d, consideration %d raised %d -> %d", seed, k, base.weights()[k], raised[k]).isGreaterThanOrEqualTo(before);
    }
  }

  private static long seats(SeatProblem p, Set<String> seated, List<String> nations) {
    return p.requests().stream().filter(r -> seated.contains(r.id()) && nations.contains(r.nation())).count();
  }

  /** One oversubscribed event; some nations score 90 on consideration k, the others 10; their other values random. */
  private static SeatProblem instance(Random rnd, int k) {
    var nations = Instances.NATIONS.subList(0, 2 + rnd.nextInt(3));
    var values = new HashMap<String, int[]>();
    for (int i = 0; i < nations.size(); i++) {
      var c = new int[6];
      for (int j = 0; j < 6; j++) c[j] = rnd.nextInt(101);
      c[k] = i % 2 == 0 ? 90 : 10;
      values.put(nations.get(i), c);
    }
    int nominations = 5 + rnd.nextInt(8);
    var day = LocalDate.of(2027, 5, 3);
    var event = new EventSlot("E", "Course", 2 + rnd.nextInt(nominations - 3), day, day.plusDays(4), null, Map.of(), Map.of(), Map.of(),
        rnd.nextInt(101));
    var requests = new ArrayList<Request>();
    var ranks = new HashMap<String, Integer>();
    for (int i = 0; i < nominations; i++) {
      var nation = nations.get(rnd.nextInt(nations.size()));
      requests.add(new Request("N" + i, "E", nation, nation + i, ranks.merge(nation, 1, Integer::sum), i, Instances.FRAMEWORKS.get(nation),
          values.get(nation), null));
    }
    var weights = new int[7];
    for (int j = 0; j < 7; j++) weights[j] = rnd.nextInt(8);
    return new SeatProblem(List.of(event), requests, weights, rnd.nextInt(2) * 300, 0);
  }
}
