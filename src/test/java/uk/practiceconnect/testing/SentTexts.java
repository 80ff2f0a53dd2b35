package uk.practiceconnect.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts the Notify sandbox got from a test practice ("Test Practice ODS", as {@link
 * Demo#freshPractice} names it), read from its admin API. The listing is oldest first and holds
 * every test's texts (on PostgreSQL the database outlives a deployment), so it is narrowed to the
 * mobile number and looked at newest first; a text not there yet is waited for up to a minute.
 */
public final class SentTexts {

  private SentTexts() {}

  /** The link of this kind (e.g. {@code /book/invite/}) in the newest text that has one. */
  public static String link(Api api, String ods, String mobile, String kind) {
    Pattern link = Pattern.compile(Pattern.quote(kind) + "[A-Za-z0-9_-]{22,32}");
    Matcher found = link.matcher(newest(api, ods, mobile, kind, body -> link.matcher(body).find()));
    assertTrue(found.find());
    return found.group().substring(1);
  }

  /** The newest text to {@code mobile} from the practice that passes {@code wanted}. */
  public static String newest(
      Api api, String ods, String mobile, String what, Predicate<String> wanted) {
    Pattern ours = Pattern.compile("Test Practice " + ods + "\\b");
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      Api.Reply r =
          api.get("sandbox/notify/admin/v1/messages?phoneNumber=" + mobile + "&limit=100000", null);
      List<JsonObject> texts = new ArrayList<>(r.array().getValuesAs(JsonObject.class));
      Collections.reverse(texts);
      for (JsonObject m : texts) {
        String body = m.getString("body", "");
        if (ours.matcher(body).find() && wanted.test(body)) {
          return body;
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no text with \"" + what + "\" for " + ods);
  }
}
