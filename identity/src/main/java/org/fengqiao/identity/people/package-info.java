/**
 * The people who may sign in: the made-up people of the directories the services hold, the
 * station's staff and residents, each with the id the services know them by; and how they sign in
 * (their id and the deployment's one password).
 */
package org.fengqiao.identity.people;
