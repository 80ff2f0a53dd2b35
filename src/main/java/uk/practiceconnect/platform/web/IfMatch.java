package uk.practiceconnect.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

/**
 * Reads an {@code If-Match} header of a settings {@code PUT}: the ETag a client read ({@code "3"},
 * weak or not; bare digits too, for curl users), or nothing for "no check". A tag we cannot have
 * issued is a bad request, not a conflict.
 */
public final class IfMatch {

  private static final Pattern TAG = Pattern.compile("(?:W/)?(\"?)(-?\\d{1,18})\\1");

  private IfMatch() {}

  /** The version the client read, or null when it asked for no check. */
  public static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    Matcher m = TAG.matcher(ifMatch.strip());
    if (!m.matches()) {
      throw new DomainException(
          ErrorCode.MALFORMED_REQUEST,
          "If-Match must be the ETag of the settings you read, for example \"3\", or be left out");
    }
    return Long.parseLong(m.group(2));
  }
}
