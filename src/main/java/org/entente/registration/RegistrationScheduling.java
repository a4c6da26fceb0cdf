package org.entente.registration;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled jobs (offer expiry; the notifications' sender). */
@Configuration
@EnableScheduling
class RegistrationScheduling {}
