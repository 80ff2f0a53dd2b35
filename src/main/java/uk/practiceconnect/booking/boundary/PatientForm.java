package uk.practiceconnect.booking.boundary;

import java.io.Serializable;

/** What the patient typed, as typed: checked only when a step is submitted. */
public class PatientForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String nhsNumber;
  private String dobDay;
  private String dobMonth;
  private String dobYear;
  private String surname;
  private String reason;

  public String getNhsNumber() {
    return nhsNumber;
  }

  public void setNhsNumber(String nhsNumber) {
    this.nhsNumber = nhsNumber;
  }

  public String getDobDay() {
    return dobDay;
  }

  public void setDobDay(String dobDay) {
    this.dobDay = dobDay;
  }

  public String getDobMonth() {
    return dobMonth;
  }

  public void setDobMonth(String dobMonth) {
    this.dobMonth = dobMonth;
  }

  public String getDobYear() {
    return dobYear;
  }

  public void setDobYear(String dobYear) {
    this.dobYear = dobYear;
  }

  public String getSurname() {
    return surname;
  }

  public void setSurname(String surname) {
    this.surname = surname;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
