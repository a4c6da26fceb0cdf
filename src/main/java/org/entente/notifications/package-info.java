/**
 * Notices to people, through a transactional outbox: written in the transaction of the change they tell of,
 * delivered by e-mail in the recipient's language (retried while the mail server is down, never twice) and
 * listed in the application for the roles they are addressed to.
 */
@NullMarked
package org.entente.notifications;

import org.jspecify.annotations.NullMarked;
