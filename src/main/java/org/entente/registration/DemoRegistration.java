package org.entente.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.Catalogue;
import org.entente.catalogue.Event;
import org.entente.catalogue.MenuSearch;
import org.entente.database.DemoData;
import org.entente.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, registrations for the demo nations (GEO, JOR, JPN, CHE, QAT, NLD) at NSO's events: people in
 * every state of a nomination on coming events (through the same service as the pages), and three past
 * events with attendance, certificates, feedback and a report. Deterministic: the same seed, the same demo.
 */
@Component
@Order(2) // after the demo menu
class DemoRegistration implements DemoData {

  static final long SEED = 20111231L;
  /** The demo account (made by identity's InitialAccounts) whose participant record the demo links. */
  static final String DEMO_PARTICIPANT = "geo.participant";
  static final List<String> NATIONS = List.of("GEO", "JOR", "JPN", "CHE", "QAT", "NLD");
  private static final Logger log = LoggerFactory.getLogger(DemoRegistration.class);
  private static final String[] FAMILY = {"Beridze", "Haddad", "Tanaka", "Keller", "Al-Thani", "de Vries", "Kapanadze",
      "Nasser", "Suzuki", "Meier", "Al-Kuwari", "Jansen", "Gelashvili", "Khoury", "Sato", "Frei"};
  private static final String[] GIVEN = {"Nino", "Rana", "Yuki", "Anna", "Fatima", "Sanne", "Levan", "Omar", "Kenji",
      "Lukas", "Hamad", "Pieter", "Tamar", "Lina", "Aiko", "Marc"};

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Registrations registrations;
  private final ParticipantRegister register;
  private final Nominations nominations;
  private final Certificates certificates;
  private final Catalogue catalogue;
  private final MenuSearch search;
  private final AuditTrail audit;
  private final Clock clock;
  private final UserAccounts accounts;

  DemoRegistration(JdbcClient jdbc, TransactionTemplate transactions, Registrations registrations, ParticipantRegister register,
      Nominations nominations, Certificates certificates, Catalogue catalogue, MenuSearch search, AuditTrail audit, Clock clock,
      UserAccounts accounts) {
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.registrations = registrations;
    this.register = register;
    this.nominations = nominations;
    this.certificates = certificates;
    this.catalogue = catalogue;
    this.search = search;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "registration_participant";
  }

  @Override
  public void fill() {
    // the demo acts as NSO's manager, Alliance staff and the demo nations' coordinators, through the services
    var grants = new ArrayList<Caller.Grant>(List.of(new Caller.Grant("IS", Role.STAFF), new Caller.Grant("NSO", Role.PROVIDER_MANAGER)));
    NATIONS.forEach(n -> grants.add(new Caller.Grant(n, Role.NATIONAL_COORDINATOR)));
    var caller = new Caller(UUID.nameUUIDFromBytes("demo-registration".getBytes()), "demo", grants);
    // each step a transaction of its own: a full event refuses one, not all
    Callers.runAs(caller, () -> generate(new Random(SEED)));
  }

  private void generate(Random random) {
    var today = LocalDate.now(clock);
    var people = new ArrayList<Participant>();
    for (var nation : NATIONS) {
      for (int i = 0; i < 8; i++) {
        var family = FAMILY[random.nextInt(FAMILY.length)];
        var given = GIVEN[random.nextInt(GIVEN.length)];
        people.add(register.addParticipant(new ParticipantRegister.NewParticipant(nation, family, given,
            List.of("Major", "Captain", "Ms", "Mr", "Colonel").get(random.nextInt(5)), "Ministry of Defence",
            (given + "." + family).toLowerCase().replace(' ', '-') + "." + i + "@" + nation.toLowerCase() + ".example",
            List.of(nation.equals("JOR") || nation.equals("QAT") ? "en" : random.nextBoolean() ? "fr" : "en"),
            random.nextInt(3) == 0 ? null : random.nextBoolean() ? "FEMALE" : "MALE", random.nextBoolean())));
      }
    }
    // NSO's activities open to all partners get a coming event each, its nomination window open today; the
    // first has four seats, so that the waitlist is used
    var codes = search.activities(new MenuSearch.Query(null, null, null, null, "NSO", null, null, "ALL_PARTNERS", null, null,
        "PUBLISHED", "title", 0, 4)).items().stream().map(h -> h.activity().code()).toList();
    var coming = new ArrayList<Event>();
    for (int i = 0; i < codes.size(); i++) {
      var starts = today.plusDays(45L + 14L * i);
      coming.add(catalogue.addEvent(codes.get(i), new Catalogue.NewEvent(starts, starts.plusDays(4), "Oberammergau", "DEU",
          i == 0 ? 4 : 12, today.minusDays(10), today.plusDays(20), null)));
    }
    var made = 0;
    for (var event : coming) {
      made += comingEvent(event, people, random);
    }
    var counter = made;
    // one offer runs out: its seat passes to the next in line
    if (!coming.isEmpty()) {
      var first = coming.getFirst().id();
      registrations.nominations(first).stream().filter(n -> n.state() == NominationState.OFFERED).findFirst().ifPresent(offer -> {
        transactions.executeWithoutResult(s -> jdbc.sql("update registration_nomination set offer_expires_at = :past where id = :id")
            .param("past", Nominations.utc(Instant.now(clock).minusSeconds(60))).param("id", offer.id()).update());
        registrations.expire(offer.id(), first);
      });
    }
    var pastCount = 0;
    var pastEvents = new ArrayList<UUID>();
    var activities = coming.stream().map(Event::activity).distinct().toList();
    for (int i = 0; i < Math.min(3, activities.size()); i++) {
      var activity = activities.get(i);
      var starts = today.minusDays(40L + 60L * i);
      pastCount += transactions.execute(s -> pastEvent(activity, starts, people, random, pastEvents));
    }
    // the same courses last year too, so that the annual review has a year gone by to show and compare with
    for (int i = 0; i < Math.min(3, activities.size()); i++) {
      var activity = activities.get(i);
      var starts = LocalDate.of(today.getYear() - 1, 3 * (i + 1), 10);
      pastCount += transactions.execute(s -> pastEvent(activity, starts, people, random, new ArrayList<>()));
    }
    var past = pastCount;
    if (!coming.isEmpty() && !pastEvents.isEmpty()) {
      ownSpace(coming, pastEvents.getFirst(), people, today);
    }
    transactions.executeWithoutResult(s -> audit.record(Change.of("DEMO_REGISTRATION_GENERATED", "registration", "demo",
        Map.of("participants", people.size(), "nominations", counter + past, "seed", SEED))));
    log.info("Demo registrations: {} participants, {} nominations on coming events, {} on past events", people.size(), counter, past);
  }

  /**
   * The demo participant's own space: Georgia's coordinator keeps "Nino Beridze" and links her record to the demo
   * account {@code geo.participant}; she has a seat offered (a colleague cancelled), a confirmed nomination, and
   * a past event she attended (certificate issued, feedback still to give). Drawn after everything else, so that
   * the rest of the demo stays as it was.
   */
  private void ownSpace(List<Event> coming, UUID pastEvent, List<Participant> people, LocalDate today) {
    var account = accounts.visible("GEO").stream().filter(u -> u.username().equals(DEMO_PARTICIPANT)).findFirst();
    if (account.isEmpty()) {
      return; // no demo accounts (an installation filled without them)
    }
    var nino = register.addParticipant(new ParticipantRegister.NewParticipant("GEO", "Beridze", "Nino", "Captain",
        "Ministry of Defence", "nino.beridze@geo.example", List.of("en", "fr"), "FEMALE", true));
    register.linkAccount(nino.id(), account.get().id());
    // a seat offered: one seat, a colleague confirmed before her, who then cancels
    var colleague = people.stream().filter(p -> p.nation().equals("GEO")).findFirst().orElseThrow();
    var starts = today.plusDays(30);
    var small = catalogue.addEvent(coming.getFirst().activity(), new Catalogue.NewEvent(starts, starts.plusDays(2), "Tbilisi", "GEO",
        1, today.minusDays(5), today.plusDays(20), null));
    var first = registrations.nominate(small.id(), colleague.id());
    var mine = registrations.nominate(small.id(), nino.id());
    registrations.move(first.id(), "CONFIRMED");
    registrations.move(mine.id(), "WAITLISTED");
    registrations.move(first.id(), "CANCELLED");
    // a confirmed seat at another coming event
    if (coming.size() > 1) {
      var confirmed = registrations.nominate(coming.get(1).id(), nino.id());
      registrations.move(confirmed.id(), "CONFIRMED");
    }
    // a past event she attended: the certificate is there, her feedback is not yet
    transactions.executeWithoutResult(s -> {
      var invitation = nominations.invitation(pastEvent).orElseThrow();
      var startsOn = nominations.startsOn(pastEvent).orElseThrow();
      var id = UUID.nameUUIDFromBytes((pastEvent + "/" + nino.id()).getBytes());
      var at = startsOn.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
      nominations.insert(id, invitation, "GEO", List.of(), nino.id(), "demo", at);
      nominations.move(id, NominationState.CONFIRMED, at.plusSeconds(86_400));
      nominations.move(id, NominationState.ATTENDED, startsOn.atStartOfDay().toInstant(ZoneOffset.UTC));
      certificates.issue(id);
    });
  }

  /** Every state: confirmed, waitlisted, declined, cancelled, an offer pending and one expired, some undecided. */
  private int comingEvent(Event event, List<Participant> people, Random random) {
    var chosen = new ArrayList<>(people);
    java.util.Collections.shuffle(chosen, random);
    var seats = Math.min(event.seats(), 6);
    var made = new ArrayList<Nomination>();
    for (var person : chosen.subList(0, seats + 6)) {
      try {
        made.add(registrations.nominate(event.id(), person.id()));
      } catch (RuntimeException notEligible) {
        // not eligible for this activity, or the nation's quota: the demo goes on with the others
      }
    }
    var confirmed = 0;
    for (var n : made) {
      if (made.indexOf(n) == made.size() - 1) {
        break; // the last stays NOMINATED, for the provider to decide
      }
      try {
        var to = confirmed < seats ? "CONFIRMED" : made.indexOf(n) % 4 == 0 ? "DECLINED" : "WAITLISTED";
        registrations.move(n.id(), to);
        if (to.equals("CONFIRMED")) confirmed++;
      } catch (RuntimeException full) {
        registrations.move(n.id(), "WAITLISTED");
      }
    }
    // a nation cancels a confirmed seat: it is offered to the head of the waitlist
    made.stream().filter(n -> registrations.nomination(n.id()).state() == NominationState.CONFIRMED).findFirst()
        .ifPresent(n -> registrations.move(n.id(), "CANCELLED"));
    return made.size();
  }

  /** A past event: nominations confirmed before it, attendance, certificates, feedback and a report. */
  private int pastEvent(String activity, LocalDate starts, List<Participant> people, Random random, List<UUID> made) {
    var event = catalogue.addEvent(activity, new Catalogue.NewEvent(starts, starts.plusDays(4), "Oberammergau", "DEU", 12,
        starts.minusDays(90), starts.minusDays(21), null));
    made.add(event.id());
    nominations.openByDefault(event);
    var invitation = nominations.invitation(event.id()).orElseThrow();
    var chosen = new ArrayList<>(people);
    java.util.Collections.shuffle(chosen, random);
    var at = starts.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
    var count = 0;
    for (var person : chosen.subList(0, 10)) {
      var id = UUID.nameUUIDFromBytes((event.id() + "/" + person.id()).getBytes());
      nominations.insert(id, invitation, person.nation(), List.of(), person.id(), "demo", at);
      nominations.move(id, NominationState.CONFIRMED, at.plusSeconds(86_400));
      var absent = count == 0 || random.nextInt(6) == 0;
      nominations.move(id, absent ? NominationState.NO_SHOW : NominationState.ATTENDED, starts.atStartOfDay().toInstant(ZoneOffset.UTC));
      if (!absent) {
        certificates.issue(id);
        if (random.nextInt(4) != 0) {
          jdbc.sql("""
                  insert into registration_feedback (nomination, event_id, nation, relevance, quality, organisation, comments, submitted_at)
                  values (:id, :event, :nation, :r, :q, :o, :comments, :at)
                  """)
              .param("id", id).param("event", event.id()).param("nation", person.nation())
              .param("r", 2 + random.nextInt(4)).param("q", 2 + random.nextInt(4)).param("o", 1 + random.nextInt(5))
              .param("comments", random.nextBoolean() ? null : List.of("Very useful syndicate work.", "Too much theory, not enough exercises.",
                  "Excellent speakers.", "Trop de présentations, pas assez d’échanges.").get(random.nextInt(4)))
              .param("at", Nominations.utc(starts.plusDays(6).atStartOfDay().toInstant(ZoneOffset.UTC)))
              .update();
        }
      }
      count++;
    }
    jdbc.sql("""
            insert into registration_report (event_id, provider, text_en, text_fr, filed_by, filed_at)
            values (:event, :provider, :en, :fr, 'demo', :at)
            """)
        .param("event", event.id()).param("provider", event.provider())
        .param("en", "The course met its objectives; syndicate work was the strongest part. Next time: more exercises.")
        .param("fr", "Le cours a atteint ses objectifs ; le travail en groupes a été le point fort. La prochaine fois : plus d’exercices.")
        .param("at", Nominations.utc(starts.plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC)))
        .update();
    return count;
  }
}
