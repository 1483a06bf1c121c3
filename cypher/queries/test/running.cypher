// Transactions running a statement that contains $marker, other than this one: for the cancellation test.
SHOW TRANSACTIONS YIELD transactionId, currentQuery, status
WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN transactionId, status
