package org.entente.science;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
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

/** The panel's review of applications: reviewers assigned, scores and declinings, the call's ranking. */
@Service
public class ScienceReviews {

  private final Science science;
  private final ScienceCalls calls;
  private final ScienceStore store;
  private final Guard guard;
  private final Notifications notifications;
  private final AuditTrail audit;

  ScienceReviews(Science science, ScienceCalls calls, ScienceStore store, Guard guard, Notifications notifications, AuditTrail audit) {
    this.science = science;
    this.calls = calls;
    this.store = store;
    this.guard = guard;
    this.notifications = notifications;
    this.audit = audit;
  }

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
      else Texts.check("comment", kept, 8_000, violations);
      if (!violations.isEmpty()) throw new InvalidInput(violations);
      return kept;
    }

    private static void score(@Nullable Integer value, String field, List<Violation> violations) {
      if (value == null) violations.add(new Violation(field, "problem.required", List.of()));
      else if (value < 1 || value > 5) violations.add(new Violation(field, "problem.between", List.of(1, 5)));
    }
  }

  /**
   * Staff assign an appointed panel member to an application in panel review. Refused (409) when the reviewer's
   * nation is either co-director's, or when the reviewer declined it before or declared a conflict.
   */
  @Transactional
  public Review assign(UUID application, @Nullable UUID reviewer) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var current = science.lock(application);
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
    var app = science.application(application);
    if (caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)) return store.reviews(app.id());
    var own = science.ownReview(app.id(), caller);
    if (own == null) throw new NotFound("science-reviews", application.toString());
    if (own.state() != Review.State.SUBMITTED) return List.of(own);
    return store.reviews(app.id()).stream().filter(r -> r.state() == Review.State.SUBMITTED || r.id().equals(own.id())).toList();
  }

  /** The caller's own review of an application, if they are assigned and have not declined. */
  @Transactional(readOnly = true)
  public @Nullable Review myReview(UUID application) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return null;
    return science.ownReview(application, caller);
  }

  /** A reviewer declines, for a conflict of interest or another reason; they lose access at once. */
  @Transactional
  public void decline(UUID application, boolean conflict, @Nullable String reason) {
    var caller = guard.caller();
    var app = science.application(application);
    var own = science.ownReview(app.id(), caller);
    if (own == null) throw new NotFound("science-review", application.toString());
    if (own.state() == Review.State.SUBMITTED) throw new Conflict("science.review.submitted", app.code());
    var why = reason == null || reason.isBlank() ? null : reason.strip();
    Texts.require("reason", why, 2_000);
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
    var app = science.application(application);
    var own = science.ownReview(app.id(), caller);
    if (own == null) throw new NotFound("science-review", application.toString());
    if (own.state() == Review.State.SUBMITTED) throw new Conflict("science.review.submitted", app.code());
    if (app.status() != ApplicationStatus.PANEL_REVIEW) throw new Conflict("science.review.not-now", app.status().name());
    var comment = scores.checkedComment();
    store.submit(own.id(), scores.merit(), scores.relevance(), scores.capacity(), scores.value(), comment);
    var submitted = science.ownReview(app.id(), caller);
    audit.record(Change.of("SCIENCE_REVIEW_SUBMITTED", "science-application", application.toString(),
        Map.of("review", own.id().toString(), "weighted", String.valueOf(submitted.weighted()))));
    return submitted;
  }

  /** The call's applications in panel review or later, ranked by weighted mean, with the spread. Staff only. */
  @Transactional(readOnly = true)
  public Ranking ranking(UUID callId) {
    guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var call = calls.call(callId);
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

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

}
