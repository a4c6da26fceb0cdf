package org.entente.science;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.science.ApplicationStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An SPS application: who reads it, who the caller is to it, and its moves through the review phases, the Council's
 * decision and the award (calls, submission, the panel and its reviews are {@link ScienceCalls}, {@link
 * ScienceSubmissions}, {@link SciencePanel} and {@link ScienceReviews}). The scope rule, said here
 * and again by row-level security (migration {@code science/V80}): a published call is public; an application is
 * for its applicant, its two co-directors (the accounts with their e-mail addresses), staff, the Council's
 * secretariat and the reviewers assigned to it who have not declined; Allies' coordinators read the approval list
 * (ranked and decided ones); everyone reads awarded projects ({@link #projects()}). A review is for staff and its
 * author, and for the application's other reviewers only once their own is submitted; never for applicants.
 */
@Service
public class Science {

  private final ScienceStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;
  private final SciencePlanMoves plans;

  Science(ScienceStore store, Guard guard, Directory directory, CouncilRegister council, Notifications notifications, AuditTrail audit,
      Clock clock, SciencePlanMoves plans) {
    this.plans = plans;
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
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
    Texts.require("comment", note, 4_000);
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

  /** The caller's own review of the application, if they are assigned and have not declined (also asked by {@link ScienceReviews}). */
  @Nullable Review ownReview(UUID application, Caller caller) {
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

}
