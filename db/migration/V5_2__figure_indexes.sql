-- Covering indexes for the yearly figures (issue 4 benchmark). Each figure query reads one table for a list
-- of organisations and a date range (or a stock rule on a date), and evaluates its conditions on a few
-- columns: with those columns in the index after (org_id, date), the query reads index entries only and
-- never looks up the rows (at 1,000,000 records the row lookups were most of the time).
-- Each new index begins with the columns of the (org_id, date) index it replaces, so that one is dropped
-- afterwards (the foreign keys on org_id are covered by the unique (org_id, number) indexes).

-- penalty_case by decision date: outcome, procedure, heaviest type, amount, legal review, deadline, publication
CREATE INDEX ix_fig_pc_decision ON penalty_case (org_id, decision_date, outcome, procedure_type, heaviest_type,
    penalty_amount, legal_review_required, legal_review_date, filed_date, decision_due_date, publication_date,
    publication_due_date, no_penalty_reason);
-- by filing date, and the cases open at year end (filed before, not closed by then)
CREATE INDEX ix_fig_pc_filed ON penalty_case (org_id, filed_date, procedure_type, outcome, closed_date);
CREATE INDEX ix_fig_pc_publication ON penalty_case (org_id, publication_date, outcome);
CREATE INDEX ix_fig_pc_transfer ON penalty_case (org_id, transfer_date, transfer_type, transfer_organ);
-- payments and measures by date, with the case to look the organisation up
CREATE INDEX ix_fig_payment_date ON penalty_payment (paid_date, case_id, amount, surcharge_amount);
CREATE INDEX ix_fig_measure_date ON coercive_measure (decided_date, case_id);
CREATE INDEX ix_fig_collective_date ON collective_discussion (meeting_date, case_id);

-- dispute by acceptance date (with the splits), the disputes open at year end, by closing and agreement date
CREATE INDEX ix_fig_dispute_accepted ON dispute (org_id, accepted_date, closed_date, intake_source, mediation_kind, category);
CREATE INDEX ix_fig_dispute_closed ON dispute (org_id, closed_date, outcome, risk_flag, escalated, persons_involved);
CREATE INDEX ix_fig_dispute_agreement ON dispute (org_id, agreement_date, outcome, agreement_amount);

-- petition by registration date (with the channel and closing date), by closing date (rating, deadline, backlog)
CREATE INDEX ix_fig_petition_registered ON petition (org_id, registered_date, channel_code, closed_date);
CREATE INDEX ix_fig_petition_closed ON petition (org_id, closed_date, rating, due_date, backlog, resolved);

DROP INDEX ix_pc_decision ON penalty_case;
DROP INDEX ix_pc_filed ON penalty_case;
DROP INDEX ix_pc_publication ON penalty_case;
DROP INDEX ix_pc_transfer ON penalty_case;
DROP INDEX ix_payment_date ON penalty_payment;
DROP INDEX ix_measure_date ON coercive_measure;
DROP INDEX ix_collective_date ON collective_discussion;
DROP INDEX ix_dispute_accepted ON dispute;
DROP INDEX ix_dispute_closed ON dispute;
DROP INDEX ix_dispute_agreement ON dispute;
DROP INDEX ix_petition_registered ON petition;
DROP INDEX ix_petition_closed ON petition;
