package org.entente.emergencies;

import static org.entente.web.Texts.blank;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The EADRU register: nations declare the teams and capabilities they could send to a disaster and keep them
 * current; the centre sees the register by capability across nations; a disseminated request's page suggests the
 * entries that answer each need. Who sees what, said in Java (the database says the same in its policies): a
 * nation its own entries; the centre, Alliance staff and every Ally's coordinators all of them; a partner only
 * its own. Only a nation's coordinator registers, changes, confirms or withdraws its entries.
 */
@Service
public class CapabilityRegister {

  private static final int MAX_NAME = 300;
  private static final int MAX_CONTACT = 500;

  private final CapabilityStore store;
  private final Emergencies emergencies;
  private final Guard guard;
  private final Directory directory;
  private final AuditTrail audit;
  private final Clock clock;

  CapabilityRegister(CapabilityStore store, Emergencies emergencies, Guard guard, Directory directory, AuditTrail audit, Clock clock) {
    this.store = store;
    this.emergencies = emergencies;
    this.guard = guard;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** An entry as a nation writes it; the nation may be left out by a coordinator of one nation only. */
  public record CapabilityForm(
      @Nullable String nation, @Nullable String kind, @Nullable String name, @Nullable Integer size,
      @Nullable Integer readinessHours, @Nullable Integer selfSufficiencyDays, @Nullable String contact,
      @Nullable LocalDate lastConfirmed) {}

  // --- who the caller is here

  /** The Allies and partners the caller is coordinator of today, with their kinds. */
  private java.util.Map<String, OrganisationKind> nations(Caller caller) {
    var today = directory.today();
    var nations = new java.util.TreeMap<String, OrganisationKind>();
    for (var o : caller.organisationsWith(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION)) {
      directory.organisation(o, today).filter(org -> org.kind() == OrganisationKind.ALLY || org.kind() == OrganisationKind.PARTNER)
          .ifPresent(org -> nations.put(o, org.kind()));
    }
    return nations;
  }

  private boolean seesAll(Caller caller) {
    return caller.has(Permission.READ_EMERGENCIES_GLOBALLY) || nations(caller).containsValue(OrganisationKind.ALLY);
  }

  private boolean mayRead(Caller caller, Capability capability) {
    return seesAll(caller) || nations(caller).containsKey(capability.nation());
  }

  /** The nations the caller may register entries for (its coordinator's nations, Allies or partners). */
  @Transactional(readOnly = true)
  public Set<String> registrants() {
    return Set.copyOf(nations(guard.caller()).keySet());
  }

  /** The caller sees every nation's entries (the centre, staff, an Ally), not only its own. */
  @Transactional(readOnly = true)
  public boolean seesAll() {
    return seesAll(guard.caller());
  }

  // --- reading

  /** One page of the register the caller may see, by kind then nation; optionally one kind, one nation. */
  @Transactional(readOnly = true)
  public Listing<Capability> list(@Nullable String kind, @Nullable String nation, Paging paging) {
    var caller = guard.requireAny(Permission.READ_EMERGENCIES_GLOBALLY, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    var k = blank(kind) == null ? null : InvalidInput.code(Capability.Kind.class, kind, "kind");
    var n = blank(nation) == null ? null : nation.strip().toUpperCase(Locale.ROOT);
    var listed = store.list(k, n, paging, today());
    // the database already keeps to what the caller may see; said again in Java
    var kept = listed.items().stream().filter(c -> mayRead(caller, c)).toList();
    return paging.listing(kept, listed.total() - (listed.items().size() - kept.size()));
  }

  @Transactional(readOnly = true)
  public Capability capability(UUID id) {
    var caller = guard.requireAny(Permission.READ_EMERGENCIES_GLOBALLY, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    return store.find(id, today()).filter(c -> mayRead(caller, c)).orElseThrow(() -> new NotFound("capability", id.toString()));
  }

  /**
   * The registered entries that answer each need of a disseminated request, readiest first (as far as the caller
   * sees the register: the centre and Allies every nation's, a partner its own); none before dissemination.
   */
  @Transactional(readOnly = true)
  public List<Capability.Match> matches(UUID incidentId) {
    var caller = guard.caller();
    var incident = emergencies.incident(incidentId);
    if (!incident.status().disseminated() || !incident.status().open()
        || (!caller.has(Permission.READ_EMERGENCIES_GLOBALLY) && nations(caller).isEmpty())) {
      return List.of();
    }
    var categories = incident.needs().stream().map(Incident.Need::category).collect(Collectors.toSet());
    var kinds = java.util.Arrays.stream(Capability.Kind.values()).filter(k -> categories.contains(k.answers())).toList();
    var found = store.ofKinds(kinds, today()).stream().filter(c -> mayRead(caller, c))
        .filter(c -> !c.nation().equals(incident.nation())).toList();
    var matches = new ArrayList<Capability.Match>();
    for (var need : incident.needs()) {
      for (var c : found) {
        if (c.kind().answers() == need.category()) {
          matches.add(new Capability.Match(need.line(), c));
        }
      }
    }
    return List.copyOf(matches);
  }

  /** For the start page: the caller's nations' entries not confirmed for more than a year. */
  @Transactional(readOnly = true)
  long staleOwn(Caller caller) {
    var mine = nations(caller).keySet();
    return mine.isEmpty() ? 0 : store.confirmedBefore(mine, today().minusYears(1));
  }

  // --- the nation keeps its entries

  @Transactional
  public Capability register(CapabilityForm form) {
    var caller = guard.require(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    var mine = nations(caller);
    var nation = blank(form.nation()) == null
        ? (mine.size() == 1 ? mine.keySet().iterator().next() : null)
        : form.nation().strip().toUpperCase(Locale.ROOT);
    if (nation == null) {
      throw InvalidInput.of("nation", "problem.required");
    }
    if (!mine.containsKey(nation)) {
      throw new AccessDeniedException("not this nation's coordinator");
    }
    var content = content(nation, form);
    var id = store.insert(content, caller.username(), Instant.now(clock));
    audit.record(Change.of("CAPABILITY_REGISTERED", "capability", id.toString(), summary(content)));
    return capability(id);
  }

  @Transactional
  public Capability revise(UUID id, CapabilityForm form) {
    var caller = guard.require(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    var found = own(caller, id);
    var content = content(found.nation(), form);
    store.update(id, content, caller.username(), Instant.now(clock));
    audit.record(Change.of("CAPABILITY_REVISED", "capability", id.toString(), summary(content)));
    return capability(id);
  }

  /** The nation says the entry still holds today. */
  @Transactional
  public Capability confirm(UUID id) {
    var caller = guard.require(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    var found = own(caller, id);
    store.confirm(id, today(), caller.username(), Instant.now(clock));
    audit.record(Change.of("CAPABILITY_CONFIRMED", "capability", id.toString(),
        java.util.Map.of("nation", found.nation(), "previously", found.lastConfirmed().toString())));
    return capability(id);
  }

  @Transactional
  public void withdraw(UUID id) {
    var caller = guard.require(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    var found = own(caller, id);
    store.delete(id);
    audit.record(Change.of("CAPABILITY_WITHDRAWN", "capability", id.toString(),
        java.util.Map.of("nation", found.nation(), "kind", found.kind().name(), "name", found.name())));
  }

  /** An entry of one of the caller's nations: another nation's answers 404 when hidden, 403 when only seen. */
  private Capability own(Caller caller, UUID id) {
    var found = capability(id);
    if (!nations(caller).containsKey(found.nation())) {
      throw new AccessDeniedException("not this nation's entry");
    }
    return found;
  }

  private CapabilityStore.Content content(String nation, CapabilityForm form) {
    var violations = new ArrayList<Violation>();
    var kind = InvalidInput.code(Capability.Kind.class, form.kind(), "kind", violations);
    var name = blank(form.name());
    if (name == null) violations.add(new Violation("name", "problem.required", List.of()));
    else Texts.check("name", name, MAX_NAME, violations);
    between(form.size(), "size", 1, 10_000, violations);
    between(form.readinessHours(), "readinessHours", 0, 720, violations);
    between(form.selfSufficiencyDays(), "selfSufficiencyDays", 0, 365, violations);
    var contact = blank(form.contact());
    if (contact == null) violations.add(new Violation("contact", "problem.required", List.of()));
    else Texts.check("contact", contact, MAX_CONTACT, violations);
    var today = today();
    var confirmed = form.lastConfirmed() == null ? today : form.lastConfirmed();
    if (confirmed.isAfter(today) || confirmed.isBefore(today.minusYears(10))) {
      violations.add(new Violation("lastConfirmed", "emergencies.capability.confirmed-range", List.of()));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new CapabilityStore.Content(nation, kind, name, form.size(), form.readinessHours(), form.selfSufficiencyDays(), contact,
        confirmed);
  }

  private static void between(@Nullable Integer value, String field, int min, int max, List<Violation> violations) {
    if (value == null || value < min || value > max) {
      violations.add(new Violation(field, "problem.between", List.of(min, max)));
    }
  }

  private static java.util.Map<String, Object> summary(CapabilityStore.Content c) {
    var summary = new LinkedHashMap<String, Object>();
    summary.put("nation", c.nation());
    summary.put("kind", c.kind().name());
    summary.put("name", c.name());
    summary.put("size", c.size());
    summary.put("readinessHours", c.readinessHours());
    summary.put("selfSufficiencyDays", c.selfSufficiencyDays());
    summary.put("lastConfirmed", c.lastConfirmed().toString());
    return summary;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
