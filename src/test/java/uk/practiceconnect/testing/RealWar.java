package uk.practiceconnect.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that {@code mvn package} built, deployed as it is: integration tests test what ships, not
 * a hand-picked list of classes.
 */
public final class RealWar {

  private RealWar() {}

  public static WebArchive get() {
    File war = new File("target/practice-connect.war");
    if (!war.isFile()) {
      throw new IllegalStateException(
          "Run the package phase first: target/practice-connect.war is missing");
    }
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
