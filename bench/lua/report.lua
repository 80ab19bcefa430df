-- wrk script of the suite: checks every response and prints the run's figures as key=value
-- lines for bench/run to collect.
--
--   wrk ... -s report.lua <url> -- [marker ...]
--
-- A response counts as non-2xx when its status is not 2xx (wrk itself counts only >= 400), and
-- as incomplete when its body lacks one of the markers (each fragment's end marker, so a page
-- that came back 200 with a fragment missing or replaced by its fallback is not counted as good).

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  markers = args
  non2xx = 0
  incomplete = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
  for _, marker in ipairs(markers) do
    if not string.find(body, marker, 1, true) then
      incomplete = incomplete + 1
      break
    end
  end
end

function done(summary, latency, requests)
  local non2xx_total, incomplete_total = 0, 0
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
    incomplete_total = incomplete_total + thread:get("incomplete")
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("seconds=%.3f\n", seconds))
  io.write(string.format("rps=%.1f\n", summary.requests / seconds))
  io.write(string.format("bytes_per_response=%.0f\n", summary.bytes / math.max(summary.requests, 1)))
  io.write(string.format("p50_ms=%.3f\n", latency:percentile(50) / 1000))
  io.write(string.format("p90_ms=%.3f\n", latency:percentile(90) / 1000))
  io.write(string.format("p99_ms=%.3f\n", latency:percentile(99) / 1000))
  io.write(string.format("p999_ms=%.3f\n", latency:percentile(99.9) / 1000))
  io.write(string.format("max_ms=%.3f\n", latency.max / 1000))
  io.write(string.format("errors_connect=%d\n", e.connect))
  io.write(string.format("errors_read=%d\n", e.read))
  io.write(string.format("errors_write=%d\n", e.write))
  io.write(string.format("errors_timeout=%d\n", e.timeout))
  io.write(string.format("non2xx=%d\n", non2xx_total))
  io.write(string.format("incomplete=%d\n", incomplete_total))
  io.write(string.format("errors=%d\n", e.connect + e.read + e.write + e.timeout + non2xx_total + incomplete_total))
end
