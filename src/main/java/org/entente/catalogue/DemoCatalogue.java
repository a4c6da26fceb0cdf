package org.entente.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.database.DemoData;
import org.entente.database.SystemWork;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** In demo mode, an empty menu is filled with about 1,500 activities and 3,000 events over two years. */
@Component
@Order(1)
class DemoCatalogue implements DemoData {

  static final long SEED = 20110415L; // the day of the Berlin partnership policy
  private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

  private final Directory directory;
  private final Activities activities;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final Clock clock;
  private final int size;

  DemoCatalogue(Directory directory, Activities activities, JdbcClient jdbc,
      TransactionTemplate transactions, AuditTrail audit, Clock clock,
      @Value("${entente.demo.activities:1500}") int size) {
    this.directory = directory;
    this.activities = activities;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
    this.size = size;
  }

  @Override
  public String table() {
    return "catalogue_activity";
  }

  /** An empty menu in demo mode gets about 1,500 activities. */
  @Override
  public void fill() {
    SystemWork.run("demo catalogue", () -> transactions.executeWithoutResult(s -> generate(SEED, size)));
  }

  /**
   * Adds {@code count} generated activities (codes prefixed by a round number so that runs add rather than
   * clash); for demonstrations and for the benchmark's 100× menu.
   */
  int generate(long seed, int count) {
    return generate(seed, count, CatalogueGenerator.EVENTS_PER_ACTIVITY);
  }

  /** Like {@link #generate(long, int)} with {@code eventsPerActivity} events per activity on average. */
  int generate(long seed, int count, int eventsPerActivity) {
    // codes of a later batch carry the number of activities before it, so that batches never clash
    var round = jdbc.sql("select count(*) from catalogue_activity").query(Long.class).single();
    var generated = CatalogueGenerator.generate(seed + round, count, eventsPerActivity, providers(),
        directory.areasOfCooperation(), directory.priorityAreas(), LocalDate.now(clock));
    var events = 0;
    for (var g : generated) {
      var a = g.activity();
      var activity = round == 0 ? a : new Activity("R" + round + "-" + a.code(), a.provider(), a.type(), a.format(), a.title(),
          a.summary(), a.description(), a.objectives(), a.languages(), a.durationDays(), a.areas(), a.priorityAreas(),
          a.marking(), a.eligibility(), a.status(), a.statusReason(), a.revision());
      activities.insert(activity);
      for (var event : g.events()) {
        activities.insertEvent(activity.code(), event);
        events++;
      }
    }
    audit.record(Change.of("DEMO_CATALOGUE_GENERATED", "catalogue", "demo",
        Map.of("activities", generated.size(), "events", events, "seed", seed + round)));
    log.info("Generated {} activities and {} events", generated.size(), events);
    return events;
  }

  /** The directory's institutions, and a few nations that offer national activities. */
  private java.util.List<CatalogueGenerator.Provider> providers() {
    var providers = new ArrayList<CatalogueGenerator.Provider>();
    var today = directory.today();
    for (var organisation : directory.organisations(today, OrganisationKind.INSTITUTION, null)) {
      var place = CatalogueGenerator.places.get(organisation.code());
      if (place == null && organisation.belongsTo() != null) {
        place = CatalogueGenerator.places.get(organisation.belongsTo());
      }
      if (place != null) {
        providers.add(new CatalogueGenerator.Provider(organisation.code(), place[0], place[1]));
      }
    }
    for (var nation : new String[] {"DEU", "FRA", "USA", "ROU", "TUR", "SWE", "AUT", "CHE", "GEO", "JOR", "QAT", "UKR"}) {
      var place = CatalogueGenerator.places.get(nation);
      providers.add(new CatalogueGenerator.Provider(nation, place[0], place[1]));
    }
    return providers;
  }
}
