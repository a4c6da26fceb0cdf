package org.entente.identity.pages;

import java.util.List;
import java.util.Map;
import org.entente.access.Role;
import org.entente.identity.User;

/** One account with its memberships. */
public record UserView(User user, Map<String, String> errors, List<Role> roles) {

  public String error(String field) {
    return errors.get(field);
  }
}
