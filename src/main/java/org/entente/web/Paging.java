package org.entente.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list that can grow: {@code ?page=} (from 0) and {@code ?size=} (1 to {@value #MAX_SIZE},
 * {@value #DEFAULT_SIZE} when absent, so that a short list still comes whole). A controller takes it as a
 * parameter (read and checked by {@link PagingResolver}: a wrong value answers 400 naming it) and hands it to
 * its service, which reads the page with SQL {@code LIMIT}/{@code OFFSET} and counts every match
 * ({@link #query}); the answer is a {@link Listing} that says its page and size.
 */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 100;
  public static final int MAX_SIZE = 200;
  private static final int MAX_PAGE = 1_000_000;

  /** The first page at the default size. */
  public static final Paging FIRST = new Paging(0, DEFAULT_SIZE);

  public Paging {
    if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + ", size " + size);
    }
  }

  /** The page asked for as the caller wrote it (null when absent); every wrong value is named in one 400. */
  public static Paging of(@Nullable String page, @Nullable String size) {
    var violations = new ArrayList<InvalidInput.Violation>();
    int p = number(page, "page", 0, 0, MAX_PAGE, violations);
    int s = number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new Paging(p, s);
  }

  private static int number(@Nullable String value, String name, int absent, int min, int max,
      List<InvalidInput.Violation> violations) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      var n = Long.parseLong(value.strip());
      if (n >= min && n <= max) {
        return (int) n;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    violations.add(new InvalidInput.Violation(name, "problem.between", List.of(min, max)));
    return absent;
  }

  /** How many items come before this page. */
  public long offset() {
    return (long) page * size;
  }

  /** This page of a list held whole in memory (one computed in Java, never long). */
  public <T> Listing<T> slice(List<T> all) {
    var from = (int) Math.min(all.size(), offset());
    var to = (int) Math.min(all.size(), offset() + size);
    return Listing.page(all.subList(from, to), all.size(), this);
  }

  /** The page of these items, with the number of all that match. */
  public <T> Listing<T> listing(List<T> items, long total) {
    return Listing.page(items, total, this);
  }

  /**
   * Reads this page of a query with {@code LIMIT}/{@code OFFSET} and counts all its rows (the count is skipped
   * when the first page is not full). The query keeps its own {@code ORDER BY}, which must be total (end it
   * with a unique column) so that pages neither repeat nor skip a row.
   */
  public <T> Listing<T> query(JdbcClient jdbc, String sql, Map<String, ?> parameters, RowMapper<T> rows) {
    var items = jdbc.sql(sql + "\nlimit :paging_limit offset :paging_offset")
        .params(parameters)
        .param("paging_limit", size)
        .param("paging_offset", offset())
        .query(rows)
        .list();
    long total;
    if (page == 0 && items.size() < size) {
      total = items.size();
    } else {
      total = jdbc.sql("select count(*) from (\n" + sql + "\n) as counted").params(parameters).query(Long.class).single();
    }
    return Listing.page(items, total, this);
  }
}
