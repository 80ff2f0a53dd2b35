package uk.practiceconnect.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
}
