/** Disaster response (EADRCC): requests for assistance, offers matched line by line, situation reports, a live board. */
@NullMarked
package org.entente.emergencies;

import org.jspecify.annotations.NullMarked;
