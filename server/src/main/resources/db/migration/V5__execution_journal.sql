-- The journal of plan executions (apply and cleanup): one checkpoint per execution and step.
-- execution_id is the UUID the migration owns; there is no foreign key, since the journal
-- is written by the executor, which knows nothing of migrations.
CREATE TABLE execution_checkpoints (
    execution_id UUID         NOT NULL,
    step_key     VARCHAR(512) NOT NULL,
    -- PENDING, RUNNING, DONE, FAILED, SKIPPED, REMOVED
    status       VARCHAR(16)  NOT NULL,
    -- the OpenStack id later steps' references resolve to
    object_id    VARCHAR(255),
    -- other values later steps or cleanup need, as a JSON object of strings
    outputs      TEXT,
    -- whether the execution made the object (cleanup removes it) or took it over
    created      BOOLEAN      NOT NULL DEFAULT FALSE,
    attempts     INTEGER      NOT NULL DEFAULT 0,
    started_at   TIMESTAMPTZ,
    finished_at  TIMESTAMPTZ,
    -- why it failed or was skipped, naming the object and quoting the cloud
    error        TEXT,
    PRIMARY KEY (execution_id, step_key)
);
