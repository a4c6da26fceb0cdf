package org.entente.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.Http;

/** One row in every table of the module, through the API, for {@code RowLevelSecurityIntegrationTest}. */
public final class ConsultationSeed {

  private ConsultationSeed() {}

  public static void seed(Http http) {
    var consulting = new Consulting(http, "GEO");
    var id = consulting.requested("RLS consultation", List.of("UKR"));
    consulting.approved(id, List.of("GEO", "UKR"));
    consulting.scheduled(id, java.time.LocalDate.now());
    assertThat(consulting.upload(id, "rls.pdf", Consulting.pdf("rls"), consulting.staff).status()).isEqualTo(201);
    consulting.ok(consulting.send("POST", "/api/v1/consultations/" + id + "/attendance", java.util.Map.of("attended", List.of("GEO")), consulting.staff));
  }
}
