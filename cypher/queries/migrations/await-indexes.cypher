// Index population is asynchronous: wait (up to 300 s) so the first queries after start see complete indexes.
CALL db.awaitIndexes(300)
