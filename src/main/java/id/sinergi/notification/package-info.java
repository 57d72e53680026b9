/**
 * Telling people what happened to them: in-app notifications (an inbox with an unread count).
 * Other components notify through {@link id.sinergi.notification.NotificationService}.
 */
package id.sinergi.notification;
