package org.entente.catalogue.pages;

import java.io.Serializable;
import java.util.List;
import org.entente.catalogue.Activity;
import org.jspecify.annotations.Nullable;

/**
 * Staff's curation: the activities submitted for publication, published ones found by words (to withdraw), and
 * what the last decision came to.
 */
public record CurationView(List<Activity> submitted, long total, String q, List<Activity> published, @Nullable Outcome outcome) {

  /** Done, or refused with the reason in the reader's language (kept across the redirect, so strings only). */
  public record Outcome(String key, List<String> arguments, boolean refused) implements Serializable {

    public Outcome {
      arguments = List.copyOf(arguments);
    }

    public Object[] args() {
      return arguments.toArray();
    }
  }
}
