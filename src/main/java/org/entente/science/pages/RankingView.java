package org.entente.science.pages;

import java.util.UUID;
import org.entente.science.Ranking;

/** A call's ranking table, drawn as a chart of the weighted means and spreads. */
public record RankingView(UUID call, Ranking ranking) {}
