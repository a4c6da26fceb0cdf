package org.entente.science;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.NotFound;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second review of a multi-year project's full plan, by the panel under the same blind rules as the first:
 * staff assign appointed panel members once the plan is submitted — never one of either co-director's nation, nor
 * one who declared a conflict on the application in either review (409); a reviewer who declines loses access at
 * once; a reviewer reads the other plan reviews only after submitting their own; applicants never read one. Staff
 * award the full grant only when every assigned reviewer of the plan has submitted ({@link SciencePlanMoves}).
 */
@Service
public class SciencePlans {

  private final Science science;
  private final ScienceStore store;
  private final SciencePlanStore plans;
  private final Guard guard;
  private final Notifications notifications;
  private final AuditTrail audit;

  SciencePlans(Science science, ScienceStore store, SciencePlanStore plans, Guard guard, Notifications notifications, AuditTrail audit) {
    this.science = science;
    this.store = store;
    this.plans = plans;
    this.guard = guard;
    this.notifications = notifications;
    this.audit = audit;
  }

  /** Staff assign an appointed panel member to review the plan (submitted or in review); the refusals as in the first review. */
  @Transactional
  public Review assign(UUID application, @Nullable UUID reviewer) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var app = science.lock(application);
    if (reviewer == null) throw InvalidInput.of("reviewer", "problem.required");
    var member = store.member(reviewer).filter(m -> m.status() == PanelMember.Status.APPOINTED)
        .orElseThrow(() -> InvalidInput.of("reviewer", "science.reviewer.not-appointed", reviewer.toString()));
    if (app.status() != ApplicationStatus.PLAN_SUBMITTED && app.status() != ApplicationStatus.PLAN_REVIEW) {
      throw new Conflict("science.assign.not-now", app.status().name());
    }
    if (member.nation().equals(app.allyDirector().nation()) || member.nation().equals(app.partnerDirector().nation())) {
      throw new Conflict("science.conflict.nation", member.name(), member.nation());
    }
    if (store.assignment(app.id(), reviewer).map(Review::conflict).orElse(false)) throw new Conflict("science.conflict.declared", member.name());
    var earlier = plans.assignment(app.id(), reviewer);
    if (earlier.isPresent()) {
      var e = earlier.get();
      if (e.conflict()) throw new Conflict("science.conflict.declared", member.name());
      throw new Conflict(e.state() == Review.State.DECLINED ? "science.assign.declined" : "science.assign.already", member.name());
    }
    plans.assign(app.id(), member, caller.username());
    audit.record(Change.of("SCIENCE_PLAN_REVIEWER_ASSIGNED", "science-application", app.id().toString(),
        Map.of("reviewer", reviewer.toString(), "nation", member.nation())));
    notifications.write(new Notice(Set.of(Notice.person(reviewer)), null, "en", "science.notice.plan-assigned.subject",
        "science.notice.plan-assigned.body", List.of(app.code(), app.title().text(Language.EN)), "/science/applications/" + app.id() + "/plan",
        null));
    return plans.assignment(app.id(), reviewer).orElseThrow();
  }

  /** The plan reviews the caller reads: staff all; a reviewer their own, the others once theirs is submitted; anyone else 404. */
  @Transactional(readOnly = true)
  public List<Review> reviews(UUID application) {
    var caller = guard.caller();
    var app = science.application(application);
    if (caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)) return plans.reviews(app.id());
    var own = own(app.id(), caller.userId());
    if (own == null) throw new NotFound("science-reviews", application.toString());
    if (own.state() != Review.State.SUBMITTED) return List.of(own);
    return plans.reviews(app.id()).stream().filter(r -> r.state() == Review.State.SUBMITTED || r.id().equals(own.id())).toList();
  }

  /** The caller's own review of the plan, if assigned and not declined. */
  @Transactional(readOnly = true)
  public @Nullable Review myReview(UUID application) {
    return own(application, guard.caller().userId());
  }

  /** The caller's plan reviews (declined ones gone). */
  @Transactional(readOnly = true)
  public List<Review> queue() {
    return plans.queue(guard.caller().userId());
  }

  /** A reviewer of the plan submits scores and comment, once, while the plan is in review. */
  @Transactional
  public Review score(UUID application, ScienceReviews.Scores scores) {
    var caller = guard.caller();
    var app = science.application(application);
    var own = own(app.id(), caller.userId());
    if (own == null) throw new NotFound("science-review", application.toString());
    if (own.state() == Review.State.SUBMITTED) throw new Conflict("science.review.submitted", app.code());
    if (app.status() != ApplicationStatus.PLAN_REVIEW) throw new Conflict("science.review.not-now", app.status().name());
    var comment = scores.checkedComment();
    plans.submit(own.id(), scores.merit(), scores.relevance(), scores.capacity(), scores.value(), comment);
    var submitted = own(app.id(), caller.userId());
    audit.record(Change.of("SCIENCE_PLAN_REVIEW_SUBMITTED", "science-application", app.id().toString(),
        Map.of("review", own.id().toString(), "weighted", String.valueOf(submitted.weighted()))));
    return submitted;
  }

  /** A reviewer of the plan declines (for a conflict of interest or another reason); they lose access at once. */
  @Transactional
  public void decline(UUID application, boolean conflict, @Nullable String reason) {
    var caller = guard.caller();
    var app = science.application(application);
    var own = own(app.id(), caller.userId());
    if (own == null) throw new NotFound("science-review", application.toString());
    if (own.state() == Review.State.SUBMITTED) throw new Conflict("science.review.submitted", app.code());
    var why = reason == null || reason.isBlank() ? null : reason.strip();
    Texts.require("reason", why, 2_000);
    plans.decline(own.id(), conflict, why);
    audit.record(Change.of("SCIENCE_PLAN_REVIEW_DECLINED", "science-application", app.id().toString(),
        Map.of("review", own.id().toString(), "conflict", conflict)));
    notifications.write(new Notice(Set.of("IS:STAFF"), null, "en", "science.notice.declined.subject", "science.notice.declined.body",
        List.of(app.code()), "/science/applications/" + app.id() + "/plan", null));
  }

  private @Nullable Review own(UUID application, UUID reviewer) {
    return plans.reviews(application).stream().filter(r -> r.reviewer().equals(reviewer) && r.state() != Review.State.DECLINED)
        .findFirst().orElse(null);
  }
}
