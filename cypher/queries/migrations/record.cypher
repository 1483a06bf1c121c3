// Records one applied migration.
MERGE (m:SchemaMigration {id: $id})
SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()
