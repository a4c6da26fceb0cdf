package org.entente.emergencies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each nation's point of contact for disaster response (the address the centre's notices go to, in its language),
 * kept by the nation's coordinator and read by it and the centre.
 */
@Service
public class EmergencyContacts {

  public record ContactPointForm(@Nullable String email, @Nullable String language) {}

  public record ContactPoint(String nation, String email, String language) {}

  private final Emergencies emergencies;
  private final EmergencyStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final Clock clock;

  EmergencyContacts(Emergencies emergencies, EmergencyStore store, Guard guard, AuditTrail audit, Clock clock) {
    this.emergencies = emergencies;
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ContactPoint contactPoint(String nation) {
    var caller = guard.requireAny(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION, Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    var code = nation.strip().toUpperCase(Locale.ROOT);
    if (!caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY)
        && !caller.organisationsWith(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION).contains(code)) {
      throw new NotFound("contact-point", code);
    }
    return store.contactPoint(code).map(c -> new ContactPoint(c.nation(), c.email(), c.language()))
        .orElseThrow(() -> new NotFound("contact-point", code));
  }

  @Transactional
  public ContactPoint keepContactPoint(String nation, ContactPointForm form) {
    var caller = guard.require(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    var code = nation.strip().toUpperCase(Locale.ROOT);
    if (!emergencies.nations(caller, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION).contains(code)) {
      throw new AccessDeniedException("not this nation's coordinator");
    }
    var violations = new ArrayList<Violation>();
    var email = Texts.blank(form.email());
    if (email == null || !Emergencies.EMAIL.matcher(email).matches()) violations.add(new Violation("email", "problem.malformed", List.of()));
    var language = Texts.blank(form.language()) == null ? "en" : form.language().strip().toLowerCase(Locale.ROOT);
    if (!Set.of("en", "fr").contains(language)) violations.add(new Violation("language", "problem.one-of", List.of("en, fr")));
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    store.keepContactPoint(code, email, language, caller.username(), Instant.now(clock));
    audit.record(Change.of("CONTACT_POINT_KEPT", "contact-point", code, Map.of("language", language)));
    return new ContactPoint(code, email, language);
  }
}
