// The matrix view's script, run inside the webview (a string: it is not part of the extension's bundle).
// A click or Enter on a cell, name or finding asks the extension to show that place in the editor; in
// the matrix the arrow keys move between cells (one cell is in the tab order at a time), in the findings
// list between findings (each in the tab order); new content arrives by message and keeps the focused
// cell where it was, without taking the focus from the editor. A button with `data-action` (the
// comparison's "Show the matrix only") sends its action.
export const MATRIX_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('matrix');
  const reveal = (el) => vscode.postMessage({ type: 'reveal', line: Number(el.dataset.line), character: Number(el.dataset.character), path: el.dataset.path });
  const rows = () => [...main.querySelectorAll('table.matrix tr')].map((tr) => [...tr.children]);
  const focus = (el) => {
    if (el.closest('table.matrix')) {
      for (const other of main.querySelectorAll('table.matrix [tabindex="0"]')) other.setAttribute('tabindex', '-1');
      el.setAttribute('tabindex', '0');
    }
    el.focus();
  };
  const prepare = () => {
    for (const cell of main.querySelectorAll('table.matrix th, table.matrix td')) if (!cell.hasAttribute('tabindex')) cell.setAttribute('tabindex', '-1');
    const first = main.querySelector('table.matrix tbody [data-line]') || main.querySelector('[data-line]');
    if (first) first.setAttribute('tabindex', '0');
  };
  const MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  main.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]');
    if (action) {
      vscode.postMessage({ type: action.dataset.action });
      return;
    }
    const el = event.target.closest('[data-line]');
    if (!el) return;
    focus(el);
    reveal(el);
  });
  main.addEventListener('keydown', (event) => {
    const el = event.target.closest('th, td, li');
    if (!el) return;
    if (event.key === 'Enter' || event.key === ' ') {
      if (el.dataset.line === undefined) return;
      event.preventDefault();
      reveal(el);
      return;
    }
    const move = MOVES[event.key];
    if (!move) return;
    if (el.tagName === 'LI') {
      const next = move[0] > 0 || move[1] > 0 ? el.nextElementSibling : el.previousElementSibling;
      if (next) { event.preventDefault(); focus(next); }
      return;
    }
    const grid = rows();
    const r = grid.findIndex((cells) => cells.includes(el));
    if (r < 0) return;
    const c = grid[r].indexOf(el) + move[1];
    let next = r + move[0];
    // Group rows are one cell wide: up and down pass over them.
    while (move[0] !== 0 && grid[next] && grid[next].length === 1 && grid[r].length > 1) next += move[0];
    const target = grid[next] && c >= 0 ? grid[next][Math.min(c, grid[next].length - 1)] : undefined;
    if (target) { event.preventDefault(); focus(target); }
  });
  window.addEventListener('message', (event) => {
    if (!event.data || event.data.type !== 'show') return;
    const grid = rows();
    const active = document.activeElement;
    const r = grid.findIndex((cells) => cells.includes(active));
    const c = r >= 0 ? grid[r].indexOf(active) : -1;
    main.innerHTML = event.data.html;
    prepare();
    const again = r >= 0 ? rows()[r] : undefined;
    // Only while the view has the focus: an update as the user types in the editor must not take it.
    if (again && again[c] && document.hasFocus()) focus(again[c]);
  });
  prepare();
})();`;
