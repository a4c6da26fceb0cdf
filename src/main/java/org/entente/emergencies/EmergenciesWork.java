package org.entente.emergencies;

import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * The start page's disaster response items: the centre's requests to validate, a stricken nation's offers to
 * decide, and for every Ally's and partner's coordinator the incidents open to offers and its entries of the EADRU
 * register not confirmed for more than a year.
 */
@Component
class EmergenciesWork implements WorkSource {

  private final Emergencies emergencies;
  private final CapabilityRegister register;

  EmergenciesWork(Emergencies emergencies, CapabilityRegister register) {
    this.emergencies = emergencies;
    this.register = register;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var centre = caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    var nation = caller.has(Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    if (!centre && !nation) {
      return List.of();
    }
    var counts = emergencies.counts(caller);
    var items = new ArrayList<WorkItem>();
    if (centre) {
      items.add(WorkItem.of("emergencies.requests-to-validate", "emergencies", "work.emergencies.to-validate",
          counts.toValidate(), "/emergencies", "work.emergencies.to-validate.none"));
    }
    if (caller.has(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION) && counts.offersToDecide() > 0) {
      items.add(WorkItem.of("emergencies.offers-to-decide", "emergencies", "work.emergencies.to-decide",
          counts.offersToDecide(), "/emergencies", "work.emergencies.to-decide.none"));
    }
    if (nation) {
      var stale = register.staleOwn(caller);
      if (stale > 0) {
        items.add(WorkItem.of("emergencies.capabilities-to-confirm", "emergencies", "work.emergencies.to-confirm", stale,
            "/emergencies/capabilities", "work.emergencies.to-confirm.none"));
      }
    }
    items.add(WorkItem.of("emergencies.open-incidents", "emergencies", "work.emergencies.open", counts.open(), "/emergencies",
        "work.emergencies.open.none"));
    return items;
  }
}
