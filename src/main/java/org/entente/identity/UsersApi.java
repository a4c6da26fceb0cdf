package org.entente.identity;

import java.net.URI;
import java.util.UUID;
import org.entente.access.Role;
import org.entente.web.Listing;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts over HTTP; what each caller sees is decided by {@link UserAccounts} and again by the database. */
@RestController
@RequestMapping("/api/v1/users")
class UsersApi {

  private final UserAccounts accounts;

  UsersApi(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @PostMapping
  ResponseEntity<User> create(@RequestBody UserAccounts.NewUser request) {
    var user = accounts.create(request);
    return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
  }

  @GetMapping
  Listing<User> list(@RequestParam(required = false) @Nullable String organisation) {
    return Listing.of(accounts.visible(organisation == null || organisation.isBlank() ? null : organisation));
  }

  @GetMapping("/me")
  User me() {
    return accounts.me();
  }

  @GetMapping("/{id}")
  User one(@PathVariable UUID id) {
    return accounts.find(id);
  }

  @PostMapping("/{id}/unlock")
  User unlock(@PathVariable UUID id) {
    return accounts.unlock(id);
  }

  @PostMapping("/{id}/memberships")
  User addMembership(@PathVariable UUID id, @RequestBody UserAccounts.NewMembership membership) {
    return accounts.addMembership(id, membership);
  }

  @DeleteMapping("/{id}/memberships/{organisation}/{role}")
  User removeMembership(@PathVariable UUID id, @PathVariable String organisation, @PathVariable Role role) {
    return accounts.removeMembership(id, organisation.toUpperCase(java.util.Locale.ROOT), role);
  }
}
