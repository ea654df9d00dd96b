-- OpenStack: each cloud's catalogue (volume types, external networks), its tenants, and the
-- inventory of each tenant as last read from the cloud. Objects keep their OpenStack ids
-- (backend_id); references between them are OpenStack ids too, as the cloud gives them, so a
-- reference to something outside the tenant (a shared or external network) stays readable.
-- Lists and small nested values are JSON in TEXT columns: nothing queries inside them.

CREATE TABLE cloud_volume_types (
    id          BIGSERIAL PRIMARY KEY,
    uuid        UUID         NOT NULL UNIQUE,
    settings_id BIGINT       NOT NULL REFERENCES service_settings (id) ON DELETE CASCADE,
    backend_id  VARCHAR(64)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    description TEXT         NOT NULL DEFAULT '',
    is_public   BOOLEAN      NOT NULL DEFAULT TRUE,
    UNIQUE (settings_id, backend_id)
);

CREATE TABLE cloud_external_networks (
    id          BIGSERIAL PRIMARY KEY,
    uuid        UUID         NOT NULL UNIQUE,
    settings_id BIGINT       NOT NULL REFERENCES service_settings (id) ON DELETE CASCADE,
    backend_id  VARCHAR(64)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    shared      BOOLEAN      NOT NULL DEFAULT FALSE,
    UNIQUE (settings_id, backend_id)
);

ALTER TABLE service_settings ADD COLUMN catalogue_pulled TIMESTAMPTZ;

-- A Keystone project as a tenant of one of our projects. backend_id is null only while a
-- tenant stackshift creates has no Keystone project yet.
CREATE TABLE tenants (
    id                  BIGSERIAL PRIMARY KEY,
    uuid                UUID         NOT NULL UNIQUE,
    name                VARCHAR(150) NOT NULL,
    description         TEXT         NOT NULL DEFAULT '',
    settings_id         BIGINT       NOT NULL REFERENCES service_settings (id),
    project_id          BIGINT       NOT NULL REFERENCES projects (id),
    resource_id         BIGINT       UNIQUE REFERENCES resources (id) ON DELETE SET NULL,
    backend_id          VARCHAR(64),
    origin              VARCHAR(16)  NOT NULL CHECK (origin IN ('IMPORTED', 'CREATED')),
    state               VARCHAR(16)  NOT NULL,
    error_message       TEXT         NOT NULL DEFAULT '',
    user_username       VARCHAR(255),
    user_password       TEXT,        -- AES-GCM, see SecretBox
    internal_network_id VARCHAR(64)  NOT NULL DEFAULT '',
    external_network_id VARCHAR(64)  NOT NULL DEFAULT '',
    pulled              TIMESTAMPTZ,
    created             TIMESTAMPTZ  NOT NULL,
    modified            TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (settings_id, backend_id)
);
CREATE INDEX tenants_project ON tenants (project_id);

-- Limits and usage per service ('network', 'compute', 'volume') and OpenStack key.
CREATE TABLE tenant_quotas (
    tenant_id   BIGINT      NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    service     VARCHAR(16) NOT NULL,
    name        VARCHAR(64) NOT NULL,
    quota_limit BIGINT      NOT NULL,
    in_use      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, service, name)
);

CREATE TABLE tenant_volume_types (
    tenant_id      BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    volume_type_id BIGINT NOT NULL REFERENCES cloud_volume_types (id) ON DELETE CASCADE,
    PRIMARY KEY (tenant_id, volume_type_id)
);

CREATE TABLE tenant_networks (
    id                    BIGSERIAL PRIMARY KEY,
    uuid                  UUID         NOT NULL UNIQUE,
    tenant_id             BIGINT       NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    backend_id            VARCHAR(64)  NOT NULL,
    name                  VARCHAR(255) NOT NULL DEFAULT '',
    description           TEXT         NOT NULL DEFAULT '',
    mtu                   INTEGER,
    port_security_enabled BOOLEAN,
    network_type          VARCHAR(32),
    segmentation_id       INTEGER,
    is_external           BOOLEAN      NOT NULL DEFAULT FALSE,
    shared                BOOLEAN      NOT NULL DEFAULT FALSE,
    admin_state_up        BOOLEAN,
    status                VARCHAR(32),
    UNIQUE (tenant_id, backend_id)
);

CREATE TABLE tenant_subnets (
    id                BIGSERIAL PRIMARY KEY,
    uuid              UUID         NOT NULL UNIQUE,
    tenant_id         BIGINT       NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    backend_id        VARCHAR(64)  NOT NULL,
    name              VARCHAR(255) NOT NULL DEFAULT '',
    description       TEXT         NOT NULL DEFAULT '',
    network_backend_id VARCHAR(64) NOT NULL,
    cidr              VARCHAR(64)  NOT NULL,
    ip_version        INTEGER      NOT NULL,
    gateway_ip        VARCHAR(64),
    enable_dhcp       BOOLEAN,
    allocation_pools  TEXT         NOT NULL DEFAULT '[]',
    dns_nameservers   TEXT         NOT NULL DEFAULT '[]',
    host_routes       TEXT         NOT NULL DEFAULT '[]',
    ipv6_address_mode VARCHAR(32),
    ipv6_ra_mode      VARCHAR(32),
    UNIQUE (tenant_id, backend_id)
);

CREATE TABLE tenant_routers (
    id               BIGSERIAL PRIMARY KEY,
    uuid             UUID         NOT NULL UNIQUE,
    tenant_id        BIGINT       NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    backend_id       VARCHAR(64)  NOT NULL,
    name             VARCHAR(255) NOT NULL DEFAULT '',
    description      TEXT         NOT NULL DEFAULT '',
    admin_state_up   BOOLEAN,
    status           VARCHAR(32),
    routes           TEXT         NOT NULL DEFAULT '[]',
    external_gateway TEXT,
    interfaces       TEXT         NOT NULL DEFAULT '[]',
    UNIQUE (tenant_id, backend_id)
);

CREATE TABLE tenant_security_groups (
    id          BIGSERIAL PRIMARY KEY,
    uuid        UUID         NOT NULL UNIQUE,
    tenant_id   BIGINT       NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    backend_id  VARCHAR(64)  NOT NULL,
    name        VARCHAR(255) NOT NULL DEFAULT '',
    description TEXT         NOT NULL DEFAULT '',
    stateful    BOOLEAN,
    rules       TEXT         NOT NULL DEFAULT '[]',
    UNIQUE (tenant_id, backend_id)
);

CREATE TABLE tenant_ports (
    id                    BIGSERIAL PRIMARY KEY,
    uuid                  UUID         NOT NULL UNIQUE,
    tenant_id             BIGINT       NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    backend_id            VARCHAR(64)  NOT NULL,
    name                  VARCHAR(255) NOT NULL DEFAULT '',
    description           TEXT         NOT NULL DEFAULT '',
    network_backend_id    VARCHAR(64)  NOT NULL,
    mac_address           VARCHAR(32),
    fixed_ips             TEXT         NOT NULL DEFAULT '[]',
    security_groups       TEXT         NOT NULL DEFAULT '[]',
    port_security_enabled BOOLEAN,
    allowed_address_pairs TEXT         NOT NULL DEFAULT '[]',
    device_owner          VARCHAR(255),
    device_id             VARCHAR(255),
    status                VARCHAR(32),
    admin_state_up        BOOLEAN,
    UNIQUE (tenant_id, backend_id)
);

CREATE TABLE tenant_floating_ips (
    id                  BIGSERIAL PRIMARY KEY,
    uuid                UUID         NOT NULL UNIQUE,
    tenant_id           BIGINT       NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    backend_id          VARCHAR(64)  NOT NULL,
    name                VARCHAR(255) NOT NULL DEFAULT '',
    description         TEXT         NOT NULL DEFAULT '',
    floating_network_id VARCHAR(64),
    floating_ip_address VARCHAR(64),
    fixed_ip_address    VARCHAR(64),
    port_backend_id     VARCHAR(64),
    router_backend_id   VARCHAR(64),
    status              VARCHAR(32),
    UNIQUE (tenant_id, backend_id)
);
