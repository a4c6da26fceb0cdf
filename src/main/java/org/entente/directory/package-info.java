/**
 * The partnership landscape: Allies, partners and their frameworks over time, international organisations,
 * Alliance bodies and training institutions, and the policy's strategic objectives, priority areas and the
 * menu's areas of cooperation. Loaded from versioned reference files, each row with its public source.
 */
@NullMarked
package org.entente.directory;

import org.jspecify.annotations.NullMarked;
