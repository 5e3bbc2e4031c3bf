-- wrk script: sends the API key from AIH_BENCH_KEY (when set) and prints how many responses
-- came back with each status, and how many 503s lacked Retry-After, summed over wrk's threads.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    local key = os.getenv("AIH_BENCH_KEY")
    if key and key ~= "" then
        wrk.headers["X-API-Key"] = key
    end
    statuses = {}
    missing_retry_after = 0
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if status == 503 and headers["Retry-After"] == nil then
        missing_retry_after = missing_retry_after + 1
    end
end

function done(summary, latency, requests)
    local total, missing = {}, 0
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
        missing = missing + thread:get("missing_retry_after")
    end
    for status, count in pairs(total) do
        io.write(string.format("status %d: %d\n", status, count))
    end
    io.write(string.format("503 without Retry-After: %d\n", missing))
end
