package uk.practiceconnect.reminders.boundary;

import java.io.Serializable;
import java.time.Instant;
import uk.practiceconnect.reminders.entity.SlotTypeSwitch;

/** A slot type row of the Reminders page, with its switch as the page edits it. */
public class TypeRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;
  private boolean enabled;
  private final Instant seenInEmisAt;

  TypeRow(String name, boolean enabled, Instant seenInEmisAt) {
    this.name = name;
    this.enabled = enabled;
    this.seenInEmisAt = seenInEmisAt;
  }

  static TypeRow of(SlotTypeSwitch s) {
    return new TypeRow(s.name(), s.enabled(), s.seenInEmisAt());
  }

  public String getName() {
    return name;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getSeenInEmisAt() {
    return seenInEmisAt;
  }
}
