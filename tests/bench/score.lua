-- wrk script: POST /v1/score with a news article of about 3 KB (tests/bench/article-3k.json).
local f = assert(io.open(os.getenv("ARTICLE") or "tests/bench/article-3k.json", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
