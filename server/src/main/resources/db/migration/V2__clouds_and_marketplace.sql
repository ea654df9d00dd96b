-- Clouds (service settings) and the marketplace: offerings, plans, resources and orders.

CREATE TABLE service_settings (
    id                  BIGSERIAL PRIMARY KEY,
    uuid                UUID         NOT NULL UNIQUE,
    name                VARCHAR(150) NOT NULL,
    type                VARCHAR(32)  NOT NULL,
    customer_id         BIGINT       REFERENCES customers (id),
    shared              BOOLEAN      NOT NULL DEFAULT FALSE,
    backend_url         VARCHAR(500) NOT NULL,
    username            VARCHAR(255) NOT NULL,
    password            TEXT         NOT NULL, -- AES-GCM, see SecretBox
    tenant_name         VARCHAR(255) NOT NULL DEFAULT 'admin',
    domain              VARCHAR(255) NOT NULL DEFAULT 'Default',
    project_domain      VARCHAR(255) NOT NULL DEFAULT 'Default',
    region              VARCHAR(255) NOT NULL DEFAULT '',
    endpoint_interface  VARCHAR(16)  NOT NULL DEFAULT 'public',
    external_network_id VARCHAR(64)  NOT NULL DEFAULT '',
    verify_ssl          BOOLEAN      NOT NULL DEFAULT TRUE,
    certificate         TEXT         NOT NULL DEFAULT '',
    max_concurrency     INTEGER      NOT NULL DEFAULT 8,
    requests_per_second DOUBLE PRECISION,
    options             TEXT         NOT NULL DEFAULT '{}',
    state               VARCHAR(16)  NOT NULL DEFAULT 'OK',
    error_message       TEXT         NOT NULL DEFAULT '',
    created             TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE offerings (
    id             BIGSERIAL PRIMARY KEY,
    uuid           UUID         NOT NULL UNIQUE,
    name           VARCHAR(150) NOT NULL,
    description    TEXT         NOT NULL DEFAULT '',
    type           VARCHAR(64)  NOT NULL,
    customer_id    BIGINT       NOT NULL REFERENCES customers (id),
    scope_id       BIGINT       REFERENCES service_settings (id),
    shared         BOOLEAN      NOT NULL DEFAULT TRUE,
    billable       BOOLEAN      NOT NULL DEFAULT TRUE,
    state          VARCHAR(16)  NOT NULL,
    plugin_options TEXT         NOT NULL DEFAULT '{}',
    created        TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX offerings_customer ON offerings (customer_id);

CREATE TABLE plans (
    id          BIGSERIAL PRIMARY KEY,
    uuid        UUID         NOT NULL UNIQUE,
    offering_id BIGINT       NOT NULL REFERENCES offerings (id),
    name        VARCHAR(150) NOT NULL,
    description TEXT         NOT NULL DEFAULT '',
    max_amount  INTEGER,
    archived    BOOLEAN      NOT NULL DEFAULT FALSE,
    created     TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX plans_offering ON plans (offering_id);

-- A resource's scope is what it stands for in a cloud (an OpenStack tenant): a typed reference.
CREATE TABLE resources (
    id          BIGSERIAL PRIMARY KEY,
    uuid        UUID         NOT NULL UNIQUE,
    name        VARCHAR(150) NOT NULL,
    description TEXT         NOT NULL DEFAULT '',
    project_id  BIGINT       NOT NULL REFERENCES projects (id),
    offering_id BIGINT       NOT NULL REFERENCES offerings (id),
    plan_id     BIGINT       REFERENCES plans (id),
    scope_type  VARCHAR(64),
    scope_uuid  UUID,
    limits      TEXT         NOT NULL DEFAULT '{}',
    state       VARCHAR(16)  NOT NULL,
    created     TIMESTAMPTZ  NOT NULL,
    modified    TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX resources_project ON resources (project_id);
CREATE INDEX resources_offering ON resources (offering_id);
CREATE INDEX resources_plan ON resources (plan_id);
CREATE UNIQUE INDEX resources_scope ON resources (scope_type, scope_uuid) WHERE scope_uuid IS NOT NULL;

CREATE TABLE orders (
    id                   BIGSERIAL PRIMARY KEY,
    uuid                 UUID        NOT NULL UNIQUE,
    type                 VARCHAR(16) NOT NULL,
    state                VARCHAR(32) NOT NULL,
    project_id           BIGINT      NOT NULL REFERENCES projects (id),
    offering_id          BIGINT      NOT NULL REFERENCES offerings (id),
    resource_id          BIGINT      REFERENCES resources (id) ON DELETE SET NULL,
    plan_id              BIGINT      REFERENCES plans (id),
    limits               TEXT        NOT NULL DEFAULT '{}',
    attachment           VARCHAR(500),
    created_by_id        BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    consumer_reviewed_by BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    consumer_reviewed_at TIMESTAMPTZ,
    provider_reviewed_by BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    provider_reviewed_at TIMESTAMPTZ,
    error_message        TEXT        NOT NULL DEFAULT '',
    error_traceback      TEXT        NOT NULL DEFAULT '',
    created              TIMESTAMPTZ NOT NULL,
    modified             TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX orders_project ON orders (project_id);
CREATE INDEX orders_resource ON orders (resource_id);
