/** Start-up seeding of the demo data; idempotent, so restarts keep what exists. */
package uk.practiceconnect.demo.control;
