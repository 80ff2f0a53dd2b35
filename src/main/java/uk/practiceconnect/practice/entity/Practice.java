package uk.practiceconnect.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A GP practice using Practice Connect, known nationally by its ODS code. */
@Entity
@Table(name = "practice")
@NamedQuery(name = Practice.BY_ODS, query = "select p from Practice p where p.odsCode = :ods")
@NamedQuery(name = Practice.ALL, query = "select p from Practice p order by p.odsCode")
public class Practice {

  public static final String BY_ODS = "Practice.byOds";
  public static final String ALL = "Practice.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ods_code", nullable = false, unique = true, length = 6)
  private String odsCode;

  @Column(nullable = false, length = PracticeName.MAX_LENGTH)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(length = PracticePhone.MAX_LENGTH)
  private String phone;

  @Column(length = PracticeContact.ADDRESS_MAX_LENGTH)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "integration_route", nullable = false, length = 20)
  private IntegrationRoute integrationRoute = IntegrationRoute.EMIS;

  @Version private long version;

  protected Practice() {}

  public Practice(OdsCode odsCode, PracticeName name, Instant createdAt) {
    this.odsCode = odsCode.value();
    this.name = name.value();
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public OdsCode odsCode() {
    return new OdsCode(odsCode);
  }

  public PracticeName name() {
    return new PracticeName(name);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public java.util.Optional<PracticePhone> phone() {
    return java.util.Optional.ofNullable(phone).map(PracticePhone::new);
  }

  public java.util.Optional<String> address() {
    return java.util.Optional.ofNullable(address);
  }

  /** How Practice Connect reaches the practice's appointment book: EMIS unless changed. */
  public IntegrationRoute integrationRoute() {
    return integrationRoute == null ? IntegrationRoute.EMIS : integrationRoute;
  }

  /** True when the route changed. */
  public boolean changeRoute(IntegrationRoute route) {
    if (route == integrationRoute()) {
      return false;
    }
    integrationRoute = route;
    return true;
  }

  /** How patients reach the practice; either may be empty. True when something changed. */
  public boolean changeContact(PracticePhone newPhone, String newAddress) {
    String p = newPhone == null ? null : newPhone.value();
    if (java.util.Objects.equals(p, phone) && java.util.Objects.equals(newAddress, address)) {
      return false;
    }
    phone = p;
    address = newAddress;
    return true;
  }
}
