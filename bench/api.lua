-- wrk script of the benchmarks: requests to Entente's API with a bearer token, closed loop or at a constant rate.
-- wrk -tN -cN ... -s bench/api.lua http://127.0.0.1:PORT -- <mode> <token file> <list file> [rate] [log prefix]
--   search: each line of the list is a query word (UTF-8), sent as GET /api/v1/activities?q=<word>&size=20;
--           a line "-" is no word at all (browsing the menu, facets included): GET /api/v1/activities?size=20
--   detail: each line is an activity code, sent as GET /api/v1/activities/<code>
--   draft:  POST /api/v1/activities, a new draft of the provider on the list's first line, code <provider>-B<t>X<n>
--   rate:   requests per second of each connection; 0 (default) is wrk's closed loop. With a rate, each connection
--           sends on a fixed schedule (like wrk2): when an answer comes late, the next request leaves at once and its
--           latency counts from when it was due, so that queueing is not hidden. Needs one connection per thread
--           (-t = -c): a thread's state then belongs to one connection, and request() may sleep.
--   log prefix: each thread appends "<latency µs from due time> <status> <latency µs from sending> [<code>]" per answer
--           to <prefix><thread> (both latencies are the same in closed loop), and "sent [<code>]" before each request
--           (in draft mode with the new activity's code); "-" logs nothing. Needs -t = -c too.
-- done() prints one machine-readable line (wrk's own closed-loop figures) that bench/lib.sh reads.
-- The log needs the environment variable API_LUA_HOOKS=1 (bench/lib.sh's run_wrk sets it): wrk decides from the
-- script as loaded, before any argument is seen, whether to call response() (and read every body), and the
-- closed-loop runs should not pay for it.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
  int nanosleep(const bench_timespec *req, bench_timespec *rem);
]]
local timespec, pause = ffi.new("bench_timespec"), ffi.new("bench_timespec")
local function now_us() -- CLOCK_MONOTONIC
  ffi.C.clock_gettime(1, timespec)
  return tonumber(timespec.tv_sec) * 1e6 + tonumber(timespec.tv_nsec) / 1e3
end
local function sleep_us(us)
  pause.tv_sec = math.floor(us / 1e6)
  pause.tv_nsec = math.floor(us % 1e6) * 1000
  ffi.C.nanosleep(pause, nil)
end

local hooks = os.getenv("API_LUA_HOOKS") == "1"
local threads = {}
local paths = {}
local next_path = 0
local headers = {}
local mode, provider
local interval_us, due_at, sent_at, started_at = 0, nil, 0, 0
local log, sequence, pending_code = nil, 0, nil -- thread_id: a global, set by setup()

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function read_lines(file)
  local lines = {}
  for line in io.lines(file) do
    line = line:gsub("%s+$", "")
    if line ~= "" then table.insert(lines, line) end
  end
  return lines
end

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

function init(args)
  mode = args[1]
  local token_file, list_file, rate, prefix = args[2], args[3], tonumber(args[4] or "0"), args[5] or "-"
  headers["Authorization"] = "Bearer " .. read_lines(token_file)[1]
  headers["Accept"] = "application/json"
  for _, item in ipairs(read_lines(list_file)) do
    if mode == "search" and item == "-" then
      table.insert(paths, "/api/v1/activities?size=20")
    elseif mode == "search" then
      table.insert(paths, "/api/v1/activities?q=" .. urlencode(item) .. "&size=20")
    elseif mode == "detail" then
      table.insert(paths, "/api/v1/activities/" .. urlencode(item))
    elseif mode == "draft" then
      provider = provider or item
    else
      error("api.lua: unknown mode " .. tostring(mode))
    end
  end
  if #paths == 0 and not provider then error("api.lua: empty list " .. tostring(list_file)) end
  if mode == "draft" then headers["Content-Type"] = "application/json" end
  -- each thread starts at another place in the list
  math.randomseed(thread_id * 7919 + os.time())
  next_path = #paths > 0 and math.random(#paths) - 1 or 0
  if prefix ~= "-" and not hooks then error("api.lua: a log needs API_LUA_HOOKS=1") end
  if rate > 0 then interval_us = 1e6 / rate end
  if prefix ~= "-" then
    log = assert(io.open(prefix .. thread_id, "a"))
    log:setvbuf("line") -- written as it goes: the benchmark may stop wrk at any moment
  end
end

local function draft(code)
  return string.format('{"code":"%s","provider":"%s","type":"COURSE","format":"RESIDENTIAL",'
    .. '"title":{"en":"Benchmark course %s","fr":"Cours du banc d’essai %s"},"summary":{"en":"A course.","fr":"Un cours."},'
    .. '"languages":["en"],"durationDays":5,"areas":["BORDER_SECURITY"],"priorityAreas":["PA1"],'
    .. '"marking":{"level":"NATO_UNCLASSIFIED","releasableTo":[]},"eligibility":{"kind":"ALL_PARTNERS"}}',
    code, provider, code, code)
end

function request()
  if interval_us > 0 then
    -- wait here for the due time rather than in wrk's delay(): wrk skips delay() after a reconnection (Tomcat
    -- closes the connection after a 503), and with one connection per thread, sleeping holds up no other one.
    -- Connections start at random phases so that they do not send in bursts.
    local now = now_us()
    due_at = due_at or now + math.random() * interval_us
    if due_at > now then sleep_us(due_at - now) end
    started_at = now_us()
    sent_at = due_at
    due_at = due_at + interval_us
  else
    started_at = now_us()
    sent_at = started_at
  end
  if mode == "draft" then
    sequence = sequence + 1
    pending_code = string.format("%s-B%dX%d", provider, thread_id, sequence)
    if log then log:write("sent ", pending_code, "\n") end
    return wrk.format("POST", "/api/v1/activities", headers, draft(pending_code))
  end
  if log then log:write("sent\n") end
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], headers)
end

local function logged_response(status)
  if log then
    local now = now_us()
    log:write(math.floor(now - sent_at), " ", status, " ", math.floor(now - started_at), " ", pending_code or "", "\n")
  end
end

if hooks then response = logged_response end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local n = summary.requests
  -- latencies in microseconds; wrk records only completed requests
  io.write(string.format(
      "WRK_RESULT requests=%d seconds=%.3f rps=%.2f p50_us=%d p95_us=%d p99_us=%d max_us=%d "
        .. "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d\n",
      n, seconds, n / seconds,
      n > 0 and latency:percentile(50) or 0, n > 0 and latency:percentile(95) or 0,
      n > 0 and latency:percentile(99) or 0, n > 0 and latency.max or 0,
      e.connect, e.read, e.write, e.status, e.timeout))
end
