/**
 * Lost and found: items handed over at a point, their owners told, returned, or disposed of with a
 * record when the keeping time ends.
 */
package org.fengqiao.citizen.lostfound;
