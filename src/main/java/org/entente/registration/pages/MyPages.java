package org.entente.registration.pages;

import java.util.LinkedHashMap;
import java.util.UUID;
import org.entente.catalogue.Catalogue;
import org.entente.languages.BilingualText;
import org.entente.registration.AfterEvent;
import org.entente.registration.MyNomination;
import org.entente.registration.ParticipantRegister;
import org.entente.registration.Registrations;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's own space: their nominations (state, event, dates), accepting or declining an offer,
 * cancelling, the feedback form once they attended, and their certificates as PDF. Only what their coordinator
 * linked to their account: the service and row-level security both keep to it.
 */
@Controller
class MyPages {

  private final Registrations registrations;
  private final ParticipantRegister register;
  private final AfterEvent afterEvent;
  private final Catalogue catalogue;

  MyPages(Registrations registrations, ParticipantRegister register, AfterEvent afterEvent, Catalogue catalogue) {
    this.registrations = registrations;
    this.register = register;
    this.afterEvent = afterEvent;
    this.catalogue = catalogue;
  }

  @GetMapping("/me/nominations")
  String mine(Model model) {
    var titles = new LinkedHashMap<String, BilingualText>();
    var rows = registrations.myNominations().stream()
        .map(m -> new MyView.Row(m, titles.computeIfAbsent(m.nomination().activity(), this::title)))
        .toList();
    model.addAttribute("view", new MyView(rows, !register.myParticipants().isEmpty(), (Outcome) model.getAttribute("outcome")));
    return "registration/mine";
  }

  @PostMapping("/me/nominations/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam(defaultValue = "") String to, RedirectAttributes redirect) {
    try {
      var moved = registrations.move(id, to);
      redirect.addFlashAttribute("outcome", Outcome.done(switch (moved.state()) {
        case CONFIRMED -> "registration.mine.accepted";
        case CANCELLED -> "registration.mine.cancelled";
        default -> "registration.mine.moved";
      }));
    } catch (Conflict | InvalidInput refused) {
      redirect.addFlashAttribute("outcome", Outcome.refused(refused));
    }
    return "redirect:/me/nominations";
  }

  @GetMapping("/me/nominations/{id}/feedback")
  String feedbackForm(@PathVariable UUID id, Model model) {
    var mine = registrations.myNominations().stream().filter(m -> m.nomination().id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFound("nomination", id.toString()));
    model.addAttribute("row", new MyView.Row(mine, title(mine.nomination().activity())));
    model.addAttribute("outcome", model.getAttribute("outcome"));
    return "registration/my-feedback";
  }

  @PostMapping("/me/nominations/{id}/feedback")
  String giveFeedback(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer relevance,
      @RequestParam(required = false) @Nullable Integer quality, @RequestParam(required = false) @Nullable Integer organisation,
      @RequestParam(defaultValue = "") String comments, RedirectAttributes redirect) {
    try {
      afterEvent.giveFeedback(id, new AfterEvent.FeedbackForm(relevance, quality, organisation, comments));
      redirect.addFlashAttribute("outcome", Outcome.done("registration.mine.feedback-given"));
    } catch (InvalidInput invalid) {
      redirect.addFlashAttribute("outcome", Outcome.refused(invalid));
      return "redirect:/me/nominations/" + id + "/feedback";
    } catch (Conflict refused) {
      redirect.addFlashAttribute("outcome", Outcome.refused(refused));
    }
    return "redirect:/me/nominations";
  }

  private BilingualText title(String activity) {
    try {
      return catalogue.activity(activity).title();
    } catch (NotFound hidden) {
      return BilingualText.of(activity, activity);
    }
  }
}
