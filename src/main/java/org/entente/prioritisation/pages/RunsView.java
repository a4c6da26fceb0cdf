package org.entente.prioritisation.pages;

import java.util.List;
import org.entente.directory.Names;
import org.entente.prioritisation.Allocations;
import org.entente.prioritisation.Run;
import org.jspecify.annotations.Nullable;

/** The allocation runs the caller reads, and the oversubscribed events it may allocate. */
public record RunsView(List<Run> runs, List<Allocations.Oversubscribed> oversubscribed, List<org.entente.catalogue.Event> events, Names names,
    @Nullable String notice, List<Object> noticeArgs) {}
