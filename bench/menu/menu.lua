-- wrk script for bench/menu/run: rotates over a fixed list of request paths and sends the bearer token.
-- wrk ... -s menu.lua http://127.0.0.1:PORT -- <search|detail> <token file> <list file>
--   search: each line of the list is a query word (UTF-8), sent as /api/v1/activities?q=<word>&size=20
--   detail: each line is an activity code, sent as /api/v1/activities/<code>
-- done() prints one machine-readable line that bench/menu/run reads.

local paths = {}
local next_path = 0
local headers = {}

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

function init(args)
  local mode, token_file, list_file = args[1], args[2], args[3]
  local token = read_lines(token_file)[1]
  headers["Authorization"] = "Bearer " .. token
  headers["Accept"] = "application/json"
  for _, item in ipairs(read_lines(list_file)) do
    if mode == "search" then
      table.insert(paths, "/api/v1/activities?q=" .. urlencode(item) .. "&size=20")
    else
      table.insert(paths, "/api/v1/activities/" .. urlencode(item))
    end
  end
  if #paths == 0 then error("menu.lua: empty list " .. tostring(list_file)) end
  -- each thread starts at another place in the list
  next_path = math.random(#paths) - 1
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], headers)
end

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
