-- wrk script: each thread stops after its share of VISITS requests (env VISITS, THREADS), so a run
-- makes a known number of visits rather than lasting a known time.
local threads = tonumber(os.getenv("THREADS") or "2")
local share = math.floor(tonumber(os.getenv("VISITS") or "100000") / threads)
local seen = 0

function response(status, headers, body)
  seen = seen + 1
  if seen >= share then
    wrk.thread:stop()
  end
end
