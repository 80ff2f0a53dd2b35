package uk.practiceconnect.sandbox.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** A patient registered at the organisation, with the contact details reminders need. */
@Entity(name = "SbxEmisPatient")
@Table(name = "sbx_emis_patient")
public class Patient {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sbx_emis_patient_seq")
  @SequenceGenerator(
      name = "sbx_emis_patient_seq",
      sequenceName = "sbx_emis_patient_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @Column(name = "nhs_number", nullable = false, length = 10)
  private String nhsNumber;

  @Column(length = 20)
  private String title;

  @Column(nullable = false, length = 100)
  private String forenames;

  @Column(nullable = false, length = 100)
  private String surname;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(length = 10)
  private String postcode;

  @Column(length = 20)
  private String mobile;

  @Column(name = "sms_consent", nullable = false)
  private boolean smsConsent;

  protected Patient() {}

  public Patient(Long organisationId, NhsNumber nhsNumber, PatientDetails details) {
    this.organisationId = organisationId;
    this.nhsNumber = nhsNumber.value();
    update(details);
  }

  public void update(PatientDetails details) {
    this.title = details.title();
    this.forenames = details.forenames();
    this.surname = details.surname();
    this.dateOfBirth = details.dateOfBirth();
    this.postcode = details.postcode();
    this.mobile = details.mobile();
    this.smsConsent = details.smsConsent();
  }

  /**
   * Whether a person identifying as this patient gave the right date of birth and surname. The
   * surname is compared ignoring case, accents and surrounding spaces (Brontë = bronte).
   */
  public boolean matches(LocalDate dateOfBirth, String surname) {
    return this.dateOfBirth.equals(dateOfBirth) && fold(this.surname).equals(fold(surname));
  }

  static String fold(String name) {
    if (name == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  public Long id() {
    return id;
  }

  public NhsNumber nhsNumber() {
    return new NhsNumber(nhsNumber);
  }

  public PatientDetails details() {
    return new PatientDetails(title, forenames, surname, dateOfBirth, postcode, mobile, smsConsent);
  }
}
