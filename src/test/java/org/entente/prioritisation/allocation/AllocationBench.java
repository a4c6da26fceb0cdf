package org.entente.prioritisation.allocation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entente.prioritisation.allocation.SeatProblem.EventSlot;
import org.entente.prioritisation.allocation.SeatProblem.Request;

/**
 * The batch benchmark's program (bench/prioritisation/run): a random year of oversubscribed events, solved once;
 * prints solve time, the objective against first come, first served and against an upper bound (each event's
 * best nominees by worth, every nation rewarded for spread, quotas, order and one seat per person ignored), and
 * the heap used (after the solve, and its peak).
 * Arguments: events nations nominationsPerEvent seconds.
 */
public final class AllocationBench {

  private AllocationBench() {}

  public static void main(String[] args) {
    int events = Integer.parseInt(args[0]);
    int nationCount = Integer.parseInt(args[1]);
    int perEvent = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    var rnd = new Random(2026);
    var nations = new ArrayList<String>();
    var values = new HashMap<String, int[]>();
    for (int n = 0; n < nationCount; n++) {
      var code = "N" + n;
      nations.add(code);
      var c = new int[6];
      for (int k = 0; k < 6; k++) c[k] = rnd.nextInt(101);
      values.put(code, c);
    }
    var slots = new ArrayList<EventSlot>();
    var requests = new ArrayList<Request>();
    var first = LocalDate.of(2027, 1, 4);
    int arrival = 0;
    for (int e = 0; e < events; e++) {
      var starts = first.plusDays(rnd.nextInt(360));
      var id = "E" + e;
      slots.add(new EventSlot(id, "Event " + e, Math.max(1, perEvent / 2 + rnd.nextInt(5) - 2), starts, starts.plusDays(4),
          rnd.nextInt(3) == 0 ? 2 : null, Map.of(), Map.of(), Map.of(), rnd.nextInt(101)));
      var ranks = new HashMap<String, Integer>();
      for (int i = 0; i < perEvent; i++) {
        var nation = nations.get(rnd.nextInt(nationCount));
        requests.add(new Request(id + "-" + i, id, nation, nation + "-" + e + "-" + i, ranks.merge(nation, 1, Integer::sum), arrival++,
            Set.of(), values.get(nation), null));
      }
    }
    var problem = new SeatProblem(slots, requests, new int[] {8, 6, 5, 4, 3, 2, 5}, 400, 0);
    long t0 = System.nanoTime();
    // the limits of a background batch run (RunSolving): its time, or half of it without a better score
    var result = new SeatAllocator(new SeatAllocator.Limits(Duration.ofSeconds(seconds), null, Duration.ofMillis(Math.max(1000, seconds * 500L)), 1L))
        .solve(problem);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    // an upper bound (a relaxation): at each event its best nominees by worth up to its free seats, and the spread
    // reward for as many nations as it has seats; quotas, a nation's order and one seat per person ignored
    long bound = 0;
    var byEvent = new HashMap<String, List<Request>>();
    for (var r : requests) byEvent.computeIfAbsent(r.event(), k -> new ArrayList<>()).add(r);
    for (var e : slots) {
      var mine = byEvent.getOrDefault(e.id(), List.of());
      bound += mine.stream().map(r -> SeatProblem.PER_SEAT + problem.value(r)).sorted(Comparator.reverseOrder()).limit(e.free())
          .mapToLong(Long::longValue).sum();
      long nationsThere = mine.stream().map(Request::nation).distinct().count();
      bound += problem.spread() * Math.min(e.free(), nationsThere);
    }
    System.gc();
    long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
    long peak = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    System.out.printf("events=%d nations=%d nominations=%d solve_ms=%d feasible=%b objective=%d first_come=%d bound=%d"
        + " objective/bound=%.4f first_come/bound=%.4f heap_after_gc_mb=%d heap_peak_mb=%d%n", events, nationCount, requests.size(), millis,
        result.feasible(), result.soft(), result.firstComeSoft(), bound, (double) result.soft() / bound, (double) result.firstComeSoft() / bound,
        heap, peak / (1024 * 1024));
  }
}
