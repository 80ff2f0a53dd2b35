/**
 * Facts about patients that several features share: their NHS number and mobile number as value
 * objects. Patients are never stored here; EMIS holds them.
 */
@MayCall({"platform"})
package uk.practiceconnect.patient;

import uk.practiceconnect.platform.MayCall;
