package org.entente.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * No nation reads another's data: every registered module's data of nation A is looked for at every
 * address it could appear at, by every role of nation B and provider B, through the API and the pages.
 * Hidden resources answer 404 (like absent ones), whole functions a role lacks answer 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeakHarnessIntegrationTest {

  @LocalServerPort int port;

  static List<LeakProbe> probes() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(LeakProbe.class));
    var probes = new ArrayList<LeakProbe>();
    for (var candidate : scanner.findCandidateComponents("org.entente")) {
      var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), LeakHarnessIntegrationTest.class.getClassLoader());
      probes.add((LeakProbe) BeanUtils.instantiateClass(type));
    }
    return probes;
  }

  @Test
  void noRoleOfNationBSeesAnythingOfNationA() {
    var http = new Http(port);
    var accounts = new Accounts(http);
    var world = new LeakWorld(http, accounts);
    var probes = probes();
    assertThat(probes).as("modules registered in the harness").isNotEmpty();

    var readers = LeakWorld.GRANTS_OF_B.stream().map(accounts::create).toList();
    var leaks = new ArrayList<String>();
    var checked = 0;
    for (var probe : probes) {
      var seeded = probe.seed(world);
      assertThat(seeded.markers()).as(probe.getClass().getSimpleName() + " markers").isNotEmpty();
      for (var address : seeded.addresses()) {
        for (int r = 0; r < readers.size(); r++) {
          var reader = readers.get(r);
          var response = http.get(address, reader.bearer());
          checked++;
          var who = LeakWorld.GRANTS_OF_B.get(r) + " GET " + address;
          if (response.status() >= 500 || response.status() == 401) {
            leaks.add(who + " answered " + response.status());
          }
          for (var marker : seeded.markers()) {
            // what the caller put in the address may be echoed back (e.g. "user … not found"): not a leak
            if (response.body().contains(marker) && !address.contains(marker)) {
              leaks.add(who + " shows " + marker);
            }
          }
          if (response.status() == 200 && response.header("Content-Type").startsWith("application/json")) {
            var body = response.json();
            if (body.has("items") && body.has("total") && body.get("total").asLong() > body.get("items").size()
                && !body.has("page")) {
              leaks.add(who + " counts " + body.get("total").asLong() + " but shows " + body.get("items").size());
            }
          }
        }
      }
    }
    assertThat(leaks).as("leaks over %d requests", checked).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(readers.size());
  }

  @Test
  void theMarkersAreRealAReaderEntitledToThemSeesThem() {
    // guards the guard: Alliance staff may see nation A's data, and the harness must notice it there
    var http = new Http(port);
    var accounts = new Accounts(http);
    var world = new LeakWorld(http, accounts);
    var staff = accounts.create("IS:STAFF");
    for (var probe : probes()) {
      var seeded = probe.seed(world);
      var seen = seeded.addresses().stream()
          .map(address -> http.get(address, staff.bearer()).body())
          .anyMatch(body -> seeded.markers().stream().anyMatch(body::contains));
      assertThat(seen).as(probe.getClass().getSimpleName() + ": staff sees A's data somewhere").isTrue();
    }
  }
}
