-- wrk script: sends the API key from the AIH_BENCH_KEY environment variable.
wrk.headers["X-API-Key"] = os.getenv("AIH_BENCH_KEY")
