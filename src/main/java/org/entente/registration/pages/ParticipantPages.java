package org.entente.registration.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.access.Role;
import org.entente.identity.User;
import org.entente.identity.UserAccounts;
import org.entente.registration.Participant;
import org.entente.registration.ParticipantRegister;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A national coordinator's participants: list, add, correct, consent to appear on lists, and the link to the
 * person's own account (the coordinator chooses it among the nation's PARTICIPANT accounts).
 */
@Controller
class ParticipantPages {

  private final ParticipantRegister register;
  private final UserAccounts accounts;
  private final Guard guard;

  ParticipantPages(ParticipantRegister register, UserAccounts accounts, Guard guard) {
    this.register = register;
    this.accounts = accounts;
    this.guard = guard;
  }

  @GetMapping("/registration/participants")
  String list(Model model) {
    return render(model, Map.of(), List.of(), null);
  }

  @PostMapping("/registration/participants")
  String add(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    try {
      var added = register.addParticipant(input(form));
      redirect.addFlashAttribute("outcome", Outcome.done("registration.participants.added", added.familyName() + ", " + added.givenName()));
      return "redirect:/registration/participants";
    } catch (InvalidInput invalid) {
      return render(model, form, invalid.violations(), null);
    }
  }

  @GetMapping("/registration/participants/{id}")
  String edit(@PathVariable UUID id, Model model) {
    var participant = register.participant(id);
    var form = new HashMap<String, String>();
    form.put("familyName", participant.familyName());
    form.put("givenName", participant.givenName());
    form.put("rank", participant.rank() == null ? "" : participant.rank());
    form.put("organisation", participant.organisation() == null ? "" : participant.organisation());
    form.put("email", participant.email());
    form.put("languages", String.join(" ", participant.languages()));
    form.put("gender", participant.gender() == null ? "" : participant.gender());
    form.put("listConsent", String.valueOf(participant.listConsent()));
    return render(model, form, List.of(), participant);
  }

  @PostMapping("/registration/participants/{id}")
  String change(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    try {
      var changed = register.changeParticipant(id, input(form));
      redirect.addFlashAttribute("outcome", Outcome.done("registration.participants.changed", changed.familyName() + ", " + changed.givenName()));
      return "redirect:/registration/participants";
    } catch (InvalidInput invalid) {
      return render(model, form, invalid.violations(), register.participant(id));
    }
  }

  @PostMapping("/registration/participants/{id}/account")
  String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String account, RedirectAttributes redirect) {
    try {
      var linked = register.linkAccount(id, account.isBlank() ? null : parse(account));
      redirect.addFlashAttribute("outcome", Outcome.done(linked.account() == null ? "registration.participants.unlinked"
          : "registration.participants.linked", linked.familyName() + ", " + linked.givenName()));
    } catch (Conflict | InvalidInput refused) {
      redirect.addFlashAttribute("outcome", Outcome.refused(refused));
      return "redirect:/registration/participants/" + id;
    }
    return "redirect:/registration/participants";
  }

  private String render(Model model, Map<String, String> form, List<InvalidInput.Violation> violations,
      @Nullable Participant editing) {
    var caller = guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    // a provider reaches participants only through its events: this page is the nations' (and staff's)
    var participants = register.participants(null);
    List<User> linkable = List.of();
    if (editing != null) {
      linkable = register.linkableAccounts(editing.id());
    } else if (caller.has(Permission.READ_USERS_GLOBALLY) || caller.has(Permission.READ_USERS_FOR_OWN_ORGANISATION)) {
      linkable = accounts.visible(null).stream()
          .filter(u -> u.memberships().stream().anyMatch(g -> g.role() == Role.PARTICIPANT)).toList();
    }
    var nations = caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY) ? List.<String>of()
        : caller.organisationsWith(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION).stream().sorted().toList();
    model.addAttribute("view", new ParticipantsView(participants, form, violations, editing, linkable, nations,
        (Outcome) model.getAttribute("outcome")));
    return "registration/participants";
  }

  private static ParticipantRegister.NewParticipant input(Map<String, String> form) {
    var languages = List.of(form.getOrDefault("languages", "").strip().split("[\\s,]+")).stream().filter(l -> !l.isBlank()).toList();
    return new ParticipantRegister.NewParticipant(form.get("nation"), form.get("familyName"), form.get("givenName"), form.get("rank"),
        form.get("organisation"), form.get("email"), languages, form.get("gender"),
        "true".equals(form.get("listConsent")) || "on".equals(form.get("listConsent")));
  }

  private static UUID parse(String account) {
    try {
      return UUID.fromString(account.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("account", "registration.account.unknown");
    }
  }
}
