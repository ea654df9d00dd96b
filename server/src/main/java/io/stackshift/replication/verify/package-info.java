/**
 * Reads the destination project back and compares it with the plan, object by object: a
 * migration ends well only when nothing differs. Knows the plan and the cloud client,
 * nothing of how the plan was applied; the ids of the objects come from the caller (the
 * journal).
 */
package io.stackshift.replication.verify;
