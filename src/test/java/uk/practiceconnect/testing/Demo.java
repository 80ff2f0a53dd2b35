package uk.practiceconnect.testing;

import java.util.concurrent.ThreadLocalRandom;

/** The demo's fixed logins and keys, and fresh practices for tests that change things. */
public final class Demo {

  public static final String PLATFORM_KEY = "demo-platform-key";
  public static final String A81001_KEY = "demo-a81001-key";
  public static final String PASSWORD = "demo-password-1";
  public static final String EMIS_PASSWORD = "Sandbox-Emis-Pass-1";

  private Demo() {}

  /** A new practice with a random ODS code, so a test never changes the demo practices. */
  public static String freshPractice(Api api) {
    String ods = "Z" + (10000 + ThreadLocalRandom.current().nextInt(90000));
    Api.Reply r =
        api.post(
            "api/v1/practices",
            PLATFORM_KEY,
            "{\"odsCode\":\"" + ods + "\",\"name\":\"Test Practice " + ods + "\"}");
    if (r.status() != 201) {
      throw new IllegalStateException("could not add a practice: " + r);
    }
    return ods;
  }
}
