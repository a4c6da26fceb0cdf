package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.entente.directory.PolicyTerm;
import org.entente.languages.BilingualText;
import org.junit.jupiter.api.Test;

/** The generated menu is the same for the same seed, and has as many events per activity as asked. */
class CatalogueGeneratorTest {

  static final List<CatalogueGenerator.Provider> providers =
      List.of(new CatalogueGenerator.Provider("NDC", "ITA", "Rome"), new CatalogueGenerator.Provider("GEO", "GEO", "Tbilisi"));
  static final List<PolicyTerm> areas = List.of(
      new PolicyTerm("CYBER", null, new BilingualText("Cyber defence", "Cyberdéfense"), "test", "test"),
      new PolicyTerm("BORDER", null, new BilingualText("Border security", "Sécurité des frontières"), "test", "test"));
  static final List<PolicyTerm> priorities =
      List.of(new PolicyTerm("P1", 1, new BilingualText("Priority", "Priorité"), "test", "test"));
  static final LocalDate today = LocalDate.of(2026, 11, 22);

  private static List<CatalogueGenerator.Generated> generate(long seed, int activities, int eventsPerActivity) {
    return CatalogueGenerator.generate(seed, activities, eventsPerActivity, providers, areas, priorities, today);
  }

  private static int events(List<CatalogueGenerator.Generated> generated) {
    return generated.stream().mapToInt(g -> g.events().size()).sum();
  }

  @Test
  void theDefaultIsTwoEventsPerActivityAndTheSameMenuAsAskingForTwo() {
    var byDefault = CatalogueGenerator.generate(7, 500, providers, areas, priorities, today);
    var two = generate(7, 500, 2);
    assertThat(two).isEqualTo(byDefault);
    assertThat(byDefault).allSatisfy(g -> assertThat(g.events()).hasSizeBetween(1, 3));
    assertThat(events(byDefault)).isBetween(900, 1100);
  }

  @Test
  void sevenEventsPerActivityMakePrimesTenThousandEventsForFifteenHundredActivities() {
    var generated = generate(20110415L, 1500, 7);
    assertThat(generated).hasSize(1500).allSatisfy(g -> assertThat(g.events()).hasSizeBetween(1, 13));
    assertThat(events(generated)).isBetween(9_900, 11_100);
    assertThat(generate(20110415L, 1500, 7)).as("deterministic").isEqualTo(generated);
  }

  @Test
  void anActivityHasAtLeastOneEvent() {
    assertThat(generate(1, 200, 1)).allSatisfy(g -> assertThat(g.events()).hasSize(1));
    assertThatThrownBy(() -> generate(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
