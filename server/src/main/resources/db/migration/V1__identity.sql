-- Identity: users, tokens, organisations (customers), projects, roles and their permissions.

CREATE TABLE users (
    id            BIGSERIAL PRIMARY KEY,
    uuid          UUID         NOT NULL UNIQUE,
    username      VARCHAR(150) NOT NULL UNIQUE,
    full_name     VARCHAR(150) NOT NULL DEFAULT '',
    email         VARCHAR(254) NOT NULL DEFAULT '',
    is_active     BOOLEAN      NOT NULL DEFAULT TRUE,
    is_staff      BOOLEAN      NOT NULL DEFAULT FALSE,
    is_support    BOOLEAN      NOT NULL DEFAULT FALSE,
    password_hash VARCHAR(255),
    date_joined   TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);

-- Only a SHA-256 digest of each token is kept: a leaked table does not leak sessions.
CREATE TABLE auth_tokens (
    id        BIGSERIAL PRIMARY KEY,
    user_id   BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    digest    VARCHAR(64) NOT NULL UNIQUE,
    created   TIMESTAMPTZ NOT NULL,
    last_used TIMESTAMPTZ NOT NULL
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id);

CREATE TABLE customers (
    id           BIGSERIAL PRIMARY KEY,
    uuid         UUID         NOT NULL UNIQUE,
    name         VARCHAR(150) NOT NULL,
    abbreviation VARCHAR(12)  NOT NULL DEFAULT '',
    email        VARCHAR(254) NOT NULL DEFAULT '',
    created      TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE projects (
    id          BIGSERIAL PRIMARY KEY,
    uuid        UUID         NOT NULL UNIQUE,
    customer_id BIGINT       NOT NULL REFERENCES customers (id),
    name        VARCHAR(500) NOT NULL,
    description TEXT         NOT NULL DEFAULT '',
    created     TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX projects_customer ON projects (customer_id);

CREATE TABLE roles (
    id          BIGSERIAL PRIMARY KEY,
    uuid        UUID         NOT NULL UNIQUE,
    name        VARCHAR(64)  NOT NULL UNIQUE,
    scope_type  VARCHAR(16)  NOT NULL CHECK (scope_type IN ('customer', 'project')),
    description VARCHAR(255) NOT NULL DEFAULT ''
);

CREATE TABLE role_permissions (
    role_id    BIGINT      NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission VARCHAR(64) NOT NULL,
    PRIMARY KEY (role_id, permission)
);

CREATE TABLE role_grants (
    id              BIGSERIAL PRIMARY KEY,
    uuid            UUID        NOT NULL UNIQUE,
    user_id         BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id         BIGINT      NOT NULL REFERENCES roles (id),
    customer_id     BIGINT      REFERENCES customers (id) ON DELETE CASCADE,
    project_id      BIGINT      REFERENCES projects (id) ON DELETE CASCADE,
    created         TIMESTAMPTZ NOT NULL,
    created_by_id   BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    expiration_time TIMESTAMPTZ,
    CHECK ((customer_id IS NULL) <> (project_id IS NULL))
);
CREATE UNIQUE INDEX role_grants_unique ON role_grants (user_id, role_id, COALESCE(customer_id, 0), COALESCE(project_id, 0));
CREATE INDEX role_grants_customer ON role_grants (customer_id);
CREATE INDEX role_grants_project ON role_grants (project_id);

-- The default role model. Operators change it through /api/roles/{uuid}/update_permissions/,
-- as in Waldur (for example: grant ORDER.APPROVE to project admins).
INSERT INTO roles (uuid, name, scope_type, description) VALUES
    ('0f3c6b5e-1c1e-4b8e-9a53-8d9a1f6f0001', 'CUSTOMER.OWNER', 'customer', 'Owns the organisation and everything in it'),
    ('0f3c6b5e-1c1e-4b8e-9a53-8d9a1f6f0002', 'PROJECT.ADMIN', 'project', 'Administers the project''s resources'),
    ('0f3c6b5e-1c1e-4b8e-9a53-8d9a1f6f0003', 'PROJECT.MANAGER', 'project', 'Manages the project, its team and its orders'),
    ('0f3c6b5e-1c1e-4b8e-9a53-8d9a1f6f0004', 'PROJECT.MEMBER', 'project', 'Sees the project and its resources');

INSERT INTO role_permissions (role_id, permission)
SELECT r.id, p.permission
FROM roles r
JOIN (VALUES
    ('CUSTOMER.OWNER', 'CUSTOMER.UPDATE'),
    ('CUSTOMER.OWNER', 'CUSTOMER.CREATE_PERMISSION'),
    ('CUSTOMER.OWNER', 'PROJECT.CREATE'),
    ('CUSTOMER.OWNER', 'PROJECT.UPDATE'),
    ('CUSTOMER.OWNER', 'PROJECT.DELETE'),
    ('CUSTOMER.OWNER', 'PROJECT.CREATE_PERMISSION'),
    ('CUSTOMER.OWNER', 'PROJECT.CREATE_RESOURCE'),
    ('CUSTOMER.OWNER', 'ORDER.APPROVE'),
    ('CUSTOMER.OWNER', 'ORDER.APPROVE_PRIVATE'),
    ('CUSTOMER.OWNER', 'ORDER.REJECT'),
    ('CUSTOMER.OWNER', 'OFFERING.CREATE'),
    ('CUSTOMER.OWNER', 'OFFERING.UPDATE'),
    ('CUSTOMER.OWNER', 'RESOURCE.UPDATE'),
    ('CUSTOMER.OWNER', 'TENANT.VIEW_CREDENTIALS'),
    ('PROJECT.ADMIN', 'PROJECT.UPDATE'),
    ('PROJECT.ADMIN', 'PROJECT.CREATE_PERMISSION'),
    ('PROJECT.ADMIN', 'PROJECT.CREATE_RESOURCE'),
    ('PROJECT.ADMIN', 'RESOURCE.UPDATE'),
    ('PROJECT.ADMIN', 'TENANT.VIEW_CREDENTIALS'),
    ('PROJECT.MANAGER', 'PROJECT.UPDATE'),
    ('PROJECT.MANAGER', 'PROJECT.CREATE_PERMISSION'),
    ('PROJECT.MANAGER', 'PROJECT.CREATE_RESOURCE'),
    ('PROJECT.MANAGER', 'ORDER.APPROVE'),
    ('PROJECT.MANAGER', 'ORDER.REJECT'),
    ('PROJECT.MANAGER', 'RESOURCE.UPDATE')
) AS p (role, permission) ON p.role = r.name;
