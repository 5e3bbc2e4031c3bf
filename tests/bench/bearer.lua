-- wrk script: sends the access token from the AIH_BENCH_TOKEN environment variable.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("AIH_BENCH_TOKEN")
