package org.entente.emergencies;

import java.util.List;

/** One page of a list: the items, how many there are in all, and which page of which size this is (from 0). */
public record Paged<T>(List<T> items, long total, int page, int size) {

  public Paged {
    items = List.copyOf(items);
  }
}
