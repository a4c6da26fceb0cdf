package org.entente.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The shape of every list the API returns: {@code {"items":[…],"total":N}}; a list read a page at a time
 * ({@link Paging}) also says {@code "page"} and {@code "size"}, and its {@code total} counts every match.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Listing<T>(List<T> items, long total, @Nullable Integer page, @Nullable Integer size) {

  public Listing(List<T> items, long total) {
    this(items, total, null, null);
  }

  /** A complete list: its total is its size. */
  public static <T> Listing<T> of(List<T> items) {
    return new Listing<>(items, items.size());
  }

  /** One page of a longer list. */
  public static <T> Listing<T> page(List<T> items, long total, Paging paging) {
    return new Listing<>(List.copyOf(items), total, paging.page(), paging.size());
  }

  /** The same page with each item changed (e.g. completed from another table). */
  public <R> Listing<R> map(Function<List<T>, List<R>> change) {
    return new Listing<>(change.apply(items), total, page, size);
  }
}
