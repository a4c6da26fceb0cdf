package org.entente.catalogue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.languages.BilingualText;

/**
 * The columns of an activities file, the same for export and import, so that a file exported, edited and
 * imported again round-trips. Lists are separated by semicolons.
 */
final class ActivityColumns {

  static final List<String> HEADER =
      List.of("code", "provider", "type", "format", "title_en", "title_fr", "summary_en", "summary_fr",
          "objectives_en", "objectives_fr", "languages", "duration_days", "areas", "priority_areas", "marking",
          "releasable_to", "eligibility", "eligible_frameworks", "eligible_nations", "council_decision");

  static final List<String> EVENT_HEADER =
      List.of("activity", "starts_on", "ends_on", "city", "country", "seats", "nominations_open", "nominations_close",
          "nation_quota");

  private static final Map<String, Function<Activity, String>> values =
      Map.ofEntries(
          Map.entry("code", Activity::code),
          Map.entry("provider", Activity::provider),
          Map.entry("type", a -> a.type().name()),
          Map.entry("format", a -> a.format().name()),
          Map.entry("title_en", a -> nz(a.title().en())),
          Map.entry("title_fr", a -> nz(a.title().fr())),
          Map.entry("summary_en", a -> nz(a.summary().en())),
          Map.entry("summary_fr", a -> nz(a.summary().fr())),
          Map.entry("objectives_en", a -> nz(a.objectives().en())),
          Map.entry("objectives_fr", a -> nz(a.objectives().fr())),
          Map.entry("languages", a -> String.join(";", a.languages())),
          Map.entry("duration_days", a -> String.valueOf(a.durationDays())),
          Map.entry("areas", a -> String.join(";", a.areas())),
          Map.entry("priority_areas", a -> String.join(";", a.priorityAreas())),
          Map.entry("marking", a -> a.marking().level().name()),
          Map.entry("releasable_to", a -> a.marking().releasableTo().stream().sorted().collect(Collectors.joining(";"))),
          Map.entry("eligibility", a -> a.eligibility().kind().name()),
          Map.entry("eligible_frameworks", a -> String.join(";", a.eligibility().frameworks())),
          Map.entry("eligible_nations", a -> String.join(";", a.eligibility().nations())),
          Map.entry("council_decision", a -> nz(a.eligibility().councilDecision())));

  private ActivityColumns() {}

  static List<String> row(Activity activity) {
    return HEADER.stream().map(column -> values.get(column).apply(activity)).toList();
  }

  /** The draft a row of an activities file describes; every cell as typed, for the usual validation. */
  static Catalogue.ActivityDraft draft(Map<String, String> row) {
    return new Catalogue.ActivityDraft(
        row.get("code"), row.get("provider"), row.get("type"), row.get("format"),
        new BilingualText(row.get("title_en"), row.get("title_fr")),
        new BilingualText(row.get("summary_en"), row.get("summary_fr")),
        null,
        new BilingualText(row.get("objectives_en"), row.get("objectives_fr")),
        list(row.get("languages")),
        integer(row.get("duration_days")),
        list(row.get("areas")),
        list(row.get("priority_areas")),
        new Catalogue.MarkingInput(row.get("marking"), list(row.get("releasable_to"))),
        new Catalogue.EligibilityInput(blank(row.get("eligibility")) ? "ALL_PARTNERS" : row.get("eligibility"),
            list(row.get("eligible_frameworks")), list(row.get("eligible_nations")), row.get("council_decision")));
  }

  static List<String> list(String cell) {
    if (blank(cell)) {
      return List.of();
    }
    return java.util.Arrays.stream(cell.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static Integer integer(String cell) {
    try {
      return blank(cell) ? null : Integer.valueOf(cell.strip().replaceAll("\\.0+$", ""));
    } catch (NumberFormatException e) {
      return -1; // reported as out of range by the validation, with the column named
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
