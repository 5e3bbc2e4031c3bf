-- wrk script: self sign-ups with a fresh slug each, as a flood from one address would send them.
local counter = 0
math.randomseed(os.time())
request = function()
    counter = counter + 1
    local slug = string.format("flood-%d-%d", math.random(1, 1000000000), counter)
    local body = string.format(
        '{"name":"Flood","slug":"%s","admin_email":"a@%s.example","admin_password":"flood-password-1"}',
        slug, slug)
    return wrk.format("POST", "/api/enterprise/tenants", {["Content-Type"] = "application/json"}, body)
end
