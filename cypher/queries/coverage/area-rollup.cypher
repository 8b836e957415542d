// For each of the given breakdown areas, every area at or below it: how the service folds the
// areas organizations sit in into the rows of a by-area breakdown.
// Parameters: $codes (the breakdown areas).
UNWIND $codes AS code
MATCH (:Area {code: code})<-[:PART_OF*0..]-(a:Area)
RETURN code AS row, collect(a.code) AS areas;
