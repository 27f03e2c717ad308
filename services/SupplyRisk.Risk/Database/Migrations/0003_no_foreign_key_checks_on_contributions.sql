-- The contributions and the effective contributions are written by one statement, in the
-- transaction that has just inserted their scored item, and only for items that statement
-- inserted (ScoredItemWriter); nothing deletes a scored item. Their foreign keys could never
-- fail, yet each row paid for a check and a row lock on risk.scored_items: about half of the
-- writer's statement time (7–8 ms with them, 3.7 ms without, for 100 items on the benchmark
-- database). An integration test looks for rows without their scored item instead
-- (PipelineFixture.AssertEveryRowHasItsItemAsync, after the fault tests).
ALTER TABLE risk.contributions DROP CONSTRAINT IF EXISTS contributions_news_id_fkey;
ALTER TABLE risk.effective_contributions DROP CONSTRAINT IF EXISTS effective_contributions_news_id_fkey;
