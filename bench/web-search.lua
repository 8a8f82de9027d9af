-- wrk script: full-text searches for common news words, in random order, against the path given
-- after `--` (default /api/search).
local words = { "oil", "bank", "strike", "election", "president", "trade", "market", "court", "police",
  "war", "price", "government", "minister", "talks", "company", "shares", "rebels", "troops", "vote",
  "flood", "earthquake", "protest", "Egypt", "Syria", "Libya", "Obama", "Reuters", "dollar", "gold",
  "profit", "tax", "union", "killed", "army", "storm", "wheat", "coffee", "%22central%20bank%22", "export%2A" }
local path = "/api/search"
init = function(args)
  if args[1] then path = args[1] end
  math.randomseed(42)
end
request = function()
  return wrk.format("GET", path .. "?q=" .. words[math.random(#words)] .. "&limit=20")
end
