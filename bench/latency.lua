-- wrk script: prints p50/p95/p99 in milliseconds (wrk --latency has no p95).
function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms p95 %.1f ms p99 %.1f ms requests %d non2xx %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status))
end
