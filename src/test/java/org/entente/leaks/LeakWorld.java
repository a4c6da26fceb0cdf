package org.entente.leaks;

import java.util.List;
import org.entente.Accounts;
import org.entente.Http;

/**
 * The two nations and two providers of the leak harness, and the means to seed them through the API: A's
 * data is seeded, B's people look for it.
 */
public record LeakWorld(Http http, Accounts accounts) {

  public static final String NATION_A = "GEO";
  public static final String NATION_B = "JOR";
  public static final String PROVIDER_A = "NSO";
  public static final String PROVIDER_B = "NDC";

  /** The roles B's people may hold, for nation B and for provider B: each is tried. */
  public static final List<String> GRANTS_OF_B =
      List.of(
          NATION_B + ":NATIONAL_COORDINATOR",
          NATION_B + ":PARTICIPANT",
          NATION_B + ":PROVIDER_MANAGER",
          PROVIDER_B + ":PROVIDER_MANAGER",
          PROVIDER_B + ":PARTICIPANT");
}
