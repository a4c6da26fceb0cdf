package org.entente.science;

/** The SPS grant mechanisms: multi-year project, advanced research workshop, advanced study institute, advanced training course. */
public enum Mechanism {
  MYP, ARW, ASI, ATC
}
