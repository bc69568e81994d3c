-- wrk script for bench/serve_load.sh: POSTs collection-gate requests for 100 subscribers in
-- turn (half of them consented), one durable audited decision each.
local key = os.getenv("PIGUARD_BENCH_KEY")
local counter = 0
local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key}

request = function()
  counter = counter + 1
  local body = string.format(
    '{"subscriber":"bench-%d","service":"mobile","purpose":"billing","fields":[' ..
    '{"name":"phone","categories":["contact"]},{"name":"note","value":"please call after 6pm"}]}',
    counter % 100)
  return wrk.format("POST", "/v1/gate/decisions", headers, body)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors_status=%d errors_other=%d seconds=%.3f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3))
end
