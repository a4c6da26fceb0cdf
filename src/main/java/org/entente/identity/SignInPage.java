package org.entente.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: the local form, and a button per OpenID provider configured. */
@Controller
class SignInPage {

  private final ObjectProvider<ClientRegistrationRepository> registrations;

  SignInPage(ObjectProvider<ClientRegistrationRepository> registrations) {
    this.registrations = registrations;
  }

  @GetMapping("/login")
  String signIn(@RequestParam(required = false) String error, Model model) {
    var known = List.of("BAD_CREDENTIALS", "LOCKED", "THROTTLED", "DISABLED", "OIDC_REFUSED");
    model.addAttribute("error", error != null && known.contains(error) ? "sign-in.error." + error : null);
    model.addAttribute("providers", providers());
    return "identity/sign-in";
  }

  /** Registration id to the provider's name, in the order configured. */
  private Map<String, String> providers() {
    var providers = new LinkedHashMap<String, String>();
    if (registrations.getIfAvailable() instanceof InMemoryClientRegistrationRepository registered) {
      for (ClientRegistration registration : registered) {
        providers.put(registration.getRegistrationId(), registration.getClientName());
      }
    }
    return providers;
  }
}
