package uk.practiceconnect.emis.control;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * {@link PartnerAttempts} as MicroProfile Fault Tolerance's Retry interceptor runs it, for plain
 * unit tests: each method is repeated as its own {@code @Retry} annotation says (maxRetries,
 * retryOn, abortOn — abortOn wins, as the specification says), without the delays. A method without
 * the annotation runs once. So these tests check the annotations themselves;
 * EmisIntegrationEndToEnd checks that Payara's interceptor really retries.
 */
class AnnotatedRetries extends PartnerAttempts {

  int attempts;

  @Override
  public JsonObject read(Supplier<String> call) {
    return asAnnotated("read", () -> super.read(call));
  }

  @Override
  public JsonObject repeatableChange(Supplier<String> call) {
    return asAnnotated("repeatableChange", () -> super.repeatableChange(call));
  }

  @Override
  public JsonObject oneShotChange(Supplier<String> call) {
    return asAnnotated("oneShotChange", () -> super.oneShotChange(call));
  }

  static Retry retryOf(String method) {
    try {
      Retry onMethod =
          PartnerAttempts.class.getMethod(method, Supplier.class).getAnnotation(Retry.class);
      return onMethod != null ? onMethod : PartnerAttempts.class.getAnnotation(Retry.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** Whether the interceptor would try again after {@code e}. */
  static boolean retries(Retry retry, Throwable e) {
    boolean abort = Arrays.stream(retry.abortOn()).anyMatch(c -> c.isInstance(e));
    return !abort && Arrays.stream(retry.retryOn()).anyMatch(c -> c.isInstance(e));
  }

  private JsonObject asAnnotated(String method, Supplier<JsonObject> attempt) {
    Retry retry = retryOf(method);
    int left = retry == null ? 1 : retry.maxRetries() + 1;
    while (true) {
      attempts++;
      try {
        return attempt.get();
      } catch (RuntimeException e) {
        if (--left == 0 || retry == null || !retries(retry, e)) {
          throw e;
        }
      }
    }
  }
}
