package uk.practiceconnect.emis.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.platform.control.Jobs;
import uk.practiceconnect.platform.control.LocalServer;

/**
 * Starts the status check: a first sweep soon after start-up (so a fresh demo shows its practices'
 * status within seconds), then a look for due practices every {@code
 * emis.status-check.tick-seconds}. Each practice is due {@code emis.status-check.interval-minutes}
 * after its last check. Every instance sweeps: {@link StatusClaims}' conditional update gives each
 * due practice to one of them, and a dead instance's practices fall due again when its claim runs
 * out.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StatusCheckTimer {

  private static final Logger LOG = Logger.getLogger(StatusCheckTimer.class.getName());

  @Inject Jobs jobs;
  @Inject StatusSweep sweep;

  @Inject
  @ConfigProperty(name = "emis.status-check.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "emis.status-check.initial-delay-seconds", defaultValue = "10")
  long initialDelaySeconds;

  @Inject
  @ConfigProperty(name = "emis.status-check.tick-seconds", defaultValue = "60")
  long tickSeconds;

  /** How long the first sweep waits for Payara Micro to say which port it listens on. */
  static final Duration WAIT_FOR_SERVER = Duration.ofMinutes(2);

  private ScheduledFuture<?> ticks;
  private final Instant started = Instant.now();

  @PostConstruct
  void start() {
    if (!enabled) {
      LOG.info("EMIS status check is switched off (emis.status-check.enabled=false)");
      return;
    }
    jobs.after("first EMIS status check", Duration.ofSeconds(initialDelaySeconds), this::firstTick);
    ticks =
        jobs.every(
            "EMIS status check",
            Duration.ofSeconds(initialDelaySeconds + tickSeconds),
            Duration.ofSeconds(Math.max(1, tickSeconds)),
            this::tick);
  }

  private void firstTick() {
    if (LocalServer.httpPort().isEmpty() && started.plus(WAIT_FOR_SERVER).isAfter(Instant.now())) {
      // Payara Micro has not finished starting (it cannot say its port yet): the sandbox in this
      // server may not be reachable, so try again shortly rather than report it missing
      jobs.after("first EMIS status check", Duration.ofSeconds(5), this::firstTick);
      return;
    }
    tick();
  }

  private void tick() {
    sweep.sweep(false);
  }

  @PreDestroy
  void stop() {
    if (ticks != null) {
      ticks.cancel(false);
    }
  }
}
