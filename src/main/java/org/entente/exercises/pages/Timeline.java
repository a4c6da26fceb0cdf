package org.entente.exercises.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.entente.exercises.Exercise;
import org.entente.exercises.PlanVersion;

/**
 * The five years of a version drawn as bars without JavaScript or inline style: each exercise's bar and conference
 * marks are SVG attributes on a 0–1000 axis (a CSP forbids inline style, not SVG geometry), scaled to any width.
 */
public record Timeline(int firstYear, int lastYear, List<Exercise> exercises) {

  public static final int WIDTH = 1000;

  public static Timeline of(PlanVersion v, List<Exercise> exercises) {
    return new Timeline(v.firstYear(), v.lastYear(), exercises);
  }

  private long days() {
    return ChronoUnit.DAYS.between(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear + 1, 1, 1));
  }

  private double at(LocalDate date) {
    var d = ChronoUnit.DAYS.between(LocalDate.of(firstYear, 1, 1), date);
    return Math.max(0, Math.min(WIDTH, d * (double) WIDTH / days()));
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  public String x(Exercise e) {
    return n(at(e.startsOn()));
  }

  /** At least a few units wide, so that a three-day exercise still shows. */
  public String width(Exercise e) {
    return n(Math.max(6, at(e.endsOn().plusDays(1)) - at(e.startsOn())));
  }

  public String x(Exercise.Conference c) {
    return n(at(c.startsOn()));
  }

  public List<Integer> years() {
    return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
  }

  public String yearX(int year) {
    return n(at(LocalDate.of(year, 1, 1)));
  }

  public String yearLabelX(int year) {
    return n(at(LocalDate.of(year, 1, 1)) + WIDTH / 10.0 / (lastYear - firstYear + 1) * 5);
  }
}
