package org.entente.science;

import static org.entente.science.ScienceInputChecks.MAX_AMOUNT;
import static org.entente.science.ScienceInputChecks.codes;
import static org.entente.web.Texts.bilingual;
import static org.entente.web.Texts.upper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Guard;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applications submitted to an open call: the co-directors and the budget checked, the submission acknowledged to both. */
@Service
public class ScienceSubmissions {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

  private final ScienceStore store;
  private final Guard guard;
  private final Directory directory;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  ScienceSubmissions(ScienceStore store, Guard guard, Directory directory, Notifications notifications, AuditTrail audit, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** A co-director as typed. */
  public record CoDirectorInput(@Nullable String nation, @Nullable String name, @Nullable String email) {}

  /** An application as typed: the budget by category, amounts exact (a JSON number or a string). */
  public record NewApplication(@Nullable UUID call, @Nullable String mechanism, @Nullable BilingualText title,
      @Nullable BilingualText summary, @Nullable List<String> priorities, @Nullable CoDirectorInput allyDirector,
      @Nullable CoDirectorInput partnerDirector, @Nullable Map<String, BigDecimal> budget) {}

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
    var title = bilingual("title", input.title(), 300, true, violations);
    var summary = bilingual("summary", input.summary(), 4_000, true, violations);
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
    else Texts.check(field + ".name", name, 200, violations);
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
}
