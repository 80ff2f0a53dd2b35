package uk.practiceconnect.api.entity;

/** What an API key may do. */
public enum Access {
  READ,
  READ_WRITE;

  public boolean canWrite() {
    return this == READ_WRITE;
  }
}
