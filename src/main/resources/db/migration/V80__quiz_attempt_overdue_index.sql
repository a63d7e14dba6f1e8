-- The quiz sweep (every minute, on one node) looks for attempts still in progress past their deadline. Without an
-- index on status and deadline it read the whole table, every stored answer sheet included: 3-13 s a run on H2 at
-- academy scale (200,000 attempts, bench/scale.sh), competing with every page. Written once for H2 and PostgreSQL.
create index ix_quiz_attempt_overdue on quiz_attempt (status, deadline);
