package org.entente.catalogue.pages;

import org.entente.catalogue.Activity;
import org.entente.catalogue.Event;

/** One event with its activity. */
public record EventView(Event event, Activity activity, org.entente.languages.BilingualText providerName) {}
