package org.entente.science;

/** The SPS key priorities (Overarching Guidelines, 2013) an activity must serve at least one of. */
public enum KeyPriority {
  COUNTER_TERRORISM, ENERGY_SECURITY, CYBER_DEFENCE, CBRN_DEFENCE, ENVIRONMENTAL_SECURITY, ADVANCED_TECHNOLOGY,
  BORDER_SECURITY, MINE_ACTION, HUMAN_SECURITY
}
