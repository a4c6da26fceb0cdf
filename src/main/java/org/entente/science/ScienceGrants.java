package org.entente.science;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.science.ApplicationStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows an award: progress reports with the spending per budget category (flagged beyond 10 % over a
 * category's budget), the grant paid in instalments that never exceed the award, and staff's review summary
 * released to the applicants. Who may read an application is {@link Science}'s rule, asked through it.
 */
@Service
public class ScienceGrants {

  private final Science science;
  private final ScienceStore store;
  private final Guard guard;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  ScienceGrants(Science science, ScienceStore store, Guard guard, Notifications notifications, AuditTrail audit, Clock clock) {
    this.science = science;
    this.store = store;
    this.guard = guard;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** The progress reports of an application the caller reads. */
  @Transactional(readOnly = true)
  public List<ProgressReport> reports(UUID application) {
    return store.reports(science.application(application).id());
  }

  /** Whether the caller may write a progress report now: a co-director or staff, while the project runs. */
  @Transactional(readOnly = true)
  public boolean mayReport(Application a) {
    var actors = science.actors(a);
    return (a.status() == ApplicationStatus.AWARDED || a.status() == ApplicationStatus.IN_PROGRESS)
        && (actors.contains(Actor.CO_DIRECTOR) || actors.contains(Actor.STAFF));
  }

  /** A co-director (or staff) reports progress on a running project; staff are told through the outbox. */
  @Transactional
  public ProgressReport report(UUID application, @Nullable String body) {
    return report(application, body, Map.of());
  }

  /**
   * A co-director (or staff) reports progress on a running project with the period's spending per budget category
   * (exact to the cent; salaries and overheads refused as in the budget). When the spending reported so far passes
   * a category's budget by more than 10 %, the report is flagged for staff. Staff are told through the outbox.
   */
  @Transactional
  public ProgressReport report(UUID application, @Nullable String body, @Nullable Map<String, BigDecimal> spending) {
    var caller = guard.caller();
    var app = science.lock(application);
    var actors = science.actors(app);
    if (!actors.contains(Actor.CO_DIRECTOR) && !actors.contains(Actor.STAFF)) guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var text = body == null || body.isBlank() ? null : body.strip();
    if (text == null) violations.add(new Violation("body", "problem.required", List.of()));
    else Texts.check("body", text, 8_000, violations);
    var spent = spending(spending, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    if (!mayReport(app)) throw new Conflict("science.report.not-now", app.status().name());
    var before = store.spent(application);
    var overspent = new ArrayList<String>();
    for (var category : Budget.CATEGORIES) {
      var total = before.getOrDefault(category, BigDecimal.ZERO).add(spent.getOrDefault(category, BigDecimal.ZERO));
      if (total.signum() > 0 && Grant.overspent(app.budget().of(category), total)) overspent.add(category);
    }
    var id = store.report(application, text, caller.username(), overspent);
    for (var category : Budget.CATEGORIES) {
      if (spent.containsKey(category)) store.spending(id, application, category, spent.get(category));
    }
    var audited = new java.util.LinkedHashMap<String, Object>();
    audited.put("length", text.length());
    spent.forEach((k, v) -> audited.put("spent." + k, v.toPlainString()));
    if (!overspent.isEmpty()) audited.put("overspent", overspent.toString());
    audit.record(Change.of("SCIENCE_PROGRESS_REPORTED", "science-application", application.toString(), audited));
    notifications.write(new Notice(Set.of("IS:STAFF"), null, "en", "science.notice.reported.subject", "science.notice.reported.body",
        List.of(app.code(), app.title().text(Language.EN)), "/science/applications/" + app.id(), null));
    if (!overspent.isEmpty()) {
      notifications.write(new Notice(Set.of("IS:STAFF"), null, "en", "science.notice.overspent.subject", "science.notice.overspent.body",
          List.of(app.code(), String.join(", ", overspent)), "/science/applications/" + app.id(), null));
    }
    return store.reportById(id).orElseThrow();
  }

  /** Staff mark a flagged report reviewed; it leaves their list. 409 when it is not flagged or reviewed already. */
  @Transactional
  public ProgressReport reviewReport(UUID application, UUID report) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var app = science.lock(application);
    var found = store.reportById(report).filter(r -> r.application().equals(app.id()))
        .orElseThrow(() -> new NotFound("science-report", report.toString()));
    if (!found.flagged()) throw new Conflict("science.report.not-flagged", app.code());
    store.reviewReport(report, caller.username());
    audit.record(Change.of("SCIENCE_REPORT_REVIEWED", "science-application", application.toString(),
        Map.of("report", report.toString(), "overspent", found.overspent().toString())));
    return store.reportById(report).orElseThrow();
  }

  /** A report flagged for overspending and not yet reviewed, for staff's list. */
  public record Flagged(UUID report, UUID application, String code, BilingualText title, List<String> overspent, java.time.Instant writtenAt) {}

  /** A planned instalment due, for staff's list. */
  public record Due(Instalment instalment, String code, BilingualText title) {}

  /** Staff's follow-up: instalments due by today (planned, not released) and flagged reports not yet reviewed. */
  public record FollowUp(List<Due> due, List<Flagged> flagged) {}

  @Transactional(readOnly = true)
  public FollowUp followUp() {
    guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    return new FollowUp(store.due(LocalDate.now(clock)), store.flagged());
  }

    /** An instalment as staff plan it: the amount (exact), and the milestone or the date it is due on (one at least). */
  public record NewInstalment(@Nullable BigDecimal amount, @Nullable String milestone, @Nullable LocalDate dueOn) {}

  /** The grant of an awarded project the caller reads: instalments and spending against the budget; 404 before the award. */
  @Transactional(readOnly = true)
  public Grant grant(UUID application) {
    var app = science.application(application);
    if (!app.status().awarded()) throw new NotFound("science-grant", application.toString());
    var instalments = store.instalments(app.id());
    var zero = new BigDecimal("0.00");
    var planned = instalments.stream().map(Instalment::amount).reduce(zero, BigDecimal::add);
    var released = instalments.stream().filter(i -> i.state() != Instalment.State.PLANNED).map(Instalment::amount).reduce(zero, BigDecimal::add);
    var paid = instalments.stream().filter(i -> i.state() == Instalment.State.PAID).map(Instalment::amount).reduce(zero, BigDecimal::add);
    var spent = store.spent(app.id());
    var lines = new ArrayList<Grant.Spending>();
    for (var category : Budget.CATEGORIES) {
      var budget = app.budget().of(category);
      var total = spent.getOrDefault(category, zero).setScale(2);
      lines.add(new Grant.Spending(category, budget, total, total.signum() > 0 && Grant.overspent(budget, total)));
    }
    return new Grant(app.id(), app.code(), app.currency(), app.awardedAmount(), instalments, planned, released, paid,
        app.awardedAmount().subtract(planned), lines);
  }

  /**
   * Staff plan an instalment of an awarded project. The sum of the instalments never goes above the award (409,
   * naming what remains); checked under the application's lock, and again by the database.
   */
  @Transactional
  public Instalment planInstalment(UUID application, NewInstalment input) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var app = science.lock(application);
    var violations = new ArrayList<Violation>();
    var today = LocalDate.now(clock);
    BigDecimal amount = null;
    if (input.amount() == null) violations.add(new Violation("amount", "problem.required", List.of()));
    else {
      var plain = input.amount().stripTrailingZeros();
      if (plain.scale() > 2) violations.add(new Violation("amount", "science.amount.minor-unit", List.of(2)));
      else if (plain.signum() <= 0 || plain.compareTo(ScienceInputChecks.MAX_AMOUNT) > 0) {
        violations.add(new Violation("amount", "science.budget.range", List.of(ScienceInputChecks.MAX_AMOUNT.toPlainString())));
      } else amount = plain.setScale(2);
    }
    var milestone = input.milestone() == null || input.milestone().isBlank() ? null : input.milestone().strip();
    Texts.check("milestone", milestone, 300, violations);
    if (input.dueOn() != null && (input.dueOn().isBefore(today.minusYears(1)) || input.dueOn().isAfter(today.plusYears(6)))) {
      violations.add(new Violation("dueOn", "science.date.range", List.of(today.minusYears(1), today.plusYears(6))));
    }
    if (milestone == null && input.dueOn() == null) violations.add(new Violation("dueOn", "science.instalment.when", List.of()));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    if (!app.status().awarded() || app.status() == ApplicationStatus.CLOSED) {
      throw new Conflict("science.instalment.not-now", app.status().name());
    }
    var instalments = store.instalments(app.id());
    if (instalments.size() >= 100) throw new Conflict("science.instalment.too-many", 100);
    var planned = instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    var remaining = app.awardedAmount().subtract(planned);
    if (amount.compareTo(remaining) > 0) {
      throw new Conflict("science.instalment.over-award", remaining.setScale(2).toPlainString(), app.awardedAmount().toPlainString());
    }
    var id = UUID.randomUUID();
    store.insertInstalment(id, app.id(), amount, milestone, input.dueOn(), caller.username());
    var created = store.instalment(app.id(), id).orElseThrow();
    var audited = new java.util.LinkedHashMap<String, Object>();
    audited.put("instalment", id.toString());
    audited.put("number", created.number());
    audited.put("amount", amount.toPlainString());
    if (milestone != null) audited.put("milestone", milestone);
    if (input.dueOn() != null) audited.put("dueOn", input.dueOn().toString());
    audit.record(Change.of("SCIENCE_INSTALMENT_PLANNED", "science-application", app.id().toString(), audited));
    return created;
  }

  /** Staff move an instalment: planned to released, released to paid; any other move answers 409. Co-directors are told. */
  @Transactional
  public Instalment moveInstalment(UUID application, UUID instalment, @Nullable String to) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var app = science.lock(application);
    var target = InvalidInput.code(Instalment.State.class, to, "to");
    var current = store.instalment(app.id(), instalment).orElseThrow(() -> new NotFound("science-instalment", instalment.toString()));
    if (!current.state().allows(target)) throw new Conflict("science.instalment.illegal", current.state().name(), target.name());
    store.moveInstalment(instalment, target, caller.username());
    audit.record(Change.of("SCIENCE_INSTALMENT_" + target.name(), "science-application", app.id().toString(),
        Map.of("instalment", instalment.toString(), "number", current.number(), "amount", current.amount().toPlainString(),
            "from", current.state().name())));
    for (var email : List.of(app.allyDirector().email(), app.partnerDirector().email())) {
      var key = "science.notice.instalment." + target.name();
      notifications.write(new Notice(Set.of(), email, "en", key + ".subject", key + ".body",
          List.of(app.code(), String.valueOf(current.number()), current.amount().toPlainString() + " " + app.currency()),
          "/science/applications/" + app.id(), null));
    }
    return store.instalment(app.id(), instalment).orElseThrow();
  }

  /** The spending of a report by category, each exact to the cent; salaries and overheads refused. */
  private static Map<String, BigDecimal> spending(@Nullable Map<String, BigDecimal> input, List<Violation> violations) {
    var out = new java.util.LinkedHashMap<String, BigDecimal>();
    if (input == null) return out;
    for (var entry : input.entrySet()) {
      var category = entry.getKey() == null ? "" : entry.getKey().strip().toUpperCase(Locale.ROOT);
      var field = "spending." + category;
      if (Budget.REFUSED.contains(category)) {
        violations.add(new Violation(field, "science.budget.not-eligible." + category.toLowerCase(Locale.ROOT), List.of()));
        continue;
      }
      if (!Budget.CATEGORIES.contains(category)) {
        violations.add(new Violation("spending", "science.budget.category", List.of(category, String.join(", ", Budget.CATEGORIES))));
        continue;
      }
      var amount = entry.getValue();
      if (amount == null) continue;
      var plain = amount.stripTrailingZeros();
      if (plain.scale() > 2) violations.add(new Violation(field, "science.amount.minor-unit", List.of(2)));
      else if (plain.signum() < 0 || plain.compareTo(ScienceInputChecks.MAX_AMOUNT) > 0) violations.add(new Violation(field, "science.budget.range", List.of(ScienceInputChecks.MAX_AMOUNT.toPlainString())));
      else out.put(category, plain.setScale(2));
    }
    return out;
  }

  /**
   * Staff release their own summary of the panel's review (EN/FR) to the applicants, once, after the nations'
   * decision; the co-directors are told through the outbox. The text is staff's: no reviewer's name or scores are
   * added to it.
   */
  @Transactional
  public Application releaseSummary(UUID application, @Nullable BilingualText text) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var app = science.lock(application);
    var violations = new ArrayList<Violation>();
    var summary = Texts.bilingual("text", text, 4_000, true, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var decided = app.status() == ApplicationStatus.APPROVED || app.status() == ApplicationStatus.REJECTED || app.status().awarded();
    if (!decided) throw new Conflict("science.summary.not-now", app.status().name());
    if (app.summaryReleasedAt() != null) throw new Conflict("science.summary.released", app.code());
    store.releaseSummary(app.id(), summary, caller.username());
    audit.record(Change.of("SCIENCE_SUMMARY_RELEASED", "science-application", app.id().toString(),
        Map.of("en", summary.en() == null ? 0 : summary.en().length(), "fr", summary.fr() == null ? 0 : summary.fr().length())));
    for (var email : List.of(app.allyDirector().email(), app.partnerDirector().email())) {
      notifications.write(new Notice(Set.of(), email, "en", "science.notice.summary.subject", "science.notice.summary.body",
          List.of(app.code(), app.title().text(Language.EN)), "/science/applications/" + app.id(), null));
    }
    return store.application(app.id()).orElseThrow();
  }
}
