package org.entente.directory;

/** What an organisation is on a given date: a nation moves from partner to Ally, never the other way. */
public enum OrganisationKind {
  /** A member state of the Alliance from its date of accession. */
  ALLY,
  /** A nation in at least one partnership framework on that date (suspended relations included). */
  PARTNER,
  /** The UN, the EU, the OSCE and their like. */
  INTERNATIONAL_ORGANISATION,
  /** A body of the Alliance itself: the Council, the International Staff, the commands. */
  ALLIANCE_BODY,
  /** A school, college or training centre of a nation or of the Alliance. */
  INSTITUTION
}
