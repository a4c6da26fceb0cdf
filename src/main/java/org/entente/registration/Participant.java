package org.entente.registration;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person a nation may nominate, kept by that nation.
 *
 * @param gender optional, for the Women, Peace and Security statistics
 * @param listConsent whether the person agreed to appear on participant lists
 * @param account the person's own account, once their coordinator linked it (they then see their own space)
 */
public record Participant(
    UUID id,
    String nation,
    String familyName,
    String givenName,
    @Nullable String rank,
    @Nullable String organisation,
    String email,
    List<String> languages,
    @Nullable String gender,
    boolean listConsent,
    @Nullable UUID account) {

  public Participant {
    languages = List.copyOf(languages);
  }

  /** The language to write to this person in: French if it is their first of the two, else English. */
  public String writingLanguage() {
    return languages.stream().filter(l -> l.equals("fr") || l.equals("en")).findFirst().orElse("en");
  }
}
