package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.entente.Http;
import org.entente.access.Caller;
import org.entente.access.Role;
import org.entente.catalogue.Catalogue;
import org.entente.catalogue.Menu;
import org.entente.directory.Directory;
import org.entente.web.Conflict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 400 nominate-and-confirm attempts at once, from 40 nations (Allies and partners) on virtual threads, for 20 seats with at most 2
 * per nation and 4 for the Mediterranean Dialogue: exactly 20 seats held, no quota exceeded, nobody twice,
 * the rest waitlisted in order; freed seats then go to the head of the waitlist that fits the quotas. Fifty
 * times, each on a fresh event. Called in-process through the service, as the API calls it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatContentionIntegrationTest {

  static final int SEATS = 20;
  static final int PER_NATION = 2;
  static final int MEDITERRANEAN = 4;
  static final int NATIONS = 40;
  static final int EACH = 10;

  @LocalServerPort int port;
  @Autowired Registrations registrations;
  @Autowired ParticipantRegister register;
  @Autowired Catalogue catalogue;
  @Autowired Directory directory;

  String activity;
  Caller provider;
  Caller staff;
  final Map<String, Caller> coordinators = new HashMap<>();
  final Map<String, List<String>> frameworks = new HashMap<>();
  final List<Participant> people = new ArrayList<>();

  @BeforeAll
  void menuAndPeople() {
    var menu = new Menu(new Http(port), "NSO");
    activity = Menu.uniqueCode("NSO-SEATS");
    menu.publish(Menu.draft(activity, "NSO"));
    provider = caller("NSO", Role.PROVIDER_MANAGER);
    staff = caller("IS", Role.STAFF);
    var today = directory.today();
    var partners = directory.organisations(today, null, null).stream().filter(o -> o.isNation())
        .sorted((a, b) -> Boolean.compare(b.frameworksOn(today).contains("MEDITERRANEAN_DIALOGUE"), a.frameworksOn(today).contains("MEDITERRANEAN_DIALOGUE")))
        .limit(NATIONS).toList();
    assertThat(partners).hasSize(NATIONS);
    for (var nation : partners) {
      coordinators.put(nation.code(), caller(nation.code(), Role.NATIONAL_COORDINATOR));
      frameworks.put(nation.code(), nation.frameworksOn(today));
      for (int i = 0; i < EACH; i++) {
        var n = i;
        people.add(as(staff, () -> register.addParticipant(new ParticipantRegister.NewParticipant(nation.code(),
            "Family" + n, "Given" + nation.code(), null, null, "p" + n + "@" + nation.code().toLowerCase() + ".example", List.of("en"), null, true))));
      }
    }
    assertThat(frameworks.values().stream().filter(f -> f.contains("MEDITERRANEAN_DIALOGUE")).count()).isGreaterThan(MEDITERRANEAN / PER_NATION);
  }

  @RepeatedTest(50)
  void exactlyTheSeatsAreHeldWhateverTheRace() throws Exception {
    round();
  }

  /** The benchmark's long run: {@code -Dentente.bench.seat-rounds=1000} (bench/registration/run). */
  @Test
  @EnabledIfSystemProperty(named = "entente.bench.seat-rounds", matches = "[0-9]+")
  void manyRounds() throws Exception {
    var rounds = Integer.parseInt(System.getProperty("entente.bench.seat-rounds"));
    for (int i = 0; i < rounds; i++) {
      round();
    }
  }

  private void round() throws Exception {
    var starts = LocalDate.now().plusMonths(2);
    var event = as(provider, () -> catalogue.addEvent(activity, new Catalogue.NewEvent(starts, starts.plusDays(3), "Oberammergau", "DEU",
        SEATS, LocalDate.now().minusDays(1), starts.minusDays(10), null))).id();
    as(provider, () -> registrations.invite(event, new Registrations.InvitationRequest(null, null, null, PER_NATION,
        Map.of("MEDITERRANEAN_DIALOGUE", MEDITERRANEAN))));

    var shuffled = new ArrayList<>(people);
    Collections.shuffle(shuffled);
    var gate = new CountDownLatch(1);
    var confirmed = new ConcurrentLinkedQueue<UUID>();
    var waitlisted = new ConcurrentLinkedQueue<Nomination>();
    var failures = new ConcurrentLinkedQueue<Throwable>();
    var begun = System.nanoTime();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (var person : shuffled) {
        threads.submit(() -> {
          try {
            gate.await();
            var nomination = as(coordinators.get(person.nation()), () -> registrations.nominate(event, person.id()));
            try {
              as(provider, () -> registrations.move(nomination.id(), "CONFIRMED"));
              confirmed.add(nomination.id());
            } catch (Conflict full) {
              waitlisted.add(as(provider, () -> registrations.move(nomination.id(), "WAITLISTED")));
            }
          } catch (Throwable t) {
            failures.add(t);
          }
          return null;
        });
      }
      gate.countDown();
    }
    var millis = (System.nanoTime() - begun) / 1_000_000;
    System.out.printf("seat contention: 400 nominate-and-confirm attempts in %d ms%n", millis);
    assertThat(failures).isEmpty();

    var all = as(staff, () -> registrations.nominations(event));
    assertThat(all).hasSize(people.size());
    assertThat(all.stream().map(Nomination::participant).distinct().count()).as("nobody twice").isEqualTo(people.size());
    var holding = all.stream().filter(Nomination::holdsSeat).toList();
    assertThat(holding).hasSize(SEATS);
    assertThat(confirmed).hasSize(SEATS);
    assertThat(as(staff, () -> registrations.seats(event))).isEqualTo(new Seats(SEATS, SEATS, people.size() - SEATS));
    checkQuotas(holding);

    // the waitlist keeps the order of waitlisting: positions distinct and increasing with each move
    var positions = waitlisted.stream().map(Nomination::waitlistPosition).toList();
    assertThat(new HashSet<>(positions)).hasSize(people.size() - SEATS);

    // three seats freed one after the other: each goes to the first in line that fits the quotas
    for (int freed = 0; freed < 3; freed++) {
      var now = as(staff, () -> registrations.nominations(event));
      var leaving = now.stream().filter(n -> n.state() == NominationState.CONFIRMED).findFirst().orElseThrow();
      var expected = firstThatFits(now, leaving);
      as(coordinators.get(leaving.nation()), () -> registrations.move(leaving.id(), "CANCELLED"));
      var offered = as(staff, () -> registrations.nominations(event)).stream()
          .filter(n -> n.state() == NominationState.OFFERED && !n.id().equals(leaving.id()))
          .filter(n -> now.stream().noneMatch(o -> o.id().equals(n.id()) && o.state() == NominationState.OFFERED))
          .toList();
      assertThat(offered).extracting(Nomination::id).containsExactly(expected);
      checkQuotas(as(staff, () -> registrations.nominations(event)).stream().filter(Nomination::holdsSeat).toList());
    }
  }

  private UUID firstThatFits(List<Nomination> now, Nomination leaving) {
    var held = now.stream().filter(Nomination::holdsSeat).filter(n -> !n.id().equals(leaving.id())).toList();
    return now.stream()
        .filter(n -> n.state() == NominationState.WAITLISTED)
        .sorted((a, b) -> Long.compare(a.waitlistPosition(), b.waitlistPosition()))
        .filter(n -> held.stream().filter(h -> h.nation().equals(n.nation())).count() < PER_NATION)
        .filter(n -> !mediterranean(n.nation())
            || held.stream().filter(h -> mediterranean(h.nation())).count() < MEDITERRANEAN)
        .findFirst().orElseThrow().id();
  }

  private void checkQuotas(List<Nomination> holding) {
    var perNation = holding.stream().collect(Collectors.groupingBy(Nomination::nation, Collectors.counting()));
    assertThat(perNation.values()).allMatch(count -> count <= PER_NATION);
    assertThat(holding.stream().filter(n -> mediterranean(n.nation())).count()).isLessThanOrEqualTo(MEDITERRANEAN);
  }

  private boolean mediterranean(String nation) {
    return frameworks.get(nation).contains("MEDITERRANEAN_DIALOGUE");
  }

  private static Caller caller(String organisation, Role role) {
    return new Caller(UUID.randomUUID(), role.name().toLowerCase() + "-" + organisation, List.of(new Caller.Grant(organisation, role)));
  }

  private static <T> T as(Caller caller, Supplier<T> work) {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
    var previous = SecurityContextHolder.getContext();
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
