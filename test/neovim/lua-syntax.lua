-- Checks that the Lua file TEAM_CHARTER_LUA compiles (a README snippet for a Neovim this machine has not).
local path = os.getenv('TEAM_CHARTER_LUA')
local file = assert(io.open(path))
local ok, err = loadstring(file:read('*a'), '=' .. path)
file:close()
if not ok then
  io.stderr:write(err .. '\n')
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
