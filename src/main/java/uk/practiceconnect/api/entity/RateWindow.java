package uk.practiceconnect.api.entity;

/**
 * One API key's requests in one fixed window (a minute by default), as this instance knows them:
 * the count every instance had reported when this one last synchronised, plus the requests this
 * instance has let through since and not yet reported. Thread-safe.
 */
public final class RateWindow {

  /** What one request is told: whether it may go on, and what the RateLimit headers say. */
  public record Verdict(boolean allowed, int limit, int remaining, long resetSeconds) {}

  private final long start;
  private long reported;
  private long unreported;

  public RateWindow(long startEpochSecond) {
    this.start = startEpochSecond;
  }

  public long start() {
    return start;
  }

  /**
   * Counts a request in if the window has room: a request over the limit is not counted, so a
   * client that waits as told gets its full allowance in the next window.
   */
  public synchronized Verdict take(int limit, long nowEpochSecond, long windowSeconds) {
    long used = reported + unreported;
    long reset = Math.max(1, start + windowSeconds - nowEpochSecond);
    if (used >= limit) {
      return new Verdict(false, limit, 0, reset);
    }
    unreported++;
    return new Verdict(true, limit, (int) Math.max(0, limit - used - 1), reset);
  }

  /** The requests to report to the shared count; they count as reported from now on. */
  public synchronized long drain() {
    long n = unreported;
    unreported = 0;
    reported += n;
    return n;
  }

  /** The shared count after this instance's report: every instance's requests in this window. */
  public synchronized void shared(long total) {
    reported = Math.max(reported, total);
  }

  /** A report that could not be made is made again at the next synchronisation. */
  public synchronized void undrain(long n) {
    reported -= n;
    unreported += n;
  }
}
