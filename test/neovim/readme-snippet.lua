-- Run after the README's init.lua snippet (nvim -u init.lua FIRST -c 'luafile this'): the snippet alone
-- must have started the server and attached it to FIRST. Then opens SECOND (the snippet must attach
-- that buffer too, to the same client), applies a quick fix for accountable-multiple in FIRST, and writes what
-- it saw as JSON to TEAM_CHARTER_OUT. With TEAM_CHARTER_ONLY_DIAGNOSTICS set, stops after FIRST's.
local out = os.getenv('TEAM_CHARTER_OUT')
local second = os.getenv('TEAM_CHARTER_SECOND')
local report = {}

local function finish(code)
  vim.fn.writefile({ vim.fn.json_encode(report) }, out)
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

local function fail(message)
  report.error = message
  finish(1)
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
end

local function codes(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(list, code_of(d)) end
  table.sort(list)
  return list
end

local function wait_diagnostics(bufnr, accept)
  return vim.wait(120000, function()
    local list = vim.diagnostic.get(bufnr)
    return #list > 0 and (not accept or accept(list))
  end, 20)
end

local first = vim.api.nvim_get_current_buf()
if not wait_diagnostics(first) then fail('no diagnostics for the first buffer within 15 s') end
report.first = codes(first)
if os.getenv('TEAM_CHARTER_ONLY_DIAGNOSTICS') then finish(0) end

-- A buffer opened later gets diagnostics too, from the same client.
vim.cmd('edit ' .. vim.fn.fnameescape(second))
local other = vim.api.nvim_get_current_buf()
if not wait_diagnostics(other) then fail('no diagnostics for a buffer opened later within 15 s') end
report.second = codes(other)
report.clients = #vim.lsp.get_active_clients()

-- The quick fix for the responsibility with two accountable roles, asked for and applied as vim.lsp.buf.code_action() would.
vim.cmd('buffer ' .. first)
local target
for _, d in ipairs(vim.diagnostic.get(first)) do
  if code_of(d) == 'accountable-multiple' then target = d end
end
if not target then fail('no accountable-multiple diagnostic to fix') end
-- The line's diagnostics in LSP form, as vim.lsp.buf.code_action() sends them on 0.7.
local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(first, target.lnum)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(first) },
  range = {
    start = { line = target.lnum, character = target.col },
    ['end'] = { line = target.end_lnum, character = target.end_col },
  },
  context = { diagnostics = line_diagnostics, only = { 'quickfix' } },
}
local responses = vim.lsp.buf_request_sync(first, 'textDocument/codeAction', params, 10000) or {}
local action
for _, response in pairs(responses) do
  for _, candidate in ipairs(response.result or {}) do
    if not action and candidate.edit then action = candidate end
  end
end
if not action then fail('no quick fix offered for accountable-multiple: ' .. vim.inspect(responses)) end
report.fix = action.title
vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
report.fixed_line = vim.api.nvim_buf_get_lines(first, target.lnum, target.lnum + 1, false)[1]
local fixed = wait_diagnostics(first, function(list)
  for _, d in ipairs(list) do
    if code_of(d) == 'accountable-multiple' then return false end
  end
  return true
end)
if not fixed then fail('accountable-multiple still reported 15 s after the fix') end
report.after = codes(first)
finish(0)
