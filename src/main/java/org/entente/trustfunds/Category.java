package org.entente.trustfunds;

/**
 * What a fund is for, as the 2004 Trust Fund Policy and the toolbox describe it; each with the OECD DAC sector
 * code its IATI activity carries.
 */
public enum Category {
  /** Destruction of anti-personnel landmines, surplus munitions, UXO, small arms and light weapons. */
  MINES_MUNITIONS_SALW("15250"),
  /** Managing the consequences of defence reform: retraining, base conversion. */
  DEFENCE_REFORM("15210"),
  /** Defence and related security capacity building. */
  CAPACITY_BUILDING("15210"),
  OTHER("15210");

  private final String dacSector;

  Category(String dacSector) {
    this.dacSector = dacSector;
  }

  /** DAC 5-digit sector: 15250 removal of land mines and explosive remnants of war, 15210 security system management and reform. */
  public String dacSector() {
    return dacSector;
  }
}
