package org.entente;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Entente: the system of record and of exchange for an alliance's partnership cooperation. */
@SpringBootApplication
public class EntenteApplication {

  public static void main(String[] args) {
    SpringApplication.run(EntenteApplication.class, args);
  }

  /** The one clock every module asks for "today", so that tests can fix it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
