package io.stackshift.replication;

import java.util.UUID;

/**
 * A migration was stored with its plan and may be executed; published after the creating
 * transaction committed, so a listener always finds the row.
 *
 * @param migration the migration's UUID
 */
public record MigrationScheduled(UUID migration) {
}
