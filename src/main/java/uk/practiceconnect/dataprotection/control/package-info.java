/** Finding one patient's rows in every table, exporting them, erasing them in one transaction. */
package uk.practiceconnect.dataprotection.control;
