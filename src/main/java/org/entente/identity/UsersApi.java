package org.entente.identity;

import java.net.URI;
import java.util.UUID;
import org.entente.access.Role;
import org.entente.web.Listing;
import org.entente.web.Paging;
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

  /** Grants of ADMIN, AUDITOR and COUNCIL_SECRETARIAT awaiting a second administrator. */
  @RestController
  @RequestMapping("/api/v1/pending-grants")
  static class PendingGrants {
    private final UserAccounts accounts;

    PendingGrants(UserAccounts accounts) {
      this.accounts = accounts;
    }

    @GetMapping
    Listing<UserAccounts.PendingGrant> list(@RequestParam(required = false) @Nullable UUID user) {
      return Listing.of(accounts.pendingGrants(user));
    }

    @PostMapping("/{id}/confirm")
    User confirm(@PathVariable UUID id) {
      return accounts.confirm(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
      accounts.withdraw(id);
      return ResponseEntity.noContent().build();
    }
  }

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
  Listing<User> list(@RequestParam(required = false) @Nullable String organisation, Paging paging) {
    return accounts.visible(organisation == null || organisation.isBlank() ? null : organisation, paging);
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

  /** 200 with the account when granted at once; 202 with the pending grant when a second administrator must confirm. */
  @PostMapping("/{id}/memberships")
  ResponseEntity<?> addMembership(@PathVariable UUID id, @RequestBody UserAccounts.NewMembership membership) {
    var change = accounts.addMembership(id, membership);
    return change.pending() == null
        ? ResponseEntity.ok(change.user())
        : ResponseEntity.accepted().location(URI.create("/api/v1/pending-grants/" + change.pending().id())).body(change.pending());
  }

  @DeleteMapping("/{id}/memberships/{organisation}/{role}")
  User removeMembership(@PathVariable UUID id, @PathVariable String organisation, @PathVariable Role role) {
    return accounts.removeMembership(id, organisation.toUpperCase(java.util.Locale.ROOT), role);
  }
}
