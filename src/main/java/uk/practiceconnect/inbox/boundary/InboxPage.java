package uk.practiceconnect.inbox.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.practiceconnect.inbox.control.Inbox;
import uk.practiceconnect.inbox.entity.InboxMessage;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;

/** A practice's inbox: notices newest first, unread ones marked, each can be marked as read. */
@Named
@ViewScoped
public class InboxPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "inboxForm";

  @Inject Inbox inbox;
  @Inject CurrentPractice current;

  private List<InboxMessage> messages = List.of();

  public void load() {
    if (current.getId() == null) {
      return;
    }
    messages = inbox.messages(current.practice());
  }

  public void markRead(Long id) {
    try {
      inbox.markRead(current.caller(), current.practice(), id);
      load();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public List<InboxMessage> getMessages() {
    return messages;
  }

  public long getUnread() {
    return messages.stream().filter(InboxMessage::isUnread).count();
  }

  public String getUnreadText() {
    long n = getUnread();
    return n == 0 ? "nothing unread" : n + " unread";
  }
}
