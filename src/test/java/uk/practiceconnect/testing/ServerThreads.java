package uk.practiceconnect.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The thread stacks of the Payara Micro servers the tests started ({@code jcmd Thread.print}), kept
 * under target/screenshots next to a failing page test's screenshot.
 */
final class ServerThreads {

  private ServerThreads() {}

  static void dump(String name) {
    ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("payara-micro.jar") && c.contains("--deploy"))
                    .orElse(false))
        .forEach(
            p -> dump(p.pid(), Browser.SCREENSHOTS.resolve(name + "-threads-" + p.pid() + ".txt")));
  }

  private static void dump(long pid, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Process jcmd =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                  String.valueOf(pid),
                  "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(to.toFile())
              .start();
      jcmd.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      // no jcmd on this machine: the screenshot and the message have to do
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
