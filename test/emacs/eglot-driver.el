;;; Run after the README's eglot setup (emacs --batch -l setup.el -l this): opens TEAM_CHARTER_FILE,
;;; which the setup must put in team-charter-markdown-mode with eglot started, waits for Flymake to
;;; hold eglot's diagnostics and writes the mode, then one message per line, to TEAM_CHARTER_OUT.
;;; Exits 1 when none arrive within 120 s (a hang guard, far above a loaded machine's time).
(require 'flymake)
(let* ((file (getenv "TEAM_CHARTER_FILE"))
       (out (getenv "TEAM_CHARTER_OUT"))
       (buffer (find-file-noselect file))
       (diagnostics nil))
  (with-current-buffer buffer
    ;; eglot-ensure connects from post-command-hook, which batch mode never runs by itself, and
    ;; Flymake waits for the buffer to be shown in a window, which it never is: run the hook as the
    ;; command loop would, and start Flymake once eglot manages the buffer.
    (let ((deadline (+ (float-time) 120)))
      (while (and (< (float-time) deadline)
                  (null (setq diagnostics (flymake-diagnostics))))
        (run-hooks 'post-command-hook)
        (when (and (bound-and-true-p eglot--managed-mode) (null (flymake-running-backends)))
          (flymake-start))
        (accept-process-output nil 0.1)))
    (let ((mode major-mode))
      (with-temp-file out
        (insert (format "%s\n" mode))
        (dolist (diagnostic diagnostics)
          (insert (format "%d:%s\n"
                          (with-current-buffer buffer
                            (line-number-at-pos (flymake-diagnostic-beg diagnostic)))
                          (replace-regexp-in-string "\n" " " (flymake-diagnostic-text diagnostic)))))))
    (ignore-errors (eglot-shutdown (eglot-current-server))))
  (kill-emacs (if diagnostics 0 1)))
