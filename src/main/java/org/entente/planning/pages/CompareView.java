package org.entente.planning.pages;

import java.util.List;
import org.entente.languages.BilingualText;
import org.entente.planning.Cycle;
import org.entente.planning.GoalsComparison;
import org.entente.planning.GoalsVersion;

/** Two versions of a goals package side by side, goal by goal. */
public record CompareView(Cycle cycle, BilingualText partnerName, GoalsComparison comparison, List<GoalsVersion> versions) {}
