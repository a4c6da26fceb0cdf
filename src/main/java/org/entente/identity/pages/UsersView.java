package org.entente.identity.pages;

import java.util.List;
import java.util.Map;
import org.entente.access.Role;
import org.entente.identity.User;

/** The accounts list, and the form to create one, as typed so far. */
public record UsersView(
    List<User> users, String organisation, UserForm form, Map<String, String> errors, List<Role> roles) {

  public String error(String field) {
    return errors.get(field);
  }
}
