package uk.practiceconnect.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The sandbox's clock (UTC): one for the whole WAR, so tests of its rules can pass their own. */
@ApplicationScoped
public class SandboxClock {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
