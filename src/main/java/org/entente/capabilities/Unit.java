package org.entente.capabilities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/** A unit a partner declared to the OCC pool of forces. */
public record Unit(UUID id, String partner, BilingualText name, Service service, Type type, Size size, @Nullable Integer personnel, Pool pool,
    String contactName, String contactEmail, UnitStatus status, @Nullable String reason, String declaredBy, LocalDate declaredOn,
    @Nullable LocalDate acceptedOn, Instant updatedAt) {

  /** The service the unit belongs to. */
  public enum Service {
    LAND, MARITIME, AIR, SPECIAL_OPERATIONS
  }

  /** What kind of unit it is. */
  public enum Type {
    INFANTRY, MECHANISED_INFANTRY, MILITARY_POLICE, ENGINEERS, CBRN, MEDICAL, EOD, LOGISTICS, SIGNALS, RECONNAISSANCE, SHIP, HELICOPTERS,
    AIRCRAFT, SPECIAL_FORCES, OTHER
  }

  /** How large it is. */
  public enum Size {
    TEAM, PLATOON, COMPANY, BATTALION, VESSEL, FLIGHT, SQUADRON
  }

  /** Which pool it is offered to: NATO-led operations, the NATO Response Force, or both. */
  public enum Pool {
    OPERATIONS, NATO_RESPONSE_FORCE, BOTH
  }
}
