-- wrk script for the quiz submissions of `make bench`: every POST a new submission.
--
-- BENCH_SUBMIT_SPEC names a file written by bench/run.py, one item a line:
--   path <the quiz's submit path>
--   cookie <csrftoken=…>                   the CSRF cookie every request sends
--   session <sessionid=…>                  phones' session cookies, taken in turn (one a line)
--   prefix <csrfmiddlewaretoken=…&form_token=>
--   suffix <&q-…=…>                        every answer right
--   token <form token, URL-encoded>        single-use, minted beforehand (one line each)
-- Thread k of BENCH_WRK_THREADS takes tokens k, k + n, k + 2n … of the file, each once. When
-- its share runs out it stops (the summary says so). A success is a 302 to a result page:
-- response() counts them and keeps each result's id; other statuses are counted by code.
-- done() writes the summary (JSON) to BENCH_WRK_OUT and the result ids, one a line, to
-- BENCH_WRK_OUT .. ".results"; bench/run.py checks them against the database.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  local n = tonumber(os.getenv("BENCH_WRK_THREADS"))
  local index, sessions = 0, {}
  tokens, sent, ok, exhausted, other, results = {}, 0, 0, 0, {}, {}
  for line in io.lines(os.getenv("BENCH_SUBMIT_SPEC")) do
    local key, value = line:match("^(%S+) (.*)$")
    if key == "token" then
      index = index + 1
      if (index - 1) % n == id - 1 then
        tokens[#tokens + 1] = value
      end
    elseif key == "session" then
      sessions[#sessions + 1] = value
    elseif key then
      _G[key] = value
    end
  end
  headers = {}
  for i, session in ipairs(sessions) do
    headers[i] = {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = cookie .. "; " .. session,
    }
  end
end

function request()
  local token = tokens[sent + 1]
  if token == nil then
    -- Nothing left to send: stop this thread. What is returned is still written, so it is a
    -- form without a token, which records nothing (a 400, counted apart).
    exhausted = 1
    wrk.thread:stop()
    return wrk.format("POST", path, headers[1], prefix .. suffix)
  end
  sent = sent + 1
  return wrk.format("POST", path, headers[(sent % #headers) + 1], prefix .. token .. suffix)
end

function response(status, response_headers, body)
  local location = response_headers["Location"] or ""
  local result = location:match("/hoc%-vien/ket%-qua/([0-9a-f%-]+)/$")
  if status == 302 and result then
    ok = ok + 1
    results[ok] = result
  else
    other[status] = (other[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local path = os.getenv("BENCH_WRK_OUT")
  local ids = assert(io.open(path .. ".results", "w"))
  local per_thread, statuses = {}, {}
  for _, thread in ipairs(threads) do
    per_thread[#per_thread + 1] = string.format(
      '{"sent": %d, "ok": %d, "exhausted": %d}',
      thread:get("sent"), thread:get("ok"), thread:get("exhausted"))
    for status, count in pairs(thread:get("other")) do
      statuses[status] = (statuses[status] or 0) + count
    end
    for _, result in ipairs(thread:get("results")) do
      ids:write(result, "\n")
    end
  end
  ids:close()
  local other = {}
  for status, count in pairs(statuses) do
    other[#other + 1] = string.format('"%d": %d', status, count)
  end
  local e = summary.errors
  local out = assert(io.open(path, "w"))
  out:write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50_us": %.0f, "p95_us": %.0f, ' ..
    '"p99_us": %.0f, "max_us": %.0f, "threads": [%s], "other": {%s}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, table.concat(per_thread, ", "), table.concat(other, ", ")))
  out:close()
end
