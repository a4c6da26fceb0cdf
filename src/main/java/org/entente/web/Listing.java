package org.entente.web;

import java.util.List;

/** The shape of every list the API returns: {@code {"items":[…],"total":N}}. */
public record Listing<T>(List<T> items, long total) {

  /** A complete list: its total is its size. */
  public static <T> Listing<T> of(List<T> items) {
    return new Listing<>(items, items.size());
  }
}
