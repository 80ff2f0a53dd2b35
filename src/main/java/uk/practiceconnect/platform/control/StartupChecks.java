package uk.practiceconnect.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production deployment (demo mode off) that still uses the demo's published
 * encryption key.
 */
@Startup
@Singleton
public class StartupChecks {

  static final String DEMO_KEY_ID = "demo-2026";

  @Inject
  @ConfigProperty(name = "demo.enabled", defaultValue = "false")
  boolean demo;

  @Inject CredentialCipher cipher;

  @PostConstruct
  void check() {
    if (!demo && cipher.isActiveKey(DEMO_KEY_ID)) {
      throw new IllegalStateException(
          "Demo mode is off but credentials.active-key is still the public demo key: set"
              + " CREDENTIALS_KEYS and CREDENTIALS_ACTIVE_KEY (see README, Configuration)");
    }
  }
}
