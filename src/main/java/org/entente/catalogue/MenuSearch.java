package org.entente.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding activities and events: PostgreSQL full-text search in English and French (French without its
 * accents), ranked; filters that combine; facets with counts over what the filters leave. Row-level
 * security has already narrowed everything to what the caller may see, counts included.
 */
@Service
public class MenuSearch {

  static final int MAX_SIZE = 100;
  private final JdbcClient jdbc;
  private final MenuCache cache;

  MenuSearch(JdbcClient jdbc, MenuCache cache) {
    this.jdbc = jdbc;
    this.cache = cache;
  }

  /** What to look for; blank parts do not filter. */
  public record Query(
      @Nullable String q, @Nullable String area, @Nullable String priorityArea, @Nullable String type,
      @Nullable String provider, @Nullable String language, @Nullable String format, @Nullable String eligibility,
      @Nullable String eligibleFor, @Nullable String month, @Nullable String status, @Nullable String sort,
      int page, int size) {}

  /** One page of activities, how many match in all, and the facets of all that match. */
  public record Results(List<Hit> items, long total, Map<String, Map<String, Long>> facets, int page, int size) {}

  /** An activity found, with the date of its next event if any. */
  public record Hit(Activity activity, @Nullable LocalDate nextEvent, double rank) {}

  private record Where(String sql, Map<String, Object> params) {}

  private static Where where(Query query) {
    var clauses = new ArrayList<String>();
    var params = new LinkedHashMap<String, Object>();
    clauses.add("a.status = :status");
    params.put("status", blank(query.status()) ? "PUBLISHED" : query.status());
    if (!blank(query.q())) {
      // @@@@ is @@ declared leakproof (V101), so that the GIN indexes find the hits before the policy is tested
      clauses.add("(a.search_en @@@@ websearch_to_tsquery('english', :q)"
          + " or a.search_fr @@@@ websearch_to_tsquery('french', catalogue_unaccent(:q)))");
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
      clauses.add("exists (select 1 from unnest(a.event_days) d where to_char(d, 'YYYY-MM') = :month)");
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

  @Transactional(readOnly = true)
  public Results activities(Query query) {
    customPlans();
    // eligibleFor reads another nation's frameworks, which the menu's version does not follow: not cached
    if (!cache.enabled() || !blank(query.eligibleFor())) {
      return search(query);
    }
    // The version first, then the search: the answer reflects this version or a later one, never an earlier one.
    // Only a read-only transaction sees nothing but committed menus: one that wrote (even if it rolls back later)
    // would see its own version and changes, which no other caller may be served.
    var key = jdbc.sql("select (select version from catalogue_menu_version), catalogue_visibility(),"
            + " current_setting('transaction_read_only') = 'on'")
        .query((rs, n) -> java.util.Optional.ofNullable(rs.getBoolean(3) ? new MenuCache.Key(rs.getLong(1), rs.getString(2), query) : null))
        .single();
    if (key.isEmpty()) {
      return search(query);
    }
    return cache.answer(key.get(), () -> search(query));
  }

  private Results search(Query query) {
    var where = where(query);
    var rank = blank(query.q())
        ? "0"
        : "greatest(ts_rank(a.search_en, websearch_to_tsquery('english', :q)),"
            + " ts_rank(a.search_fr, websearch_to_tsquery('french', catalogue_unaccent(:q))))";
    // the days of the activity's events are kept on it (V101): no visit to the events and their policy per row
    var next = "(select min(d) from unnest(a.event_days) d where d >= current_date)";
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
            .query((rs, n) -> new Hit(Activities.activity(rs, n), rs.getObject("next_event", LocalDate.class), rs.getDouble("rank")))
            .list();
    var counted = facets(where);
    var total = counted.remove("total").getOrDefault("", 0L);
    return new Results(items, total, counted, query.page(), query.size());
  }

  /**
   * The total and every facet in one statement: the filtered set is computed once (materialized) and
   * counted eight ways, rather than filtered again for each facet.
   */
  private Map<String, Map<String, Long>> facets(Where where) {
    var sql = "with hits as materialized (select a.code, a.areas, a.priority_areas, a.type, a.provider, a.languages,"
        + " a.format, a.eligibility, a.event_days from catalogue_activity a" + where.sql() + ")"
        + " select 'total' as facet, '' as value, count(*) as n from hits"
        + " union all select 'area', unnest(areas), count(*) from hits group by 2"
        + " union all select 'priorityArea', unnest(priority_areas), count(*) from hits group by 2"
        + " union all select 'type', type, count(*) from hits group by 2"
        + " union all select 'provider', provider, count(*) from hits group by 2"
        + " union all select 'language', unnest(languages), count(*) from hits group by 2"
        + " union all select 'format', format, count(*) from hits group by 2"
        + " union all select 'eligibility', eligibility, count(*) from hits group by 2"
        + " union all select 'month', m, count(*) from hits,"
        + "   lateral (select distinct to_char(d, 'YYYY-MM') m from unnest(event_days) d where d >= date_trunc('month', current_date)) months group by 2"
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

  private void facet(Map<String, Map<String, Long>> facets, Where where, String name, String sql) {
    var counts = new LinkedHashMap<String, Long>();
    bind(jdbc.sql(sql), where).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    facets.put(name, counts);
  }

  /** What to look for among events. */
  public record EventQuery(
      @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q, @Nullable String area,
      @Nullable String provider, @Nullable String country, int page, int size) {}

  /** One page of events, how many match in all, and their facets. */
  public record EventResults(List<Event> items, long total, Map<String, Map<String, Long>> facets, int page, int size) {}

  @Transactional(readOnly = true)
  public EventResults events(EventQuery query) {
    return events(query, null);
  }

  /** {@link #events(EventQuery)} of the activities this nation is eligible for (when named). */
  @Transactional(readOnly = true)
  public EventResults events(EventQuery query, @Nullable String eligibleFor) {
    customPlans();
    var activityWhere = where(new Query(query.q(), query.area(), null, null, query.provider(), null, null, null, eligibleFor, null, null, null, 0, 1));
    var clauses = new ArrayList<String>(List.of(activityWhere.sql().substring(" where ".length())));
    var params = new LinkedHashMap<>(activityWhere.params());
    clauses.add("e.status = 'OPEN'");
    if (query.from() != null) {
      clauses.add("e.ends_on >= :from");
      params.put("from", query.from());
    }
    if (query.to() != null) {
      clauses.add("e.starts_on <= :to");
      params.put("to", query.to());
    }
    if (!blank(query.country())) {
      clauses.add("e.country = :country");
      params.put("country", query.country().toUpperCase());
    }
    var where = new Where(" where " + String.join(" and ", clauses), params);
    var from = " from catalogue_event e join catalogue_activity a on a.code = e.activity";
    var items = bind(jdbc.sql("select " + Activities.EVENT_COLUMNS + from + where.sql() + " order by e.starts_on, a.code limit :limit offset :offset"), where)
        .param("limit", query.size())
        .param("offset", (long) query.page() * query.size())
        .query(Activities::event)
        .list();
    var total = bind(jdbc.sql("select count(*)" + from + where.sql()), where).query(Long.class).single();
    var facets = new LinkedHashMap<String, Map<String, Long>>();
    facet(facets, where, "month", "select to_char(e.starts_on, 'YYYY-MM'), count(*)" + from + where.sql() + " group by 1 order by 1");
    facet(facets, where, "country", "select coalesce(e.country, '-'), count(*)" + from + where.sql() + " group by 1 order by 2 desc, 1");
    facet(facets, where, "provider", "select a.provider, count(*)" + from + where.sql() + " group by 1 order by 2 desc, 1");
    facet(facets, where, "area", "select unnest(a.areas), count(*)" + from + where.sql() + " group by 1 order by 2 desc, 1");
    return new EventResults(items, total, facets, query.page(), query.size());
  }

  /** Which of these activities the nation is eligible for today (of those the caller may see). */
  @Transactional(readOnly = true)
  public java.util.Set<String> eligibleAmong(List<String> codes, String nation) {
    if (codes.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(jdbc.sql("select a.code from catalogue_activity a where a.code = any (:codes) and catalogue_eligible(a, :nation)")
        .param("codes", codes.toArray(String[]::new)).param("nation", nation.toUpperCase()).query(String.class).list());
  }

  /** The nomination window of each activity's next event that has not begun (menu results say until when). */
  @Transactional(readOnly = true)
  public Map<String, Event> nextEvents(List<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    var next = new LinkedHashMap<String, Event>();
    jdbc.sql("select distinct on (a.code) " + Activities.EVENT_COLUMNS
            + " from catalogue_event e join catalogue_activity a on a.code = e.activity"
            + " where a.code = any (:codes) and e.status = 'OPEN' and e.starts_on >= current_date order by a.code, e.starts_on")
        .param("codes", codes.toArray(String[]::new))
        .query(Activities::event).list()
        .forEach(e -> next.put(e.activity(), e));
    return next;
  }

  /**
   * A generic plan (PostgreSQL's choice after five runs of a prepared statement) recomputes the search terms
   * for every row; searches plan each execution for its values. Only here: elsewhere re-planning costs more.
   * And room for the facets' hit set in memory: at 100× browsing it holds ~130,000 narrow rows (~25 MB), which at
   * the default 4 MB went to disk and was read back once per facet.
   */
  private void customPlans() {
    jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('work_mem', :memory, true)")
        .param("memory", SEARCH_WORK_MEM).query((rs, n) -> 0).list();
  }

  private static final String SEARCH_WORK_MEM = "64MB";

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
