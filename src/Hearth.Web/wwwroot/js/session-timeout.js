// Warns before an idle session ends and offers to keep it going. The server decides when the
// session expires (data-expires-at); this only shows the warning and, at the end, goes to sign-in.
export function initSessionTimeout(root) {
  const expiresAt = Number(root.dataset.expiresAt);
  const warningMs = Number(root.dataset.warningSeconds) * 1000;
  if (!expiresAt || !warningMs) {
    return;
  }

  const dialog = root.querySelector('.hearth-timeout__dialog');
  const countdown = root.querySelector('[data-countdown]');
  const keepAlive = root.querySelector('[data-keep-alive]').form;
  let deadline = expiresAt;
  let previousFocus = null;
  let ticking = null;

  const describe = (ms) => {
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    if (seconds > 60) {
      const minutes = Math.ceil(seconds / 60);
      return `${minutes} minutes`;
    }
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  };

  const hide = () => {
    root.hidden = true;
    clearInterval(ticking);
    if (previousFocus) {
      previousFocus.focus();
    }
  };

  const tick = () => {
    const left = deadline - Date.now();
    if (left <= 0) {
      window.location.href = `/sign-in?returnUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`;
      return;
    }
    countdown.textContent = describe(left);
  };

  const show = () => {
    previousFocus = document.activeElement;
    root.hidden = false;
    dialog.focus();
    tick();
    ticking = setInterval(tick, 1000);
  };

  const schedule = () => {
    setTimeout(show, Math.max(0, deadline - warningMs - Date.now()));
  };

  keepAlive.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch(keepAlive.action, {
      method: 'POST',
      body: new FormData(keepAlive),
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (response.ok) {
      deadline = (await response.json()).expiresAt;
      hide();
      schedule();
    } else {
      keepAlive.submit();
    }
  });

  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      keepAlive.requestSubmit();
    }
  });

  schedule();
}

const root = document.querySelector('[data-module="hearth-session-timeout"]');
if (root) {
  initSessionTimeout(root);
}
