package org.entente.engagement.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.engagement.Engagement;
import org.entente.engagement.Interlocutors;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Operations and statuses on a date; a partner's statuses, contributions, Contact Point Embassies and mission. */
@Controller
class EngagementPages {

  private final Engagement engagement;
  private final Directory directory;
  private final Guard guard;
  private final Interlocutors interlocutors;

  EngagementPages(Engagement engagement, Directory directory, Guard guard, Interlocutors interlocutors) {
    this.engagement = engagement;
    this.directory = directory;
    this.guard = guard;
    this.interlocutors = interlocutors;
  }

  @GetMapping("/engagement")
  String overview(@RequestParam(defaultValue = "") String on, Model model) {
    var date = directory.today();
    var error = false;
    if (!on.isBlank()) {
      try {
        date = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        error = true;
      }
    }
    var day = date;
    model.addAttribute("view", new EngagementView.Overview(on.isBlank() ? date.toString() : on, error, engagement.operations(date),
        engagement.statuses(null, null, date), engagement.contributions(null, null, date),
        directory.organisations(date, OrganisationKind.PARTNER, null), interlocutors.list().stream().filter(i -> i.engagedOn(day)).toList()));
    return "engagement/overview";
  }

  @GetMapping("/engagement/{partner}")
  String partner(@PathVariable String partner, Model model) {
    return show(partner, null, model);
  }

  private String show(String partner, EngagementView.@Nullable Notice notice, Model model) {
    var today = directory.today();
    var organisation = directory.organisation(partner.toUpperCase(java.util.Locale.ROOT), today).filter(o -> o.kind() == OrganisationKind.PARTNER)
        .orElseThrow(() -> new NotFound("partner", partner));
    var caller = guard.caller();
    model.addAttribute("view", new EngagementView.Partner(organisation, today, engagement.profile(organisation.code(), today),
        caller.has(Permission.MANAGE_ENGAGEMENT_GLOBALLY),
        caller.has(Permission.MANAGE_ENGAGEMENT_GLOBALLY) || caller.organisationsWith(Permission.KEEP_MISSION_FOR_OWN_ORGANISATION).contains(organisation.code()),
        notice));
    return "engagement/partner";
  }

  @PostMapping("/engagement/{partner}/contact-points")
  String assign(@PathVariable String partner, @RequestParam(defaultValue = "") String embassyOf, @RequestParam(defaultValue = "") String validFrom,
      Model model) {
    LocalDate from;
    try {
      from = validFrom.isBlank() ? null : LocalDate.parse(validFrom.strip());
    } catch (DateTimeParseException e) {
      return show(partner, new EngagementView.Notice("contact-points", "problem.date", new Object[0]), model);
    }
    return act(partner, "contact-points", model, () -> engagement.assignContactPoint(new Engagement.NewContactPoint(partner, embassyOf, from, null)));
  }

  @PostMapping("/engagement/{partner}/mission")
  String mission(@PathVariable String partner, @RequestParam(defaultValue = "") String address, Model model) {
    return act(partner, "mission", model, () -> engagement.keepMission(partner, new Engagement.NewMission(address, null)));
  }

  @PostMapping("/engagement/{partner}/contacts")
  String contact(@PathVariable String partner, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String function,
      @RequestParam(defaultValue = "") String email, Model model) {
    return act(partner, "mission", model, () -> engagement.addContact(partner, new Engagement.NewContact(name, function, email)));
  }

  private String act(String partner, String section, Model model, Supplier<?> action) {
    try {
      action.get();
      return "redirect:/engagement/" + partner + "#" + section;
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(partner, new EngagementView.Notice(section, v.messageKey(), v.arguments().toArray()), model);
    } catch (Conflict conflict) {
      return show(partner, new EngagementView.Notice(section, conflict.messageKey(), conflict.arguments().toArray()), model);
    }
  }

}
