/**
 * The edge between citizen-service's features and {@code citizen.events}: its published language
 * ({@link org.fengqiao.citizen.contract.CitizenContract}), one translator for the whole service.
 */
package org.fengqiao.citizen.contract;
