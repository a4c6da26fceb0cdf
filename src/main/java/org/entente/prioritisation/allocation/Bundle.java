package org.entente.prioritisation.allocation;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.prioritisation.allocation.SeatProblem.EventSlot;
import org.entente.prioritisation.allocation.SeatProblem.Request;
import org.jspecify.annotations.Nullable;

/**
 * A nation's nominees to one event, or to several events that overlap and share some of its people, as Timefold
 * plans them: an {@link Option} says how many of its nominees at each event, in the nation's own order, get a
 * seat. The options exclude a person seated twice, so a nation's order and one seat per person hold by
 * construction; a move changes a nation's seats at all those events at once.
 */
@PlanningEntity
public class Bundle {

  /** Seats per part (event) of the bundle, with its figures computed once. */
  public record Option(int index, int[] seats, long worth, long kept, int newNations) {
    public int seatsAt(int part) {
      return seats[part];
    }
  }

  /** One event of the bundle: the nation's nominees there, in its order. */
  record Part(EventSlot event, List<Request> nominees) {}

  @PlanningId
  private String id = "";
  private String nation = "";
  private List<Part> parts = List.of();
  private Set<String> frameworks = Set.of();
  private List<Option> options = List.of();

  @PlanningVariable(valueRangeProviderRefs = "options")
  private @Nullable Option option;

  public Bundle() {}

  Bundle(String id, String nation, List<Part> parts, List<Option> options, Option start) {
    this.id = id;
    this.nation = nation;
    this.parts = List.copyOf(parts);
    this.frameworks = parts.getFirst().nominees().getFirst().frameworks();
    this.options = List.copyOf(options);
    this.option = start;
  }

  @ValueRangeProvider(id = "options")
  public List<Option> getOptions() {
    return options;
  }

  public String getId() {
    return id;
  }

  public @Nullable Option getOption() {
    return option;
  }

  public void setOption(@Nullable Option option) {
    this.option = option;
  }

  String nation() {
    return nation;
  }

  Set<String> frameworks() {
    return frameworks;
  }

  List<Part> parts() {
    return parts;
  }

  int seatsAt(int part) {
    return option == null ? 0 : option.seatsAt(part);
  }

  long worth() {
    return option == null ? 0 : option.worth();
  }

  long kept() {
    return option == null ? 0 : option.kept();
  }

  int newNations() {
    return option == null ? 0 : option.newNations();
  }

  Option chosen() {
    return Objects.requireNonNull(option);
  }

  /** Every option: counts per part whose seated people appear at most once among overlapping parts. */
  static List<Option> options(List<Part> parts, java.util.function.ToLongFunction<Request> worthOf) {
    var out = new ArrayList<Option>();
    var counts = new int[parts.size()];
    enumerate(parts, worthOf, counts, 0, out);
    return out;
  }

  private static void enumerate(List<Part> parts, java.util.function.ToLongFunction<Request> worthOf, int[] counts, int at,
      List<Option> out) {
    if (at == parts.size()) {
      var seated = new ArrayList<Request>();
      for (int i = 0; i < parts.size(); i++) seated.addAll(parts.get(i).nominees().subList(0, counts[i]));
      for (int i = 0; i < seated.size(); i++)
        for (int j = i + 1; j < seated.size(); j++) {
          var a = seated.get(i);
          var b = seated.get(j);
          if (a.person().equals(b.person())) return; // parts of a bundle overlap in time by construction
        }
      long worth = 0;
      long kept = 0;
      int newNations = 0;
      for (int i = 0; i < parts.size(); i++) {
        var part = parts.get(i);
        for (int k = 0; k < part.nominees().size(); k++) {
          var r = part.nominees().get(k);
          if (k < counts[i]) worth += SeatProblem.PER_SEAT + worthOf.applyAsLong(r);
          if (r.previous() != null && r.previous() == (k < counts[i])) kept++;
        }
        if (counts[i] > 0 && part.event().heldByNation().getOrDefault(part.nominees().getFirst().nation(), 0) == 0) newNations++;
      }
      out.add(new Option(out.size(), counts.clone(), worth, kept, newNations));
      return;
    }
    for (int c = 0; c <= parts.get(at).nominees().size(); c++) {
      counts[at] = c;
      enumerate(parts, worthOf, counts, at + 1, out);
    }
    counts[at] = 0;
  }
}
