-- POST /api/v1/hazards for wrk (bench/hazards.sh): one report per request, the enterprises of the file
-- BENCH_WRK_ENTERPRISES in turn, the bearer token of BENCH_WRK_TOKEN.
local token = os.getenv("BENCH_WRK_TOKEN")
local enterprises = {}
for line in io.lines(os.getenv("BENCH_WRK_ENTERPRISES")) do
  if line ~= "" then enterprises[#enterprises + 1] = line end
end
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
local sent = 0

request = function()
  sent = sent + 1
  local body = '{"enterpriseId":"' .. enterprises[sent % #enterprises + 1]
      .. '","description":"压测：消防通道堵塞","grade":"GENERAL","source":"GRID_WORKER"}'
  return wrk.format("POST", "/api/v1/hazards", headers, body)
end
