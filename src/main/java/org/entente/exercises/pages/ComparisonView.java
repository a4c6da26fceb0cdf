package org.entente.exercises.pages;

import java.util.List;
import org.entente.exercises.Comparison;
import org.entente.exercises.PlanVersion;

/** Two versions compared, with the versions the reader may compare with. */
public record ComparisonView(Comparison comparison, List<PlanVersion> versions) {}
