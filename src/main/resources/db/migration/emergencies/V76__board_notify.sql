-- Live boards (issue 15, item 5): every new revision of an incident is announced on the channel
-- 'emergencies_board' as "<id> <revision> <nation> <status>". NOTIFY is delivered when the transaction commits
-- (never for one rolled back), to every application instance LISTENing, so that each fans it out to the boards
-- open on it. A discarded draft is announced with a fresh revision, so that the boards listing it drop it.
-- The payload names no more than the incident's nation and status: each instance decides in Java which open
-- board of all incidents may hear of it (the reader's need-to-know, taken when the stream was opened).
create function emergencies_announce() returns trigger language plpgsql as
$$
begin
  if tg_op = 'DELETE' then
    perform pg_notify('emergencies_board',
      old.id::text || ' ' || nextval('emergencies_revision')::text || ' ' || old.nation || ' ' || old.status);
    return null;
  end if;
  if tg_op = 'INSERT' or new.revision > old.revision then
    perform pg_notify('emergencies_board',
      new.id::text || ' ' || new.revision::text || ' ' || new.nation || ' ' || new.status);
  end if;
  return null;
end
$$;
create trigger emergencies_incident_announce after insert or update or delete on emergencies_incident
  for each row execute function emergencies_announce();
