package uk.practiceconnect.emis.entity;

import java.util.Arrays;
import uk.practiceconnect.platform.entity.Text;

/**
 * The EMIS API user's password, on its way to being encrypted. It never prints itself, so it cannot
 * leak into a log line or an audit entry by accident.
 */
public final class ApiPassword {

  public static final int MAX_LENGTH = 128;
  private final char[] value;

  private ApiPassword(char[] value) {
    this.value = value;
  }

  public static ApiPassword of(String raw) {
    Text.required(raw, "Enter the EMIS API user's password");
    Text.maxLength(raw, MAX_LENGTH, "The password");
    return new ApiPassword(raw.toCharArray());
  }

  public char[] reveal() {
    return Arrays.copyOf(value, value.length);
  }

  @Override
  public String toString() {
    return "ApiPassword[hidden]";
  }
}
