-- Mails wait here until the mail server accepts them (issue 12): a mail server that is down delays a mail, it
-- never loses it. Each is tried at once, then again with growing pauses; one relay at a time holds a mail
-- (locked_until), so two portal instances never send it twice.
CREATE TABLE mail_outbox (
    id              bigserial   PRIMARY KEY,
    recipients      text        NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    about           text        NOT NULL,
    reference       text,
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    locked_until    timestamptz,
    last_error      text,
    sent_at         timestamptz
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
