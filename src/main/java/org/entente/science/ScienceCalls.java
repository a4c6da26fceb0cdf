package org.entente.science;

import static org.entente.science.ScienceInputChecks.codes;
import static org.entente.web.Texts.bilingual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls for proposals: staff draft, publish and close them; a published call is public. */
@Service
public class ScienceCalls {

  private final ScienceStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final Clock clock;

  ScienceCalls(ScienceStore store, Guard guard, AuditTrail audit, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.clock = clock;
  }

  /** A call as staff type it. */
  public record NewCall(@Nullable BilingualText title, @Nullable List<String> priorities, @Nullable List<String> mechanisms,
      @Nullable LocalDate deadline, @Nullable LocalDate panelFrom, @Nullable LocalDate panelTo) {}

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
    var title = bilingual("title", input.title(), 300, true, violations);
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
}
