// How many instruments the graph holds (benchmarks check whether their fixture is already loaded).
MATCH (n:Instrument) RETURN count(n) AS n
