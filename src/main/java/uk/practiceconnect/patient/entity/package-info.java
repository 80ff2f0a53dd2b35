/** Value objects for patient identifiers: NhsNumber (modulus 11) and MobileNumber (UK mobile). */
package uk.practiceconnect.patient.entity;
