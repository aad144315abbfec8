/**
 * A resident's own overview across features: their appointments, service requests and lost items
 * in one read.
 */
package org.fengqiao.citizen.overview;
