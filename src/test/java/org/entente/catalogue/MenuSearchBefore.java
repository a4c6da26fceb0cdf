package org.entente.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The menu's activity search as it was before the redesign of issue 20 (commit 0f6f521), its statements kept
 * verbatim: the reference oracle of {@link MenuSearchComparisonIntegrationTest}. Not used by the application.
 */
final class MenuSearchBefore {

  private final JdbcClient jdbc;

  MenuSearchBefore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Where(String sql, Map<String, Object> params) {}

  private static Where where(MenuSearch.Query query) {
    var clauses = new ArrayList<String>();
    var params = new LinkedHashMap<String, Object>();
    clauses.add("a.status = :status");
    params.put("status", blank(query.status()) ? "PUBLISHED" : query.status());
    if (!blank(query.q())) {
      clauses.add("(a.search_en @@ websearch_to_tsquery('english', :q)"
          + " or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)))");
      params.put("q", query.q());
    }
    addArray(clauses, params, "areas", "area", query.area());
    addArray(clauses, params, "priority_areas", "priorityArea", query.priorityArea());
    addArray(clauses, params, "languages", "language", query.language() == null ? null : query.language().toLowerCase());
    addEquals(clauses, params, "type", "type", query.type());
    addEquals(clauses, params, "provider", "provider", query.provider());
    addEquals(clauses, params, "format", "format", query.format());
    addEquals(clauses, params, "eligibility", "eligibility", query.eligibility());
    if (!blank(query.eligibleFor())) {
      clauses.add("catalogue_eligible(a, :eligibleFor)");
      params.put("eligibleFor", query.eligibleFor().toUpperCase());
    }
    if (!blank(query.month())) {
      clauses.add("exists (select 1 from catalogue_event e where e.activity = a.code and to_char(e.starts_on, 'YYYY-MM') = :month)");
      params.put("month", query.month());
    }
    return new Where(" where " + String.join(" and ", clauses), params);
  }

  private static void addEquals(List<String> clauses, Map<String, Object> params, String column, String name, @Nullable String value) {
    if (!blank(value)) {
      clauses.add("a." + column + " = :" + name);
      params.put(name, value.strip().toUpperCase());
    }
  }

  private static void addArray(List<String> clauses, Map<String, Object> params, String column, String name, @Nullable String value) {
    if (!blank(value)) {
      clauses.add(":" + name + " = any (a." + column + ")");
      params.put(name, name.equals("language") ? value.strip() : value.strip().toUpperCase());
    }
  }

  MenuSearch.Results activities(MenuSearch.Query query) {
    customPlans();
    var where = where(query);
    var rank = blank(query.q())
        ? "0"
        : "greatest(ts_rank(a.search_en, websearch_to_tsquery('english', :q)),"
            + " ts_rank(a.search_fr, websearch_to_tsquery('french', catalogue_unaccent(:q))))";
    var next = "(select min(e.starts_on) from catalogue_event e where e.activity = a.code and e.starts_on >= current_date)";
    var order = switch (blank(query.sort()) ? (blank(query.q()) ? "date" : "relevance") : query.sort()) {
      case "relevance" -> "rank desc, a.code";
      case "title" -> "coalesce(a.title_en, a.title_fr), a.code";
      default -> "next_event nulls last, a.code";
    };
    var items =
        bind(jdbc.sql("select a.*, " + rank + " as rank, " + next + " as next_event from catalogue_activity a" + where.sql()
                + " order by " + order + " limit :limit offset :offset"), where)
            .param("limit", query.size())
            .param("offset", (long) query.page() * query.size())
            .query((rs, n) -> new MenuSearch.Hit(Activities.activity(rs, n), rs.getObject("next_event", LocalDate.class), rs.getDouble("rank")))
            .list();
    var counted = facets(where);
    var total = counted.remove("total").getOrDefault("", 0L);
    return new MenuSearch.Results(items, total, counted, query.page(), query.size());
  }

  /**
   * The total and every facet in one statement: the filtered set is computed once (materialized) and
   * counted eight ways, rather than filtered again for each facet.
   */
  private Map<String, Map<String, Long>> facets(Where where) {
    var sql = "with hits as materialized (select a.code, a.areas, a.priority_areas, a.type, a.provider, a.languages,"
        + " a.format, a.eligibility from catalogue_activity a" + where.sql() + ")"
        + " select 'total' as facet, '' as value, count(*) as n from hits"
        + " union all select 'area', unnest(areas), count(*) from hits group by 2"
        + " union all select 'priorityArea', unnest(priority_areas), count(*) from hits group by 2"
        + " union all select 'type', type, count(*) from hits group by 2"
        + " union all select 'provider', provider, count(*) from hits group by 2"
        + " union all select 'language', unnest(languages), count(*) from hits group by 2"
        + " union all select 'format', format, count(*) from hits group by 2"
        + " union all select 'eligibility', eligibility, count(*) from hits group by 2"
        + " union all select 'month', to_char(e.starts_on, 'YYYY-MM'), count(distinct h.code) from hits h"
        + "   join catalogue_event e on e.activity = h.code where e.starts_on >= date_trunc('month', current_date) group by 2"
        + " order by 1, 3 desc, 2";
    var facets = new LinkedHashMap<String, Map<String, Long>>();
    for (var name : List.of("total", "area", "priorityArea", "type", "provider", "language", "format", "eligibility", "month")) {
      facets.put(name, new LinkedHashMap<>());
    }
    bind(jdbc.sql(sql), where)
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
        .list()
        .forEach(row -> facets.get((String) row[0]).put((String) row[1], (Long) row[2]));
    // months read best in calendar order
    var months = new java.util.TreeMap<>(facets.get("month"));
    facets.put("month", new LinkedHashMap<>(months));
    return facets;
  }

  /**
   * A generic plan (PostgreSQL's choice after five runs of a prepared statement) recomputes the search terms
   * for every row; searches plan each execution for its values. Only here: elsewhere re-planning costs more.
   */
  private void customPlans() {
    jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Where where) {
    for (var entry : where.params().entrySet()) {
      statement = statement.param(entry.getKey(), entry.getValue());
    }
    return statement;
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
