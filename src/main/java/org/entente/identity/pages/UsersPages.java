package org.entente.identity.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Role;
import org.entente.identity.User;
import org.entente.identity.UserAccounts;
import org.entente.identity.UserAccounts.NewMembership;
import org.entente.identity.UserAccounts.NewUser;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Conflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The accounts pages: the list a caller may see (administrators also create accounts there), and one
 * account with its memberships. A refused form comes back with each field's message and what was typed.
 */
@Controller
class UsersPages {

  private final UserAccounts accounts;

  UsersPages(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/users")
  String list(@RequestParam(defaultValue = "") String organisation, Model model) {
    return render(model, organisation, new UserForm("", "", "", "", ""), Map.of());
  }

  @PostMapping("/users")
  String create(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String organisation,
      @RequestParam(defaultValue = "") String role,
      Model model) {
    var form = new UserForm(username, displayName, email, organisation, role);
    try {
      var user =
          accounts.create(new NewUser(username, password, displayName, email, List.of(new NewMembership(organisation, role))));
      return "redirect:/users/" + user.id();
    } catch (InvalidInput invalid) {
      return render(model, "", form, errors(invalid));
    } catch (Conflict conflict) {
      return render(model, "", form,
          Map.of("username", new Violation("username", conflict.messageKey(), conflict.arguments())));
    }
  }

  @GetMapping("/users/{id}")
  String one(@PathVariable UUID id, Model model) {
    return renderUser(model, accounts.find(id), Map.of());
  }

  @PostMapping("/users/{id}/unlock")
  String unlock(@PathVariable UUID id) {
    accounts.unlock(id);
    return "redirect:/users/" + id;
  }

  @PostMapping("/users/{id}/memberships")
  String addMembership(@PathVariable UUID id, @RequestParam(defaultValue = "") String organisation,
      @RequestParam(defaultValue = "") String role, Model model) {
    try {
      accounts.addMembership(id, new NewMembership(organisation, role));
      return "redirect:/users/" + id;
    } catch (InvalidInput invalid) {
      return renderUser(model, accounts.find(id), errors(invalid));
    }
  }

  @PostMapping("/users/{id}/memberships/remove")
  String removeMembership(@PathVariable UUID id, @RequestParam String organisation, @RequestParam Role role, Model model) {
    try {
      accounts.removeMembership(id, organisation, role);
      return "redirect:/users/" + id;
    } catch (Conflict conflict) {
      return renderUser(model, accounts.find(id),
          Map.of("memberships", new Violation("memberships", conflict.messageKey(), conflict.arguments())));
    }
  }

  @PostMapping("/users/{id}/grants/{grant}/confirm")
  String confirm(@PathVariable UUID id, @PathVariable UUID grant, Model model) {
    try {
      accounts.confirm(grant);
      return "redirect:/users/" + id;
    } catch (Conflict conflict) {
      return renderUser(model, accounts.find(id),
          Map.of("memberships", new Violation("memberships", conflict.messageKey(), conflict.arguments())));
    }
  }

  @PostMapping("/users/{id}/grants/{grant}/withdraw")
  String withdraw(@PathVariable UUID id, @PathVariable UUID grant) {
    accounts.withdraw(grant);
    return "redirect:/users/" + id;
  }

  private String render(Model model, String organisation, UserForm form, Map<String, Violation> errors) {
    var filter = organisation.isBlank() ? null : organisation.strip();
    model.addAttribute("view", new UsersView(accounts.visible(filter), organisation, form, errors, List.of(Role.values())));
    return "identity/users";
  }

  private String renderUser(Model model, User user, Map<String, Violation> errors) {
    var pending = org.entente.access.Callers.current()
        .filter(c -> c.has(org.entente.access.Permission.MANAGE_USERS_GLOBALLY))
        .map(c -> accounts.pendingGrants(user.id()))
        .orElse(List.of());
    model.addAttribute("view", new UserView(user, errors, List.of(Role.values()), pending));
    return "identity/user";
  }

  /** Field name (as the form names it) to what is wrong with it; membership fields under their own name. */
  private static Map<String, Violation> errors(InvalidInput invalid) {
    var errors = new LinkedHashMap<String, Violation>();
    for (var violation : invalid.violations()) {
      var field = violation.name().replaceFirst("^memberships\\[0]\\.|^membership\\.", "");
      // a page names the choice in words; the list of codes is for the API
      errors.putIfAbsent(field, field.equals("role") && violation.messageKey().equals("problem.one-of")
          ? new Violation(field, "users.role.required", List.of()) : violation);
    }
    return errors;
  }
}
