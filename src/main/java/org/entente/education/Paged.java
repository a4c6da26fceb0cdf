package org.entente.education;

import java.util.List;

/** One page of a list: {@code items}, the {@code total} the caller may see, and which page of what size. */
public record Paged<T>(List<T> items, long total, int page, int size) {

  public Paged {
    items = List.copyOf(items);
  }

  public int pages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }
}
