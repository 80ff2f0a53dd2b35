package uk.practiceconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application (UTC), and the zone people read times in. */
@ApplicationScoped
public class Clocks {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
