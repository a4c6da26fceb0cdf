package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cache of menu search answers (issue 20, V117) never serves one caller's answer to a caller who sees another
 * menu, and never an answer older than the menu: each answer is compared with the statements run afresh
 * ({@link MenuSearchBefore}) by the same caller at the same moment, and the cache is shown to be at work (the same
 * answer object comes back), so that the comparisons are not vacuous.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class MenuCacheIntegrationTest {

  @Autowired MenuSearch search;
  @Autowired MenuCache cache;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private static final Caller GEO = Callers.demo("GEO", Role.NATIONAL_COORDINATOR);
  private static final Caller GEO_PARTICIPANT = Callers.demo("GEO", Role.PARTICIPANT);
  private static final Caller JOR = Callers.demo("JOR", Role.NATIONAL_COORDINATOR);
  private static final Caller NSO = Callers.demo("NSO", Role.PROVIDER_MANAGER);

  private static MenuSearch.Query query(@Nullable String q) {
    return new MenuSearch.Query(q, null, null, null, null, null, null, null, null, null, null, null, 0, 20);
  }

  private static <T> T as(Caller caller, Supplier<T> work) {
    return Callers.callAs(caller, work);
  }

  /** The answer of the statements themselves, without the cache, as the application runs them (read-only). */
  private MenuSearch.Results fresh(Caller caller, MenuSearch.Query query) {
    var readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    return as(caller, () -> readOnly.execute(status -> new MenuSearchBefore(jdbc).activities(query)));
  }

  private static void assertSameAnswer(MenuSearch.Results actual, MenuSearch.Results expected, String what) {
    assertThat(actual.items().stream().map(h -> h.activity().code() + " " + h.nextEvent()).toList())
        .as("the page: " + what).isEqualTo(expected.items().stream().map(h -> h.activity().code() + " " + h.nextEvent()).toList());
    assertThat(actual.total()).as("the total: " + what).isEqualTo(expected.total());
    for (var facet : expected.facets().keySet()) {
      assertThat(List.copyOf(actual.facets().get(facet).entrySet())).as("facet " + facet + ": " + what)
          .isEqualTo(List.copyOf(expected.facets().get(facet).entrySet()));
    }
  }

  @Test
  void twoNationsThatSeeDifferentMenusNeverShareAnAnswer() {
    for (var q : new String[] {"security", null}) {
      var query = query(q);
      var geo = as(GEO, () -> search.activities(query));
      var jor = as(JOR, () -> search.activities(query)); // right after Georgia's answer was kept
      assertThat(jor.total()).as("the two nations see different menus for %s", q).isNotEqualTo(geo.total());
      assertSameAnswer(geo, fresh(GEO, query), "Georgia, " + q);
      assertSameAnswer(jor, fresh(JOR, query), "Jordan, " + q);
      // the cache is at work: the same answer again, and to a caller of Georgia who sees what the coordinator sees
      assertThat(as(GEO, () -> search.activities(query))).isSameAs(geo);
      assertThat(as(GEO_PARTICIPANT, () -> search.activities(query))).isSameAs(geo);
      assertThat(as(JOR, () -> search.activities(query))).isSameAs(jor).isNotSameAs(geo);
    }
  }

  /** Requests that miss the same answer at the same time wait for one computation of it. */
  @Test
  void simultaneousRequestsComputeAnAnswerOnce() throws Exception {
    var query = query("security -" + java.util.UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x"));
    var before = cache.computations();
    var start = new java.util.concurrent.CountDownLatch(1);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
      var answers = new java.util.ArrayList<java.util.concurrent.Future<MenuSearch.Results>>();
      for (var i = 0; i < 6; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return as(GEO, () -> search.activities(query));
        }));
      }
      start.countDown();
      var first = answers.getFirst().get(120, java.util.concurrent.TimeUnit.SECONDS);
      for (var answer : answers) {
        assertThat(answer.get(120, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(first);
      }
      assertSameAnswer(first, fresh(GEO, query), "six at once");
    }
    assertThat(cache.computations() - before).as("computed once").isEqualTo(1);
  }

  @Test
  void aChangeOfTheMenuIsSeenAtOnce() {
    var nso = as(GEO, () -> search.activities(new MenuSearch.Query(null, null, null, null, "NSO", null, null, null, null, null, null, null, 0, 20)));
    assertThat(nso.items()).as("Georgia sees NSO's published activities").isNotEmpty();
    var code = nso.items().getFirst().activity().code();
    var word = query("quokka");
    assertThat(as(GEO, () -> search.activities(word)).total()).isZero();
    assertThat(as(GEO, () -> search.activities(word))).as("kept").isSameAs(as(GEO, () -> search.activities(word)));
    var title = jdbc.sql("select title_en from catalogue_activity where code = :code").param("code", code).query(String.class).optional();
    var write = new TransactionTemplate(transactions);

    // a write that searches before it rolls back: its own change is not kept for anyone
    as(NSO, () -> write.execute(status -> {
      jdbc.sql("update catalogue_activity set title_en = 'Quokka handling' where code = :code").param("code", code).update();
      assertThat(search.activities(word).total()).as("the writer sees its change").isEqualTo(1);
      status.setRollbackOnly();
      return null;
    }));
    assertThat(as(GEO, () -> search.activities(word)).total()).as("after the rollback").isZero();

    // the provider renames its activity: the next search finds it
    as(NSO, () -> write.execute(status -> jdbc.sql("update catalogue_activity set title_en = 'Quokka handling' where code = :code")
        .param("code", code).update()));
    try {
      var found = as(GEO, () -> search.activities(word));
      assertThat(found.total()).isEqualTo(1);
      assertThat(found.items().getFirst().activity().code()).isEqualTo(code);
      assertSameAnswer(found, fresh(GEO, word), "after the rename");
    } finally {
      as(NSO, () -> write.execute(status -> jdbc.sql("update catalogue_activity set title_en = :title where code = :code")
          .param("title", title.orElse(null)).param("code", code).update()));
    }
    assertThat(as(GEO, () -> search.activities(word)).total()).as("renamed back").isZero();

    // an event added far ahead, then moved to the past: the month facet of the whole menu follows
    var browse = query(null);
    var day = LocalDate.now().plusYears(7).withDayOfMonth(10);
    var month = day.toString().substring(0, 7);
    assertThat(as(GEO, () -> search.activities(browse)).facets().get("month")).doesNotContainKey(month);
    var id = as(NSO, () -> write.execute(status -> jdbc.sql("insert into catalogue_event (activity, starts_on, ends_on, seats,"
            + " nominations_open, nominations_close) values (:code, :day, :day, 10, current_date, :day) returning id")
        .param("code", code).param("day", day).query(java.util.UUID.class).single()));
    try {
      var withEvent = as(GEO, () -> search.activities(browse));
      assertThat(withEvent.facets().get("month")).containsEntry(month, 1L);
      assertSameAnswer(withEvent, fresh(GEO, browse), "with the new event");
    } finally {
      // events are not deleted (the application role may not): it moves to a day long past, out of every facet
      as(NSO, () -> write.execute(status -> jdbc.sql("update catalogue_event set starts_on = current_date - 1000,"
          + " ends_on = current_date - 1000, nominations_open = current_date - 1000, nominations_close = current_date - 1000"
          + " where id = :id").param("id", id).update()));
    }
    var without = as(GEO, () -> search.activities(browse));
    assertThat(without.facets().get("month")).doesNotContainKey(month);
    assertSameAnswer(without, fresh(GEO, browse), "without it");
  }

  /**
   * The visibility the cache is keyed by holds every caller-dependent value the read policies use: each
   * "(SELECT f(…))" of catalogue_activity's SELECT policies (the parts PostgreSQL computes once per statement
   * from the caller) is in catalogue_visibility(), nothing else in them reads the caller or the date, and the
   * events' read policy is only their activity's. A policy changed without the visibility fails here.
   */
  @Test
  void theVisibilityHoldsEverythingTheReadPolicyReadsOfTheCaller() {
    var activityPolicies = jdbc.sql("select qual from pg_policies where tablename = 'catalogue_activity' and cmd in ('SELECT', 'ALL')")
        .query(String.class).list();
    assertThat(activityPolicies).hasSize(1);
    var visibility = jdbc.sql("select prosrc from pg_proc where proname = 'catalogue_visibility'").query(String.class).single()
        .replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    var callerParts = Pattern.compile("\\( SELECT ([a-z_]+\\((?:[^()]|\\([^()]*\\))*\\)) AS [a-z_]+\\)");
    Set<String> read = new HashSet<>();
    for (var qual : activityPolicies) {
      var matcher = callerParts.matcher(qual);
      while (matcher.find()) {
        read.add(matcher.group(1).replace("::text", "").replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT));
      }
      var rest = callerParts.matcher(qual).replaceAll("");
      assertThat(rest).as("the rest of the policy reads only the row").doesNotContainPattern("app_|current_|catalogue_|directory_");
    }
    assertThat(read).contains("app_is_system()", "catalogue_caller_partners()");
    for (var part : read) {
      assertThat(visibility).as("catalogue_visibility() holds %s", part).contains(part);
    }
    assertThat(visibility).contains("current_date");
    assertThat(jdbc.sql("select string_agg(qual, ' ') from pg_policies where tablename = 'catalogue_event' and cmd in ('SELECT', 'ALL')")
            .query(String.class).single().replaceAll("\\s+", " "))
        .isEqualTo("(EXISTS ( SELECT 1 FROM catalogue_activity a WHERE (a.code = catalogue_event.activity)))");
    assertThat(cache.enabled()).isTrue();
  }
}
