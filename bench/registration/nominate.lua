-- wrk script: nominate-and-decide through Entente's API. Each thread walks its own share of (event,
-- participant) pairs: it POSTs a nomination, and once the answer names the nomination it POSTs the decision
-- (CONFIRMED; the events are big enough for every one). A "transaction" is one nomination plus its decision:
-- transactions per second = 2xx answers / 2 / seconds (wrk counts the others as status errors).
-- Arguments: token-file pairs-file threads (pairs: lines "event participant")

local token, pairs, decisions = nil, {}, {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
end

function init(args)
  local f = assert(io.open(args[1])); token = f:read("*l"); f:close()
  local n = 0
  for line in io.lines(args[2]) do
    n = n + 1
    -- each thread takes every thread_count-th pair, so that no pair is sent twice
    if (n % tonumber(args[3])) == (id - 1) then table.insert(pairs, line) end
  end
  next_pair = 1
end

function request()
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}
  if #decisions > 0 then
    local d = table.remove(decisions, 1)
    return wrk.format("POST", "/api/v1/nominations/" .. d.id .. "/transitions", headers, '{"to":"' .. d.to .. '"}')
  end
  local pair = pairs[next_pair]
  if pair == nil then pair = pairs[1] end -- ran out: repeats are answered 409 and counted as refused
  next_pair = next_pair + 1
  local event, participant = pair:match("(%S+) (%S+)")
  return wrk.format("POST", "/api/v1/events/" .. event .. "/nominations", headers, '{"participant":"' .. participant .. '"}')
end

-- Only a nomination is answered 201 (a decision 200). The answer is told by its status, not by the last request
-- built: a thread's connections interleave, and until 2026-11-30 a flag set when building the request made about a
-- third of the nominations go undecided (1.55 nominations per confirmed pair, measured by pg_stat_statements).
function response(status, headers, body)
  if status == 201 then
    local id = body:match('"id":"([0-9a-f%-]+)"')
    if id then table.insert(decisions, {id = id, to = "CONFIRMED"}) end
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("WRK_RESULT requests=%d rps=%.1f p50_us=%d p95_us=%d p99_us=%d err_connect=%d err_status=%d err_timeout=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.connect, summary.errors.status, summary.errors.timeout))
end
