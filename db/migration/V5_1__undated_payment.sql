-- A ledger may record a payment (实缴金额, 加处罚款) without its date: the import keeps it with a data-quality
-- note instead of refusing the whole file (ledger-import.md does not list the date among the rules it
-- enforces). Such a payment counts in no year's payment figures, which go by 缴款日期. Screens still require it.
ALTER TABLE penalty_payment MODIFY paid_date DATE NULL;
