package org.entente.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what Entente is and where to go from here. */
@Controller
class HomePage {

  @GetMapping("/")
  String home() {
    return "home";
  }
}
