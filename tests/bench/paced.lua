-- wrk script for latency at a chosen rate: every connection waits before each request, so the
-- rate is set by the wait (and the server's answer time) instead of being the most the server
-- can take. wrk times each request from its first byte written to its answer, not the wait.
--   PACE_MS    mean wait in milliseconds; wrk's timers count whole milliseconds, so a wait of
--              1.4 is 1 or 2 at random, 2 four times in ten
--   PACE_BODY  a JSON file to POST (empty: GET)
local body = os.getenv("PACE_BODY")
if body and body ~= "" then
  local f = assert(io.open(body, "r"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

local mean = tonumber(os.getenv("PACE_MS") or "1")
local whole = math.floor(mean)
local part = mean - whole

function delay()
  if math.random() < part then
    return whole + 1
  end
  return whole
end
