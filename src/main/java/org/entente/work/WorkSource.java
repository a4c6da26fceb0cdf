package org.entente.work;

import java.util.List;
import org.entente.access.Caller;

/**
 * Implemented by a module (as a Spring bean) to put its items on the start page. Called inside a
 * read-only transaction as the caller, so its queries pass through row-level security like any other;
 * it answers only what this caller may know, and an empty list when the module has nothing for them.
 */
public interface WorkSource {

  List<WorkItem> itemsFor(Caller caller);
}
