/**
 * The outbox row ({@link uk.practiceconnect.sms.entity.SmsMessage}) and the words around it:
 * purpose, state, Notify's delivery status, and SMS length rules (GSM-7 and UCS-2 fragments).
 */
package uk.practiceconnect.sms.entity;
