/** SafetyIncident and the checked values it is made of. */
package uk.practiceconnect.safety.entity;
