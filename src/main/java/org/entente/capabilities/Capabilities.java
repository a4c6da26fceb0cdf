package org.entente.capabilities;

import static org.entente.capabilities.TypedText.label;
import static org.entente.capabilities.TypedText.note;
import static org.entente.web.Texts.bilingual;
import static org.entente.web.Texts.upper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.entente.capabilities.EvaluationStatus.Kind;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.notifications.Notice;
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
 * OCC units declared to the pool of forces: who the caller is to a partner's units, the units (declared by the
 * partner, accepted, refused or withdrawn) and their timeline. The scope rule, said here and again by row-level
 * security: a partner's declared units, their evaluations, ratings and remedial plans are read by that partner's
 * coordinators, Alliance staff, the Council's secretariat and the Allies' coordinators — never by another partner.
 * Their evaluations are {@link Evaluations}' job, their remedial actions {@link RemedialActions}'.
 */
@Service
public class Capabilities {

  /** A fixed "today" for replaying past years (the demo's history); unbound, the {@link Clock} bean decides. */
  static final ScopedValue<Clock> REPLAY = ScopedValue.newInstance();

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  private final CapabilitiesStore store;
  private final Guard guard;
  private final Directory directory;
  private final OccNotices notices;
  private final AuditTrail audit;
  private final Clock clock;

  Capabilities(CapabilitiesStore store, Guard guard, Directory directory, OccNotices notices, AuditTrail audit, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  public record NewUnit(@Nullable String partner, @Nullable BilingualText name, @Nullable String service, @Nullable String type,
      @Nullable String size, @Nullable Integer personnel, @Nullable String pool, @Nullable String contactName, @Nullable String contactEmail) {}

  /** Today, as the clock (or a replay of a past day) says. */
  public LocalDate today() {
    return LocalDate.now(REPLAY.isBound() ? REPLAY.get() : clock);
  }

  // ---------------------------------------------------------------- who the caller is

  /** Whether the caller reads this partner's units at all. */
  public boolean sees(String partner) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return false;
    return caller.has(Permission.READ_CAPABILITIES_GLOBALLY) || caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).contains(partner)
        || isAlly(caller);
  }

  /** Whether the caller speaks for an Ally (whose coordinators read every partner's units). */
  public boolean isAlly(Caller caller) {
    var today = today();
    return caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).stream()
        .anyMatch(o -> directory.organisation(o, today).map(org -> org.kind() == OrganisationKind.ALLY).orElse(false));
  }

  /** Who the caller is to this partner's units: its coordinators, staff, both or neither. */
  public Set<Actor> actors(String partner) {
    var actors = EnumSet.noneOf(Actor.class);
    var caller = Callers.current().orElse(null);
    if (caller == null) return actors;
    if (caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).contains(partner)) actors.add(Actor.PARTNER);
    if (caller.has(Permission.MANAGE_CAPABILITIES_GLOBALLY)) actors.add(Actor.STAFF);
    return actors;
  }

  /** The partners the caller may declare units for (its own organisations that are partners today). */
  public List<String> declaresFor() {
    var caller = Callers.current().orElse(null);
    if (caller == null) return List.of();
    var today = today();
    return caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).stream()
        .filter(o -> directory.organisation(o, today).map(org -> org.kind() == OrganisationKind.PARTNER).orElse(false)).sorted().toList();
  }

  // ---------------------------------------------------------------- units

  @Transactional(readOnly = true)
  public Listing<Unit> units(@Nullable String partner, @Nullable String status, Paging paging) {
    var caller = guard.caller();
    var p = partner == null || partner.isBlank() ? null : upper(partner);
    var s = status == null || status.isBlank() ? null : InvalidInput.code(UnitStatus.class, status, "status").name();
    if (!caller.has(Permission.READ_CAPABILITIES_GLOBALLY) && !isAlly(caller)) {
      // a partner reads its own: the query asks for nothing else (row-level security says the same)
      var own = caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION);
      if (p == null && own.size() == 1) p = own.iterator().next();
      if (p == null || !own.contains(p)) return paging.listing(List.of(), 0);
    }
    return store.units(p, s, paging);
  }

  @Transactional(readOnly = true)
  public Unit unit(UUID id) {
    guard.caller();
    return store.unit(id).filter(u -> sees(u.partner())).orElseThrow(() -> new NotFound("unit", id.toString()));
  }

  /** A partner's coordinators declare a unit to the pool of forces; staff then accept it into the programme. */
  @Transactional
  public Unit declare(NewUnit input) {
    var caller = guard.require(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION);
    var violations = new ArrayList<Violation>();
    var partner = upper(input.partner());
    if (partner.isEmpty()) {
      var mine = declaresFor();
      if (mine.size() == 1) partner = mine.getFirst();
    }
    if (partner.isEmpty()) {
      violations.add(new Violation("partner", "problem.required", List.of()));
    } else if (directory.organisation(partner, today()).map(o -> o.kind() != OrganisationKind.PARTNER).orElse(true)) {
      violations.add(new Violation("partner", "capabilities.partner.unknown", List.of(partner)));
    } else if (!caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).contains(partner)) {
      violations.add(new Violation("partner", "capabilities.partner.not-yours", List.of(partner)));
    }
    var name = bilingual("name", input.name(), 300, true, violations);
    var service = InvalidInput.code(Unit.Service.class, input.service(), "service", violations);
    var type = InvalidInput.code(Unit.Type.class, input.type(), "type", violations);
    var size = InvalidInput.code(Unit.Size.class, input.size(), "size", violations);
    var pool = InvalidInput.code(Unit.Pool.class, input.pool(), "pool", violations);
    if (input.personnel() != null && (input.personnel() < 1 || input.personnel() > 100_000)) {
      violations.add(new Violation("personnel", "capabilities.personnel", List.of(1, 100_000)));
    }
    var contactName = input.contactName() == null ? "" : input.contactName().strip();
    if (contactName.isEmpty()) violations.add(new Violation("contactName", "problem.required", List.of()));
    else Texts.check("contactName", contactName, 200, violations);
    var contactEmail = input.contactEmail() == null ? "" : input.contactEmail().strip();
    if (contactEmail.isEmpty()) violations.add(new Violation("contactEmail", "problem.required", List.of()));
    else if (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches()) {
      violations.add(new Violation("contactEmail", "capabilities.email", List.of()));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = UUID.randomUUID();
    var today = today();
    store.insertUnit(id, partner, name, service, type, size, input.personnel(), pool, contactName, contactEmail, caller.username(), today);
    store.recordMove(id, "UNIT", id, label(name), null, UnitStatus.DECLARED.name(), caller.username(), today, null);
    audit.record(Change.of("CAPABILITIES_UNIT_DECLARED", "unit", id.toString(),
        Map.of("partner", partner, "service", service.name(), "type", type.name(), "pool", pool.name())));
    notices.send(Set.of("IS:STAFF"), "capabilities.notice.declared", List.of(Notice.inBothLanguages(name), partner), "/capabilities/units/" + id);
    return unit(id);
  }

  /** Where the caller may take the unit now. */
  public Set<UnitStatus> next(Unit unit) {
    return unit.status().next(actors(unit.partner()));
  }

  /** Staff accept or refuse a declared unit; its partner withdraws it. An illegal move answers 409. */
  @Transactional
  public Unit moveUnit(UUID id, @Nullable String to, @Nullable String reason) {
    var caller = guard.requireAny(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPABILITIES_GLOBALLY);
    var current = lockUnit(id);
    var target = InvalidInput.code(UnitStatus.class, to, "to");
    if (actors(current.partner()).stream().noneMatch(a -> current.status().allows(target, a))) {
      throw new Conflict("capabilities.transition.illegal", current.status().name(), target.name());
    }
    var note = note(reason);
    if (note == null && UnitStatus.needsReason(target)) throw InvalidInput.of("reason", "capabilities.reason.required");
    if (target == UnitStatus.WITHDRAWN) {
      for (var e : store.evaluations(id)) {
        if (e.status() == EvaluationStatus.OPEN || (e.status() == EvaluationStatus.SUBMITTED && e.kind() == Kind.NEL)) {
          throw new Conflict("capabilities.unit.evaluation-under-way", e.code());
        }
      }
    }
    var today = today();
    store.moveUnit(id, target, note, today);
    store.recordMove(id, "UNIT", id, label(current.name()), current.status().name(), target.name(), caller.username(), today, note);
    audit.record(Change.of("CAPABILITIES_UNIT_" + target.name(), "unit", id.toString(),
        Map.of("from", current.status().name(), "to", target.name(), "partner", current.partner())));
    if (target != UnitStatus.WITHDRAWN) {
      notices.send(Set.of(current.partner() + ":NATIONAL_COORDINATOR"), "capabilities.notice.unit." + target.name(),
          List.of(Notice.inBothLanguages(current.name()), note == null ? "" : note), "/capabilities/units/" + id);
    }
    return unit(id);
  }

  // ---------------------------------------------------------------- timeline

  /** The unit's history: its moves, its evaluations' and its actions', oldest first. */
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(UUID unit) {
    unit(unit);
    return store.timeline(unit);
  }

  // ---------------------------------------------------------------- helpers

  /** The unit, locked for a change, when the caller may read it (404 otherwise). */
  Unit lockUnit(UUID id) {
    guard.caller();
    return store.lockUnit(id).filter(u -> sees(u.partner())).orElseThrow(() -> new NotFound("unit", id.toString()));
  }
}
