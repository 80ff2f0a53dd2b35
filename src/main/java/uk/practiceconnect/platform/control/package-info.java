/** Database, migrations, clock, credential encryption and the audit trail. */
package uk.practiceconnect.platform.control;
