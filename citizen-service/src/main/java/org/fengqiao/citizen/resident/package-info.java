/**
 * Who a resident is to this service and what they may see: their own things only, taken from their
 * token.
 */
package org.fengqiao.citizen.resident;
