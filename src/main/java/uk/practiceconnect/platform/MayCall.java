package uk.practiceconnect.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a component's {@code package-info}: the other components (top-level packages under {@code
 * uk.practiceconnect}) its classes may use. Everything else is off limits; {@code ArchitectureTest}
 * holds the code to it, so the rule in the package note cannot drift from the code.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface MayCall {

  /** Component names, e.g. {@code {"platform", "practice"}}; empty for none. */
  String[] value();
}
