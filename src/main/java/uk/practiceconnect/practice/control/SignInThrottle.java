package uk.practiceconnect.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one username
 * within {@link #WINDOW}, that username cannot sign in until the window has passed. Kept in memory
 * per instance: a guesser spread over a cluster gets a few more tries, never unlimited ones.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  @Inject Clock clock;
  private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public boolean isLocked(String username) {
    Deque<Instant> recent = failures.get(key(username));
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      prune(recent);
      return recent.size() >= MAX_FAILURES;
    }
  }

  public void failed(String username) {
    if (failures.size() > 100_000) {
      failures.clear(); // a flood of made-up names must not exhaust memory
    }
    Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      recent.addLast(clock.instant());
    }
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private void prune(Deque<Instant> recent) {
    Instant cutoff = clock.instant().minus(WINDOW);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
      recent.removeFirst();
    }
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
