package org.entente.planning;

import static org.entente.web.Texts.bilingual;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Callers;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.languages.BilingualText;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.planning.CycleStatus.Actor;
import org.entente.programmes.Programme;
import org.entente.programmes.ProgrammeStatus;
import org.entente.programmes.ProgrammeType;
import org.entente.programmes.Programmes;
import org.entente.programmes.Progress;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly assessments of IPAP and ANP programmes (and ITPPs): per objective and target a progress rating and a
 * narrative, drafted by staff who manage planning, sent to the partner, commented by it, and agreed by it (or taken
 * back by staff to be revised). The scope rule, said here and again by row-level security: an assessment is read by
 * whoever reads its programme (the partner's coordinators, staff, the Council's secretariat, Allies' coordinators
 * while the programme is approved or active — the programmes module decides), never by another partner.
 */
@Service
public class ProgrammeAssessments {

  private static final Pattern ITEM = Pattern.compile("general|[A-Z0-9]{1,8}(-T[0-9]{1,3})?");
  private static final Set<ProgrammeType> ASSESSED = EnumSet.of(ProgrammeType.IPAP, ProgrammeType.ANP, ProgrammeType.ITPP);
  private static final Set<ProgrammeStatus> UNDER_WAY = EnumSet.of(ProgrammeStatus.APPROVED, ProgrammeStatus.ACTIVE, ProgrammeStatus.CLOSED);
  private static final int MAX_ITEMS = 300;

  private final ProgrammeAssessmentStore store;
  private final Guard guard;
  private final Planning planning;
  private final Programmes programmes;
  private final Notifications notifications;
  private final AuditTrail audit;

  ProgrammeAssessments(ProgrammeAssessmentStore store, Guard guard, Planning planning, Programmes programmes, Notifications notifications,
      AuditTrail audit) {
    this.store = store;
    this.guard = guard;
    this.planning = planning;
    this.programmes = programmes;
    this.notifications = notifications;
    this.audit = audit;
  }

  public record NewAssessment(@Nullable UUID programme, @Nullable Integer year) {}

  public record RatingInput(@Nullable String item, @Nullable String progress, @Nullable BilingualText narrative) {}

  /** Something rated: an objective ({@code O1}) or one of its targets ({@code O1-T2}). */
  public record Item(String key, BilingualText text, @Nullable String objective, @Nullable Integer value, @Nullable Integer year) {}

  /** The items of a programme to rate, in its order: each objective, then its targets. */
  public static List<Item> items(Programme programme) {
    var items = new ArrayList<Item>();
    for (var o : programme.content().objectives()) {
      items.add(new Item(o.key(), o.text(), null, null, null));
      for (int i = 0; i < o.targets().size(); i++) {
        var t = o.targets().get(i);
        items.add(new Item(o.key() + "-T" + (i + 1), t.text(), o.key(), t.value(), t.year()));
      }
    }
    return items;
  }

  // ---------------------------------------------------------------- reading

  /**
   * The programme as an assessment reads it: one the caller may read (the programmes module's rule) and that
   * planning shows the caller (never another partner's), of a type that is assessed; else 404.
   */
  @Transactional(readOnly = true)
  public Programme programme(UUID id) {
    guard.caller();
    var programme = programmes.programme(id);
    if (!planning.sees(programme.partner()) || !ASSESSED.contains(programme.type())) throw new NotFound("programme", id.toString());
    return programme;
  }

  /** The assessable programmes the caller reads (IPAP, ANP, ITPP approved, active or closed), newest first. */
  @Transactional(readOnly = true)
  public List<Programme> assessable(@Nullable String partner) {
    guard.caller();
    return programmes.list(partner, null).stream()
        .filter(p -> ASSESSED.contains(p.type()) && UNDER_WAY.contains(p.status()) && planning.sees(p.partner()))
        .sorted(java.util.Comparator.comparing(Programme::startsOn).reversed().thenComparing(Programme::partner))
        .toList();
  }

  @Transactional(readOnly = true)
  public Listing<ProgrammeAssessment> list(@Nullable UUID programme, @Nullable String partner, @Nullable String status, Paging paging) {
    guard.caller();
    var s = status == null || status.isBlank() ? null : InvalidInput.code(ProgrammeAssessmentStatus.class, status, "status").name();
    var p = partner == null || partner.isBlank() ? null : partner.strip().toUpperCase(Locale.ROOT);
    // row-level security reads only the assessments of programmes the caller reads (the programmes module's policy);
    // the Java rule says the same of the partner, page by page
    var found = store.list(programme, p, s, paging);
    return found.map(items -> items.stream().filter(a -> planning.sees(a.partner())).toList());
  }

  /** A programme's assessments, oldest year first. */
  @Transactional(readOnly = true)
  public List<ProgrammeAssessment> ofProgramme(UUID programme) {
    programme(programme);
    return store.ofProgramme(programme);
  }

  @Transactional(readOnly = true)
  public ProgrammeAssessment assessment(UUID id) {
    guard.caller();
    var found = store.find(id).filter(a -> planning.sees(a.partner())).orElseThrow(() -> new NotFound("programme-assessment", id.toString()));
    visible(found);
    return found;
  }

  /** Who the caller is to this assessment: the partner's coordinator, staff who manage planning, both or neither. */
  public Set<Actor> actors(ProgrammeAssessment assessment) {
    var actors = EnumSet.noneOf(Actor.class);
    var caller = Callers.current().orElse(null);
    if (caller == null) return actors;
    if (caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION).contains(assessment.partner())) actors.add(Actor.PARTNER);
    if (caller.has(Permission.MANAGE_PLANNING_GLOBALLY)) actors.add(Actor.STAFF);
    return actors;
  }

  public Set<ProgrammeAssessmentStatus> next(ProgrammeAssessment assessment) {
    return assessment.status().next(actors(assessment));
  }

  /** Whether the caller may comment now: the partner and staff, until it is agreed. */
  public boolean mayComment(ProgrammeAssessment assessment) {
    return assessment.status() != ProgrammeAssessmentStatus.AGREED && !actors(assessment).isEmpty();
  }

  @Transactional(readOnly = true)
  public Listing<ProgrammeAssessment.Comment> comments(UUID id, Paging paging) {
    assessment(id);
    return store.comments(id, paging);
  }

  /** Planned against attended participations of the programme, as the programmes module computes them. */
  @Transactional(readOnly = true)
  public Progress progress(UUID programme) {
    programme(programme);
    return programmes.progress(programme);
  }

  /** Each item's rating per year over the programme's assessments: item → (year → progress), items in the programme's order. */
  @Transactional(readOnly = true)
  public Map<String, Map<Integer, Rating.Progress>> history(UUID programme) {
    var p = programme(programme);
    var history = new LinkedHashMap<String, Map<Integer, Rating.Progress>>();
    var assessments = store.ofProgramme(programme);
    for (var item : items(p)) {
      var years = new TreeMap<Integer, Rating.Progress>();
      for (var a : assessments) {
        var r = a.rating(item.key());
        if (r != null) years.put(a.year(), r.progress());
      }
      if (!years.isEmpty()) history.put(item.key(), years);
    }
    return history;
  }

  // ---------------------------------------------------------------- changing

  /** Staff open the assessment of a programme's year (a year of its period; one per year). */
  @Transactional
  public ProgrammeAssessment open(NewAssessment input) {
    var caller = guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var violations = new ArrayList<Violation>();
    Programme programme = null;
    if (input.programme() == null) {
      violations.add(new Violation("programme", "problem.required", List.of()));
    } else {
      try {
        programme = programme(input.programme());
      } catch (NotFound absent) {
        violations.add(new Violation("programme", "planning.assessment.programme.unknown", List.of()));
      }
    }
    var year = input.year();
    if (year == null) {
      violations.add(new Violation("year", "problem.required", List.of()));
    } else if (programme != null && !programme.years().contains(year)) {
      violations.add(new Violation("year", "planning.assessment.year", List.of(String.valueOf(programme.startsOn().getYear()),
          String.valueOf(programme.endsOn().getYear()))));
    }
    if (!violations.isEmpty() || programme == null || year == null) throw new InvalidInput(violations);
    if (!UNDER_WAY.contains(programme.status())) throw new Conflict("planning.assessment.not-approved", programme.status().name());
    if (store.exists(programme.id(), year)) throw new Conflict("planning.assessment.exists", String.valueOf(year));
    var id = UUID.randomUUID();
    store.insert(id, programme.id(), programme.partner(), programme.type().name(), year, caller.username());
    audit.record(Change.of("PLANNING_PROGRAMME_ASSESSMENT_OPENED", "programme-assessment", id.toString(),
        Map.of("programme", programme.id().toString(), "partner", programme.partner(), "year", year)));
    return assessment(id);
  }

  /** Staff rate objectives and targets of a draft; ratings are replaced item by item. */
  @Transactional
  public ProgrammeAssessment rate(UUID id, @Nullable List<RatingInput> input) {
    guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var current = lock(id);
    if (current.status() != ProgrammeAssessmentStatus.DRAFT) throw new Conflict("planning.pa.closed", current.status().name());
    var items = items(programme(current.programme())).stream().map(Item::key).toList();
    var lines = input == null ? List.<RatingInput>of() : input;
    if (lines.size() > MAX_ITEMS) throw InvalidInput.of("ratings", "planning.goals.too-many", MAX_ITEMS);
    var violations = new ArrayList<Violation>();
    var ratings = new LinkedHashMap<String, ProgrammeAssessment.ItemRating>();
    current.ratings().forEach(r -> ratings.put(r.item(), r));
    for (int i = 0; i < lines.size(); i++) {
      var r = lines.get(i);
      var field = "ratings[" + i + "]";
      if (r == null) {
        violations.add(new Violation(field, "problem.required", List.of()));
        continue;
      }
      var item = r.item() == null ? "" : r.item().strip().toUpperCase(Locale.ROOT);
      if (!items.contains(item)) violations.add(new Violation(field + ".item", "planning.assessment.item.unknown", List.of(item)));
      var progress = InvalidInput.code(Rating.Progress.class, r.progress(), field + ".progress", violations);
      var narrative = bilingual(field + ".narrative", r.narrative(), 4_000, true, violations);
      if (progress != null && items.contains(item)) ratings.put(item, new ProgrammeAssessment.ItemRating(item, progress, narrative));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var ordered = items.stream().filter(ratings::containsKey).map(ratings::get).toList();
    store.setRatings(id, ordered);
    audit.record(Change.of("PLANNING_PROGRAMME_ASSESSMENT_RATED", "programme-assessment", id.toString(), Map.of("ratings", ordered.size())));
    return assessment(id);
  }

  /** A move: 409 when the caller may not make it from where the assessment stands, or when a draft is sent unrated. */
  @Transactional
  public ProgrammeAssessment transition(UUID id, @Nullable String to, @Nullable String comment) {
    var caller = guard.requireAny(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION, Permission.MANAGE_PLANNING_GLOBALLY);
    var current = lock(id);
    var target = InvalidInput.code(ProgrammeAssessmentStatus.class, to, "to");
    var from = current.status();
    if (actors(current).stream().noneMatch(a -> from.allows(target, a))) {
      throw new Conflict("planning.assessment.transition.illegal", from.name(), target.name());
    }
    var note = comment == null || comment.isBlank() ? null : comment.strip();
    Texts.require("comment", note, 4_000);
    var programme = programme(current.programme());
    if (target == ProgrammeAssessmentStatus.WITH_PARTNER) {
      var unrated = items(programme).stream().filter(i -> current.rating(i.key()) == null).count();
      if (unrated > 0) throw new Conflict("planning.assessment.unrated", unrated);
    }
    if (target == ProgrammeAssessmentStatus.AGREED) store.move(id, target, caller.username(), planning.today());
    else store.move(id, target, null, null);
    if (note != null) store.comment(id, "general", caller.username(), note);
    audit.record(Change.of("PLANNING_PROGRAMME_ASSESSMENT_" + target.name(), "programme-assessment", id.toString(),
        Map.of("from", from.name(), "to", target.name(), "year", current.year())));
    var title = programmes.title(programme);
    var link = "/planning/programmes/" + programme.id() + "/assessments";
    var audience = target == ProgrammeAssessmentStatus.WITH_PARTNER ? current.partner() + ":NATIONAL_COORDINATOR" : "IS:STAFF";
    notify(audience, "planning.notice.programme-assessment." + target.name(),
        List.of(Notice.inBothLanguages(title), String.valueOf(current.year()), note == null ? "" : note), link);
    return assessment(id);
  }

  /** A comment on an item (or "general") by the partner or staff, until the assessment is agreed. */
  @Transactional
  public ProgrammeAssessment.Comment comment(UUID id, @Nullable String item, @Nullable String body) {
    var caller = guard.requireAny(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION, Permission.MANAGE_PLANNING_GLOBALLY);
    var current = assessment(id);
    if (actors(current).isEmpty()) throw new Conflict("planning.assessment.comment.not-yours");
    if (!mayComment(current)) throw new Conflict("planning.assessment.comment.closed", current.status().name());
    var violations = new ArrayList<Violation>();
    var where = item == null || item.isBlank() ? "general" : item.strip();
    var programme = programme(current.programme());
    if (!ITEM.matcher(where).matches() || (!where.equals("general") && items(programme).stream().noneMatch(i -> i.key().equals(where)))) {
      violations.add(new Violation("item", "planning.assessment.item.unknown", List.of(where)));
    }
    var text = body == null ? "" : body.strip();
    if (text.isEmpty()) violations.add(new Violation("body", "problem.required", List.of()));
    else Texts.check("body", text, 4_000, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var commentId = store.comment(id, where, caller.username(), text);
    audit.record(Change.of("PLANNING_PROGRAMME_ASSESSMENT_COMMENTED", "programme-assessment", id.toString(), Map.of("item", where)));
    if (actors(current).contains(Actor.PARTNER) && !actors(current).contains(Actor.STAFF)) {
      notify("IS:STAFF", "planning.notice.programme-assessment.commented",
          List.of(Notice.inBothLanguages(programmes.title(programme)), String.valueOf(current.year()), text.length() > 300 ? text.substring(0, 300) + "…" : text),
          "/planning/programmes/" + programme.id() + "/assessments");
    }
    return store.comments(id, new Paging(0, Paging.MAX_SIZE)).items().stream().filter(c -> c.id().equals(commentId)).findFirst()
        .orElseThrow();
  }

  // ---------------------------------------------------------------- helpers

  private ProgrammeAssessment lock(UUID id) {
    guard.caller();
    var found = store.lock(id).filter(a -> planning.sees(a.partner())).orElseThrow(() -> new NotFound("programme-assessment", id.toString()));
    visible(found);
    return found;
  }

  /** Hidden as its programme is hidden: 404 naming the assessment, not the programme. */
  private void visible(ProgrammeAssessment assessment) {
    try {
      programme(assessment.programme());
    } catch (NotFound hidden) {
      throw new NotFound("programme-assessment", assessment.id().toString());
    }
  }

  private void notify(String audience, String key, List<String> args, String link) {
    notifications.write(new Notice(Set.of(audience), null, "en", key + ".subject", key + ".body", args, link, null));
  }
}
