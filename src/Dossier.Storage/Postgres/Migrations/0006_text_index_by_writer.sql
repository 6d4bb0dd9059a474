-- Schema 6: nothing changes here. On SQLite the writer now adds the full-text rows itself (see the SQLite
-- migration of the same name); PostgreSQL's search columns are generated. The version keeps both engines' schema
-- numbers naming the same tables.
SELECT 1;
