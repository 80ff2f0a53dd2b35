package uk.practiceconnect.sms.control;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import uk.practiceconnect.sms.entity.DeliveryStatus;

/**
 * What a call to Notify came to, sorted by what the sender must do next. {@code detail} is safe to
 * store and show: Notify's error names and our words only, never Notify's messages (they may quote
 * what was sent).
 */
public record NotifyAnswer(Kind kind, String notifyId, DeliveryStatus status, String detail) {

  public enum Kind {
    /** Notify has the text (sent now, or found by reference). */
    ACCEPTED,
    /** Looked up by reference: Notify has no such text, so it was never created. */
    NOT_FOUND,
    /** 429 RateLimitError: not created; wait and try again, it is no failure. */
    THROTTLED,
    /** 429 TooManyRequestsError: the service's daily limit; not created; try much later. */
    DAILY_LIMIT,
    /** 400: Notify will never accept this text (bad number, bad template, team-only key). */
    REJECTED,
    /**
     * 401 or 403 (Notify's AuthError): no or a wrong key, or our clock is off; not created; nothing
     * will go until someone fixes it.
     */
    UNAUTHORISED,
    /** 5xx, a timeout or no answer: it may or may not have been created. */
    UNCERTAIN
  }

  public static NotifyAnswer accepted(String notifyId, DeliveryStatus status) {
    return new NotifyAnswer(Kind.ACCEPTED, notifyId, status, null);
  }

  public static NotifyAnswer notFound() {
    return new NotifyAnswer(Kind.NOT_FOUND, null, null, null);
  }

  /** Sorts an HTTP failure; {@code httpStatus} 0 means no answer (I/O error, timeout). */
  public static NotifyAnswer failure(int httpStatus, String body) {
    List<String> errors = errorNames(body);
    String detail =
        (httpStatus == 0 ? "no answer from Notify" : "Notify answered " + httpStatus)
            + (errors.isEmpty() ? "" : " " + String.join(", ", errors));
    Kind kind;
    if (httpStatus == 429) {
      kind = errors.contains("TooManyRequestsError") ? Kind.DAILY_LIMIT : Kind.THROTTLED;
    } else if (httpStatus == 400) {
      kind = Kind.REJECTED;
    } else if (httpStatus == 401 || httpStatus == 403) {
      kind = Kind.UNAUTHORISED;
    } else {
      kind = Kind.UNCERTAIN;
    }
    return new NotifyAnswer(kind, null, null, detail);
  }

  /** Notify's error names ("RateLimitError", "ValidationError"), never its messages. */
  static List<String> errorNames(String body) {
    List<String> names = new ArrayList<>();
    if (body == null) {
      return names;
    }
    int brace = body.indexOf('{');
    if (brace < 0) {
      return names;
    }
    try {
      JSONArray errors = new JSONObject(body.substring(brace)).optJSONArray("errors");
      for (int i = 0; errors != null && i < errors.length(); i++) {
        String name = errors.getJSONObject(i).optString("error", "");
        if (name.matches("[A-Za-z]{1,40}") && !names.contains(name)) {
          names.add(name);
        }
      }
    } catch (JSONException e) {
      // not Notify's error shape: the status alone says enough
    }
    return names;
  }

  /** Notify certainly did not create the text: sending again cannot make a second one. */
  public boolean certainlyNotCreated() {
    return kind != Kind.UNCERTAIN && kind != Kind.ACCEPTED;
  }
}
