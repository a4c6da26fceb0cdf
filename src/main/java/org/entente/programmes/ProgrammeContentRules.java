package org.entente.programmes;

import static org.entente.web.Texts.bilingual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.Catalogue;
import org.entente.directory.Directory;
import org.entente.directory.PolicyTerm;
import org.entente.programmes.ProgrammeContent.Goal;
import org.entente.programmes.ProgrammeContent.Objective;
import org.entente.programmes.ProgrammeContent.PlannedActivity;
import org.entente.programmes.ProgrammeContent.Target;
import org.entente.programmes.Programmes.ActivityInput;
import org.entente.programmes.Programmes.ContentInput;
import org.entente.programmes.Programmes.GoalInput;
import org.entente.programmes.Programmes.ObjectiveInput;
import org.entente.programmes.Programmes.TargetInput;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules a programme's text must meet, checked field by field so that a partner sees every mistake at once:
 * keys, lengths, the policy's areas and objectives, years within the period, and activities that are published,
 * visible to the partner and open to it.
 */
@Component
class ProgrammeContentRules {

  private static final Pattern KEY = Pattern.compile("[A-Z0-9]{1,8}");
  static final int MAX_OBJECTIVES = 50, MAX_ACTIVITIES = 300, MAX_GOALS = 100, MAX_PLANNED = 1_000;

  private final Directory directory;
  private final Catalogue catalogue;

  ProgrammeContentRules(Directory directory, Catalogue catalogue) {
    this.directory = directory;
    this.catalogue = catalogue;
  }

  /** Every field checked at once; new activities must be published, visible to the partner and open to it. */
  ProgrammeContent validate(ContentInput input, String partner, LocalDate startsOn, LocalDate endsOn, ProgrammeContent before) {
    var violations = new ArrayList<Violation>();
    var years = new HashSet<Integer>();
    for (int y = startsOn.getYear(); y <= endsOn.getYear(); y++) years.add(y);
    var priorityAreas = codes(directory.priorityAreas());
    var strategic = codes(directory.strategicObjectives());

    var objectives = new ArrayList<Objective>();
    var given = input.objectives() == null ? List.<ObjectiveInput>of() : input.objectives();
    if (given.size() > MAX_OBJECTIVES) violations.add(new Violation("objectives", "programmes.too-many", List.of(MAX_OBJECTIVES)));
    var keys = new Keys("O", given.stream().map(o -> o == null ? null : o.key()).toList());
    for (int i = 0; i < given.size() && i < MAX_OBJECTIVES; i++) {
      var o = given.get(i);
      var field = "objectives[" + i + "]";
      if (o == null) { violations.add(new Violation(field, "problem.required", List.of())); continue; }
      var key = keys.assign(o.key(), field + ".key", violations);
      var text = bilingual(field + ".text", o.text(), 4_000, "programmes.text.required", violations);
      var areas = upper(o.priorityAreas());
      areas.stream().filter(a -> !priorityAreas.contains(a)).forEach(a -> violations.add(new Violation(field + ".priorityAreas", "catalogue.area.unknown", List.of(a))));
      var objectivesOfPolicy = upper(o.strategicObjectives());
      objectivesOfPolicy.stream().filter(a -> !strategic.contains(a)).forEach(a -> violations.add(new Violation(field + ".strategicObjectives", "catalogue.area.unknown", List.of(a))));
      var targets = new ArrayList<Target>();
      var targetInputs = o.targets() == null ? List.<TargetInput>of() : o.targets();
      for (int t = 0; t < targetInputs.size(); t++) {
        var ti = targetInputs.get(t);
        var tf = field + ".targets[" + t + "]";
        if (ti == null) { violations.add(new Violation(tf, "problem.required", List.of())); continue; }
        var ttext = bilingual(tf + ".text", ti.text(), 1_000, "programmes.text.required", violations);
        if (ti.value() == null || ti.value() < 0 || ti.value() > 1_000_000) violations.add(new Violation(tf + ".value", "problem.between", List.of(0, 1_000_000)));
        if (ti.year() != null && !years.contains(ti.year())) violations.add(new Violation(tf + ".year", "programmes.year", List.of(startsOn.getYear(), endsOn.getYear())));
        targets.add(new Target(ttext, ti.value() == null ? 0 : ti.value(), ti.year()));
      }
      objectives.add(new Objective(key, text, areas, objectivesOfPolicy, targets));
    }

    var activityInputs = input.activities() == null ? List.<ActivityInput>of() : input.activities();
    if (activityInputs.size() > MAX_ACTIVITIES) violations.add(new Violation("activities", "programmes.too-many", List.of(MAX_ACTIVITIES)));
    var already = before.activities().stream().collect(Collectors.toMap(PlannedActivity::code, a -> a));
    var requested = activityInputs.stream().filter(a -> a != null && a.code() != null).map(a -> a.code().strip().toUpperCase(Locale.ROOT)).toList();
    var facts = catalogue.planning(requested, partner, startsOn, endsOn);
    var planned = new ArrayList<PlannedActivity>();
    var seen = new HashSet<String>();
    for (int i = 0; i < activityInputs.size() && i < MAX_ACTIVITIES; i++) {
      var a = activityInputs.get(i);
      var field = "activities[" + i + "]";
      if (a == null || a.code() == null || a.code().isBlank()) { violations.add(new Violation(field + ".code", "problem.required", List.of())); continue; }
      var code = a.code().strip().toUpperCase(Locale.ROOT);
      if (!seen.add(code)) { violations.add(new Violation(field + ".code", "programmes.activity.twice", List.of(code))); continue; }
      var perYear = new LinkedHashMap<Integer, Integer>();
      var plannedInput = a.plannedParticipants() == null ? Map.<String, Integer>of() : a.plannedParticipants();
      plannedInput.forEach((year, count) -> {
        Integer y = null;
        try { y = Integer.valueOf(year.strip()); } catch (NumberFormatException e) { /* reported below */ }
        if (y == null || !years.contains(y)) violations.add(new Violation(field + ".plannedParticipants", "programmes.year", List.of(startsOn.getYear(), endsOn.getYear())));
        else if (count == null || count < 0 || count > MAX_PLANNED) violations.add(new Violation(field + ".plannedParticipants." + y, "problem.between", List.of(0, MAX_PLANNED)));
        else perYear.put(y, count);
      });
      var kept = already.get(code);
      if (kept != null) {
        // chosen earlier: keep the title it was chosen under; the flags tell what became of it
        planned.add(new PlannedActivity(code, kept.title(), kept.provider(), kept.priorityAreas(), perYear));
        continue;
      }
      var f = facts.get(code);
      var visible = f == null ? null : visibleActivity(code);
      if (f == null || visible == null || f.status() != ActivityStatus.PUBLISHED) {
        violations.add(new Violation(field + ".code", "programmes.activity.unknown", List.of(code)));
      } else if (!f.eligible()) {
        violations.add(new Violation(field + ".code", "programmes.activity.not-eligible", List.of(code, partner)));
      } else {
        planned.add(new PlannedActivity(code, visible.title(), visible.provider(), visible.priorityAreas(), perYear));
      }
    }

    var goals = new ArrayList<Goal>();
    var goalInputs = input.goals() == null ? List.<GoalInput>of() : input.goals();
    if (goalInputs.size() > MAX_GOALS) violations.add(new Violation("goals", "programmes.too-many", List.of(MAX_GOALS)));
    var goalKeys = new Keys("G", goalInputs.stream().map(g -> g == null ? null : g.key()).toList());
    for (int i = 0; i < goalInputs.size() && i < MAX_GOALS; i++) {
      var g = goalInputs.get(i);
      var field = "goals[" + i + "]";
      if (g == null) { violations.add(new Violation(field, "problem.required", List.of())); continue; }
      var key = goalKeys.assign(g.key(), field + ".key", violations);
      goals.add(new Goal(key, bilingual(field + ".text", g.text(), 4_000, "programmes.text.required", violations)));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new ProgrammeContent(objectives, planned, goals);
  }

  /**
   * The keys of a list of objectives or goals: a typed key is checked (format, used once), a missing one gets
   * the next free one (O1, O2, … or G1, …), so that versions compare entry by entry.
   */
  private static final class Keys {
    private final String prefix;
    private final Set<String> typed = new HashSet<>();
    private final Set<String> assigned = new HashSet<>();
    private int next = 1;

    Keys(String prefix, List<@Nullable String> given) {
      this.prefix = prefix;
      given.stream().filter(k -> k != null && !k.isBlank()).forEach(k -> typed.add(k.strip().toUpperCase(Locale.ROOT)));
    }

    String assign(@Nullable String given, String field, List<Violation> violations) {
      if (given == null || given.isBlank()) {
        while (typed.contains(prefix + next) || assigned.contains(prefix + next)) next++;
        var key = prefix + next;
        assigned.add(key);
        return key;
      }
      var key = given.strip().toUpperCase(Locale.ROOT);
      if (!KEY.matcher(key).matches()) violations.add(new Violation(field, "programmes.key", List.of()));
      if (!assigned.add(key)) violations.add(new Violation(field, "programmes.key.twice", List.of(key)));
      return key;
    }
  }

  private org.entente.catalogue.@Nullable Activity visibleActivity(String code) {
    try {
      return catalogue.activity(code);
    } catch (NotFound e) {
      return null;
    }
  }

  private static Set<String> codes(List<PolicyTerm> terms) {
    return terms.stream().map(PolicyTerm::code).collect(Collectors.toSet());
  }

  private static List<String> upper(@Nullable List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
        .map(v -> v.strip().toUpperCase(Locale.ROOT)).distinct().toList();
  }
}
