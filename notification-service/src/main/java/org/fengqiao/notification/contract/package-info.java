/**
 * The edge between notification-service's model and {@code notification.events}: its published
 * language ({@link org.fengqiao.notification.contract.NotificationContract}).
 */
package org.fengqiao.notification.contract;
