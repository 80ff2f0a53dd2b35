package uk.practiceconnect.api.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.practiceconnect.api.control.ApiKeys;
import uk.practiceconnect.api.entity.Access;
import uk.practiceconnect.api.entity.ApiKey;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The support desk issues and revokes API keys here. A new key's value is shown once, on the page
 * that created it, and is gone when the page is left.
 */
@Named
@ViewScoped
public class ApiKeysPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "keyForm";
  private static final String ALL = "ALL";

  /** A row of the key table. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String name;
    private final String prefix;
    private final String scope;
    private final String access;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant revokedAt;

    Row(ApiKey k, String scope) {
      this.id = k.id();
      this.name = k.name();
      this.prefix = k.keyPrefix();
      this.scope = scope;
      this.access = k.access() == Access.READ ? "Read only" : "Read and write";
      this.createdAt = k.createdAt();
      this.createdBy = k.createdBy();
      this.revokedAt = k.revokedAt();
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getPrefix() {
      return prefix;
    }

    public String getScope() {
      return scope;
    }

    public String getAccess() {
      return access;
    }

    public Instant getCreatedAt() {
      return createdAt;
    }

    public String getCreatedBy() {
      return createdBy;
    }

    public Instant getRevokedAt() {
      return revokedAt;
    }

    public boolean isActive() {
      return revokedAt == null;
    }
  }

  @Inject ApiKeys keys;
  @Inject Practices practices;
  @Inject CurrentCaller caller;

  private List<Row> rows;
  private List<SelectItem> scopeChoices;
  private String name;
  private String scope = ALL;
  private Access access = Access.READ;
  private String issuedValue;
  private String issuedName;

  @PostConstruct
  void init() {
    scopeChoices = new java.util.ArrayList<>();
    scopeChoices.add(new SelectItem(ALL, "All practices"));
    for (Practice p : practices.visibleTo(caller.get())) {
      scopeChoices.add(
          new SelectItem(p.odsCode().value(), p.name() + " (" + p.odsCode() + ") only"));
    }
    refresh();
  }

  private void refresh() {
    Map<Long, String> odsById =
        practices.visibleTo(caller.get()).stream()
            .collect(Collectors.toMap(Practice::id, p -> p.odsCode().value(), (a, b) -> a));
    Function<ApiKey, String> scopeOf =
        k -> k.allPractices() ? "All practices" : odsById.getOrDefault(k.practiceId(), "?");
    rows = keys.all().stream().map(k -> new Row(k, scopeOf.apply(k))).toList();
  }

  public void issue() {
    forgetIssuedValue();
    try {
      Practice practice = null;
      if (scope != null && !ALL.equals(scope)) {
        practice = practices.readable(caller.get(), scope);
      }
      ApiKeys.Issued issued = keys.issue(caller.get(), name, practice, access);
      issuedValue = issued.value();
      issuedName = issued.key().name();
      name = null;
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public void revoke(long id) {
    forgetIssuedValue();
    try {
      ApiKey key = keys.revoke(caller.get(), id);
      FacesErrors.success(FORM, "Revoked " + key.name() + ": it stops working at once.");
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  /** A new key's value is shown in answer to "Issue key" only, never after the next action. */
  private void forgetIssuedValue() {
    issuedValue = null;
    issuedName = null;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<SelectItem> getScopeChoices() {
    return scopeChoices;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public Access getAccess() {
    return access;
  }

  public void setAccess(Access access) {
    this.access = access;
  }

  public Access[] getAccessChoices() {
    return Access.values();
  }

  public String getIssuedValue() {
    return issuedValue;
  }

  public String getIssuedName() {
    return issuedName;
  }
}
