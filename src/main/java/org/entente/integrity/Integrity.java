package org.entente.integrity;

import static org.entente.web.Texts.bilingual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.Catalogue;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.integrity.Assessment.Member;
import org.entente.integrity.IntegrityStatus.Actor;
import org.entente.languages.BilingualText;
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
 * Building Integrity. Scope, said here and again by row-level security: an assessment — the nation's answers, the
 * team's report, the follow-up plan — is read by the nation's coordinators, staff and the accounts of its peer
 * review team only; no other nation, not even an Ally, reads it.
 */
@Service
public class Integrity {

  static final int MIN_EXPERTS = 3, MAX_EXPERTS = 4, MAX_ACTIONS = 40;

  private final AssessmentStore store;
  private final Guard guard;
  private final Directory directory;
  private final Catalogue catalogue;
  private final AuditTrail audit;
  private final IntegrityNotices notices;
  private final Clock clock;

  Integrity(AssessmentStore store, Guard guard, Directory directory, Catalogue catalogue, AuditTrail audit, IntegrityNotices notices, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.catalogue = catalogue;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  /** A member of the peer review team as staff name them; {@code account} the username that will read the assessment. */
  public record NewMember(@Nullable String name, @Nullable String organisation, @Nullable String account, boolean leads) {}

  /** The peer review: its team and its visit. */
  public record PeerReview(@Nullable List<NewMember> team, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String place) {}

  /** An action of the follow-up plan, linked to a published menu activity by its code. */
  public record NewAction(@Nullable BilingualText title, @Nullable String activity, @Nullable LocalDate dueOn) {}

  @Transactional(readOnly = true)
  public Listing<AssessmentSummary> list(@Nullable String status, @Nullable String nation, Paging paging) {
    guard.caller();
    var s = status == null || status.isBlank() ? null : InvalidInput.code(IntegrityStatus.class, status, "status").name();
    var n = nation == null || nation.isBlank() ? null : nation.strip().toUpperCase(Locale.ROOT);
    return paging.listing(store.list(s, n, paging), store.count(s, n));
  }

  /** The same, for a caller in code that names its page and size (a page or size out of range is refused). */
  @Transactional(readOnly = true)
  public Listing<AssessmentSummary> list(@Nullable String status, @Nullable String nation, int page, int size) {
    return list(status, nation, new Paging(page, size));
  }

  @Transactional(readOnly = true)
  public Assessment get(UUID id) {
    var caller = guard.caller();
    return store.find(id).filter(a -> readable(caller, a)).orElseThrow(() -> new NotFound("assessment", id.toString()));
  }

  @Transactional(readOnly = true)
  public Questionnaire questionnaire(int version) {
    guard.caller();
    return store.questionnaire(version).orElseThrow(() -> new NotFound("questionnaire", String.valueOf(version)));
  }

  @Transactional(readOnly = true)
  public Questionnaire latest() {
    guard.caller();
    return store.latestVersion().flatMap(store::questionnaire).orElseThrow(() -> new NotFound("questionnaire", "latest"));
  }

  /** Staff publish a new version of the questionnaire; assessments issued before keep theirs. */
  @Transactional
  public Questionnaire publish(@Nullable BilingualText note, @Nullable List<Questionnaire.Question> questions) {
    guard.require(Permission.MANAGE_INTEGRITY_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var given = questions == null ? List.<Questionnaire.Question>of() : questions;
    if (given.isEmpty()) violations.add(new Violation("questions", "problem.required", List.of()));
    if (given.size() > 200) violations.add(new Violation("questions", "programmes.too-many", List.of(200)));
    var list = new ArrayList<Questionnaire.Question>();
    for (int i = 0; i < given.size() && i < 200; i++) {
      var q = given.get(i);
      var area = q == null || q.area() == null ? "" : q.area().strip().toUpperCase(Locale.ROOT);
      if (!area.matches("[A-Z_]{2,40}")) violations.add(new Violation("questions[" + i + "].area", "integrity.area.code", List.of()));
      var text = bilingual("questions[" + i + "].text", q == null ? null : q.text(), 2_000, false, violations);
      if (text.en() == null || text.fr() == null) violations.add(new Violation("questions[" + i + "].text", "integrity.question.both", List.of()));
      list.add(new Questionnaire.Question(i + 1, area, text));
    }
    var n = bilingual("note", note, 2_000, false, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var version = store.publish(LocalDate.now(clock), n, list);
    audit.record(Change.of("INTEGRITY_QUESTIONNAIRE_PUBLISHED", "integrity-questionnaire", String.valueOf(version), Map.of("questions", list.size())));
    return store.questionnaire(version).orElseThrow();
  }

  /** Who the caller is to this assessment, if anyone who may move it. */
  public @Nullable Actor actor(Assessment a) {
    var caller = guard.caller();
    if (caller.has(Permission.MANAGE_INTEGRITY_GLOBALLY)) return Actor.STAFF;
    return caller.organisationsWith(Permission.ASSESS_INTEGRITY_FOR_OWN_ORGANISATION).contains(a.nation()) ? Actor.NATION : null;
  }

  public boolean manages() {
    return guard.caller().has(Permission.MANAGE_INTEGRITY_GLOBALLY);
  }

  /** The nations the caller may ask an assessment for: its own; staff any Ally or partner. */
  public List<String> requesters() {
    var caller = guard.caller();
    var today = LocalDate.now(clock);
    if (caller.has(Permission.MANAGE_INTEGRITY_GLOBALLY)) {
      var all = new TreeSet<String>();
      directory.organisations(today, OrganisationKind.PARTNER, null).forEach(o -> all.add(o.code()));
      directory.organisations(today, OrganisationKind.ALLY, null).forEach(o -> all.add(o.code()));
      return List.copyOf(all);
    }
    var orgs = new TreeSet<String>();
    caller.organisationsWith(Permission.ASSESS_INTEGRITY_FOR_OWN_ORGANISATION).stream()
        .filter(o -> directory.organisation(o, today).map(x -> x.isNation()).orElse(false)).forEach(orgs::add);
    return List.copyOf(orgs);
  }

  @Transactional
  public Assessment request(@Nullable String nation) {
    var caller = guard.requireAny(Permission.ASSESS_INTEGRITY_FOR_OWN_ORGANISATION, Permission.MANAGE_INTEGRITY_GLOBALLY);
    var mine = requesters();
    var code = nation == null || nation.isBlank() ? (mine.size() == 1 ? mine.getFirst() : "") : nation.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) throw InvalidInput.of("nation", "problem.required");
    if (!mine.contains(code)) throw InvalidInput.of("nation", "integrity.nation.not-yours", code);
    var id = store.insert(code, caller.username());
    audit.record(Change.of("INTEGRITY_REQUESTED", "integrity-assessment", id.toString(), Map.of("nation", code)));
    var created = get(id);
    notices.moved(created);
    return created;
  }

  /** A move that needs no more than a reason: issue, submit, send back, record the visit, agree, follow up, close, withdraw. */
  @Transactional
  public Assessment transition(UUID id, @Nullable String to, @Nullable String reason) {
    guard.requireAny(Permission.ASSESS_INTEGRITY_FOR_OWN_ORGANISATION, Permission.MANAGE_INTEGRITY_GLOBALLY);
    var current = lock(id);
    var target = InvalidInput.code(IntegrityStatus.class, to, "to");
    var actor = allowed(current, target);
    if (target.withForm() && actor == Actor.STAFF) throw InvalidInput.of("to", "integrity.transition.with-form", target.name());
    var note = reason == null || reason.isBlank() ? null : reason.strip();
    if (target.needsReason(current.status()) && note == null) throw InvalidInput.of("reason", "integrity.reason.required");
    Texts.require("reason", note, 2_000);
    var today = LocalDate.now(clock);
    switch (target) {
      case SAQ_SUBMITTED -> {
        var questions = store.questionnaire(current.version()).orElseThrow().questions();
        var missing = questions.stream().filter(q -> current.answer(q.position()) == null).map(q -> q.position()).toList();
        if (!missing.isEmpty()) throw new Conflict("integrity.answers.missing", missing.size());
      }
      case VISIT_CONDUCTED -> {
        if (current.status() == IntegrityStatus.VISIT_SCHEDULED && current.visitFrom() != null && current.visitFrom().isAfter(today)) {
          throw new Conflict("integrity.visit.not-yet", current.visitFrom().toString());
        }
      }
      case FOLLOW_UP -> {
        if (current.actions().isEmpty()) throw new Conflict("integrity.actions.missing");
      }
      default -> {}
    }
    if (target == IntegrityStatus.SAQ_ISSUED && current.status() == IntegrityStatus.REQUESTED) {
      store.issue(id, store.latestVersion().orElseThrow(() -> new Conflict("integrity.questionnaire.unpublished")));
    } else if (target == IntegrityStatus.REPORT_AGREED) {
      store.agreed(id, today);
    } else {
      store.move(id, target, note);
    }
    audit.record(Change.of("INTEGRITY_" + target.name(), "integrity-assessment", id.toString(),
        Map.of("from", current.status().name(), "by", actor.name(), "reason", note == null ? "" : note)));
    var moved = get(id);
    notices.moved(moved);
    return moved;
  }

  /** The nation's answers (some or all) while the questionnaire is with it; blank answers are left as they were. */
  @Transactional
  public Assessment answer(UUID id, @Nullable Map<String, String> answers) {
    var caller = guard.require(Permission.ASSESS_INTEGRITY_FOR_OWN_ORGANISATION);
    var current = lock(id);
    if (actor(current) != Actor.NATION) throw new NotFound("assessment", id.toString());
    if (current.status() != IntegrityStatus.SAQ_ISSUED) throw new Conflict("integrity.answers.closed", current.status().name());
    var questions = store.questionnaire(current.version()).orElseThrow().questions();
    var violations = new ArrayList<Violation>();
    var given = new LinkedHashMap<Integer, String>();
    (answers == null ? Map.<String, String>of() : answers).forEach((key, value) -> {
      int position;
      try {
        position = Integer.parseInt(key);
      } catch (NumberFormatException e) {
        violations.add(new Violation("answers." + key, "integrity.question.unknown", List.of()));
        return;
      }
      if (questions.stream().noneMatch(q -> q.position() == position)) {
        violations.add(new Violation("answers." + key, "integrity.question.unknown", List.of()));
        return;
      }
      var text = value == null ? "" : value.strip();
      if (Texts.check("answers." + key, text, 10_000, violations) && !text.isEmpty()) given.put(position, text);
    });
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    if (given.isEmpty()) throw InvalidInput.of("answers", "problem.required");
    store.answer(id, given, caller.username());
    audit.record(Change.of("INTEGRITY_ANSWERED", "integrity-assessment", id.toString(), Map.of("questions", List.copyOf(given.keySet()))));
    return get(id);
  }

  /** Staff form the peer review team (a lead from an Alliance body and three or four experts) and schedule its visit. */
  @Transactional
  public Assessment peerReview(UUID id, PeerReview input) {
    guard.require(Permission.MANAGE_INTEGRITY_GLOBALLY);
    var current = lock(id);
    allowed(current, IntegrityStatus.VISIT_SCHEDULED);
    var violations = new ArrayList<Violation>();
    var today = LocalDate.now(clock);
    var members = new ArrayList<Member>();
    var team = input.team() == null ? List.<NewMember>of() : input.team();
    int leads = 0, experts = 0;
    for (int i = 0; i < team.size() && i < 10; i++) {
      var m = team.get(i);
      var field = "team[" + i + "]";
      var name = m == null || m.name() == null ? "" : m.name().strip();
      if (name.isEmpty()) {
        violations.add(new Violation(field + ".name", "problem.required", List.of()));
        continue;
      }
      Texts.check(field + ".name", name, 200, violations);
      var org = m.organisation() == null ? "" : m.organisation().strip().toUpperCase(Locale.ROOT);
      var kind = directory.organisation(org, today).map(o -> o.kind()).orElse(null);
      if (kind == null) violations.add(new Violation(field + ".organisation", "integrity.organisation.unknown", List.of(org)));
      else if (m.leads() && kind != OrganisationKind.ALLIANCE_BODY) violations.add(new Violation(field + ".organisation", "integrity.lead.staff", List.of(org)));
      var account = m.account() == null || m.account().isBlank() ? null : m.account().strip();
      if (account != null && !account.matches("[A-Za-z0-9._@-]{1,100}")) violations.add(new Violation(field + ".account", "integrity.account.format", List.of()));
      if (m.leads()) leads++;
      else experts++;
      members.add(new Member(new UUID(0, 0), name, org, account, m.leads()));
    }
    if (team.size() > 10) violations.add(new Violation("team", "programmes.too-many", List.of(10)));
    if (violations.isEmpty() && (leads != 1 || experts < MIN_EXPERTS || experts > MAX_EXPERTS)) {
      violations.add(new Violation("team", "integrity.team.size", List.of(MIN_EXPERTS, MAX_EXPERTS)));
    }
    if (input.from() == null) violations.add(new Violation("from", "problem.required", List.of()));
    else if (input.from().isBefore(today.minusYears(1)) || input.from().isAfter(today.plusYears(2))) {
      violations.add(new Violation("from", "integrity.visit.window", List.of(today.minusYears(1), today.plusYears(2))));
    }
    var to = input.to() == null ? input.from() : input.to();
    if (input.from() != null && to != null && to.isBefore(input.from())) violations.add(new Violation("to", "integrity.visit.order", List.of()));
    var place = input.place() == null ? "" : input.place().strip();
    if (place.isEmpty()) violations.add(new Violation("place", "problem.required", List.of()));
    else Texts.check("place", place, 200, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.peerReview(id, members, input.from(), to, place);
    audit.record(Change.of(current.status() == IntegrityStatus.VISIT_SCHEDULED ? "INTEGRITY_VISIT_RESCHEDULED" : "INTEGRITY_VISIT_SCHEDULED",
        "integrity-assessment", id.toString(), Map.of("from", input.from().toString(), "to", to.toString(), "place", place,
            "team", members.stream().map(m -> m.organisation()).toList())));
    var scheduled = get(id);
    notices.moved(scheduled);
    return scheduled;
  }

  /** The team's report, drafted (or revised) by staff after the visit; the nation then agrees it or asks for changes. */
  @Transactional
  public Assessment report(UUID id, @Nullable BilingualText report) {
    guard.require(Permission.MANAGE_INTEGRITY_GLOBALLY);
    var current = lock(id);
    allowed(current, IntegrityStatus.REPORT_DRAFT);
    var violations = new ArrayList<Violation>();
    var text = bilingual("report", report, 50_000, "integrity.text.required", violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.report(id, text);
    audit.record(Change.of("INTEGRITY_REPORT_DRAFTED", "integrity-assessment", id.toString(), Map.of("from", current.status().name())));
    var drafted = get(id);
    notices.moved(drafted);
    return drafted;
  }

  /** An action of the tailored follow-up plan, once the report is agreed, linked to a published menu activity. */
  @Transactional
  public Assessment addAction(UUID id, NewAction input) {
    guard.require(Permission.MANAGE_INTEGRITY_GLOBALLY);
    var current = lock(id);
    if (!current.status().planning()) throw new Conflict("integrity.plan.closed", current.status().name());
    var violations = new ArrayList<Violation>();
    var title = bilingual("title", input.title(), 300, "integrity.text.required", violations);
    var code = input.activity() == null || input.activity().isBlank() ? null : input.activity().strip().toUpperCase(Locale.ROOT);
    if (code != null) {
      try {
        if (catalogue.activity(code).status() != ActivityStatus.PUBLISHED) violations.add(new Violation("activity", "integrity.activity.unpublished", List.of(code)));
      } catch (NotFound | InvalidInput missing) {
        violations.add(new Violation("activity", "integrity.activity.unknown", List.of(code)));
      }
    }
    if (input.dueOn() != null && (input.dueOn().isBefore(LocalDate.now(clock).minusYears(1)) || input.dueOn().isAfter(LocalDate.now(clock).plusYears(10)))) {
      violations.add(new Violation("dueOn", "integrity.due.window", List.of()));
    }
    if (current.actions().size() >= MAX_ACTIONS) violations.add(new Violation("title", "programmes.too-many", List.of(MAX_ACTIONS)));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var action = store.addAction(id, title, code, input.dueOn());
    audit.record(Change.of("INTEGRITY_ACTION_ADDED", "integrity-assessment", id.toString(),
        Map.of("action", action.toString(), "activity", code == null ? "" : code)));
    return get(id);
  }

  /** The Java half of need-to-know; row-level security says the same. */
  boolean readable(Caller caller, Assessment a) {
    if (caller.has(Permission.MANAGE_INTEGRITY_GLOBALLY)) return true;
    if (caller.organisationsWith(Permission.ASSESS_INTEGRITY_FOR_OWN_ORGANISATION).contains(a.nation())) return true;
    return a.team().stream().anyMatch(m -> caller.username().equals(m.account()));
  }

  private Actor allowed(Assessment current, IntegrityStatus target) {
    var actor = actor(current);
    if (actor == null || !current.status().allows(target, actor)) {
      throw new Conflict("integrity.transition.illegal", current.status().name(), target.name());
    }
    return actor;
  }

  private Assessment lock(UUID id) {
    var caller = guard.caller();
    return store.lock(id).filter(a -> readable(caller, a)).orElseThrow(() -> new NotFound("assessment", id.toString()));
  }
}
