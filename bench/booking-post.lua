-- wrk script: POST a booking per request, each for its own free slot (slot ids and patients read
-- from files the shell prepared), each with a new Idempotency-Key. Prints p50/p95/p99, the
-- number of non-2xx answers, the answers by status (e.g. "statuses 201=250,409=2") and how many
-- requests were sent (those sent but not answered were still in flight when wrk stopped). Usage: wrk -s bench/booking-post.lua ... URL  (env BOOK_SLOTS, BOOK_PATIENTS, BOOK_KEY)
local function lines(path)
  local t = {}
  for l in io.lines(path) do t[#t + 1] = l end
  return t
end

local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  thread:set("tcount", 0)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  slots = lines(os.getenv("BOOK_SLOTS"))
  patients = lines(os.getenv("BOOK_PATIENTS"))
  nthreads = tonumber(os.getenv("BOOK_THREADS") or "2")
  n = 0
  statuses = {}
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BOOK_KEY")
end

function request()
  n = n + 1
  local i = (n - 1) * nthreads + tid
  local slot = slots[((i - 1) % #slots) + 1]
  local nhs, dob = patients[((i - 1) % #patients) + 1]:match("([^,]+),([^,]+)")
  wrk.headers["Idempotency-Key"] = "bench-" .. tid .. "-" .. n .. "-" .. os.time()
  local body = '{"slotId":"' .. slot .. '","nhsNumber":"' .. nhs .. '","dateOfBirth":"' .. dob
      .. '","surname":"Bench"}'
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total, codes, sent = {}, {}, 0
  for _, thread in ipairs(threads) do
    sent = sent + (thread:get("n") or 0)
    for status, count in pairs(thread:get("statuses") or {}) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do codes[#codes + 1] = status .. "=" .. count end
  table.sort(codes)
  io.write(string.format("p50 %.1f ms p95 %.1f ms p99 %.1f ms requests %d non2xx %d statuses %s sent %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status, table.concat(codes, ","), sent))
end
