package org.entente.emergencies;

import static org.entente.web.Texts.blank;
import static org.entente.emergencies.Emergencies.stricken;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.emergencies.Emergencies.Move;
import org.entente.emergencies.Incident.Category;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Donors' offers line by line on a request — made, accepted wholly or in part, declined, withdrawn, dispatched, arrived — and the matching helper. */
@Service
public class Offers {

  private final Emergencies emergencies;
  private final EmergencyStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final EmergencyNotices notices;
  private final Clock clock;

  Offers(Emergencies emergencies, EmergencyStore store, Guard guard, AuditTrail audit, EmergencyNotices notices, Clock clock) {
    this.emergencies = emergencies;
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  /** One offer line: against a need (its line number) or, without one, something not asked for. */
  public record OfferForm(
      @Nullable String donor, @Nullable Integer needLine, @Nullable String item, @Nullable String category,
      @Nullable String unit, @Nullable Integer quantity, @Nullable String deliveryMode, @Nullable LocalDate expectedArrival,
      @Nullable String conditions) {}

  private boolean mayReadOffer(Caller caller, Incident incident, Offer offer) {
    return caller.has(Permission.READ_EMERGENCIES_GLOBALLY)
        || caller.organisationsWith(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION).contains(offer.donor())
        || caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION).contains(incident.nation());
  }

  // --- reading

  /** The offer lines the caller may see: all for the stricken nation and the centre, a donor's own otherwise. */
  @Transactional(readOnly = true)
  public Listing<Offer> offers(UUID incident, Paging paging) {
    var caller = guard.caller();
    var found = emergencies.incident(incident);
    var offers = store.offers(incident, null, paging);
    var kept = offers.items().stream().filter(o -> mayReadOffer(caller, found, o)).toList();
    return paging.listing(kept, offers.total() - (offers.items().size() - kept.size()));
  }

  @Transactional(readOnly = true)
  public Offer offer(UUID incident, UUID id) {
    var caller = guard.caller();
    var found = emergencies.incident(incident);
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
    var incident = emergencies.incident(incidentId);
    if (!caller.has(Permission.READ_EMERGENCIES_GLOBALLY) && !stricken(caller, incident)) {
      return List.of();
    }
    return store.suggestions(incidentId, 5);
  }

  // --- offering

  @Transactional
  public Offer offer(UUID incidentId, OfferForm form) {
    var caller = guard.require(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    var incident = emergencies.incident(incidentId);
    var own = new java.util.TreeSet<>(emergencies.nations(caller, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION));
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
    Texts.check("conditions", conditions, 2_000, violations);
    Texts.check("item", item, 300, violations);
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
    var incident = emergencies.incident(incidentId);
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
}
