package uk.practiceconnect.practice.entity;

/** What a signed-in person may do. The names are the Jakarta Security group names. */
public enum Role {
  /** The supplier's support desk: every practice. */
  PLATFORM_ADMIN("platform-admin"),
  /** A practice manager: their own practice only. */
  PRACTICE_ADMIN("practice-admin");

  private final String groupName;

  Role(String groupName) {
    this.groupName = groupName;
  }

  public String groupName() {
    return groupName;
  }
}
