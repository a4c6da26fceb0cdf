package org.entente.emergencies;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Nation A's request for assistance as a draft and as submitted (not yet disseminated: not B's to see), and
 * nation A's offer against a third nation's disseminated request (B sees that request and its figures, never A's
 * offer line), A’s point of contact and A’s entry of the EADRU register (B is a partner: its own entries only): no
 * role of B finds them by list, detail, board, page or notice.
 */
public class EmergenciesLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var r = new Responders(world.http());
    var a = r.coordinator(LeakWorld.NATION_A);
    var secret = "Rioni" + UUID.randomUUID().toString().substring(0, 8);
    var draft = r.filed(Responders.request(secret + " draft", 10), a).get("id").asString();
    var submitted = r.filed(Responders.request(secret + " submitted", 10), a).get("id").asString();
    r.moved(submitted, "SUBMITTED", a);
    // a third nation's request, open to every Ally and partner; A's offer against it is A's, the stricken nation's and the centre's
    var stricken = r.coordinator("MDA");
    var open = r.disseminated(Responders.request("Floods on the Prut", 20, 5), stricken).get("id").asString();
    var offerSecret = secret + "-conditions";
    var offer = r.offered(open, 1, 4, offerSecret, a);
    r.decide(open, offer, "ACCEPTED", 2, stricken);
    var email = secret.toLowerCase() + "@example.org";
    r.put("/api/v1/emergency-contacts/" + LeakWorld.NATION_A, Map.of("email", email, "language", "en"), a);
    // A's entry of the EADRU register: a partner's entries are its own (and the centre's and Allies')
    var capabilitySecret = secret + "-team";
    var capability = r.registered(Responders.capability("SHELTER", capabilitySecret), a).get("id").asString();
    var addresses = List.of(
        "/api/v1/emergency-capabilities", "/api/v1/emergency-capabilities?kind=SHELTER", "/api/v1/emergency-capabilities?nation=GEO",
        "/api/v1/emergency-capabilities/" + capability, "/api/v1/emergencies/" + open + "/capabilities", "/emergencies/capabilities",
        "/emergencies/capabilities?kind=SHELTER",
        "/api/v1/emergencies", "/api/v1/emergencies?scope=ALL", "/api/v1/emergencies?scope=ALL&exercise=true",
        "/api/v1/emergencies/" + draft, "/api/v1/emergencies/" + submitted, "/api/v1/emergencies/" + draft + "/offers",
        "/api/v1/emergencies/" + draft + "/sitreps", "/api/v1/emergencies/" + open, "/api/v1/emergencies/" + open + "/offers",
        "/api/v1/emergencies/" + open + "/offers/" + offer, "/api/v1/emergency-contacts/" + LeakWorld.NATION_A,
        "/api/v1/notifications", "/notifications",
        "/emergencies", "/emergencies?scope=ALL", "/emergencies/" + draft, "/emergencies/" + submitted, "/emergencies/" + open,
        "/emergencies/" + open + "/board", "/emergencies/board");
    return new Seeded(Set.of(secret, draft, submitted, offer, offerSecret, email, capabilitySecret, capability), addresses);
  }
}
