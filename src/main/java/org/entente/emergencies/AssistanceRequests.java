package org.entente.emergencies;

import static org.entente.emergencies.Emergencies.EMAIL;
import static org.entente.emergencies.Emergencies.MAX_TEXT;
import static org.entente.web.Texts.blank;
import static org.entente.emergencies.Emergencies.mayMove;
import static org.entente.emergencies.Emergencies.stricken;
import static org.entente.web.Texts.bilingual;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.emergencies.Emergencies.Move;
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
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stricken nation's request for assistance through its lifecycle: filed, revised, moved from draft to closed. */
@Service
public class AssistanceRequests {

  private static final int MAX_LINES = 200;

  private final Emergencies emergencies;
  private final EmergencyStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final EmergencyNotices notices;
  private final Clock clock;

  AssistanceRequests(Emergencies emergencies, EmergencyStore store, Guard guard, AuditTrail audit, EmergencyNotices notices, Clock clock) {
    this.emergencies = emergencies;
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

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

  // --- the stricken nation's request

  @Transactional
  public Incident file(RequestForm form) {
    var caller = guard.require(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION);
    var violations = new ArrayList<Violation>();
    var own = emergencies.nations(caller, Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION);
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
    return emergencies.incident(id);
  }

  /** Rewrites a draft (the stricken nation) or a submitted request (the centre, correcting before dissemination). */
  @Transactional
  public Incident revise(UUID id, RequestForm form) {
    var caller = guard.requireAny(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION, Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    var incident = emergencies.incident(id);
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
    return emergencies.incident(id);
  }

  private Content content(RequestForm form, List<Violation> violations) {
    var type = InvalidInput.code(DisasterType.class, form.disasterType(), "disasterType", violations);
    var title = bilingual("title", form.title(), 300, "emergencies.title.required", violations);
    var situation = bilingual("situation", form.situation(), MAX_TEXT, false, violations);
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
    var incident = emergencies.incident(id);
    store.lock(id);
    incident = emergencies.incident(id);
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
    var moved = emergencies.incident(id);
    notices.moved(moved, from, emergencies.donorsOf(moved));
    return moved;
  }
}
