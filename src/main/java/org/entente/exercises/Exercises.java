package org.entente.exercises;

import static org.entente.web.Texts.bilingual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.Activity.ActivityType;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.Catalogue;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.exercises.Exercise.Conference;
import org.entente.exercises.Exercise.ConferenceKind;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Military Training and Exercise Programme. Scope, said here and again by row-level security: the planning board
 * (staff) reads and writes every version; anyone else reads versions once approved (in force or superseded), and of
 * the version in force only the exercises that invite an organisation they hold a role for.
 */
@Service
public class Exercises {

  static final int MAX_EXERCISES = 200, MAX_INVITED = 100;
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

  private final ExerciseStore store;
  private final Guard guard;
  private final Directory directory;
  private final Catalogue catalogue;
  private final AuditTrail audit;
  private final ExerciseNotices notices;
  private final Clock clock;

  Exercises(ExerciseStore store, Guard guard, Directory directory, Catalogue catalogue, AuditTrail audit, ExerciseNotices notices, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.catalogue = catalogue;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  /** A new version: its first year and note; {@code basedOn} the version whose exercises it starts from (the one in force when absent). */
  public record NewVersion(@Nullable Integer firstYear, @Nullable BilingualText note, @Nullable UUID basedOn) {}

  /** A planning conference as typed. */
  public record NewConference(@Nullable String kind, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String place) {}

  /** An exercise as the planning board types it. */
  public record NewExercise(@Nullable String code, @Nullable BilingualText name, @Nullable String kind, @Nullable LocalDate startsOn,
      @Nullable LocalDate endsOn, @Nullable String place, @Nullable List<String> invited, @Nullable String activity,
      @Nullable List<NewConference> conferences) {}

  public boolean plans() {
    return guard.caller().has(Permission.PLAN_EXERCISES_GLOBALLY);
  }

  @Transactional(readOnly = true)
  public Paged<PlanVersion> versions(@Nullable String status, int page, int size) {
    guard.caller();
    if (page < 0) throw InvalidInput.of("page", "problem.min", 0);
    if (size < 1 || size > Paging.MAX_SIZE) throw InvalidInput.of("size", "problem.between", 1, Paging.MAX_SIZE);
    var s = status == null || status.isBlank() ? null : InvalidInput.code(VersionStatus.class, status, "status").name();
    return new Paged<>(store.versions(s, page, size), store.countVersions(s), page, size);
  }

  @Transactional(readOnly = true)
  public PlanVersion version(UUID id) {
    var caller = guard.caller();
    return store.version(id).filter(v -> readable(caller, v)).orElseThrow(() -> new NotFound("version", id.toString()));
  }

  /** The version in force, if any. */
  @Transactional(readOnly = true)
  public Optional<PlanVersion> inForce() {
    guard.caller();
    return store.inForce();
  }

  /** The exercises of a version the caller may read, soonest first. */
  @Transactional(readOnly = true)
  public List<Exercise> exercises(UUID versionId) {
    var caller = guard.caller();
    var v = version(versionId);
    return store.exercises(v.id()).stream().filter(e -> readable(caller, v, e)).toList();
  }

  @Transactional(readOnly = true)
  public Exercise exercise(UUID id) {
    var caller = guard.caller();
    var e = store.exercise(id).orElseThrow(() -> new NotFound("exercise", id.toString()));
    var v = store.version(e.version()).filter(x -> readable(caller, x)).orElseThrow(() -> new NotFound("exercise", id.toString()));
    if (!readable(caller, v, e)) throw new NotFound("exercise", id.toString());
    return e;
  }

  /** The planning board starts the next version, from the exercises of the one in force (or of the one named). */
  @Transactional
  public PlanVersion draft(NewVersion input) {
    var caller = guard.require(Permission.PLAN_EXERCISES_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var today = LocalDate.now(clock);
    if (input.firstYear() == null) violations.add(new Violation("firstYear", "problem.required", List.of()));
    else if (input.firstYear() < today.getYear() - 1 || input.firstYear() > today.getYear() + 5) {
      violations.add(new Violation("firstYear", "problem.between", List.of(today.getYear() - 1, today.getYear() + 5)));
    }
    var note = bilingual("note", input.note(), 2_000, false, violations);
    PlanVersion base = null;
    if (input.basedOn() != null) {
      base = store.version(input.basedOn()).orElse(null);
      if (base == null) violations.add(new Violation("basedOn", "exercises.version.unknown", List.of()));
    } else {
      base = store.inForce().orElse(null);
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = store.insertVersion(input.firstYear(), note, base == null ? null : base.id(), caller.username());
    if (base != null) store.copyExercises(base.id(), id);
    var created = version(id);
    audit.record(Change.of("EXERCISES_VERSION_DRAFTED", "exercises-version", id.toString(), Map.of("number", created.number(),
        "firstYear", created.firstYear(), "basedOn", base == null ? "" : String.valueOf(base.number()), "exercises", created.exercises())));
    return created;
  }

  /** Circulate, send back (with a reason) or approve a version; approving supersedes the version in force. */
  @Transactional
  public PlanVersion transition(UUID id, @Nullable String to, @Nullable String reason) {
    var caller = guard.require(Permission.PLAN_EXERCISES_GLOBALLY);
    var current = store.lockVersion(id).orElseThrow(() -> new NotFound("version", id.toString()));
    var target = InvalidInput.code(VersionStatus.class, to, "to");
    if (!current.status().allows(target)) throw new Conflict("exercises.transition.illegal", current.status().name(), target.name());
    var note = reason == null || reason.isBlank() ? null : reason.strip();
    Texts.require("reason", note, 2_000);
    if (target == VersionStatus.DRAFT && note == null) throw InvalidInput.of("reason", "exercises.reason.required");
    if (target == VersionStatus.CIRCULATED && current.exercises() == 0) throw new Conflict("exercises.version.empty");
    if (target == VersionStatus.APPROVED) {
      var previous = store.inForce();
      if (previous.isPresent()) {
        store.lockVersion(previous.get().id());
        store.move(previous.get().id(), VersionStatus.SUPERSEDED, null);
        audit.record(Change.of("EXERCISES_VERSION_SUPERSEDED", "exercises-version", previous.get().id().toString(),
            Map.of("number", previous.get().number(), "by", current.number())));
      }
      store.approve(id, caller.username(), LocalDate.now(clock));
    } else {
      store.move(id, target, note);
    }
    audit.record(Change.of("EXERCISES_VERSION_" + target.name(), "exercises-version", id.toString(),
        Map.of("from", current.status().name(), "number", current.number(), "reason", note == null ? "" : note)));
    var moved = version(id);
    if (target == VersionStatus.APPROVED) notices.approved(moved, store.exercises(id));
    return moved;
  }

  @Transactional
  public Exercise add(UUID versionId, NewExercise input) {
    guard.require(Permission.PLAN_EXERCISES_GLOBALLY);
    var v = editable(versionId);
    if (v.exercises() >= MAX_EXERCISES) throw new Conflict("exercises.version.full", MAX_EXERCISES);
    var valid = validate(v, input, null);
    var id = store.insertExercise(v.id(), valid.code(), valid.name(), valid.kind(), valid.startsOn(), valid.endsOn(), valid.place(),
        valid.invited(), valid.activity());
    store.conferences(id, valid.conferences());
    audit.record(Change.of("EXERCISE_ADDED", "exercise", id.toString(), summary(v, valid)));
    return exercise(id);
  }

  @Transactional
  public Exercise change(UUID id, NewExercise input) {
    guard.require(Permission.PLAN_EXERCISES_GLOBALLY);
    var e = exercise(id);
    var v = editable(e.version());
    var valid = validate(v, input, id);
    store.updateExercise(id, valid.code(), valid.name(), valid.kind(), valid.startsOn(), valid.endsOn(), valid.place(), valid.invited(),
        valid.activity());
    store.conferences(id, valid.conferences());
    audit.record(Change.of("EXERCISE_CHANGED", "exercise", id.toString(), summary(v, valid)));
    return exercise(id);
  }

  @Transactional
  public void remove(UUID id) {
    guard.require(Permission.PLAN_EXERCISES_GLOBALLY);
    var e = exercise(id);
    var v = editable(e.version());
    store.conferences(id, List.of());
    store.deleteExercise(id);
    audit.record(Change.of("EXERCISE_REMOVED", "exercise", id.toString(), Map.of("version", v.number(), "code", e.code())));
  }

  /** Two versions compared by exercise code: what the newer adds, moves (dates or place) and drops. */
  @Transactional(readOnly = true)
  public Comparison compare(UUID from, UUID to) {
    var caller = guard.caller();
    var a = version(from);
    var b = version(to);
    var before = new LinkedHashMap<String, Exercise>();
    store.exercises(a.id()).stream().filter(e -> readable(caller, a, e)).forEach(e -> before.put(e.code(), e));
    var after = new LinkedHashMap<String, Exercise>();
    store.exercises(b.id()).stream().filter(e -> readable(caller, b, e)).forEach(e -> after.put(e.code(), e));
    var added = after.values().stream().filter(e -> !before.containsKey(e.code())).toList();
    var dropped = before.values().stream().filter(e -> !after.containsKey(e.code())).toList();
    var moved = after.values().stream().filter(e -> before.containsKey(e.code())).map(e -> new Comparison.Moved(before.get(e.code()), e))
        .filter(m -> !m.before().startsOn().equals(m.after().startsOn()) || !m.before().endsOn().equals(m.after().endsOn())
            || !m.before().place().equals(m.after().place()))
        .toList();
    return new Comparison(a, b, added, moved, dropped);
  }

  private record Valid(String code, BilingualText name, Exercise.Kind kind, LocalDate startsOn, LocalDate endsOn, String place,
      List<String> invited, @Nullable String activity, List<Conference> conferences) {}

  private Valid validate(PlanVersion v, NewExercise input, @Nullable UUID self) {
    var violations = new ArrayList<Violation>();
    var today = LocalDate.now(clock);
    var code = input.code() == null ? "" : input.code().strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) violations.add(new Violation("code", "problem.required", List.of()));
    else if (!CODE.matcher(code).matches()) violations.add(new Violation("code", "exercises.code.format", List.of()));
    var name = bilingual("name", input.name(), 200, "exercises.text.required", violations);
    var kind = InvalidInput.code(Exercise.Kind.class, input.kind(), "kind", violations);
    if (input.startsOn() == null) violations.add(new Violation("startsOn", "problem.required", List.of()));
    else if (!v.covers(input.startsOn())) violations.add(new Violation("startsOn", "exercises.date.period", List.of(v.firstYear(), v.lastYear())));
    var ends = input.endsOn() == null ? input.startsOn() : input.endsOn();
    if (input.startsOn() != null && ends != null && (ends.isBefore(input.startsOn()) || ends.isAfter(input.startsOn().plusDays(90)))) {
      violations.add(new Violation("endsOn", "exercises.date.order", List.of(90)));
    }
    var place = input.place() == null ? "" : input.place().strip();
    if (place.isEmpty()) violations.add(new Violation("place", "problem.required", List.of()));
    else Texts.check("place", place, 200, violations);
    var invited = new ArrayList<String>();
    var given = input.invited() == null ? List.<String>of() : input.invited();
    if (given.size() > MAX_INVITED) violations.add(new Violation("invited", "programmes.too-many", List.of(MAX_INVITED)));
    for (int i = 0; i < given.size() && i < MAX_INVITED; i++) {
      var org = given.get(i) == null ? "" : given.get(i).strip().toUpperCase(Locale.ROOT);
      if (org.isEmpty() || invited.contains(org)) continue;
      var kindOf = org.length() > 20 ? null : directory.organisation(org, today).map(o -> o.kind()).orElse(null);
      if (kindOf == null || kindOf == OrganisationKind.INSTITUTION) violations.add(new Violation("invited[" + i + "]", "exercises.invited.unknown", List.of(org)));
      else invited.add(org);
    }
    var activity = input.activity() == null || input.activity().isBlank() ? null : input.activity().strip().toUpperCase(Locale.ROOT);
    if (activity != null) {
      try {
        var found = activity.length() > 32 ? null : catalogue.activity(activity);
        if (found == null) violations.add(new Violation("activity", "exercises.activity.unknown", List.of(activity)));
        else if (found.type() != ActivityType.EXERCISE) violations.add(new Violation("activity", "exercises.activity.type", List.of(activity)));
        else if (found.status() != ActivityStatus.PUBLISHED) violations.add(new Violation("activity", "exercises.activity.unpublished", List.of(activity)));
      } catch (NotFound | InvalidInput missing) {
        violations.add(new Violation("activity", "exercises.activity.unknown", List.of(activity)));
      }
    }
    var conferences = new ArrayList<Conference>();
    var kinds = EnumSet.noneOf(ConferenceKind.class);
    var typed = input.conferences() == null ? List.<NewConference>of() : input.conferences();
    if (typed.size() > 3) violations.add(new Violation("conferences", "programmes.too-many", List.of(3)));
    for (int i = 0; i < typed.size() && i < 3; i++) {
      var c = typed.get(i);
      var field = "conferences[" + i + "]";
      if (c == null) {
        violations.add(new Violation(field, "problem.required", List.of()));
        continue;
      }
      var ck = InvalidInput.code(ConferenceKind.class, c.kind(), field + ".kind", violations);
      if (ck != null && !kinds.add(ck)) violations.add(new Violation(field + ".kind", "exercises.conference.twice", List.of(ck.name())));
      if (c.startsOn() == null) violations.add(new Violation(field + ".startsOn", "problem.required", List.of()));
      var cEnds = c.endsOn() == null ? c.startsOn() : c.endsOn();
      if (c.startsOn() != null && cEnds != null && (cEnds.isBefore(c.startsOn()) || cEnds.isAfter(c.startsOn().plusDays(14)))) {
        violations.add(new Violation(field + ".endsOn", "exercises.date.order", List.of(14)));
      }
      if (c.startsOn() != null && input.startsOn() != null && (!c.startsOn().isBefore(input.startsOn())
          || c.startsOn().isBefore(input.startsOn().minusYears(3)))) {
        violations.add(new Violation(field + ".startsOn", "exercises.conference.before", List.of()));
      }
      var cPlace = c.place() == null ? "" : c.place().strip();
      if (cPlace.isEmpty()) violations.add(new Violation(field + ".place", "problem.required", List.of()));
      else Texts.check(field + ".place", cPlace, 200, violations);
      if (ck != null && c.startsOn() != null && cEnds != null && !cPlace.isEmpty() && cPlace.length() <= 200) {
        conferences.add(new Conference(ck, c.startsOn(), cEnds, cPlace));
      }
    }
    // initial before main before final
    conferences.sort(java.util.Comparator.comparing(Conference::kind));
    for (int i = 1; i < conferences.size(); i++) {
      if (!conferences.get(i).startsOn().isAfter(conferences.get(i - 1).endsOn())) {
        violations.add(new Violation("conferences", "exercises.conference.order", List.of()));
        break;
      }
    }
    if (violations.isEmpty() && store.codeTaken(v.id(), code, self)) throw new Conflict("exercises.code.taken", code);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    return new Valid(code, name, kind, input.startsOn(), ends, place, invited, activity, conferences);
  }

  private static Map<String, Object> summary(PlanVersion v, Valid e) {
    return Map.of("version", v.number(), "code", e.code(), "startsOn", e.startsOn().toString(), "endsOn", e.endsOn().toString(),
        "place", e.place(), "invited", e.invited(), "activity", e.activity() == null ? "" : e.activity(),
        "conferences", e.conferences().stream().map(c -> c.kind() + " " + c.startsOn()).toList());
  }

  private PlanVersion editable(UUID versionId) {
    var v = store.lockVersion(versionId).orElseThrow(() -> new NotFound("version", versionId.toString()));
    if (!v.status().editable()) throw new Conflict("exercises.version.frozen", v.number(), v.status().name());
    return v;
  }

  /** The Java half of need-to-know for a version; row-level security says the same. */
  static boolean readable(Caller caller, PlanVersion v) {
    return caller.has(Permission.PLAN_EXERCISES_GLOBALLY) || v.status().published();
  }

  /** … and for an exercise: the planning board, or an organisation it invites once its version is in force. */
  static boolean readable(Caller caller, PlanVersion v, Exercise e) {
    if (caller.has(Permission.PLAN_EXERCISES_GLOBALLY)) return true;
    return v.status() == VersionStatus.APPROVED && e.invited().stream().anyMatch(caller.organisations()::contains);
  }
}
