-- Whether the published decision deviated from its discretion benchmark (裁量基准) and, if so, whether the deviation was
-- reasoned (说理): the flags only, never the reason's text. Null for entries of decisions without a benchmark and for
-- rows written before this column (the projection's version rebuilds them). Numbered 0029, the number issue 17's work
-- was given, so that it cannot collide with another branch's module script.

ALTER TABLE public_disclosure_entries ADD COLUMN IF NOT EXISTS benchmark_deviation boolean NULL;
ALTER TABLE public_disclosure_entries ADD COLUMN IF NOT EXISTS deviation_reasoned boolean NULL;
