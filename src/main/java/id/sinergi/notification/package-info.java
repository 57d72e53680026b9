/**
 * Telling people what happened to them: in-app notifications (an inbox with an unread count) and
 * e-mail, now or in a daily digest. Who people are and how they want e-mail it asks the identity
 * component through {@link id.sinergi.notification.Recipients}, which identity implements.
 * Other components notify through {@link id.sinergi.notification.NotificationService}.
 */
package id.sinergi.notification;
