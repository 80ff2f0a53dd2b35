package uk.practiceconnect.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo's fixed logins and keys, and fresh practices for tests that change things. */
public final class Demo {

  public static final String PLATFORM_KEY = "demo-platform-key";
  public static final String A81001_KEY = "demo-a81001-key";
  public static final String PASSWORD = "demo-password-1";
  public static final String EMIS_PASSWORD = "Sandbox-Emis-Pass-1";

  /**
   * Codes are handed out in sequence from a random start, so the tests of one run never pick the
   * same code twice; a code taken by an earlier run on the same database is skipped (409).
   */
  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(90_000));

  private Demo() {}

  /** A new practice with an unused ODS code, so a test never changes the demo practices. */
  public static String freshPractice(Api api) {
    return freshPractice(api, 'Z');
  }

  /** As {@link #freshPractice(Api)}, with ODS codes starting with this letter. */
  public static String freshPractice(Api api, char letter) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String ods =
          letter + Integer.toString(10_000 + Math.floorMod(NEXT.getAndIncrement(), 90_000));
      Api.Reply r =
          api.post(
              "api/v1/practices",
              PLATFORM_KEY,
              "{\"odsCode\":\"" + ods + "\",\"name\":\"Test Practice " + ods + "\"}");
      if (r.status() == 201) {
        return ods;
      }
      if (r.status() != 409) {
        throw new IllegalStateException("could not add a practice: " + r);
      }
    }
    throw new IllegalStateException("no free ODS code after 50 attempts");
  }

  /** An ODS code no practice has yet (for tests that add the practice themselves). */
  public static String unusedOdsCode(Api api, char letter) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String ods =
          letter + Integer.toString(10_000 + Math.floorMod(NEXT.getAndIncrement(), 90_000));
      if (api.get("api/v1/practices/" + ods, PLATFORM_KEY).status() == 404) {
        return ods;
      }
    }
    throw new IllegalStateException("no free ODS code after 50 attempts");
  }
}
