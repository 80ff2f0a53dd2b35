package uk.practiceconnect.sandbox.control;

import org.eclipse.microprofile.config.ConfigProvider;

/** Whether the sandboxes are on: by default in the embedded demo, never in production. */
public final class SandboxSwitch {

  private SandboxSwitch() {}

  public static boolean enabled() {
    return ConfigProvider.getConfig()
        .getOptionalValue("sandbox.enabled", Boolean.class)
        .orElse(false);
  }
}
