package org.entente.capabilities;

/** The areas an evaluation rates (after the Allied Command Operations forces standards' headings). */
public enum Area {
  COMMAND_AND_CONTROL, COMMUNICATIONS, DOCTRINE_AND_PROCEDURES, TRAINING, PERSONNEL, EQUIPMENT, LOGISTICS_AND_MEDICAL, FORCE_PROTECTION
}
