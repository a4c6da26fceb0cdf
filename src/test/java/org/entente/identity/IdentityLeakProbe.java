package org.entente.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/** Nation A's and provider A's accounts, and the audit records about them. */
public class IdentityLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var markers = new HashSet<String>();
    var addresses = new ArrayList<String>(List.of(
        "/api/v1/users", "/api/v1/users?organisation=" + LeakWorld.NATION_A,
        "/api/v1/users?organisation=" + LeakWorld.PROVIDER_A, "/users", "/users?organisation=" + LeakWorld.NATION_A,
        "/api/v1/audit", "/api/v1/audit?action=USER_CREATED", "/audit"));
    for (var grant : List.of(LeakWorld.NATION_A + ":NATIONAL_COORDINATOR", LeakWorld.NATION_A + ":PARTICIPANT",
        LeakWorld.PROVIDER_A + ":PROVIDER_MANAGER")) {
      var account = world.accounts().create(grant);
      markers.add(account.username());
      markers.add(account.id().toString());
      addresses.add("/api/v1/users/" + account.id());
      addresses.add("/users/" + account.id());
    }
    return new Seeded(markers, addresses);
  }
}
