-- The staff the portal has seen sign in (issue 12): a supervisor reassigns a case only to one of them, never to
-- a name nobody holds. Learnt from each sign-in's roles; the strongest staff role is kept.
CREATE TABLE staff_members (
    username       text        PRIMARY KEY,
    display_name   text,
    role           text        NOT NULL CHECK (role IN ('arbitrator', 'supervisor')),
    last_signed_in timestamptz NOT NULL
);
