package org.entente.science;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.council.CouncilRegister;
import org.entente.council.Decision;
import org.entente.council.DecisionTaken;
import org.entente.council.Subject;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.identity.UserAccounts;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.science.ApplicationStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Science for Peace and Security as staff, applicants, reviewers and the nations run it. The scope rule, said here
 * and again by row-level security (migration {@code science/V80}): a published call is public; an application is
 * for its applicant, its two co-directors (the accounts with their e-mail addresses), staff, the Council's
 * secretariat and the reviewers assigned to it who have not declined; Allies' coordinators read the approval list
 * (ranked and decided ones); everyone reads awarded projects ({@link #projects()}). A review is for staff and its
 * author, and for the application's other reviewers only once their own is submitted; never for applicants.
 */
@Service
public class Science {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

  private final ScienceStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final UserAccounts accounts;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;
  private final SciencePlanMoves plans;

  Science(ScienceStore store, Guard guard, Directory directory, CouncilRegister council, UserAccounts accounts,
      Notifications notifications, AuditTrail audit, Clock clock, SciencePlanMoves plans) {
    this.plans = plans;
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.accounts = accounts;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** A call as staff type it. */
  public record NewCall(@Nullable BilingualText title, @Nullable List<String> priorities, @Nullable List<String> mechanisms,
      @Nullable LocalDate deadline, @Nullable LocalDate panelFrom, @Nullable LocalDate panelTo) {}

  /** A co-director as typed. */
  public record CoDirectorInput(@Nullable String nation, @Nullable String name, @Nullable String email) {}

  /** An application as typed: the budget by category, amounts exact (a JSON number or a string). */
  public record NewApplication(@Nullable UUID call, @Nullable String mechanism, @Nullable BilingualText title,
      @Nullable BilingualText summary, @Nullable List<String> priorities, @Nullable CoDirectorInput allyDirector,
      @Nullable CoDirectorInput partnerDirector, @Nullable Map<String, BigDecimal> budget) {}

  /** A reviewer's scores (1–5) per criterion and comment. */
  public record Scores(@Nullable Integer merit, @Nullable Integer relevance, @Nullable Integer capacity, @Nullable Integer value,
      @Nullable String comment) {

    /**
     * The comment as kept, once every score is 1–5 and the comment is there and short enough; otherwise every
     * field wrong at once. The same rules for the panel's review and the multi-year plan's.
     */
    String checkedComment() {
      var violations = new ArrayList<Violation>();
      score(merit, "merit", violations);
      score(relevance, "relevance", violations);
      score(capacity, "capacity", violations);
      score(value, "value", violations);
      var kept = comment == null || comment.isBlank() ? null : comment.strip();
      if (kept == null) violations.add(new Violation("comment", "problem.required", List.of()));
      else if (kept.length() > 8_000) violations.add(new Violation("comment", "science.too-long", List.of(8_000)));
      if (!violations.isEmpty()) throw new InvalidInput(violations);
      return kept;
    }

    private static void score(@Nullable Integer value, String field, List<Violation> violations) {
      if (value == null) violations.add(new Violation(field, "problem.required", List.of()));
      else if (value < 1 || value > 5) violations.add(new Violation(field, "problem.between", List.of(1, 5)));
    }
  }

  // ------------------------------------------------------------------ calls

  @Transactional(readOnly = true)
  public Listing<Call> calls(Paging paging) {
    return store.calls(paging);
  }

  @Transactional(readOnly = true)
  public Call call(UUID id) {
    return store.call(id).orElseThrow(() -> new NotFound("science-call", id.toString()));
  }

  @Transactional
  public Call createCall(NewCall input) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var title = text(input.title(), "title", 300, true, violations);
    var priorities = codes(KeyPriority.class, input.priorities(), "priorities", violations);
    var mechanisms = codes(Mechanism.class, input.mechanisms(), "mechanisms", violations);
    var today = LocalDate.now(clock);
    if (input.deadline() == null) violations.add(new Violation("deadline", "problem.required", List.of()));
    else if (input.deadline().isBefore(today) || input.deadline().isAfter(today.plusYears(3))) {
      violations.add(new Violation("deadline", "science.date.range", List.of(today, today.plusYears(3))));
    }
    if (input.panelFrom() == null) violations.add(new Violation("panelFrom", "problem.required", List.of()));
    else if (input.deadline() != null && !input.panelFrom().isAfter(input.deadline())) {
      violations.add(new Violation("panelFrom", "science.panel.after-deadline", List.of()));
    } else if (input.panelFrom().isAfter(today.plusYears(4))) {
      violations.add(new Violation("panelFrom", "science.date.range", List.of(today, today.plusYears(4))));
    }
    if (input.panelTo() == null) violations.add(new Violation("panelTo", "problem.required", List.of()));
    else if (input.panelFrom() != null && input.panelTo().isBefore(input.panelFrom())) {
      violations.add(new Violation("panelTo", "science.panel.order", List.of()));
    } else if (input.panelTo().isAfter(today.plusYears(4))) {
      violations.add(new Violation("panelTo", "science.date.range", List.of(today, today.plusYears(4))));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var call = new Call(UUID.randomUUID(), store.nextCallCode(today.getYear()), title, priorities, mechanisms, input.deadline(),
        input.panelFrom(), input.panelTo(), false, false, caller.username(), java.time.Instant.now(clock));
    store.insertCall(call);
    audit.record(Change.of("SCIENCE_CALL_CREATED", "science-call", call.id().toString(), Map.of("code", call.code(),
        "deadline", call.deadline().toString(), "mechanisms", mechanisms.toString())));
    return call(call.id());
  }

  /** Publishes a call on the public site; from then on it accepts applications until its deadline. */
  @Transactional
  public Call publish(UUID id) {
    guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var call = call(id);
    if (call.published()) throw new Conflict("science.call.published", call.code());
    store.publishCall(id);
    audit.record(Change.of("SCIENCE_CALL_PUBLISHED", "science-call", id.toString(), Map.of("code", call.code())));
    return call(id);
  }

  /** Closes a call to new applications before its deadline. */
  @Transactional
  public Call close(UUID id) {
    guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var call = call(id);
    if (call.closed()) throw new Conflict("science.call.closed", call.code());
    store.closeCall(id);
    audit.record(Change.of("SCIENCE_CALL_CLOSED", "science-call", id.toString(), Map.of("code", call.code())));
    return call(id);
  }

  // ------------------------------------------------------------------ applications

  @Transactional(readOnly = true)
  public Listing<Application> applications(@Nullable UUID call, @Nullable String status, Paging paging) {
    guard.caller();
    var s = status == null || status.isBlank() ? null : InvalidInput.code(ApplicationStatus.class, status, "status").name();
    return store.applications(call, s, paging);
  }

  /** One application, for those who may read it; absent and hidden alike answer 404. */
  @Transactional(readOnly = true)
  public Application application(UUID id) {
    if (Callers.current().isEmpty()) throw new NotFound("science-application", id.toString());
    var found = store.application(id).orElseThrow(() -> new NotFound("science-application", id.toString()));
    if (!sees(found)) throw new NotFound("science-application", id.toString());
    return found;
  }

  /** Submits an application to an open call; acknowledged to both co-directors through the outbox. */
  @Transactional
  public Application submit(NewApplication input) {
    var caller = guard.caller();
    var violations = new ArrayList<Violation>();
    var today = LocalDate.now(clock);
    Call call = null;
    if (input.call() == null) violations.add(new Violation("call", "problem.required", List.of()));
    else {
      call = store.call(input.call()).orElse(null);
      if (call == null || !call.published()) violations.add(new Violation("call", "science.call.unknown", List.of(input.call().toString())));
    }
    var mechanism = InvalidInput.code(Mechanism.class, input.mechanism(), "mechanism", violations);
    if (call != null && mechanism != null && !call.mechanisms().contains(mechanism)) {
      violations.add(new Violation("mechanism", "science.mechanism.not-open", List.of(mechanism.name())));
    }
    var title = text(input.title(), "title", 300, true, violations);
    var summary = text(input.summary(), "summary", 4_000, true, violations);
    var priorities = codes(KeyPriority.class, input.priorities(), "priorities", violations);
    if (call != null) {
      for (var p : priorities) {
        if (!call.priorities().contains(p)) violations.add(new Violation("priorities", "science.priority.not-in-call", List.of(p.name())));
      }
    }
    var ally = director(input.allyDirector(), "allyDirector", OrganisationKind.ALLY, today, violations);
    var partner = director(input.partnerDirector(), "partnerDirector", OrganisationKind.PARTNER, today, violations);
    var budget = budget(input.budget(), violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    if (!call.openOn(today)) throw new Conflict("science.call.not-open", call.code(), call.deadline().toString());
    var id = UUID.randomUUID();
    var code = store.nextApplicationCode();
    store.insertApplication(new ScienceStore.NewApplication(id, call.id(), code, mechanism, title, summary, priorities, ally, partner,
        budget, caller.userId(), caller.username()));
    audit.record(Change.of("SCIENCE_APPLICATION_SUBMITTED", "science-application", id.toString(), Map.of("code", code,
        "call", call.code(), "mechanism", mechanism.name(), "ally", ally.nation(), "partner", partner.nation(),
        "total", budget.total().toPlainString())));
    var submitted = store.application(id).orElseThrow();
    for (var d : List.of(ally, partner)) {
      notifications.write(new Notice(Set.of(Notice.person(caller.userId())), d.email(), "en", "science.notice.acknowledged.subject",
          "science.notice.acknowledged.body", List.of(code, title.text(Language.EN), call.code()), "/science/applications/" + id,
          "science-ack-" + id + "-" + d.email()));
    }
    notifications.write(new Notice(Set.of("IS:STAFF"), null, "en", "science.notice.submitted.subject", "science.notice.submitted.body",
        List.of(code, title.text(Language.EN), call.code()), "/science/applications/" + id, null));
    return submitted;
  }

  /** Who the caller is to this application. */
  @Transactional(readOnly = true)
  public Set<Actor> actors(Application a) {
    var actors = EnumSet.noneOf(Actor.class);
    var caller = Callers.current().orElse(null);
    if (caller == null) return actors;
    if (caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)) actors.add(Actor.STAFF);
    if (isCoDirector(a, caller)) actors.add(Actor.CO_DIRECTOR);
    return actors;
  }

  /** The moves the caller may make now. */
  @Transactional(readOnly = true)
  public Set<ApplicationStatus> next(Application a) {
    return a.status().next(actors(a), a.mechanism());
  }

  /**
   * A move of the review phases; an illegal one answers 409 naming where the application stands. Screening needs
   * a reason; ranking needs every assigned review submitted (and one at least) and puts the application on the
   * Council's agenda; awarding needs the amount (at most the budget); the final report is a co-director's text.
   */
  @Transactional
  public Application transition(UUID id, @Nullable String to, @Nullable String comment, @Nullable BigDecimal amount) {
    guard.caller();
    var current = lock(id);
    var target = InvalidInput.code(ApplicationStatus.class, to, "to");
    var actors = actors(current);
    if (actors.isEmpty()) guard.require(Permission.MANAGE_SCIENCE_GLOBALLY); // a reader with no part in it: 403
    if (actors.stream().noneMatch(a -> current.status().allows(target, a, current.mechanism()))) {
      throw new Conflict("science.transition.illegal", current.status().name(), target.name());
    }
    var note = comment == null || comment.isBlank() ? null : comment.strip();
    if (note != null && note.length() > 4_000) throw InvalidInput.of("comment", "science.too-long", 4_000);
    var summary = new java.util.LinkedHashMap<String, Object>();
    summary.put("from", current.status().name());
    switch (target) {
      case ELIGIBLE, INELIGIBLE -> {
        if (note == null) throw InvalidInput.of("comment", "science.reason.required");
        store.screen(id, target, note);
        summary.put("reason", note);
      }
      case RANKED -> {
        var reviews = store.reviews(id);
        var active = reviews.stream().filter(r -> r.state() != Review.State.DECLINED).toList();
        if (active.isEmpty() || active.stream().anyMatch(r -> r.state() != Review.State.SUBMITTED)) {
          throw new Conflict("science.reviews.pending", current.code());
        }
        store.move(id, target);
        council.request(new Subject(Decision.SubjectType.SCIENCE, id.toString(),
            List.of(current.allyDirector().nation(), current.partnerDirector().nation()), current.title()));
      }
      case PLANNING_GRANT, PLAN_SUBMITTED, PLAN_REVIEW -> plans.move(current, target, note, amount, summary); // SciencePlanMoves
      case AWARDED -> {
        if (current.status() == ApplicationStatus.PLAN_REVIEW) plans.reviewed(current); // the plan's second review is done
        if (amount == null) throw InvalidInput.of("amount", "problem.required");
        var plain = amount.stripTrailingZeros();
        if (plain.scale() > 2) throw InvalidInput.of("amount", "science.amount.minor-unit", 2);
        if (plain.signum() <= 0 || plain.compareTo(current.budget().total()) > 0) {
          throw InvalidInput.of("amount", "science.amount.range", current.budget().total().toPlainString());
        }
        store.award(id, plain.setScale(2), LocalDate.now(clock));
        summary.put("amount", plain.setScale(2).toPlainString());
      }
      case FINAL_REPORT -> {
        if (note == null) throw InvalidInput.of("comment", "science.report.required");
        store.finalReport(id, note);
      }
      default -> store.move(id, target);
    }
    if (note != null && !summary.containsKey("reason")) summary.put("comment", note);
    audit.record(Change.of("SCIENCE_APPLICATION_" + target.name(), "science-application", id.toString(), summary));
    var moved = store.application(id).orElseThrow();
    notify(moved, "science.notice.moved");
    return moved;
  }

  /** The nations have decided through the Council: the application moves in the same transaction, or neither does. */
  @EventListener
  void decided(DecisionTaken event) {
    var decision = event.decision();
    if (decision.subjectType() != Decision.SubjectType.SCIENCE || decision.subjectId() == null) return;
    UUID id;
    try {
      id = UUID.fromString(decision.subjectId());
    } catch (IllegalArgumentException e) {
      return;
    }
    var current = store.lock(id).orElseThrow(() -> new NotFound("science-application", id.toString()));
    var target = switch (decision.outcome()) {
      case APPROVED -> ApplicationStatus.APPROVED;
      case REJECTED -> ApplicationStatus.REJECTED;
      default -> null;
    };
    if (target == null) {
      audit.record(Change.of("SCIENCE_DECISION_NOTED", "science-application", id.toString(),
          Map.of("decision", decision.reference(), "outcome", decision.outcome().name())));
      return;
    }
    if (!current.status().allows(target, Actor.COUNCIL)) {
      throw new Conflict("science.transition.illegal", current.status().name(), target.name());
    }
    store.decide(id, target, decision.reference());
    audit.record(Change.of("SCIENCE_APPLICATION_" + target.name(), "science-application", id.toString(),
        Map.of("from", current.status().name(), "decision", decision.reference())));
    notify(store.application(id).orElseThrow(), "science.notice.moved");
  }

  /** Awarded projects, for everyone. */
  @Transactional(readOnly = true)
  public List<PublicProject> projects() {
    return store.publicProjects();
  }

  // ------------------------------------------------------------------ panel

  @Transactional(readOnly = true)
  public Listing<PanelMember> panel(Paging paging) {
    guard.caller();
    return store.panel(paging);
  }

  /** A nation's coordinator (or staff) nominates an expert to the panel; the expert does not represent the nation. */
  @Transactional
  public PanelMember nominate(@Nullable UUID account, @Nullable String nation) {
    var caller = guard.requireAny(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION, Permission.MANAGE_SCIENCE_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var code = upper(nation);
    if (!caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)
        && !caller.organisationsWith(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION).contains(code)) {
      violations.add(new Violation("nation", "science.nation.not-yours", List.of(code)));
    } else if (directory.organisation(code, LocalDate.now(clock)).map(o -> !o.isNation()).orElse(true)) {
      violations.add(new Violation("nation", "science.nation.unknown", List.of(code)));
    }
    String name = null;
    if (account == null) violations.add(new Violation("account", "problem.required", List.of()));
    else {
      try {
        name = accounts.find(account).displayName();
      } catch (NotFound e) {
        violations.add(new Violation("account", "science.account.unknown", List.of(account.toString())));
      }
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    try {
      store.nominate(account, name, code, caller.username());
    } catch (DuplicateKeyException e) {
      throw new Conflict("science.panel.already", name);
    }
    audit.record(Change.of("SCIENCE_REVIEWER_NOMINATED", "science-panel", account.toString(), Map.of("nation", code)));
    return store.member(account).orElseThrow();
  }

  /**
   * Nominates the expert by their account's username (as a page types it); the account must be one the caller may
   * see (staff: any; a coordinator: their organisation's). Otherwise as {@link #nominate(UUID, String)}.
   */
  @Transactional
  public PanelMember nominateByUsername(@Nullable String username, @Nullable String nation) {
    guard.requireAny(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION, Permission.MANAGE_SCIENCE_GLOBALLY);
    var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (name.isEmpty()) throw InvalidInput.of("account", "problem.required");
    if (name.length() > 64) throw InvalidInput.of("account", "science.too-long", 64);
    var account = accounts.visible(null).stream().filter(u -> u.username().equals(name)).findFirst()
        .orElseThrow(() -> InvalidInput.of("account", "science.account.unknown", name));
    return nominate(account.id(), nation);
  }

  /** A conflict of interest declared by a panel member (staff read them all; others none). */
  public record DeclaredConflict(UUID reviewer, String reviewerName, String reviewerNation, UUID application, String applicationCode,
      @Nullable String reason) {}

  /** The conflicts of interest declared by the panel's members, for staff keeping the panel. */
  @Transactional(readOnly = true)
  public List<DeclaredConflict> conflicts() {
    guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    return store.conflicts();
  }

  @Transactional
  public PanelMember appoint(UUID account) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var member = store.member(account).orElseThrow(() -> new NotFound("science-panel-member", account.toString()));
    if (member.status() == PanelMember.Status.APPOINTED) throw new Conflict("science.panel.appointed", member.name());
    store.appoint(account, caller.username());
    audit.record(Change.of("SCIENCE_REVIEWER_APPOINTED", "science-panel", account.toString(), Map.of("nation", member.nation())));
    notifications.write(new Notice(Set.of(Notice.person(account)), null, "en", "science.notice.appointed.subject",
        "science.notice.appointed.body", List.of(member.name()), "/science/reviews", null));
    return store.member(account).orElseThrow();
  }

  // ------------------------------------------------------------------ reviews

  /**
   * Staff assign an appointed panel member to an application in panel review. Refused (409) when the reviewer's
   * nation is either co-director's, or when the reviewer declined it before or declared a conflict.
   */
  @Transactional
  public Review assign(UUID application, @Nullable UUID reviewer) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var current = lock(application);
    if (reviewer == null) throw InvalidInput.of("reviewer", "problem.required");
    var member = store.member(reviewer).filter(m -> m.status() == PanelMember.Status.APPOINTED)
        .orElseThrow(() -> InvalidInput.of("reviewer", "science.reviewer.not-appointed", reviewer.toString()));
    if (current.status() != ApplicationStatus.PANEL_REVIEW && current.status() != ApplicationStatus.ELIGIBLE) {
      throw new Conflict("science.assign.not-now", current.status().name());
    }
    if (member.nation().equals(current.allyDirector().nation()) || member.nation().equals(current.partnerDirector().nation())) {
      throw new Conflict("science.conflict.nation", member.name(), member.nation());
    }
    var earlier = store.assignment(application, reviewer);
    if (earlier.isPresent()) {
      var e = earlier.get();
      if (e.conflict()) throw new Conflict("science.conflict.declared", member.name());
      throw new Conflict(e.state() == Review.State.DECLINED ? "science.assign.declined" : "science.assign.already", member.name());
    }
    store.assign(application, member, caller.username());
    audit.record(Change.of("SCIENCE_REVIEWER_ASSIGNED", "science-application", application.toString(),
        Map.of("reviewer", reviewer.toString(), "nation", member.nation())));
    notifications.write(new Notice(Set.of(Notice.person(reviewer)), null, "en", "science.notice.assigned.subject",
        "science.notice.assigned.body", List.of(current.code(), current.title().text(Language.EN)), "/science/reviews", null));
    return store.assignment(application, reviewer).orElseThrow();
  }

  /** The caller's own assignments (declined ones gone), a page at a time. */
  @Transactional(readOnly = true)
  public Listing<Review> queue(Paging paging) {
    var caller = guard.caller();
    return store.queue(caller.userId(), paging);
  }

  /**
   * The reviews of an application the caller reads: staff all of them; a reviewer their own, and the others only
   * once their own is submitted; anyone else (applicants, co-directors, coordinators) none — 404.
   */
  @Transactional(readOnly = true)
  public List<Review> reviews(UUID application) {
    var caller = guard.caller();
    var app = application(application);
    if (caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)) return store.reviews(app.id());
    var own = ownReview(app.id(), caller);
    if (own == null) throw new NotFound("science-reviews", application.toString());
    if (own.state() != Review.State.SUBMITTED) return List.of(own);
    return store.reviews(app.id()).stream().filter(r -> r.state() == Review.State.SUBMITTED || r.id().equals(own.id())).toList();
  }

  /** The caller's own review of an application, if they are assigned and have not declined. */
  @Transactional(readOnly = true)
  public @Nullable Review myReview(UUID application) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return null;
    return ownReview(application, caller);
  }

  /** A reviewer declines, for a conflict of interest or another reason; they lose access at once. */
  @Transactional
  public void decline(UUID application, boolean conflict, @Nullable String reason) {
    var caller = guard.caller();
    var app = application(application);
    var own = ownReview(app.id(), caller);
    if (own == null) throw new NotFound("science-review", application.toString());
    if (own.state() == Review.State.SUBMITTED) throw new Conflict("science.review.submitted", app.code());
    var why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > 2_000) throw InvalidInput.of("reason", "science.too-long", 2_000);
    store.decline(own.id(), conflict, why);
    audit.record(Change.of("SCIENCE_REVIEW_DECLINED", "science-application", application.toString(),
        Map.of("review", own.id().toString(), "conflict", conflict)));
    notifications.write(new Notice(Set.of("IS:STAFF"), null, "en", "science.notice.declined.subject", "science.notice.declined.body",
        List.of(app.code()), "/science/applications/" + app.id(), null));
  }

  /** A reviewer submits their scores and comment, once; from then on they read the other submitted reviews. */
  @Transactional
  public Review score(UUID application, Scores scores) {
    var caller = guard.caller();
    var app = application(application);
    var own = ownReview(app.id(), caller);
    if (own == null) throw new NotFound("science-review", application.toString());
    if (own.state() == Review.State.SUBMITTED) throw new Conflict("science.review.submitted", app.code());
    if (app.status() != ApplicationStatus.PANEL_REVIEW) throw new Conflict("science.review.not-now", app.status().name());
    var comment = scores.checkedComment();
    store.submit(own.id(), scores.merit(), scores.relevance(), scores.capacity(), scores.value(), comment);
    var submitted = ownReview(app.id(), caller);
    audit.record(Change.of("SCIENCE_REVIEW_SUBMITTED", "science-application", application.toString(),
        Map.of("review", own.id().toString(), "weighted", String.valueOf(submitted.weighted()))));
    return submitted;
  }

  /** The call's applications in panel review or later, ranked by weighted mean, with the spread. Staff only. */
  @Transactional(readOnly = true)
  public Ranking ranking(UUID callId) {
    guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var call = call(callId);
    var rows = new ArrayList<Ranking.Row>();
    for (var a : store.applicationsOf(callId)) {
      if (a.status() == ApplicationStatus.SUBMITTED || a.status() == ApplicationStatus.ELIGIBLE || a.status() == ApplicationStatus.INELIGIBLE) continue;
      var reviews = store.reviews(a.id()).stream().filter(r -> r.state() != Review.State.DECLINED).toList();
      var scores = reviews.stream().map(Review::weighted).filter(java.util.Objects::nonNull).sorted().toList();
      Double mean = scores.isEmpty() ? null : round(scores.stream().mapToDouble(Double::doubleValue).average().orElse(0));
      Double spread = scores.isEmpty() ? null : round(scores.get(scores.size() - 1) - scores.get(0));
      rows.add(new Ranking.Row(0, a.id(), a.code(), a.title(), a.mechanism(), a.status(), reviews.size(), scores.size(), mean, spread, scores));
    }
    rows.sort(Comparator.comparing((Ranking.Row r) -> r.mean() == null ? -1 : r.mean()).reversed().thenComparing(Ranking.Row::code));
    var ranked = new ArrayList<Ranking.Row>();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      ranked.add(new Ranking.Row(i + 1, r.application(), r.code(), r.title(), r.mechanism(), r.status(), r.reviews(), r.submitted(), r.mean(),
          r.spread(), r.scores()));
    }
    return new Ranking(call.code(), ranked);
  }

  // ------------------------------------------------------------------ helpers

  private boolean sees(Application a) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return false;
    if (caller.has(Permission.READ_SCIENCE_GLOBALLY) || caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)) return true;
    if (a.applicantName().equals(caller.username()) || isCoDirector(a, caller)) return true;
    if (ownReview(a.id(), caller) != null) return true;
    if (store.monitors(a.id(), caller.userId())) return true; // the panel member who monitors it (ScienceMonitoring)
    if (store.reviewsPlan(a.id(), caller.userId())) return true; // a reviewer of a multi-year project's plan (SciencePlans)
    var approvalList = EnumSet.of(ApplicationStatus.RANKED, ApplicationStatus.APPROVED, ApplicationStatus.REJECTED).contains(a.status())
        || a.status().planning() || a.status().awarded();
    return approvalList && caller.organisationsWith(Permission.DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION).stream()
        .anyMatch(o -> directory.organisation(o, LocalDate.now(clock)).map(x -> x.kind() == OrganisationKind.ALLY).orElse(false));
  }

  private boolean isCoDirector(Application a, Caller caller) {
    var email = email(caller);
    return email != null && (email.equals(a.allyDirector().email()) || email.equals(a.partnerDirector().email()));
  }

  private @Nullable String email(Caller caller) {
    return store.callerEmail();
  }

  private @Nullable Review ownReview(UUID application, Caller caller) {
    return store.reviews(application).stream()
        .filter(r -> r.reviewer().equals(caller.userId()) && r.state() != Review.State.DECLINED).findFirst().orElse(null);
  }

  /** The application, locked for a change, for those who may read it (404 otherwise). */
  Application lock(UUID id) {
    guard.caller();
    var found = store.lock(id).orElseThrow(() -> new NotFound("science-application", id.toString()));
    if (!sees(found)) throw new NotFound("science-application", id.toString());
    return found;
  }

  private void notify(Application a, String key) {
    var audience = new LinkedHashSet<String>();
    audience.add("IS:STAFF");
    notifications.write(new Notice(audience, a.allyDirector().email(), "en", key + ".subject", key + ".body",
        List.of(a.code(), a.title().text(Language.EN), a.status().name()), "/science/applications/" + a.id(), null));
    notifications.write(new Notice(Set.of(), a.partnerDirector().email(), "en", key + ".subject", key + ".body",
        List.of(a.code(), a.title().text(Language.EN), a.status().name()), "/science/applications/" + a.id(), null));
  }

  private Application.CoDirector director(@Nullable CoDirectorInput input, String field, OrganisationKind kind, LocalDate today,
      List<Violation> violations) {
    var in = input == null ? new CoDirectorInput(null, null, null) : input;
    var nation = upper(in.nation());
    if (nation.isEmpty()) violations.add(new Violation(field + ".nation", "problem.required", List.of()));
    else if (directory.organisation(nation, today).map(o -> o.kind() != kind).orElse(true)) {
      violations.add(new Violation(field + ".nation", kind == OrganisationKind.ALLY ? "science.director.not-ally" : "science.director.not-partner",
          List.of(nation, today)));
    }
    var name = in.name() == null ? "" : in.name().strip();
    if (name.isEmpty()) violations.add(new Violation(field + ".name", "problem.required", List.of()));
    else if (name.length() > 200) violations.add(new Violation(field + ".name", "science.too-long", List.of(200)));
    var email = in.email() == null ? "" : in.email().strip().toLowerCase(Locale.ROOT);
    if (email.isEmpty()) violations.add(new Violation(field + ".email", "problem.required", List.of()));
    else if (email.length() > 254 || !EMAIL.matcher(email).matches()) violations.add(new Violation(field + ".email", "science.email.invalid", List.of()));
    return new Application.CoDirector(nation, name, email);
  }

  /** The budget by category, each amount exact to the cent; salaries and overheads refused; stipends at most 15 %. */
  static Budget budget(@Nullable Map<String, BigDecimal> input, List<Violation> violations) {
    var in = input == null ? Map.<String, BigDecimal>of() : input;
    var amounts = new java.util.HashMap<String, BigDecimal>();
    for (var entry : in.entrySet()) {
      var category = entry.getKey() == null ? "" : entry.getKey().strip().toUpperCase(Locale.ROOT);
      var field = "budget." + category;
      if (Budget.REFUSED.contains(category)) {
        if (entry.getValue() != null && entry.getValue().signum() != 0) {
          violations.add(new Violation(field, "science.budget.not-eligible." + category.toLowerCase(Locale.ROOT), List.of()));
        }
        continue;
      }
      if (!Budget.CATEGORIES.contains(category)) {
        violations.add(new Violation("budget", "science.budget.category", List.of(category, String.join(", ", Budget.CATEGORIES))));
        continue;
      }
      var amount = entry.getValue();
      if (amount == null) continue;
      var plain = amount.stripTrailingZeros();
      if (plain.scale() > 2) violations.add(new Violation(field, "science.amount.minor-unit", List.of(2)));
      else if (plain.signum() < 0 || plain.compareTo(MAX_AMOUNT) > 0) violations.add(new Violation(field, "science.budget.range", List.of(MAX_AMOUNT.toPlainString())));
      else amounts.put(category, plain.setScale(2));
    }
    var zero = new BigDecimal("0.00");
    var budget = new Budget(amounts.getOrDefault("EQUIPMENT", zero), amounts.getOrDefault("TRAVEL", zero), amounts.getOrDefault("TRAINING", zero),
        amounts.getOrDefault("STIPENDS", zero), amounts.getOrDefault("OTHER", zero));
    if (budget.total().signum() == 0 && violations.stream().noneMatch(v -> v.name().startsWith("budget"))) {
      violations.add(new Violation("budget", "science.budget.empty", List.of()));
    }
    if (!budget.stipendsWithinLimit()) {
      violations.add(new Violation("budget.STIPENDS", "science.budget.stipends", List.of(Budget.STIPENDS_PERCENT.toPlainString())));
    }
    return budget;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String upper(@Nullable String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> List<E> codes(Class<E> type, @Nullable List<String> values, String field, List<Violation> violations) {
    var out = new ArrayList<E>();
    if (values == null || values.isEmpty()) {
      violations.add(new Violation(field, "problem.required", List.of()));
      return out;
    }
    if (values.size() > 20) {
      violations.add(new Violation(field, "science.too-many", List.of(20)));
      return out;
    }
    for (var v : values) {
      var e = InvalidInput.code(type, v, field, violations);
      if (e != null && !out.contains(e)) out.add(e);
    }
    return out;
  }

  static BilingualText text(@Nullable BilingualText text, String field, int max, boolean required, List<Violation> violations) {
    var t = text == null ? new BilingualText(null, null) : text;
    if (required && t.en() == null && t.fr() == null) violations.add(new Violation(field, "problem.required", List.of()));
    if ((t.en() != null && t.en().length() > max) || (t.fr() != null && t.fr().length() > max)) {
      violations.add(new Violation(field, "science.too-long", List.of(max)));
    }
    return t;
  }
}
