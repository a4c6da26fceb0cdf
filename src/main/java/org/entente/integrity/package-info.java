/** Building Integrity: a nation's self-assessment, the peer review team's visit and report, and the tailored follow-up plan. */
@NullMarked
package org.entente.integrity;

import org.jspecify.annotations.NullMarked;
