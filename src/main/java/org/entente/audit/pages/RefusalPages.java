package org.entente.audit.pages;

import org.entente.audit.RefusalReview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The auditor's review of refused accesses: those since the last review, and the button that marks them reviewed. */
@Controller
class RefusalPages {

  private final RefusalReview review;

  RefusalPages(RefusalReview review) {
    this.review = review;
  }

  @GetMapping("/audit/refusals")
  String pending(Model model) {
    model.addAttribute("pending", review.pending());
    model.addAttribute("reviewed", model.getAttribute("reviewed"));
    return "audit/refusals";
  }

  @PostMapping("/audit/refusals/reviewed")
  String reviewed(RedirectAttributes redirect) {
    redirect.addFlashAttribute("reviewed", review.markReviewed());
    return "redirect:/audit/refusals";
  }
}
