-- Two ways of knowing a certificate's holder were written side by side: by the account's e-mail (V31) and by the
-- account the coordinator links to the participant record (V40). The link is the one both Java and the policy
-- now use; the e-mail one goes, so that the two lines of need-to-know cannot disagree.
drop function registration_is_holder(uuid);
