// The constraint the migration records need before the first migration can be recorded (also in 001).
CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.id IS UNIQUE
