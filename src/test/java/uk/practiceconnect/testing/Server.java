package uk.practiceconnect.testing;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one test server of the end-to-end suite: {@code EndToEndIT} deploys the real WAR once,
 * Arquillian hands its first test the URL, and that test stores it here for every group of tests
 * (the groups are nested classes, whose instances Arquillian does not enrich).
 */
public final class Server {

  private static volatile URL url;
  private static final CountDownLatch STARTED = new CountDownLatch(1);

  private Server() {}

  /** Called by EndToEndIT's first test when the server never answered: the groups fail at once. */
  public static void failed() {
    STARTED.countDown();
  }

  /** Called once by EndToEndIT's first test. */
  public static void started(URL deployed) {
    url = deployed;
    STARTED.countDown();
  }

  /**
   * The deployed application's URL (the machine's address: go through {@link Api#at}). Groups
   * running in parallel may ask before EndToEndIT's first test has run: they wait for it.
   */
  public static URL url() {
    try {
      if (!STARTED.await(5, TimeUnit.MINUTES)) {
        throw new IllegalStateException(
            "No test server: the end-to-end groups run inside EndToEndIT, whose first test stores"
                + " the server's URL once the server answers");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (url == null) {
      throw new IllegalStateException(
          "The test server never answered: see EndToEndIT's first test");
    }
    return url;
  }

  public static Api api() {
    return Api.at(url());
  }

  /**
   * Waits until the application and both sandboxes answer. Payara Micro says a WAR was deployed
   * (and Arquillian goes on) before every context answers: a request to /sandbox that comes too
   * early reaches the application at / instead.
   */
  public static void awaitReady(Api api, Duration within) {
    List<String> paths =
        List.of("api/v1/ping", "sandbox/emis/admin/v1/faults", "sandbox/notify/admin/v1/faults");
    Instant until = Instant.now().plus(within);
    String last = "";
    while (Instant.now().isBefore(until)) {
      last = "";
      for (String path : paths) {
        int status;
        try {
          status = api.get(path, null).status();
        } catch (RuntimeException e) {
          status = -1;
        }
        if (status != 200) {
          last += " " + path + " " + status;
        }
      }
      if (last.isEmpty()) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("the server is not ready after " + within + ":" + last);
  }
}
