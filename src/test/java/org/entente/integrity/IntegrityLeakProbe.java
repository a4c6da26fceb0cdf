package org.entente.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Nation A's Building Integrity answers and report reach no role of nation B or provider B: one assessment with
 * its questionnaire answered and submitted, and one whose report was agreed.
 */
public class IntegrityLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var georgia = new Assessing(world.http(), LeakWorld.NATION_A);
    var secret = "Batumi" + UUID.randomUUID().toString().substring(0, 8);
    var submitted = georgia.requested();
    georgia.submitted(submitted, secret);
    var agreed = georgia.requested();
    georgia.submitted(agreed, secret);
    georgia.agreed(agreed, secret);
    var addresses = new ArrayList<>(List.of("/api/v1/integrity/assessments", "/api/v1/integrity/assessments?nation=" + LeakWorld.NATION_A,
        "/api/v1/integrity/assessments?status=REPORT_AGREED", "/api/v1/notifications", "/api/v1/me/work", "/integrity",
        "/integrity?nation=" + LeakWorld.NATION_A, "/notifications", "/"));
    for (var id : List.of(submitted, agreed)) addresses.addAll(List.of("/api/v1/integrity/assessments/" + id, "/integrity/" + id));
    return new Seeded(Set.of(secret, submitted, agreed), addresses);
  }
}
