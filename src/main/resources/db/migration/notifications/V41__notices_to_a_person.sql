-- A notice may be addressed to one person: USER:<account id> beside ORGANISATION:ROLE grants. Notices about a
-- participant are no longer addressed to every participant of the nation (NATION:PARTICIPANT); those already
-- written lose that address.
drop policy notifications_outbox_read on notifications_outbox;
create policy notifications_outbox_read on notifications_outbox for select
  using ((select app_is_system())
         or audience && (select app_grants() || array['USER:' || coalesce(app_user_id()::text, '-')]));
update notifications_outbox set audience = array(select a from unnest(audience) a where a not like '%:PARTICIPANT');
