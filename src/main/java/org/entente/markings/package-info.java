/**
 * What a piece of information may carry: one of the three markings this unclassified system accepts, and
 * to whom it is releasable. Anything marked higher is refused at input: Entente holds no classified data.
 */
@NullMarked
package org.entente.markings;

import org.jspecify.annotations.NullMarked;
