-- Migrations of a tenant from one cloud to another. The request (mappings as the client sent
-- them, networks included), the snapshot of the source tenant it was planned from and the plan
-- are kept as JSON text, so that a migration can always be explained and its plan recomputed.
-- The snapshot is written once and never changed.

CREATE TABLE migrations (
    id               BIGSERIAL PRIMARY KEY,
    uuid             UUID         NOT NULL UNIQUE,
    name             VARCHAR(150) NOT NULL,
    description      TEXT         NOT NULL DEFAULT '',
    created_by_id    BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    src_resource_id  BIGINT       NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    dst_resource_id  BIGINT       NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    dst_tenant_id    BIGINT       NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    mappings         TEXT         NOT NULL DEFAULT '{}',
    snapshot         TEXT         NOT NULL,
    plan             TEXT         NOT NULL,
    state            VARCHAR(32)  NOT NULL,
    error_message    TEXT         NOT NULL DEFAULT '',
    error_traceback  TEXT         NOT NULL DEFAULT '',
    created          TIMESTAMPTZ  NOT NULL,
    modified         TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX migrations_created_by ON migrations (created_by_id);
CREATE INDEX migrations_src_resource ON migrations (src_resource_id);
CREATE INDEX migrations_dst_resource ON migrations (dst_resource_id);
CREATE INDEX migrations_created ON migrations (created, id);
