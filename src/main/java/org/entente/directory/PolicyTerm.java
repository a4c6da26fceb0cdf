package org.entente.directory;

import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * An entry of one of the policy's taxonomies: a strategic objective (para 4), a priority area (para 5) or
 * an area of cooperation of the menu.
 *
 * @param number its place in the policy's list, where the policy numbers them
 */
public record PolicyTerm(
    String code, @Nullable Integer number, BilingualText name, String source, String evidence) {}
