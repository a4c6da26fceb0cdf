package org.entente.planning;

import org.entente.languages.BilingualText;

/** The assessment of one goal: how far the partner has come, and why staff say so. */
public record Rating(String goal, Progress progress, BilingualText narrative) {

  /** The progress scale of the PARP assessment. */
  public enum Progress {
    ACHIEVED, SUBSTANTIAL, LIMITED, NONE
  }
}
