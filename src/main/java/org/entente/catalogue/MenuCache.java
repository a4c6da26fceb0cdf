package org.entente.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exact answers of recent menu searches (issue 20), kept in this instance's memory and keyed by the menu's version,
 * the caller's visibility and the query — all three read by {@link MenuSearch} in the search's own transaction,
 * before the search (V117): a change of the menu raises the version, so an answer computed before the change is
 * never found again; two callers share an answer only when the read policy sees them alike (the same
 * organisations, roles, frameworks, day). Each instance keeps its own; instances agree through the database's
 * version. Least recently used answers go first beyond {@code entente.menu.cache-entries} (0: no cache).
 * Requests that miss the same key at the same time wait for one computation of it (single flight): after a change
 * of the menu, a popular query is computed once, not once per request in flight.
 */
@Component
class MenuCache {

  /** What an answer depends on: the menu's version, the caller's visibility (V117) and the query. */
  record Key(long version, String visibility, MenuSearch.Query query) {}

  private final int capacity;
  private final Map<Key, MenuSearch.Results> answers;
  private long version = Long.MIN_VALUE;

  MenuCache(@Value("${entente.menu.cache-entries:1000}") int capacity) {
    this.capacity = Math.max(capacity, 0);
    this.answers = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, MenuSearch.Results> eldest) {
        return size() > MenuCache.this.capacity;
      }
    };
  }

  private static final long WAIT_SECONDS = 120;
  private final Map<Key, CompletableFuture<MenuSearch.Results>> computing = new ConcurrentHashMap<>();
  private final AtomicLong computations = new AtomicLong();

  boolean enabled() {
    return capacity > 0;
  }

  /**
   * The kept answer, or the one another request is computing for the same key, or this request computes it (in
   * its own transaction, read after the key) and keeps it. A waiter whose computer fails computes for itself.
   */
  MenuSearch.Results answer(Key key, Supplier<MenuSearch.Results> compute) {
    var kept = get(key);
    if (kept != null) {
      return kept;
    }
    var mine = new CompletableFuture<MenuSearch.Results>();
    var running = computing.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.get(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return compute.get();
      } catch (ExecutionException | TimeoutException e) {
        return compute.get();
      }
    }
    try {
      var meanwhile = get(key); // kept by a computation that ended between the first look and now
      if (meanwhile != null) {
        mine.complete(meanwhile);
        return meanwhile;
      }
      computations.incrementAndGet();
      var computed = put(key, compute.get());
      mine.complete(computed);
      return computed;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      computing.remove(key, mine);
    }
  }

  /** How many answers this instance has computed for the cache (tests). */
  long computations() {
    return computations.get();
  }

  synchronized MenuSearch.@Nullable Results get(Key key) {
    return key.version() == version ? answers.get(key) : null;
  }

  /**
   * Keeps an answer computed after its key's version was read. A newer version drops every older answer; an
   * answer for an older version than the newest seen (a transaction that began before a change) is not kept.
   */
  synchronized MenuSearch.Results put(Key key, MenuSearch.Results results) {
    var kept = frozen(results);
    if (key.version() > version) {
      answers.clear();
      version = key.version();
    }
    if (key.version() == version) {
      answers.put(key, kept);
    }
    return kept;
  }

  synchronized int size() {
    return answers.size();
  }

  /** An answer shared by several callers: nothing in it can be changed. */
  private static MenuSearch.Results frozen(MenuSearch.Results results) {
    var facets = new LinkedHashMap<String, Map<String, Long>>();
    results.facets().forEach((name, counts) -> facets.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
    return new MenuSearch.Results(List.copyOf(results.items()), results.total(), Collections.unmodifiableMap(facets),
        results.page(), results.size());
  }
}
