package org.entente.programmes.pages;

import java.util.List;
import org.entente.languages.BilingualText;
import org.entente.programmes.Comparison;

/** Two versions side by side, with the programme they belong to and the versions one may pick. */
public record ComparisonView(String id, BilingualText title, Comparison comparison, List<Integer> versions) {}
