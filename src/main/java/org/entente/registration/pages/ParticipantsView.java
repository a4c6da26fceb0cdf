package org.entente.registration.pages;

import java.util.List;
import java.util.Map;
import org.entente.identity.User;
import org.entente.registration.Participant;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator's participants: the list, and the form to add one (or to change one, with the account linked to
 * it), what was typed kept and each wrong field named.
 *
 * @param editing the participant being changed, or null on the list
 * @param accounts the nation's participant accounts that may be linked to {@code editing}
 * @param nations the nations the caller keeps participants for; empty when the caller may add them for any nation
 */
public record ParticipantsView(
    List<Participant> participants, Map<String, String> form, List<Violation> violations, @Nullable Participant editing,
    List<User> accounts, List<String> nations, @Nullable Outcome outcome) {

  public String typed(String field) {
    return form.getOrDefault(field, "");
  }

  public @Nullable Violation error(String field) {
    return violations.stream().filter(v -> v.name().equals(field)).findFirst().orElse(null);
  }

  /** The one nation a new participant can belong to, shown rather than asked (a blank nation means it). */
  public @Nullable String onlyNation() {
    return nations.size() == 1 ? nations.getFirst() : null;
  }

  public boolean consent() {
    return "true".equals(form.get("listConsent")) || "on".equals(form.get("listConsent"));
  }

  /** The username of the account linked to a participant, if the reader may see it. */
  public String accountName(Participant p) {
    if (p.account() == null) {
      return "";
    }
    return accounts.stream().filter(u -> u.id().equals(p.account())).map(User::username).findFirst().orElse("✓");
  }
}
