/**
 * The embedded demo: seeds practices, people and keys when demo.enabled is true, and switches off
 * what it seeded when it is false.
 */
@MayCall({"platform", "practice", "api", "emis", "gpconnect", "reminders", "booking"})
package uk.practiceconnect.demo;

import uk.practiceconnect.platform.MayCall;
