package org.entente.directory.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.entente.directory.Membership;
import org.entente.directory.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's history drawn as bars on a time axis: one lane per framework and one for its years as
 * an Ally. Positions are computed here, in per-mille of the width, so the template only places shapes.
 */
public record Timeline(int startYear, int endYear, List<Lane> lanes, List<Tick> ticks) {

  static final int WIDTH = 1000;

  /** A framework (or {@code ALLY}) with its periods. */
  public record Lane(String code, List<Bar> bars) {}

  /** One period: where it starts and how long it is, in per-mille of the axis. */
  public record Bar(int x, int width, LocalDate from, @Nullable LocalDate to, String status) {}

  /** A year marked on the axis. */
  public record Tick(int year, int x) {}

  static Timeline of(Organisation organisation, LocalDate today) {
    var firstDay =
        organisation.memberships().stream().map(Membership::from).min(LocalDate::compareTo).orElse(today);
    if (organisation.allyFrom() != null && organisation.allyFrom().isBefore(firstDay)) {
      firstDay = organisation.allyFrom();
    }
    // Start on a round year so that the ticks fall on round years too.
    var startYear = firstDay.getYear() - Math.floorMod(firstDay.getYear(), 5);
    var endYear = today.getYear() + 1;
    var start = LocalDate.of(startYear, 1, 1);
    var end = LocalDate.of(endYear, 1, 1);
    var span = ChronoUnit.DAYS.between(start, end);

    var lanes = new ArrayList<Lane>();
    for (var framework : organisation.memberships().stream().map(Membership::framework).distinct().toList()) {
      var bars =
          organisation.memberships().stream()
              .filter(m -> m.framework().equals(framework))
              .map(m -> bar(start, span, m.from(), m.to(), end, m.status().name()))
              .toList();
      lanes.add(new Lane(framework, bars));
    }
    if (organisation.allyFrom() != null) {
      lanes.add(new Lane("ALLY", List.of(bar(start, span, organisation.allyFrom(), null, end, "ALLY"))));
    }
    var step = endYear - startYear > 40 ? 10 : 5;
    var ticks =
        IntStream.iterate(startYear, y -> y <= endYear, y -> y + step)
            .mapToObj(y -> new Tick(y, position(start, span, LocalDate.of(y, 1, 1))))
            .toList();
    return new Timeline(startYear, endYear, List.copyOf(lanes), ticks);
  }

  private static Bar bar(
      LocalDate start, long span, LocalDate from, @Nullable LocalDate to, LocalDate end, String status) {
    var x = position(start, span, from);
    var right = position(start, span, to == null ? end : to);
    return new Bar(x, Math.max(2, right - x), from, to, status);
  }

  private static int position(LocalDate start, long span, LocalDate day) {
    return (int) Math.round(WIDTH * (double) ChronoUnit.DAYS.between(start, day) / span);
  }
}
