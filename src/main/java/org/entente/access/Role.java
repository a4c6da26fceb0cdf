package org.entente.access;

/** A role, always held for an organisation. A person may hold several. */
public enum Role {
  /** Manages accounts and memberships. */
  ADMIN,
  /** Alliance staff: curates the menu, reviews programmes, sees all partners' data. */
  STAFF,
  /** Records the Council's decisions. */
  COUNCIL_SECRETARIAT,
  /** Speaks for a nation or international organisation: programme, nominations, its own people. */
  NATIONAL_COORDINATOR,
  /** Offers activities and events for an institution and decides on nominations to them. */
  PROVIDER_MANAGER,
  /** A person nominated to events: own registrations, certificates, feedback. */
  PARTICIPANT,
  /** Reads and verifies the audit trail. */
  AUDITOR,
  /** Runs trust fund projects for an executing agent (NSPA, IOM): records what it receives and spends. */
  EXECUTING_AGENT,
  /** The disaster response centre's duty officer (EADRCC): validates, disseminates and coordinates requests for assistance. */
  EMERGENCY_DUTY_OFFICER
}
