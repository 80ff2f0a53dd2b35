package uk.practiceconnect.sandbox.emis.control;

import java.util.Optional;

/** Ids travel as strings; one that is not a number simply names nothing. */
final class Ids {

  private Ids() {}

  static Optional<Long> parse(String id) {
    if (id == null
        || id.isEmpty()
        || id.length() > 18
        || !id.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(id));
  }
}
