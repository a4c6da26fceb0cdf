package org.entente.science.pages;

import java.util.List;
import org.entente.science.PanelMember;
import org.entente.science.SciencePanel;

/** The review panel as staff keep it (or a coordinator sees their nation's experts), with the nomination form. */
public record PanelView(List<PanelMember> members, List<SciencePanel.DeclaredConflict> conflicts, boolean staff, List<String> nations,
    FormView form) {}
