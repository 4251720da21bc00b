-- Starts the Team Charter server the way a Neovim user would (vim.lsp.start_client, stdio), attaches
-- it to the charter given in TEAM_CHARTER_FILE, waits for diagnostics and writes them, one per line as
-- "line:column:code", to TEAM_CHARTER_OUT. Exits non-zero when none arrive.
local file = os.getenv('TEAM_CHARTER_FILE')
local out = os.getenv('TEAM_CHARTER_OUT')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local client_id = vim.lsp.start_client({
  name = 'team-charter',
  cmd = { os.getenv('TEAM_CHARTER_NODE'), os.getenv('TEAM_CHARTER_SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client_id then
  io.stderr:write('could not start the server\n')
  vim.cmd('cquit 2')
end
vim.lsp.buf_attach_client(0, client_id)
local arrived = vim.wait(120000, function()
  return #vim.diagnostic.get(0) > 0
end, 20)
if not arrived then
  io.stderr:write('no diagnostics within 15 s\n')
  vim.cmd('cquit 1')
end
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  table.insert(lines, string.format('%d:%d:%s', d.lnum, d.col, code))
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
