-- A cancel request, kept in the database so that it reaches whichever node runs the
-- migration: that node polls it while it runs. A new run clears it.
ALTER TABLE migrations ADD COLUMN cancel_requested BOOLEAN NOT NULL DEFAULT FALSE;
