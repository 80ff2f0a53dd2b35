package uk.practiceconnect.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.reminders.ReminderFixture.await;
import static uk.practiceconnect.reminders.ReminderFixture.inMinutes;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.RealWar;
import uk.practiceconnect.testing.Server;

/**
 * Exactly once across a crash: a Payara Micro of our own (not Arquillian's, which cannot be killed)
 * on a database that outlives it (an H2 file, or a PostgreSQL database of its own on the server the
 * failsafe run uses) sends a few hundred reminders fast; it is killed with SIGKILL mid-batch,
 * started again on the same database, and every reminder must then be in the Notify sandbox exactly
 * once: none lost, none twice, whether the kill came before, during or after a call to Notify.
 */
class ReminderCrashIT {

  static final int TEXTS = 300;

  /**
   * On PostgreSQL, a database of the test's own beside the one the failsafe run uses (named in
   * DB_URL), made and dropped by the test: its servers meet none of what the end-to-end suite left
   * there (practices whose EMIS organisations this test's sandbox does not know, texts still in the
   * outbox). Null on H2, where the servers keep an H2 file of their own.
   */
  private static String ownDatabaseUrl;

  private Process server;

  @BeforeAll
  static void ownDatabase() throws SQLException {
    String db = System.getenv("DB_URL");
    if (db == null || !db.startsWith("jdbc:postgresql")) {
      return;
    }
    String name = "crash_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
    try (Connection c = admin(db)) {
      c.createStatement().execute("create database " + name);
    }
    ownDatabaseUrl = db.substring(0, db.lastIndexOf('/') + 1) + name;
  }

  @AfterAll
  static void dropOwnDatabase() throws SQLException {
    if (ownDatabaseUrl != null) {
      String name = ownDatabaseUrl.substring(ownDatabaseUrl.lastIndexOf('/') + 1);
      try (Connection c = admin(ownDatabaseUrl)) {
        c.createStatement().execute("drop database if exists " + name + " with (force)");
      }
    }
  }

  /** A connection to the server's maintenance database, to make and drop the test's own. */
  private static Connection admin(String anyDatabaseUrl) throws SQLException {
    String url = anyDatabaseUrl.substring(0, anyDatabaseUrl.lastIndexOf('/') + 1) + "postgres";
    String user = System.getenv().getOrDefault("DB_USER", "postgres");
    return DriverManager.getConnection(url, user, System.getenv().getOrDefault("DB_PASSWORD", ""));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.destroyForcibly();
    }
  }

  @Test
  void aServerKilledMidSendAndStartedAgainSendsEveryReminderExactlyOnce() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "crash-" + System.currentTimeMillis()));
    int port = freePort();
    server = start(dir, port, 1);
    Api api = Api.at(new URL("http://127.0.0.1:" + port + "/"));
    raiseNotifyLimit(api);

    ReminderFixture f = ReminderFixture.fresh(api);
    List<String[]> people = createInParallel(f, TEXTS);
    JsonObject run = f.run();
    assertEquals(TEXTS, run.getInt("planned"), run::toString);
    assertEquals(TEXTS, run.getInt("handedToOutbox"), run::toString);

    Function<Api, Long> sent =
        a -> ourTexts(a, f.ods).values().stream().mapToLong(Long::longValue).sum();
    // one crash, a third of the way through the batch, then a restart on the same databases
    long killAt = TEXTS / 3;
    await("sending under way", Duration.ofSeconds(180), () -> sent.apply(api) >= killAt);
    long seen = sent.apply(api);
    server.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no last commits
    System.out.println("Killed with about " + seen + " of " + TEXTS + " texts at Notify");
    assertTrue(seen < TEXTS, "the kill came too late to test anything: raise TEXTS");
    server = start(dir, port, 2);
    raiseNotifyLimit(api);
    await("every text after the restart", Duration.ofMinutes(3), () -> sent.apply(api) >= TEXTS);
    // a text left mid-send is the new server's once its lease (SMS_LEASE_SECONDS) runs out: it is
    // looked up at Notify by reference before any second try. Only when no reminder of the
    // practice is still being sent could a duplicate no longer appear.
    await(
        "no reminder still being sent",
        Duration.ofMinutes(3),
        () -> f.log("queued").isEmpty() && f.log("planned").isEmpty());

    Map<String, Long> byReference = ourTexts(api, f.ods);
    assertEquals(TEXTS, byReference.size(), "distinct references");
    byReference.forEach((ref, n) -> assertEquals(1L, n, "texts with reference " + ref));
    for (String[] p : people) {
      assertEquals(1, f.texts(p[1]).size(), "texts to one patient");
    }
    String log = Files.readString(dir.resolve("server-2.log"));
    System.out.println(
        "Restart: "
            + (log.contains("left mid-send")
                ? "recovered texts left mid-send (looked up at Notify by reference first)"
                : "no text was mid-send at the kill"));
    assertEquals(0, f.log("failed").size());
  }

  /** Texts for this practice in the Notify sandbox, counted per reference. */
  static Map<String, Long> ourTexts(Api api, String ods) {
    Api.Reply r = api.get("sandbox/notify/admin/v1/messages?limit=100000", null);
    if (r.status() != 200) {
      return Map.of();
    }
    return r.array().stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("body").contains("Test Practice " + ods))
        .collect(Collectors.groupingBy(m -> m.getString("reference"), Collectors.counting()));
  }

  static List<String[]> createInParallel(ReminderFixture f, int n) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String[]>> made = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int minutes = 180 + i;
      made.add(
          pool.submit(
              () -> {
                String nhs = ReminderFixture.randomNhs();
                String mobile = ReminderFixture.randomMobile();
                f.patient(nhs, mobile, true, java.time.LocalDate.of(1975, 5, 5));
                f.book(nhs, inMinutes(minutes));
                return new String[] {nhs, mobile};
              }));
    }
    List<String[]> people = new ArrayList<>();
    for (Future<String[]> m : made) {
      people.add(m.get());
    }
    pool.shutdown();
    return people;
  }

  static void raiseNotifyLimit(Api api) {
    api.put("sandbox/notify/admin/v1/settings", null, "{\"ratePerMinute\":100000,\"burst\":10000}");
  }

  /**
   * Payara Micro with both WARs; the databases survive it (H2 files, or PostgreSQL when given), the
   * sandbox's too, as Notify's record of what it was sent would.
   */
  static Process start(Path dir, int port, int n) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
            "java",
            "-Xmx768m",
            "-XX:+UseSerialGC",
            // the quick compiler only: these servers send a few hundred texts, and in CI they
            // start beside the end-to-end suite's server, whose start the optimising compiler's
            // threads here would slow on two cores
            "-XX:TieredStopAtLevel=1",
            "-jar",
            "target/payara-micro.jar",
            "--deploy",
            RealWar.path(),
            "--contextroot",
            "/",
            "--deploy",
            "target/practice-connect-sandbox.war",
            "--prebootcommandfile",
            "server-config/pre-boot-commands.txt",
            "--port",
            String.valueOf(port),
            "--nocluster");
    if (!RealWar.serverLibs().isEmpty()) {
      pb.command().addAll(List.of("--addlibs", RealWar.serverLibs()));
    }
    Map<String, String> env = pb.environment();
    if (ownDatabaseUrl != null) {
      env.put("DB_URL", ownDatabaseUrl);
    } else {
      env.put("DB_URL", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0");
      env.put("DB_DATASOURCE_CLASS", "org.h2.jdbcx.JdbcDataSource");
      env.put("DB_USER", "sa");
      env.put("DB_PASSWORD", "");
    }
    env.put(
        "SANDBOX_DB_URL",
        "jdbc:h2:file:" + dir.toAbsolutePath().resolve("sandbox") + ";WRITE_DELAY=0");
    env.put("DEMO_ENABLED", "true");
    env.put("REMINDERS_SCHEDULER_ENABLED", "false"); // only the reminders this test makes
    // nothing else in the background: the database may hold the end-to-end suite's practices,
    // which this server's sandbox does not know
    env.put("EMIS_STATUS_CHECK_ENABLED", "false");
    env.put("BOOKING_RECONCILE_ENABLED", "false");
    env.put("SANDBOX_EMIS_DEMO_DAYS", "2"); // the demo's books, seeded at each start: small
    env.put("SMS_RATE_PER_MINUTE", "6000");
    env.put("SMS_RATE_BURST", "20");
    env.put("SMS_LEASE_SECONDS", "30");
    env.put("SMS_NOTIFY_CONNECT_TIMEOUT_MS", "2000");
    env.put("SMS_NOTIFY_READ_TIMEOUT_MS", "5000");
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("server-" + n + ".log").toFile());
    Process p = pb.start();
    Api api;
    try {
      api = Api.at(new URL("http://127.0.0.1:" + port + "/"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    File log = dir.resolve("server-" + n + ".log").toFile();
    await(
        "Payara Micro " + n + " to deploy",
        Duration.ofMinutes(4),
        () -> {
          if (!p.isAlive()) {
            throw new AssertionError("Payara Micro died: see " + log);
          }
          try {
            return Files.readString(log.toPath()).contains("sandbox was successfully deployed")
                && api.get("api/v1/ping", null).status() == 200;
          } catch (IOException | RuntimeException e) {
            return false;
          }
        });
    // "deployed" comes before every context answers: a sandbox call too early reaches the app
    Server.awaitReady(api, Duration.ofMinutes(2));
    return p;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
