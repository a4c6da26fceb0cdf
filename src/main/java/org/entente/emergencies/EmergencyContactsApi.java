package org.entente.emergencies;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A nation's point of contact for requests for assistance. Beside the incidents rather than under them, so that
 * no address can be read both as an incident's and as a contact point's.
 */
@RestController
@RequestMapping("/api/v1/emergency-contacts")
class EmergencyContactsApi {

  private final EmergencyContacts contacts;

  EmergencyContactsApi(EmergencyContacts contacts) {
    this.contacts = contacts;
  }

  @GetMapping("/{nation}")
  EmergencyContacts.ContactPoint contactPoint(@PathVariable String nation) {
    return contacts.contactPoint(nation);
  }

  @PutMapping("/{nation}")
  EmergencyContacts.ContactPoint keepContactPoint(@PathVariable String nation, @RequestBody EmergencyContacts.ContactPointForm form) {
    return contacts.keepContactPoint(nation, form);
  }
}
