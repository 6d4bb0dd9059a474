-- Schema 4: the merge evidence of an actor (`dossier actor`, "merged by") read from the index alone (an
-- index-only scan once the table is vacuumed). A busy actor has thousands of links, one per article.
CREATE INDEX actor_merges_evidence ON actor_merges (actor_id, rule, matched_key);
DROP INDEX actor_merges_actor;
