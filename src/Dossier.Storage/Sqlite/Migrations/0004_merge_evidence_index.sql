-- Schema 4: the merge evidence of an actor (`dossier actor`, "merged by") read from the index alone. A busy actor
-- has thousands of links (one per article); grouping them by rule and key from the table cost a page read each.
CREATE INDEX actor_merges_evidence ON actor_merges (actor_id, rule, matched_key);
DROP INDEX actor_merges_actor;
