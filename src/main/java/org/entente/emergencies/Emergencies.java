package org.entente.emergencies;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.emergencies.EmergencyStore.Content;
import org.entente.emergencies.EmergencyStore.NewNeed;
import org.entente.emergencies.Incident.Category;
import org.entente.emergencies.Incident.Contact;
import org.entente.emergencies.Incident.DisasterType;
import org.entente.emergencies.Incident.Place;
import org.entente.emergencies.Incident.Priority;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disaster response as the stricken nation, the donors and the centre do it. Who sees what, said in Java (the
 * database says the same in its policies): the stricken nation its own incidents in every state; the centre every
 * (and Alliance staff, reading) every incident once submitted; every Ally's and partner's coordinators an incident once disseminated, with its needs
 * and their coverage in figures; an offer line only the nation that made it, the stricken nation and the centre.
 */
@Service
public class Emergencies {

  static final int MAX_TEXT = 20_000;
  private static final int MAX_LINES = 200;
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private final EmergencyStore store;
  private final Guard guard;
  private final Directory directory;
  private final AuditTrail audit;
  private final EmergencyNotices notices;
  private final Clock clock;

  Emergencies(EmergencyStore store, Guard guard, Directory directory, AuditTrail audit, EmergencyNotices notices, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  // --- what callers send

  /** A request for assistance as the stricken nation writes it. */
  public record RequestForm(
      @Nullable String nation, @Nullable Boolean exercise, @Nullable String disasterType, @Nullable BilingualText title,
      @Nullable BilingualText situation, @Nullable List<PlaceForm> places, @Nullable List<NeedForm> needs,
      @Nullable List<ContactForm> contacts) {}

  public record PlaceForm(@Nullable String name, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {}

  public record NeedForm(
      @Nullable String item, @Nullable String category, @Nullable Integer quantity, @Nullable String unit,
      @Nullable String priority, @Nullable LocalDate neededBy) {}

  public record ContactForm(@Nullable String name, @Nullable String function, @Nullable String email, @Nullable String phone) {}

  /** One offer line: against a need (its line number) or, without one, something not asked for. */
  public record OfferForm(
      @Nullable String donor, @Nullable Integer needLine, @Nullable String item, @Nullable String category,
      @Nullable String unit, @Nullable Integer quantity, @Nullable String deliveryMode, @Nullable LocalDate expectedArrival,
      @Nullable String conditions) {}

  /** A move of an incident or an offer line; an acceptance may name the quantity accepted (less: in part). */
  public record Move(@Nullable String to, @Nullable Integer acceptedQuantity) {}

  /** Which incidents a list shows: open ones (every state but closed) or closed ones; exercises apart. */
  public enum Scope { OPEN, CLOSED, ALL }

  // --- who the caller is here

  /** The nations the caller speaks for that are Allies or partners today. */
  Set<String> nations(Caller caller, Permission permission) {
    var today = directory.today();
    return caller.organisationsWith(permission).stream()
        .filter(o -> directory.organisation(o, today)
            .map(org -> org.kind() == OrganisationKind.ALLY || org.kind() == OrganisationKind.PARTNER).orElse(false))
        .collect(Collectors.toUnmodifiableSet());
  }

  private boolean mayRead(Caller caller, Incident incident) {
    return caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION).contains(incident.nation())
        || (incident.status() != IncidentStatus.DRAFT && caller.has(Permission.READ_EMERGENCIES_GLOBALLY))
        || (incident.status().disseminated() && !nations(caller, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION).isEmpty());
  }

  private boolean mayReadOffer(Caller caller, Incident incident, Offer offer) {
    return caller.has(Permission.READ_EMERGENCIES_GLOBALLY)
        || caller.organisationsWith(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION).contains(offer.donor())
        || caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION).contains(incident.nation());
  }

  private boolean stricken(Caller caller, Incident incident) {
    return caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION).contains(incident.nation());
  }

  /** What this caller may do with an incident: the moves open to them, offering, deciding, reporting. */
  public record Abilities(List<IncidentStatus> moves, boolean edit, boolean offer, Set<String> donorNations, boolean decide,
      boolean report, boolean seesAllOffers) {}

  public Abilities abilities(Incident incident) {
    var caller = guard.caller();
    var moves = new ArrayList<IncidentStatus>();
    for (var to : incident.status().next()) {
      if (mayMove(caller, incident, incident.status().mover(to).orElseThrow())) {
        moves.add(to);
      }
    }
    var donors = new java.util.TreeSet<>(nations(caller, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION));
    donors.remove(incident.nation());
    var isStricken = stricken(caller, incident);
    var centre = caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    return new Abilities(List.copyOf(moves), isStricken && incident.status() == IncidentStatus.DRAFT,
        incident.status().takesOffers() && !donors.isEmpty(), donors, isStricken && incident.status().takesOffers(),
        centre && incident.status().disseminated() && incident.status().open(), centre || isStricken);
  }

  private boolean mayMove(Caller caller, Incident incident, Actor actor) {
    return switch (actor) {
      case STRICKEN_NATION -> stricken(caller, incident);
      case CENTRE -> caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY);
      case DONOR -> false;
    };
  }

  // --- reading

  @Transactional(readOnly = true)
  public Listing<IncidentSummary> incidents(@Nullable String scope, boolean exercise, Paging paging) {
    var caller = guard.caller();
    var which = scope == null || scope.isBlank() ? Scope.OPEN : InvalidInput.code(Scope.class, scope, "scope");
    var listed = store.list(statuses(which), exercise, paging);
    // the database already keeps to what the caller may see; said again in Java
    var kept = listed.items().stream().filter(i -> mayRead(caller, summaryAsIncident(i))).toList();
    return paging.listing(kept, listed.total() - (listed.items().size() - kept.size()));
  }

  private static Incident summaryAsIncident(IncidentSummary s) {
    return new Incident(s.id(), s.reference(), s.nation(), s.exercise(), s.disasterType(), s.title(), s.title(), s.status(),
        List.of(), List.of(), List.of(), "", s.createdAt(), null, s.disseminatedAt(), null, s.revision());
  }

  static List<IncidentStatus> statuses(Scope scope) {
    return switch (scope) {
      case OPEN -> List.of(IncidentStatus.DRAFT, IncidentStatus.SUBMITTED, IncidentStatus.DISSEMINATED, IncidentStatus.COORDINATING,
          IncidentStatus.CLOSING);
      case CLOSED -> List.of(IncidentStatus.CLOSED);
      case ALL -> List.of(IncidentStatus.values());
    };
  }

  /** A board's "anything new?" over a list: changes whenever an incident it shows changes, appears or leaves. */
  @Transactional(readOnly = true)
  public String boardRevision(@Nullable String scope, boolean exercise) {
    guard.caller();
    var which = scope == null || scope.isBlank() ? Scope.OPEN : InvalidInput.code(Scope.class, scope, "scope");
    return store.boardRevision(statuses(which), exercise);
  }

  @Transactional(readOnly = true)
  public Incident incident(UUID id) {
    var caller = guard.caller();
    return store.find(id).filter(i -> mayRead(caller, i)).orElseThrow(() -> new NotFound("incident", id.toString()));
  }

  /** The incident's revision, or {@link NotFound} when the caller may not see it. */
  @Transactional(readOnly = true)
  public long revision(UUID id) {
    incident(id);
    return store.revision(id).orElseThrow(() -> new NotFound("incident", id.toString()));
  }

  /**
   * What the caller may hear of on the live board of all incidents: a test on an incident's nation and status
   * (the rule of {@code mayRead}), taken now, since the stream outlives the request that opened it.
   */
  public java.util.function.BiPredicate<String, IncidentStatus> boardWatch() {
    var caller = guard.caller();
    var own = Set.copyOf(caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION));
    var global = caller.has(Permission.READ_EMERGENCIES_GLOBALLY);
    var donor = !nations(caller, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION).isEmpty();
    return (nation, status) -> own.contains(nation) || (status != IncidentStatus.DRAFT && global) || (status.disseminated() && donor);
  }

  /** The newest revision among all the incidents the caller may see (0 when none): where a board of all incidents stands. */
  @Transactional(readOnly = true)
  public long latestRevision() {
    var watch = boardWatch();
    return store.latest().stream().filter(l -> watch.test(l.nation(), l.status())).mapToLong(EmergencyStore.Latest::revision).max().orElse(0);
  }

  /** The offer lines the caller may see: all for the stricken nation and the centre, a donor's own otherwise. */
  @Transactional(readOnly = true)
  public Listing<Offer> offers(UUID incident, Paging paging) {
    var caller = guard.caller();
    var found = incident(incident);
    var offers = store.offers(incident, null, paging);
    var kept = offers.items().stream().filter(o -> mayReadOffer(caller, found, o)).toList();
    return paging.listing(kept, offers.total() - (offers.items().size() - kept.size()));
  }

  @Transactional(readOnly = true)
  public Offer offer(UUID incident, UUID id) {
    var caller = guard.caller();
    var found = incident(incident);
    return store.offer(incident, id).filter(o -> mayReadOffer(caller, found, o))
        .orElseThrow(() -> new NotFound("offer", id.toString()));
  }

  /**
   * The matching helper: per need, the nations that offered the same kind of help for other incidents before —
   * for the centre and staff (every offer) and the stricken nation (the offers made to it); others see none.
   */
  @Transactional(readOnly = true)
  public List<Suggestion> suggestions(UUID incidentId) {
    var caller = guard.caller();
    var incident = incident(incidentId);
    if (!caller.has(Permission.READ_EMERGENCIES_GLOBALLY) && !stricken(caller, incident)) {
      return List.of();
    }
    return store.suggestions(incidentId, 5);
  }

  // --- the stricken nation's request

  @Transactional
  public Incident file(RequestForm form) {
    var caller = guard.require(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION);
    var violations = new ArrayList<Violation>();
    var own = nations(caller, Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION);
    var nation = form.nation() == null || form.nation().isBlank()
        ? (own.size() == 1 ? own.iterator().next() : null)
        : form.nation().strip().toUpperCase(Locale.ROOT);
    if (nation == null) {
      violations.add(new Violation("nation", "problem.required", List.of()));
    } else if (!own.contains(nation)) {
      violations.add(new Violation("nation", "emergencies.nation.not-yours", List.of(nation)));
    }
    var content = content(form, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    var now = Instant.now(clock);
    var reference = store.nextReference(LocalDate.now(clock).getYear());
    var exercise = Boolean.TRUE.equals(form.exercise());
    var id = store.insert(reference, nation, exercise, content, caller.username(), now);
    audit.record(Change.of("INCIDENT_FILED", "incident", reference,
        Map.of("nation", nation, "exercise", exercise, "disasterType", content.disasterType().name(), "needs", content.needs().size())));
    return incident(id);
  }

  /** Rewrites a draft (the stricken nation) or a submitted request (the centre, correcting before dissemination). */
  @Transactional
  public Incident revise(UUID id, RequestForm form) {
    var caller = guard.requireAny(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION, Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    var incident = incident(id);
    var mayRevise = (stricken(caller, incident) && incident.status() == IncidentStatus.DRAFT)
        || (caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY) && incident.status() == IncidentStatus.SUBMITTED);
    if (!mayRevise) {
      if (!stricken(caller, incident) && !caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY)) {
        throw new AccessDeniedException("not the stricken nation's coordinator");
      }
      throw new Conflict("emergencies.incident.not-editable", incident.reference(), incident.status().name());
    }
    var violations = new ArrayList<Violation>();
    var content = content(form, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    store.lock(id);
    store.replace(id, content);
    audit.record(Change.of("INCIDENT_REVISED", "incident", incident.reference(), Map.of("needs", content.needs().size())));
    return incident(id);
  }

  private Content content(RequestForm form, List<Violation> violations) {
    var type = InvalidInput.code(DisasterType.class, form.disasterType(), "disasterType", violations);
    var title = form.title() == null ? new BilingualText(null, null) : form.title();
    if (title.en() == null && title.fr() == null) {
      violations.add(new Violation("title", "emergencies.title.required", List.of()));
    } else if (longest(title) > 300) {
      violations.add(new Violation("title", "emergencies.too-long", List.of(300)));
    }
    var situation = form.situation() == null ? new BilingualText(null, null) : form.situation();
    if (longest(situation) > MAX_TEXT) {
      violations.add(new Violation("situation", "emergencies.too-long", List.of(MAX_TEXT)));
    }
    var places = new ArrayList<Place>();
    var placeForms = form.places() == null ? List.<PlaceForm>of() : form.places();
    for (var i = 0; i < placeForms.size(); i++) {
      var p = placeForms.get(i);
      var field = "places[" + i + "]";
      if (p == null || p.name() == null || p.name().isBlank()) {
        violations.add(new Violation(field + ".name", "problem.required", List.of()));
        continue;
      }
      if (p.latitude() != null && p.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0) {
        violations.add(new Violation(field + ".latitude", "problem.between", List.of(-90, 90)));
      }
      if (p.longitude() != null && p.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
        violations.add(new Violation(field + ".longitude", "problem.between", List.of(-180, 180)));
      }
      if ((p.latitude() == null) != (p.longitude() == null)) {
        violations.add(new Violation(field + ".longitude", "emergencies.place.both", List.of()));
      }
      places.add(new Place(p.name().strip(), p.latitude(), p.longitude()));
    }
    var needs = new ArrayList<NewNeed>();
    var needForms = form.needs() == null ? List.<NeedForm>of() : form.needs();
    if (needForms.size() > MAX_LINES) {
      violations.add(new Violation("needs", "emergencies.too-many", List.of(MAX_LINES)));
    }
    for (var i = 0; i < needForms.size(); i++) {
      var n = needForms.get(i);
      var field = "needs[" + i + "]";
      if (n == null) {
        violations.add(new Violation(field, "problem.required", List.of()));
        continue;
      }
      var before = violations.size();
      if (n.item() == null || n.item().isBlank()) violations.add(new Violation(field + ".item", "problem.required", List.of()));
      var category = InvalidInput.code(Category.class, n.category(), field + ".category", violations);
      if (n.quantity() == null || n.quantity() < 1) violations.add(new Violation(field + ".quantity", "problem.min", List.of(1)));
      if (n.unit() == null || n.unit().isBlank()) violations.add(new Violation(field + ".unit", "problem.required", List.of()));
      var priority = n.priority() == null || n.priority().isBlank() ? Priority.MEDIUM
          : InvalidInput.code(Priority.class, n.priority(), field + ".priority", violations);
      if (violations.size() == before) {
        needs.add(new NewNeed(n.item().strip(), category, n.quantity(), n.unit().strip(), priority, n.neededBy()));
      }
    }
    var contacts = new ArrayList<Contact>();
    var contactForms = form.contacts() == null ? List.<ContactForm>of() : form.contacts();
    for (var i = 0; i < contactForms.size(); i++) {
      var c = contactForms.get(i);
      var field = "contacts[" + i + "]";
      if (c == null || c.name() == null || c.name().isBlank()) {
        violations.add(new Violation(field + ".name", "problem.required", List.of()));
        continue;
      }
      var email = blank(c.email());
      if (email != null && !EMAIL.matcher(email).matches()) {
        violations.add(new Violation(field + ".email", "problem.malformed", List.of()));
      }
      contacts.add(new Contact(c.name().strip(), blank(c.function()), email, blank(c.phone())));
    }
    return new Content(type == null ? DisasterType.OTHER : type, title, situation, places, needs, contacts);
  }

  /** Moves an incident along the table: 409 for a move not in it, 403 for a move that is someone else's. */
  @Transactional
  public Incident move(UUID id, Move move) {
    var caller = guard.requireAny(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION, Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    var to = InvalidInput.code(IncidentStatus.class, move.to(), "to");
    var incident = incident(id);
    store.lock(id);
    incident = incident(id);
    var from = incident.status();
    var actor = from.mover(to).orElseThrow(() -> new Conflict("emergencies.incident.illegal-move", from.name(), to.name()));
    if (!mayMove(caller, incident, actor)) {
      throw new AccessDeniedException("the move " + from + " -> " + to + " is the " + actor + "'s");
    }
    if (to == IncidentStatus.SUBMITTED && incident.needs().isEmpty()) {
      throw new Conflict("emergencies.incident.no-needs", incident.reference());
    }
    if (!store.move(id, from, to, Instant.now(clock))) {
      throw new Conflict("emergencies.incident.illegal-move", from.name(), to.name());
    }
    audit.record(Change.of("INCIDENT_" + to.name(), "incident", incident.reference(), Map.of("from", from.name(), "to", to.name())));
    var moved = incident(id);
    notices.moved(moved, from, donorsOf(moved));
    return moved;
  }

  List<String> donorsOf(Incident incident) {
    return store.donors(incident.id());
  }

  // --- offers

  @Transactional
  public Offer offer(UUID incidentId, OfferForm form) {
    var caller = guard.require(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    var incident = incident(incidentId);
    var own = new java.util.TreeSet<>(nations(caller, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION));
    own.remove(incident.nation());
    var violations = new ArrayList<Violation>();
    var donor = form.donor() == null || form.donor().isBlank()
        ? (own.size() == 1 ? own.first() : null) : form.donor().strip().toUpperCase(Locale.ROOT);
    if (donor == null) {
      if (own.isEmpty()) {
        // the stricken nation does not offer to itself
        throw new Conflict("emergencies.offer.own-request", incident.reference());
      }
      violations.add(new Violation("donor", "problem.required", List.of()));
    } else if (donor.equals(incident.nation())) {
      throw new Conflict("emergencies.offer.own-request", incident.reference());
    } else if (!own.contains(donor)) {
      violations.add(new Violation("donor", "emergencies.nation.not-yours", List.of(donor)));
    }
    Incident.Need need = null;
    if (form.needLine() != null) {
      need = incident.needs().stream().filter(n -> n.line() == form.needLine()).findFirst().orElse(null);
      if (need == null) violations.add(new Violation("needLine", "emergencies.need.unknown", List.of(form.needLine())));
    }
    String item;
    Category category;
    String unit;
    if (need != null) {
      item = blank(form.item()) == null ? need.item() : form.item().strip();
      category = need.category();
      unit = need.unit();
    } else {
      item = blank(form.item());
      if (item == null && form.needLine() == null) violations.add(new Violation("item", "problem.required", List.of()));
      category = form.category() == null && form.needLine() != null ? Category.OTHER
          : InvalidInput.code(Category.class, form.category(), "category", violations);
      unit = blank(form.unit());
      if (unit == null && form.needLine() == null) violations.add(new Violation("unit", "problem.required", List.of()));
    }
    if (form.quantity() == null || form.quantity() < 1) violations.add(new Violation("quantity", "problem.min", List.of(1)));
    var mode = InvalidInput.code(Offer.DeliveryMode.class, form.deliveryMode(), "deliveryMode", violations);
    var conditions = blank(form.conditions());
    if (conditions != null && conditions.length() > 2_000) violations.add(new Violation("conditions", "emergencies.too-long", List.of(2_000)));
    if (item != null && item.length() > 300) violations.add(new Violation("item", "emergencies.too-long", List.of(300)));
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    if (!incident.status().takesOffers()) {
      throw new Conflict("emergencies.offer.not-open", incident.reference(), incident.status().name());
    }
    var id = store.offer(incidentId, need, donor, item, category, unit, form.quantity(), mode, form.expectedArrival(), conditions,
        caller.username(), Instant.now(clock));
    audit.record(Change.of("OFFER_MADE", "offer", id.toString(), Map.of("incident", incident.reference(), "donor", donor,
        "needLine", need == null ? "" : need.line(), "quantity", form.quantity())));
    var made = offer(incidentId, id);
    notices.offered(incident, made);
    return made;
  }

  /**
   * Moves an offer line: the stricken nation accepts (all, or the quantity it names: in part) or declines; the
   * donor withdraws an open offer, dispatches and reports arrival. Accepting beyond what a need still lacks is a
   * conflict — refused here and, under concurrent acceptances, by the database.
   */
  @Transactional
  public Offer moveOffer(UUID incidentId, UUID offerId, Move move) {
    var caller = guard.requireAny(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION,
        Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    var to = InvalidInput.code(OfferStatus.class, move.to(), "to");
    var incident = incident(incidentId);
    var offer = offer(incidentId, offerId);
    var actor = offer.status().mover(to)
        .orElseThrow(() -> new Conflict("emergencies.offer.illegal-move", offer.status().name(), to.name()));
    var allowed = switch (actor) {
      case STRICKEN_NATION -> stricken(caller, incident);
      case DONOR -> caller.organisationsWith(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION).contains(offer.donor());
      case CENTRE -> caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    };
    if (!allowed) {
      throw new AccessDeniedException("the move " + offer.status() + " -> " + to + " is the " + actor + "'s");
    }
    var open = to == OfferStatus.DISPATCHED || to == OfferStatus.ARRIVED
        ? incident.status().disseminated() && incident.status().open()
        : incident.status().takesOffers();
    if (!open) {
      throw new Conflict("emergencies.offer.not-open", incident.reference(), incident.status().name());
    }
    var accepted = offer.acceptedQuantity();
    if (to == OfferStatus.ACCEPTED) {
      accepted = move.acceptedQuantity() == null ? offer.quantity() : move.acceptedQuantity();
      if (accepted < 1 || accepted > offer.quantity()) {
        throw InvalidInput.of("acceptedQuantity", "problem.between", 1, offer.quantity());
      }
      if (offer.need() != null) {
        var need = incident.needs().stream().filter(n -> n.id().equals(offer.need())).findFirst().orElseThrow();
        if (accepted > need.gap()) {
          throw new Conflict("emergencies.need.over-accepted", need.line(), need.gap());
        }
      }
    }
    try {
      if (!store.moveOffer(offerId, offer.status(), to, accepted, Instant.now(clock))) {
        throw new Conflict("emergencies.offer.illegal-move", offer.status().name(), to.name());
      }
    } catch (DataIntegrityViolationException e) {
      if (String.valueOf(e.getMessage()).contains("emergencies_need_not_over_accepted")) {
        var line = offer.needLine() == null ? 0 : offer.needLine();
        throw new Conflict("emergencies.need.over-accepted.meanwhile", line);
      }
      throw e;
    }
    var summary = new LinkedHashMap<String, Object>();
    summary.put("incident", incident.reference());
    summary.put("from", offer.status().name());
    summary.put("to", to.name());
    summary.put("donor", offer.donor());
    if (to == OfferStatus.ACCEPTED) summary.put("acceptedQuantity", accepted);
    audit.record(Change.of("OFFER_" + to.name(), "offer", offerId.toString(), summary));
    var moved = offer(incidentId, offerId);
    notices.offerMoved(incident, moved);
    return moved;
  }

  // --- the start page

  record Counts(long toValidate, long open, long offersToDecide) {}

  @Transactional(readOnly = true)
  Counts counts(Caller caller) {
    var toValidate = caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY) ? store.count(List.of(IncidentStatus.SUBMITTED)) : 0;
    var open = store.count(List.of(IncidentStatus.DISSEMINATED, IncidentStatus.COORDINATING));
    var mine = caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION);
    var toDecide = mine.isEmpty() ? 0 : store.offersAwaitingDecision(mine);
    return new Counts(toValidate, open, toDecide);
  }

  static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static int longest(BilingualText text) {
    return Math.max(text.en() == null ? 0 : text.en().length(), text.fr() == null ? 0 : text.fr().length());
  }
}
