package org.entente.trustfunds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Nation A's trust funds — an idea not yet launched, and a launched fund with its ledger — reach no role of
 * nation B or provider B beyond the public summary: not the idea, not the purpose, not a ledger line, in the
 * API, the pages or the exports.
 */
public class TrustFundsLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var funds = new Funds(world.http());
    var secret = "Gudauri" + UUID.randomUUID().toString().substring(0, 8);
    var idea = funds.propose(LeakWorld.NATION_A, secret + " idea");
    var launched = funds.implementing(LeakWorld.NATION_A, "NLD", "NSPA", "Public title " + UUID.randomUUID().toString().substring(0, 8));
    funds.recorded(launched, funds.coordinator("DEU"), "PLEDGE", "DEU", "1000.00", "EUR", null, secret + " pledge");
    funds.recorded(launched, funds.coordinator("NLD"), "RECEIPT", "DEU", "1000.00", "EUR", null, secret + " receipt");
    funds.recorded(launched, funds.agent("NSPA"), "EXPENDITURE", null, "250.00", "EUR", null, secret + " expenditure");
    var addresses = new ArrayList<>(List.of("/api/v1/trust-funds", "/api/v1/trust-funds?size=200", "/api/v1/trust-funds/files",
        "/api/v1/trust-funds/files?host=" + LeakWorld.NATION_A, "/api/v1/trust-funds.iati.xml", "/trust-funds",
        "/api/v1/council/agenda", "/api/v1/council/decisions?subjectType=TRUST_FUND"));
    for (var id : List.of(idea, launched)) {
      addresses.addAll(List.of("/api/v1/trust-funds/" + id, "/api/v1/trust-funds/" + id + "/ledger", "/api/v1/trust-funds/" + id + "/donors",
          "/api/v1/trust-funds/" + id + ".iati.xml", "/api/v1/trust-funds/" + id + "/ledger.csv", "/api/v1/trust-funds/" + id + "/ledger.xlsx",
          "/trust-funds/" + id));
    }
    return new Seeded(Set.of(secret, idea), addresses);
  }
}
