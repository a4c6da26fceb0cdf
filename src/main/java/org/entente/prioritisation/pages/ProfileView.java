package org.entente.prioritisation.pages;

import java.util.List;
import java.util.Map;
import org.entente.prioritisation.Consideration;
import org.entente.prioritisation.Profile;
import org.entente.prioritisation.ProfileValue;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** A partner's profile with its evidence and history, and staff's forms. */
public record ProfileView(Profile profile, List<Consideration> considerations, List<ProfileValue> history, boolean keeps,
    @Nullable String notice, Map<String, Violation> errors, Map<String, String> typed) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }
}
