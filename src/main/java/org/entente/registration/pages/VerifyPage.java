package org.entente.registration.pages;

import org.entente.registration.Certificates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public check of a certificate: holder, activity and dates, nothing more. */
@Controller
class VerifyPage {

  private final Certificates certificates;

  VerifyPage(Certificates certificates) {
    this.certificates = certificates;
  }

  @GetMapping("/verify/{code}")
  String verify(@PathVariable String code, Model model) {
    if (code.length() > 20) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    var verified = certificates.verify(code);
    model.addAttribute("code", code);
    model.addAttribute("certificate", verified.orElse(null));
    return "registration/verify";
  }
}
