/**
 * People and how they sign in: accounts with the roles they hold for organisations, local passwords
 * (Argon2id, a breached-password list, throttling and lock-out), browser sessions in PostgreSQL, API tokens,
 * sign-in through Allied and partner OpenID Connect providers, the first administrator and demo accounts.
 */
@NullMarked
package org.entente.identity;

import org.jspecify.annotations.NullMarked;
