package uk.practiceconnect.shell.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import uk.practiceconnect.inbox.control.Inbox;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.control.Users;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.Username;

/**
 * The main menu. A practice admin sees their practice's pages; the support desk sees its own pages
 * and, while looking at one practice, that practice's pages too.
 */
@Named
@RequestScoped
public class Navigation {

  /** One menu entry; {@code ods} is added as a parameter when present. */
  public static final class Item {
    private final String label;
    private final String outcome;
    private final String ods;

    Item(String label, String outcome, String ods) {
      this.label = label;
      this.outcome = outcome;
      this.ods = ods;
    }

    public String getLabel() {
      return label;
    }

    public String getOutcome() {
      return outcome;
    }

    public String getOds() {
      return ods;
    }
  }

  @Inject CurrentCaller caller;
  @Inject Practices practices;
  @Inject Users users;
  @Inject Inbox inbox;

  private List<Item> items;
  private List<Item> practiceItems;
  private String viewing;

  /** The main menu: a practice admin's practice pages, or the support desk's own pages. */
  public List<Item> getItems() {
    build();
    return items;
  }

  /**
   * For the support desk looking at one practice: that practice's pages, in a menu of their own
   * under the practice's name (empty otherwise).
   */
  public List<Item> getPracticeItems() {
    build();
    return practiceItems;
  }

  /** "Riverside Surgery (A81001)" while the support desk looks at a practice; null otherwise. */
  public String getViewing() {
    build();
    return viewing;
  }

  private void build() {
    if (items != null) {
      return;
    }
    items = new ArrayList<>();
    practiceItems = new ArrayList<>();
    if (!caller.isKnown()) {
      return;
    }
    Caller who = caller.get();
    if (who.isPlatformAdmin()) {
      items.add(new Item("Practices", "/platform/practices", null));
      items.add(new Item("EMIS integrations", "/platform/integrations", null));
      items.add(new Item("API keys", "/platform/api-keys", null));
      items.add(new Item("Audit trail", "/platform/audit", null));
      items.add(new Item("Safety incidents", "/platform/incidents", null));
      items.add(new Item("Data retention", "/platform/retention", null));
      items.add(new Item("Subject access", "/platform/subject-access", null));
    }
    String ods = practiceInView(who);
    if (ods == null) {
      return;
    }
    List<Item> pages = who.isPlatformAdmin() ? practiceItems : items;
    pages.add(new Item("Feature settings", "/practice/settings", ods));
    pages.add(new Item("Troubleshooting", "/practice/troubleshooting", ods));
    pages.add(new Item("Reminders", "/practice/reminders", ods));
    pages.add(new Item("Reminder log", "/practice/reminder-log", ods));
    pages.add(new Item(inboxLabel(ods), "/practice/inbox", ods));
    pages.add(new Item("Online booking", "/practice/booking", ods));
    pages.add(new Item("Invitations", "/practice/invite", ods));
    pages.add(new Item("Bookings", "/practice/bookings", ods));
    pages.add(new Item("Webhooks", "/practice/webhooks", ods));
    pages.add(new Item("Audit trail", "/practice/audit", ods));
    pages.add(new Item("Safety concerns", "/practice/safety", ods));
    if (who.isPlatformAdmin()) {
      viewing =
          practices.find(OdsCode.of(ods)).map(p -> p.name().value() + " (" + ods + ")").orElse(ods);
    }
  }

  /** "Inbox" or "Inbox (2 unread)". */
  private String inboxLabel(String ods) {
    long unread = practices.find(OdsCode.of(ods)).map(p -> inbox.unread(p.id())).orElse(0L);
    return unread == 0 ? "Inbox" : "Inbox (" + unread + " unread)";
  }

  private String practiceInView(Caller who) {
    if (!who.allPractices()) {
      return practices.byId(who.practiceId()).map(p -> p.odsCode().value()).orElse(null);
    }
    String ods =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ods");
    if (ods == null || ods.isBlank()) {
      return null;
    }
    try {
      return practices.readable(who, ods).odsCode().value();
    } catch (RuntimeException e) {
      return null;
    }
  }

  public boolean isCurrent(Item item) {
    String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return view.equals(item.outcome + ".xhtml");
  }

  /** "Rita Patel, Riverside Surgery (A81001)" or "Support Desk, support desk". */
  public String getSignedInAs() {
    if (!caller.isKnown()) {
      return "";
    }
    Caller who = caller.get();
    String person =
        users.find(Username.of(who.name())).map(u -> u.displayName()).orElse(who.name());
    if (who.isPlatformAdmin()) {
      return person + " (support desk)";
    }
    return practices
        .byId(who.practiceId())
        .map(Practice::name)
        .map(n -> person + ", " + n.value())
        .orElse(person);
  }

  /** Where "/" takes a signed-in person. */
  public String home() {
    Caller who = caller.get();
    return who.isPlatformAdmin()
        ? "/platform/practices?faces-redirect=true"
        : "/practice/settings?faces-redirect=true";
  }
}
