package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
 * The menu search answers exactly as it did before its redesign (issue 20): on the demo menu the catalogue's
 * generator makes (300 activities, the benchmark's generator), for callers who see different parts of it —
 * a partner's coordinator, another partner's, an Ally's, a provider, staff, nobody signed in — and queries of
 * every kind, the first page (items in order, with their next event and rank), the total and every facet count
 * equal those of the statements as they were ({@link MenuSearchBefore}), run in the same test, under the same
 * row-level security.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class MenuSearchComparisonIntegrationTest {

  @Autowired MenuSearch search;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private static final Map<String, @Nullable Caller> callers = new LinkedHashMap<>();

  static {
    callers.put("GEO coordinator (partner, EAPC/PfP)", Callers.demo("GEO", Role.NATIONAL_COORDINATOR));
    callers.put("JOR coordinator (partner, Mediterranean Dialogue)", Callers.demo("JOR", Role.NATIONAL_COORDINATOR));
    callers.put("DEU coordinator (Ally)", Callers.demo("DEU", Role.NATIONAL_COORDINATOR));
    callers.put("NSO provider manager", Callers.demo("NSO", Role.PROVIDER_MANAGER));
    callers.put("IS staff", Callers.demo("IS", Role.STAFF));
    callers.put("nobody signed in", null);
  }

  private static MenuSearch.Query query(String q, String sort, int page) {
    return new MenuSearch.Query(q, null, null, null, null, null, null, null, null, null, null, sort, page, 20);
  }

  /** The queries compared: words common, rare and French, none, with filters of every kind, later pages. */
  private List<MenuSearch.Query> queries(String area, String month, String priorityArea) {
    var queries = new ArrayList<MenuSearch.Query>();
    for (var word : List.of("security", "qat", "sécurité", "securite", "frontières", "formateurs", "cyber exercise",
        "\"staff exercise\"", "-course", "NSO-00017", "zzyzx")) {
      queries.add(query(word, null, 0));
    }
    queries.add(query("security", null, 1));
    queries.add(query("security", "title", 0));
    queries.add(query("security", "date", 2));
    queries.add(query(null, null, 0));
    queries.add(query(null, null, 1));
    queries.add(query(null, "title", 3));
    queries.add(query(null, "relevance", 0));
    queries.add(new MenuSearch.Query("security", null, null, "COURSE", null, "fr", null, null, null, null, null, null, 0, 20));
    queries.add(new MenuSearch.Query(null, area, null, null, null, null, null, null, null, month, null, null, 0, 20));
    queries.add(new MenuSearch.Query(null, null, priorityArea, null, "NSO", null, "RESIDENTIAL", "FRAMEWORKS", null, null, null, null, 0, 20));
    queries.add(new MenuSearch.Query("sécurité", null, null, null, null, null, "blended", null, "GEO", null, null, "title", 0, 20));
    queries.add(new MenuSearch.Query(null, null, null, null, null, "EN", null, null, "JOR", month, null, null, 1, 20));
    queries.add(new MenuSearch.Query(null, null, null, null, null, null, null, null, null, null, "DRAFT", null, 0, 20));
    queries.add(new MenuSearch.Query("security", null, null, null, null, null, null, null, null, null, "WITHDRAWN", null, 0, 20));
    return queries;
  }

  private <T> T as(@Nullable Caller caller, Supplier<T> work) {
    return caller == null ? work.get() : Callers.callAs(caller, work);
  }

  private MenuSearch.Results before(@Nullable Caller caller, MenuSearch.Query query) {
    var reference = new MenuSearchBefore(jdbc);
    var readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    return as(caller, () -> readOnly.execute(status -> reference.activities(query)));
  }

  /**
   * The hits with their rank as PostgreSQL computes it, a float4: the driver reads it as text ("0.6822294") for a
   * statement's first runs and in binary (0.6822293996810913) once it prepares it on the server.
   */
  private static List<MenuSearch.Hit> page(MenuSearch.Results results) {
    return results.items().stream().map(h -> new MenuSearch.Hit(h.activity(), h.nextEvent(), (float) h.rank())).toList();
  }

  @Test
  void everyCallerGetsTheSameAnswersAsBefore() {
    // filters taken from the menu itself, as staff see it: its biggest area and priority area, its busiest month
    var all = before(callers.get("IS staff"), query(null, null, 0));
    assertThat(all.total()).as("the demo menu").isGreaterThanOrEqualTo(300);
    var area = all.facets().get("area").keySet().iterator().next();
    var priorityArea = all.facets().get("priorityArea").keySet().iterator().next();
    var month = all.facets().get("month").entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

    var compared = 0;
    for (var caller : callers.entrySet()) {
      for (var query : queries(area, month, priorityArea)) {
        var expected = before(caller.getValue(), query);
        var actual = as(caller.getValue(), () -> search.activities(query));
        var what = caller.getKey() + ", " + query;
        assertThat(page(actual)).as("the page, in order: " + what).isEqualTo(page(expected));
        assertThat(actual.total()).as("the total: " + what).isEqualTo(expected.total());
        assertThat(actual.facets().keySet()).as("the facets: " + what).containsExactlyElementsOf(expected.facets().keySet());
        for (var facet : expected.facets().keySet()) {
          assertThat(List.copyOf(actual.facets().get(facet).entrySet()))
              .as("facet " + facet + " (counts and order): " + what)
              .isEqualTo(List.copyOf(expected.facets().get(facet).entrySet()));
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(callers.size() * queries(area, month, priorityArea).size());
  }

  /** The comparison is not vacuous: the callers see different menus, and the queries find things. */
  @Test
  void theComparedAnswersDiffer() {
    var geo = callers.get("GEO coordinator (partner, EAPC/PfP)");
    var jor = callers.get("JOR coordinator (partner, Mediterranean Dialogue)");
    var security = before(geo, query("security", null, 0));
    assertThat(security.total()).isPositive();
    assertThat(security.items()).hasSize((int) Math.min(20, security.total()));
    assertThat(security.facets().get("month")).isNotEmpty();
    assertThat(before(geo, query(null, null, 0)).total()).isNotEqualTo(before(jor, query(null, null, 0)).total());
    assertThat(before(null, query(null, null, 0)).total()).isLessThan(before(geo, query(null, null, 0)).total());
    assertThat(before(callers.get("IS staff"), query(null, null, 1)).items()).hasSize(20);
    assertThat(before(geo, query("sécurité", null, 0)).total()).isPositive();
    assertThat(before(geo, query("zzyzx", null, 0)).total()).isZero();
  }

  /**
   * On the embedded database (its owner is a superuser) the match is leakproof and the full-text indexes are
   * built for it, so that they serve searches under row-level security; ExternalPostgresIntegrationTest shows the
   * fallback on an owner that is not a superuser.
   */
  @Test
  void theMatchIsLeakproofAndIndexed() {
    assertThat(jdbc.sql("select bool_and(p.proleakproof) from pg_operator o join pg_proc p on p.oid = o.oprcode"
            + " where o.oprname = '@@@@' and o.oprleft = 'tsvector'::regtype")
        .query(Boolean.class).single()).isTrue();
    assertThat(jdbc.sql("select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid join pg_opclass k on k.oid = i.indclass[0]"
            + " where c.relname in ('catalogue_activity_search_en', 'catalogue_activity_search_fr') and k.opcname = 'catalogue_tsvector_ops'")
        .query(Long.class).single()).isEqualTo(2L);
  }

  /**
   * The days of an activity's events follow its events, written as a provider does (its policies, its role): an
   * event added, one moved, the next event and months read from them as from the events themselves. Rolled back.
   */
  @Test
  void theEventDaysFollowTheEvents() {
    var code = jdbc.sql("select code from catalogue_activity where provider = 'NSO' order by code limit 1")
        .query(String.class).optional();
    var provider = code.map(c -> Callers.demo("NSO", Role.PROVIDER_MANAGER));
    assertThat(provider).as("the demo menu has NSO activities").isPresent();
    var write = new TransactionTemplate(transactions);
    Callers.runAs(provider.get(), () -> write.executeWithoutResult(status -> {
      var activity = code.get();
      var days = "select coalesce(array_agg(starts_on order by starts_on), '{}')::text from catalogue_event where activity = :code";
      var kept = "select event_days::text from catalogue_activity where code = :code";
      jdbc.sql("insert into catalogue_event (activity, starts_on, ends_on, seats, nominations_open, nominations_close)"
              + " values (:code, current_date + 3, current_date + 4, 10, current_date - 30, current_date + 1)")
          .param("code", activity).update();
      jdbc.sql("insert into catalogue_event (activity, starts_on, ends_on, seats, nominations_open, nominations_close)"
              + " values (:code, current_date + 3, current_date + 5, 10, current_date - 30, current_date + 1)")
          .param("code", activity).update();
      assertThat(jdbc.sql(kept).param("code", activity).query(String.class).single())
          .isEqualTo(jdbc.sql(days).param("code", activity).query(String.class).single());
      // one of the two events of the same day moves a year on: the other keeps the day
      assertThat(jdbc.sql("update catalogue_event set starts_on = starts_on + 365, ends_on = ends_on + 365,"
              + " nominations_close = nominations_close + 1 where id = (select id from catalogue_event where activity = :code"
              + " and starts_on = current_date + 3 order by ends_on limit 1)").param("code", activity).update()).isEqualTo(1);
      assertThat(jdbc.sql(kept).param("code", activity).query(String.class).single())
          .isEqualTo(jdbc.sql(days).param("code", activity).query(String.class).single())
          .contains(java.time.LocalDate.now().plusDays(3).toString());
      assertThat(jdbc.sql("select (select min(d) from unnest(event_days) d where d >= current_date) from catalogue_activity where code = :code")
              .param("code", activity).query(java.time.LocalDate.class).single())
          .isEqualTo(java.time.LocalDate.now().plusDays(3));
      status.setRollbackOnly();
    }));
  }
}
