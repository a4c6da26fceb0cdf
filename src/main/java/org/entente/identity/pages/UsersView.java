package org.entente.identity.pages;

import java.util.List;
import java.util.Map;
import org.entente.access.Role;
import org.entente.identity.User;
import org.entente.web.InvalidInput.Violation;

/** The accounts list, and the form to create one, as typed so far. */
public record UsersView(
    List<User> users, String organisation, UserForm form, Map<String, Violation> errors, List<Role> roles) {

  public Violation error(String field) {
    return errors.get(field);
  }
}
