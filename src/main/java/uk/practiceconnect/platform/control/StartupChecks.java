package uk.practiceconnect.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.practiceconnect.platform.entity.ProductionSettings;

/**
 * Refuses to start a production deployment (demo mode off) whose settings are not fit for it (see
 * {@link ProductionSettings}), saying what to set: the deployment fails, with the reasons in the
 * log, rather than running with a published secret.
 */
@Startup
@Singleton
public class StartupChecks {

  @PostConstruct
  void check() {
    Config config = ConfigProvider.getConfig();
    List<String> problems =
        ProductionSettings.problems(key -> config.getOptionalValue(key, String.class));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Practice Connect will not start in production mode (demo.enabled=false) with these"
              + " settings: "
              + String.join("; ", problems));
    }
  }
}
