package org.entente.identity.pages;

import java.util.List;
import java.util.Map;
import org.entente.access.Role;
import org.entente.identity.User;
import org.entente.identity.UserAccounts;
import org.entente.web.InvalidInput.Violation;

/** One account with its memberships, and the grants awaiting a second administrator. */
public record UserView(User user, Map<String, Violation> errors, List<Role> roles, List<UserAccounts.PendingGrant> pending) {

  public Violation error(String field) {
    return errors.get(field);
  }
}
