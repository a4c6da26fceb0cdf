package org.entente.emergencies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre's situation reports on a disseminated incident: numbered, issued while the incident is open, read by
 * whoever may read the incident (its need-to-know is {@link Emergencies#incident}'s), and as a PDF.
 */
@Service
public class SituationReports {

  public record SitrepForm(@Nullable BilingualText text) {}

  private final Emergencies emergencies;
  private final EmergencyStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final EmergencyNotices notices;
  private final Clock clock;

  SituationReports(Emergencies emergencies, EmergencyStore store, Guard guard, AuditTrail audit, EmergencyNotices notices, Clock clock) {
    this.emergencies = emergencies;
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Listing<Sitrep> sitreps(UUID incident, Paging paging) {
    emergencies.incident(incident);
    return store.sitreps(incident, paging);
  }

  @Transactional(readOnly = true)
  public Sitrep sitrep(UUID incident, int number) {
    emergencies.incident(incident);
    return store.sitrep(incident, number).orElseThrow(() -> new NotFound("sitrep", incident + "/" + number));
  }

  /** A situation report as a PDF, for whoever may read it. */
  @Transactional(readOnly = true)
  public byte[] sitrepPdf(UUID incident, int number) {
    var found = emergencies.incident(incident);
    var sitrep = store.sitrep(incident, number).orElseThrow(() -> new NotFound("sitrep", incident + "/" + number));
    return SitrepDocument.pdf(found, sitrep);
  }

  @Transactional
  public Sitrep report(UUID incidentId, SitrepForm form) {
    var caller = guard.require(Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    var incident = emergencies.incident(incidentId);
    var violations = new ArrayList<Violation>();
    var text = Texts.bilingual("text", form.text(), Emergencies.MAX_TEXT, "emergencies.text.required", violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    if (!incident.status().disseminated() || !incident.status().open()) {
      throw new Conflict("emergencies.sitrep.not-open", incident.reference(), incident.status().name());
    }
    store.lock(incidentId);
    var number = store.nextSitrep(incidentId);
    store.sitrep(incidentId, number, text, caller.username(), Instant.now(clock));
    audit.record(Change.of("SITREP_ISSUED", "incident", incident.reference(), Map.of("number", number)));
    notices.reported(incident, number, emergencies.donorsOf(incident));
    return store.sitrep(incidentId, number).orElseThrow();
  }
}
