// A read that runs for seconds on any graph: for the cancellation test (tests/graph/cancel.test.ts).
UNWIND range(1, $n) AS x
WITH x WHERE x % 7 = 0
RETURN count(x) AS c
