package org.entente.exercises.pages;

import static org.entente.web.Texts.blank;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.directory.Directory;
import org.entente.directory.Names;
import org.entente.exercises.Exercise;
import org.entente.exercises.Exercises;
import org.entente.exercises.PlanVersion;
import org.entente.exercises.VersionStatus;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The five-year plan as a timeline, the versions and each version's exercises, an exercise with its planning
 * conferences, and two versions compared. Every form works without JavaScript; a refused one comes back with what was
 * typed and a message by each wrong field.
 */
@Controller
class ExercisePages {

  private static final int SIZE = 20;

  private final Exercises exercises;
  private final Directory directory;
  private final Guard guard;

  ExercisePages(Exercises exercises, Directory directory, Guard guard) {
    this.exercises = exercises;
    this.directory = directory;
    this.guard = guard;
  }

  private Names names(List<Exercise> list) {
    var codes = new TreeSet<String>();
    list.forEach(e -> codes.addAll(e.invited()));
    return directory.names(codes, directory.today());
  }

  @GetMapping("/exercises")
  String plan(@RequestParam(required = false) @Nullable UUID version, Model model) {
    guard.caller();
    var versions = exercises.versions(null, 0, 50).items();
    PlanVersion shown = version == null ? exercises.inForce().orElse(null) : exercises.version(version);
    var list = shown == null ? List.<Exercise>of() : exercises.exercises(shown.id());
    model.addAttribute("view", new PlanView(shown, versions, list, shown == null ? null : Timeline.of(shown, list), names(list), exercises.plans()));
    return "exercises/plan";
  }

  @GetMapping("/exercises/versions")
  String versions(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page, Model model) {
    return versions(status, Math.max(page, 0), Map.of(), Map.of(), model);
  }

  private String versions(String status, int page, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    guard.caller();
    var errs = new HashMap<>(errors);
    org.entente.exercises.Paged<PlanVersion> rows;
    try {
      rows = exercises.versions(blank(status), page, SIZE);
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errs.putIfAbsent("filter-" + v.name(), v));
      rows = exercises.versions(null, 0, SIZE);
    }
    var inForce = exercises.inForce().orElse(null);
    var nextYear = inForce == null ? directory.today().getYear() + 1 : inForce.firstYear() + 1;
    model.addAttribute("view", new VersionsView(rows, status, exercises.plans(), inForce, nextYear, errs, typed));
    return "exercises/versions";
  }

  @PostMapping("/exercises/versions")
  String draft(@RequestParam Map<String, String> form, Model model) {
    Integer year = null;
    var first = blank(form.get("firstYear"));
    if (first != null) {
      try {
        year = Integer.valueOf(first);
      } catch (NumberFormatException e) {
        return versions("", 0, Map.of("firstYear", new Violation("firstYear", "problem.number", List.of())), form, model);
      }
    }
    try {
      var created = exercises.draft(new Exercises.NewVersion(year, new BilingualText(form.get("noteEn"), form.get("noteFr")), null));
      return "redirect:/exercises/versions/" + created.id();
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return versions("", 0, errors, form, model);
    }
  }

  @GetMapping("/exercises/versions/{id}")
  String version(@PathVariable UUID id, Model model) {
    return version(id, null, Map.of(), Map.of(), null, model);
  }

  private String version(UUID id, @Nullable String section, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation notice,
      Model model) {
    var v = exercises.version(id);
    var list = exercises.exercises(id);
    model.addAttribute("view", new VersionView(v, list, exercises.plans() ? v.status().next() : Set.of(), exercises.plans(), names(list), section,
        errors, typed, notice));
    return "exercises/version";
  }

  @PostMapping("/exercises/versions/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    try {
      exercises.transition(id, form.get("to"), form.get("reason"));
      return "redirect:/exercises/versions/" + id;
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return version(id, "status", errors, form, null, model);
    } catch (Conflict conflict) {
      return version(id, "status", Map.of(), form, new Violation("status", conflict.messageKey(), conflict.arguments()), model);
    }
  }

  @PostMapping("/exercises/versions/{id}/exercises")
  String add(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    var starts = date(form.get("startsOn"), "startsOn", errors);
    var ends = date(form.get("endsOn"), "endsOn", errors);
    var conferences = new ArrayList<Exercises.NewConference>();
    var i = 0;
    for (var kind : Exercise.ConferenceKind.values()) {
      var k = kind.name().toLowerCase(java.util.Locale.ROOT);
      var cStarts = date(form.get(k + "StartsOn"), "conferences[" + i + "].startsOn", errors);
      var cEnds = date(form.get(k + "EndsOn"), "conferences[" + i + "].endsOn", errors);
      var place = blank(form.get(k + "Place"));
      if (cStarts != null || cEnds != null || place != null) {
        conferences.add(new Exercises.NewConference(kind.name(), cStarts, cEnds, place));
        i++;
      }
    }
    if (!errors.isEmpty()) return version(id, "exercise", errors, form, null, model);
    var invited = Arrays.stream((form.getOrDefault("invited", "")).split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    try {
      var added = exercises.add(id, new Exercises.NewExercise(form.get("code"), new BilingualText(form.get("nameEn"), form.get("nameFr")),
          form.get("kind"), starts, ends, form.get("place"), invited, form.get("activity"), conferences));
      return "redirect:/exercises/" + added.id();
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name().startsWith("invited") ? "invited" : v.name(), v));
      return version(id, "exercise", errors, form, null, model);
    } catch (Conflict conflict) {
      return version(id, "exercise", Map.of(), form, new Violation("exercise", conflict.messageKey(), conflict.arguments()), model);
    }
  }

  @GetMapping("/exercises/versions/{id}/comparison")
  String compare(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID with, Model model) {
    var v = exercises.version(id);
    var versions = exercises.versions(null, 0, 50).items().stream().filter(x -> !x.id().equals(id)).toList();
    var other = with != null ? with : v.basedOn() != null ? v.basedOn() : versions.isEmpty() ? id : versions.getFirst().id();
    model.addAttribute("view", new ComparisonView(exercises.compare(other, id), versions));
    return "exercises/comparison";
  }

  @GetMapping("/exercises/{id}")
  String exercise(@PathVariable UUID id, Model model) {
    return exercise(id, null, model);
  }

  private String exercise(UUID id, @Nullable String notice, Model model) {
    var e = exercises.exercise(id);
    var v = exercises.version(e.version());
    model.addAttribute("view", new ExerciseView(e, v, names(List.of(e)), exercises.plans() && v.status() == VersionStatus.DRAFT, notice));
    return "exercises/exercise";
  }

  @PostMapping("/exercises/{id}/delete")
  String remove(@PathVariable UUID id, Model model) {
    var version = exercises.exercise(id).version();
    try {
      exercises.remove(id);
      return "redirect:/exercises/versions/" + version;
    } catch (Conflict conflict) {
      return exercise(id, conflict.messageKey(), model);
    }
  }

  private static @Nullable LocalDate date(@Nullable String value, String field, Map<String, Violation> errors) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, new Violation(field, "problem.date", List.of()));
      return null;
    }
  }
}
