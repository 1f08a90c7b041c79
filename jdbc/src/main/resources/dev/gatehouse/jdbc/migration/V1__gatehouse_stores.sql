-- Gatehouse stores, schema version 1 (PostgreSQL 12 or later).
-- Apply with Gatehouse's own GatehouseSchema.migrate(dataSource), with Flyway
-- (locations = classpath:dev/gatehouse/jdbc/migration), or with psql -f.

-- API keys: only a digest of each key is stored. key_id is the non-secret identifier written
-- inside the key itself, so a check is one primary-key lookup, never a scan.
CREATE TABLE gatehouse_api_key (
  key_id        varchar(32)  NOT NULL PRIMARY KEY,
  principal     varchar(256) NOT NULL,
  scopes        text[]       NOT NULL DEFAULT '{}',
  key_digest    bytea        NOT NULL CHECK (octet_length(key_digest) = 32),
  created_at    timestamptz  NOT NULL DEFAULT now(),
  expires_at    timestamptz,
  revoked_at    timestamptz,
  replaced_by   varchar(32)  REFERENCES gatehouse_api_key (key_id),
  last_used_at  timestamptz
);
CREATE INDEX gatehouse_api_key_principal ON gatehouse_api_key (principal);

-- Users for HTTP Basic: the password hash in its self-describing encoded form, never a password.
-- COLLATE "C" compares names byte for byte, as Gatehouse does.
CREATE TABLE gatehouse_user (
  name          varchar(256) COLLATE "C" NOT NULL PRIMARY KEY,
  password_hash text         NOT NULL,
  scopes        text[]       NOT NULL DEFAULT '{}',
  enabled       boolean      NOT NULL DEFAULT true,
  updated_at    timestamptz  NOT NULL DEFAULT now()
);

-- Failed-authentication throttle, shared by every replica. bucket is a SHA-256 of what is
-- throttled (a user name): fixed-size rows, no user name stored. last_failure_at and failures
-- decide how long further attempts wait.
CREATE TABLE gatehouse_throttle (
  bucket          bytea       NOT NULL PRIMARY KEY CHECK (octet_length(bucket) = 32),
  failures        integer     NOT NULL,
  last_failure_at timestamptz NOT NULL
);
CREATE INDEX gatehouse_throttle_last_failure ON gatehouse_throttle (last_failure_at);
