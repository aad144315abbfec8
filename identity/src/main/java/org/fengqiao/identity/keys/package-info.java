/** The signing keys, kept on disk so that tokens outlive a restart, and their rotation. */
package org.fengqiao.identity.keys;
