package org.entente.council;

import static org.entente.web.Texts.bilingual;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.council.Decision.Outcome;
import org.entente.council.Decision.Status;
import org.entente.council.Decision.SubjectType;
import org.entente.directory.Directory;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as the secretariat keeps it and other modules consult it. A proposal takes effect only when
 * another member of the secretariat confirms it; then {@link DecisionTaken} is published inside the same
 * transaction, so that the subject's module moves with it or the confirmation fails as a whole.
 */
@Service
public class CouncilRegister {

  /** Subjects that exist only in their module: the Council decides them while the module has one on the agenda. */
  private static final Set<SubjectType> ASKED_BY_A_MODULE = EnumSet.of(SubjectType.PROGRAMME, SubjectType.TRUST_FUND,
      SubjectType.SCIENCE, SubjectType.PLANNING, SubjectType.CAPACITY_BUILDING, SubjectType.PRIORITISATION);

  private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9()/.-]{2,39}");

  private final Decisions decisions;
  private final Guard guard;
  private final Directory directory;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CouncilRegister(Decisions decisions, Guard guard, Directory directory, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.decisions = decisions;
    this.guard = guard;
    this.directory = directory;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A decision as the secretariat types it. */
  public record Proposal(
      @Nullable String reference, @Nullable LocalDate decidedOn, @Nullable String subjectType, @Nullable String subjectId,
      @Nullable List<String> concerns, @Nullable String outcome, @Nullable BilingualText text) {}

  /** A subject awaiting the Council. */
  public record Request(Subject subject, String requestedBy, Instant requestedAt) {}

  @Transactional(readOnly = true)
  public List<Decision> decisions(@Nullable String subjectType, @Nullable String subjectId, @Nullable String status) {
    guard.caller();
    return decisions.list(
        subjectType == null ? null : InvalidInput.code(SubjectType.class, subjectType, "subjectType").name(), subjectId,
        status == null ? null : InvalidInput.code(Status.class, status, "status").name(), 5_000);
  }

  /** One page of the register, as far as the caller may read it, newest first. */
  @Transactional(readOnly = true)
  public Listing<Decision> decisions(@Nullable String subjectType, @Nullable String subjectId, @Nullable String status,
      Paging paging) {
    guard.caller();
    var violations = new java.util.ArrayList<InvalidInput.Violation>();
    var type = subjectType == null ? null : InvalidInput.code(SubjectType.class, subjectType, "subjectType", violations);
    var state = status == null ? null : InvalidInput.code(Status.class, status, "status", violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return decisions.list(type == null ? null : type.name(), subjectId, state == null ? null : state.name(), paging);
  }

  @Transactional(readOnly = true)
  public Decision decision(UUID id) {
    return decisions.find(id).orElseThrow(() -> new NotFound("decision", id.toString()));
  }

  /**
   * The confirmed decision of this reference that approves the subject type, if the caller may see it; for
   * the menu's case-by-case eligibility, which must cite a real one.
   */
  @Transactional(readOnly = true)
  public Optional<Decision> approval(String reference, SubjectType type) {
    return decisions.byReference(reference.strip().toUpperCase(Locale.ROOT))
        .filter(d -> d.status() == Status.CONFIRMED && d.outcome() == Outcome.APPROVED && d.subjectType() == type);
  }

  /** What awaits a decision, oldest first. */
  @Transactional(readOnly = true)
  public List<Request> agenda() {
    guard.requireAny(Permission.READ_DECISIONS_GLOBALLY, Permission.RECORD_DECISIONS_GLOBALLY);
    return decisions.pending();
  }

  /** One page of what awaits a decision, oldest first. */
  @Transactional(readOnly = true)
  public Listing<Request> agenda(Paging paging) {
    guard.requireAny(Permission.READ_DECISIONS_GLOBALLY, Permission.RECORD_DECISIONS_GLOBALLY);
    return decisions.pending(paging);
  }

  /**
   * Puts a subject on the agenda (again, if it was settled before: a programme agreed anew after a
   * rejection). Called by the module that owns the subject, inside its own transaction.
   */
  @Transactional
  public void request(Subject subject) {
    var caller = guard.caller();
    decisions.request(subject, caller.username());
    audit.record(Change.of("DECISION_REQUESTED", subject.type().name().toLowerCase(Locale.ROOT), subject.id(),
        Map.of("concerns", subject.concerns())));
  }

  /** Takes a subject off the agenda before the Council decides (its module took it back). */
  @Transactional
  public void takeBack(SubjectType type, String id) {
    guard.caller();
    decisions.takeBack(type, id);
    audit.record(Change.of("DECISION_REQUEST_TAKEN_BACK", type.name().toLowerCase(Locale.ROOT), id, Map.of()));
  }

  @Transactional
  public Decision propose(Proposal proposal) {
    var caller = guard.require(Permission.RECORD_DECISIONS_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var reference = proposal.reference() == null ? "" : proposal.reference().strip().toUpperCase(Locale.ROOT);
    if (!REFERENCE.matcher(reference).matches()) violations.add(new Violation("reference", "council.reference.invalid", List.of()));
    var today = LocalDate.now(clock);
    if (proposal.decidedOn() == null) violations.add(new Violation("decidedOn", "problem.required", List.of()));
    else if (proposal.decidedOn().isAfter(today)) violations.add(new Violation("decidedOn", "council.date.future", List.of()));
    var type = InvalidInput.code(SubjectType.class, proposal.subjectType(), "subjectType", violations);
    var outcome = InvalidInput.code(Outcome.class, proposal.outcome(), "outcome", violations);
    var text = bilingual("text", proposal.text(), 20_000, "council.text.required", violations);
    var subjectId = proposal.subjectId() == null || proposal.subjectId().isBlank() ? null : proposal.subjectId().strip();
    var concerns = new LinkedHashSet<String>();
    for (var code : proposal.concerns() == null ? List.<String>of() : proposal.concerns()) {
      var c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
      if (directory.organisation(c, today).filter(o -> o.isNation()).isEmpty()) {
        violations.add(new Violation("concerns", "user.organisation.unknown", List.of(c)));
      }
      concerns.add(c);
    }
    Optional<Request> request = Optional.empty();
    if (type != null && ASKED_BY_A_MODULE.contains(type)) { // decided only while its module asks
      if (subjectId == null) {
        violations.add(new Violation("subjectId", "problem.required", List.of()));
      } else {
        request = decisions.pending(type, subjectId);
        if (request.isEmpty()) violations.add(new Violation("subjectId", "council.subject.not-awaiting", List.of(subjectId)));
      }
    }
    if (type == SubjectType.ELIGIBILITY && concerns.isEmpty()) {
      violations.add(new Violation("concerns", "council.concerns.required", List.of()));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    // a decision on a requested subject concerns the nations the request named, whatever was typed
    request.ifPresent(r -> concerns.addAll(r.subject().concerns()));
    var draft = new Decision(new UUID(0, 0), reference, proposal.decidedOn(), type, subjectId, List.copyOf(concerns), outcome, text,
        Status.PROPOSED, caller.username(), Instant.now(clock), null, null);
    UUID id;
    try {
      id = decisions.insert(draft);
    } catch (DuplicateKeyException e) {
      throw new Conflict("council.reference.taken", reference);
    }
    audit.record(Change.of("DECISION_PROPOSED", "decision", reference,
        Map.of("subjectType", type.name(), "subjectId", subjectId == null ? "" : subjectId, "outcome", outcome.name())));
    return decision(id);
  }

  /** The second pair of eyes: takes effect now, and tells the subject's module. */
  @Transactional
  public Decision confirm(UUID id) {
    var caller = guard.require(Permission.RECORD_DECISIONS_GLOBALLY);
    var proposed = decision(id);
    if (proposed.status() != Status.PROPOSED) {
      throw new Conflict("council.not-proposed", proposed.reference(), proposed.status().name());
    }
    if (proposed.proposedBy().equals(caller.username())) {
      throw new Conflict("council.four-eyes", proposed.reference());
    }
    if (!decisions.confirm(id, caller.username())) {
      throw new Conflict("council.not-proposed", proposed.reference(), Status.CONFIRMED.name());
    }
    var confirmed = decision(id);
    if (confirmed.subjectId() != null && (confirmed.outcome() == Outcome.APPROVED || confirmed.outcome() == Outcome.REJECTED)) {
      decisions.settle(confirmed.subjectType(), confirmed.subjectId(), id);
    }
    audit.record(Change.of("DECISION_CONFIRMED", "decision", confirmed.reference(),
        Map.of("proposedBy", confirmed.proposedBy(), "outcome", confirmed.outcome().name())));
    events.publishEvent(new DecisionTaken(confirmed));
    return confirmed;
  }

  /** A proposal its author takes back before anyone confirms it. */
  @Transactional
  public void withdraw(UUID id) {
    var caller = guard.require(Permission.RECORD_DECISIONS_GLOBALLY);
    var proposed = decision(id);
    if (proposed.status() != Status.PROPOSED) {
      throw new Conflict("council.not-proposed", proposed.reference(), proposed.status().name());
    }
    if (!proposed.proposedBy().equals(caller.username()) || !decisions.withdraw(id)) {
      throw new Conflict("council.withdraw.not-yours", proposed.reference());
    }
    audit.record(Change.of("DECISION_WITHDRAWN", "decision", proposed.reference(), Map.of()));
  }
}
