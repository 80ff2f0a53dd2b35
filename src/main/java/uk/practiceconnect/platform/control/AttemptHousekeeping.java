package uk.practiceconnect.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Every hour, on one instance of the cluster, forgets failed attempts older than a day: no limit's
 * window is that long.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AttemptHousekeeping {

  static final Duration KEPT = Duration.ofDays(1);

  @Inject Jobs jobs;
  @Inject Attempts attempts;

  @PostConstruct
  void start() {
    jobs.everyOnce(
        "forget old failed attempts",
        Duration.ofMinutes(5),
        Duration.ofHours(1),
        () -> attempts.forgetOlderThan(KEPT));
  }
}
