package org.entente.notifications;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A notice to write: to an e-mail address (in its reader's language) and/or to the holders of some grants
 * in the application. Texts are message keys with arguments, rendered when read or sent.
 *
 * @param audience grants as {@code ORGANISATION:ROLE} whose holders see it in the application, or one person's
 *     account as {@code USER:<id>} ({@link #person})
 * @param onceKey if set, a second notice with the same key is not written (reminders)
 */
public record Notice(
    Set<String> audience,
    @Nullable String email,
    String language,
    String subjectKey,
    String bodyKey,
    List<String> arguments,
    @Nullable String link,
    @Nullable String onceKey) {

  public Notice {
    audience = Set.copyOf(audience);
    arguments = List.copyOf(arguments);
    language = "fr".equals(language) ? "fr" : "en";
  }

  /** An argument given in both languages (an activity's title): each reader reads it in theirs. */
  public static String inBothLanguages(org.entente.languages.BilingualText text) {
    return Arguments.bilingual(text);
  }

  /** The audience entry of one person's account: only they read the notice. */
  public static String person(java.util.UUID account) {
    return "USER:" + account;
  }
}
