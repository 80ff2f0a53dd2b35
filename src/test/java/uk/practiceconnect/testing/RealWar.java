package uk.practiceconnect.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that {@code mvn package} built, deployed as it is: integration tests test what ships, not
 * a hand-picked list of classes. The PostgreSQL run deploys it as the production image does ({@code
 * e2e.war}: the WAR {@code server-config/split-war.sh} made, with its libraries on the server's
 * class path, {@code e2e.server-libs}).
 */
public final class RealWar {

  private RealWar() {}

  /** The WAR to deploy. */
  public static String path() {
    return System.getProperty("e2e.war", "target/practice-connect.war");
  }

  /** The folder of libraries for the server's class path ({@code --addlibs}), or empty. */
  public static String serverLibs() {
    return System.getProperty("e2e.server-libs", "");
  }

  public static WebArchive get() {
    File war = new File(path());
    if (!war.isFile()) {
      throw new IllegalStateException("Run the package phase first: " + war + " is missing");
    }
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
