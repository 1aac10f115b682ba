-- The sandbox's whole model: one tenant per database in practice, but every row still names its tenant
-- so "another event of this tenant" is a real check. Times are ISO 8601 UTC strings (toISOString), which
-- sort correctly as text. Money is integer minor units (cents) so sums are exact.

CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  currency TEXT NOT NULL,
  doors_open_grace_minutes INTEGER NOT NULL DEFAULT 30
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('Admin', 'Door')),
  created_at TEXT NOT NULL
);

-- Only the SHA-256 of an API token is stored; the token itself is shown once.
CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  name TEXT NOT NULL,
  description TEXT,
  status TEXT NOT NULL CHECK (status IN ('Draft', 'Published', 'Cancelled')),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  doors_open_at TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  capacity INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_at TEXT,
  cancelled_at TEXT
);
CREATE INDEX events_by_tenant_start ON events (tenant_id, starts_at);

CREATE TABLE ticket_types (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id),
  name TEXT NOT NULL,
  description TEXT,
  price_minor INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX ticket_types_by_event ON ticket_types (event_id);

CREATE TABLE orders (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  event_id TEXT NOT NULL REFERENCES events(id),
  order_number TEXT NOT NULL UNIQUE,
  customer_name TEXT NOT NULL,
  customer_email TEXT NOT NULL,
  -- Lower-cased name, email and number, searched with instr() so LIKE wildcards in a query mean nothing.
  search_text TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('Paid', 'Cancelled')),
  total_minor INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  cancelled_at TEXT,
  cancellation_reason TEXT
);
CREATE INDEX orders_by_event_newest ON orders (event_id, created_at DESC, seq DESC);

CREATE TABLE tickets (
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES orders(id),
  event_id TEXT NOT NULL REFERENCES events(id),
  ticket_type_id TEXT NOT NULL REFERENCES ticket_types(id),
  token TEXT NOT NULL UNIQUE,
  holder_name TEXT NOT NULL,
  price_minor INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('Valid', 'Redeemed', 'Cancelled')),
  redeemed_at TEXT,
  redeemed_by_user_id TEXT REFERENCES users(id),
  redeemed_at_door TEXT
);
CREATE INDEX tickets_by_order ON tickets (order_id);
CREATE INDEX tickets_by_type_status ON tickets (ticket_type_id, status);
CREATE INDEX tickets_by_event_redeemed ON tickets (event_id, redeemed_at);

-- Every redeem attempt, refusals included. The token is kept only as its SHA-256.
CREATE TABLE redemption_audit (
  id INTEGER PRIMARY KEY,
  ticket_id TEXT,
  token_hash TEXT NOT NULL,
  event_id TEXT NOT NULL,
  door TEXT,
  user_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  override INTEGER NOT NULL,
  notes TEXT,
  attempted_at TEXT NOT NULL
);
CREATE INDEX redemption_audit_by_event ON redemption_audit (event_id, id);

-- Idempotency-Key records, scoped by the API token that sent them.
CREATE TABLE idempotency_keys (
  api_token_hash TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status_code INTEGER NOT NULL,
  response_body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (api_token_hash, idempotency_key)
) WITHOUT ROWID;

-- Messages the real platform would send; the sandbox only records them.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  order_id TEXT NOT NULL,
  recipient_email TEXT NOT NULL,
  recipient_name TEXT NOT NULL,
  ticket_count INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
