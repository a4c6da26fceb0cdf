package org.entente.identity;

import org.entente.web.Conflict;

/** An account with this username exists already. */
class UsernameTaken extends Conflict {

  UsernameTaken(String username) {
    super("user.username.taken", username);
  }
}
