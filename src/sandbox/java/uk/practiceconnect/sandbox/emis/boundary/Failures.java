package uk.practiceconnect.sandbox.emis.boundary;

import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/** Finds the cause that matters under EJB, transaction and persistence wrappers. */
final class Failures {

  private Failures() {}

  static SandboxFailure find(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SandboxFailure f) {
        return f;
      }
    }
    return null;
  }

  static boolean has(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
