// Visit status page: polls the page's Rows handler (the table body as HTML, scoped to the signed-in user's company)
// and swaps it in when it changed, so status changes pushed by ops show without a reload. The polls are background
// refreshes: they keep no session open. When the session has ended the page says so and stops; while the server
// cannot be reached it says it is retrying.
(function () {
    'use strict';
    const rows = document.getElementById('visit-rows');
    if (!rows) {
        return;
    }

    const url = rows.dataset.rowsUrl;
    const interval = parseInt(rows.dataset.pollMs || '5000', 10);
    const updated = document.getElementById('visits-updated');
    const sessionEnded = document.getElementById('visits-session-ended');
    const connectionLost = document.getElementById('visits-connection-lost');
    let last = rows.innerHTML.trim();

    async function refresh() {
        try {
            const response = await fetch(url, {
                headers: { 'Accept': 'text/html', 'X-Background-Refresh': '1' },
                credentials: 'same-origin',
                cache: 'no-store',
            });
            if (response.status === 401) {
                connectionLost.hidden = true;
                sessionEnded.hidden = false;
                return;
            }
            connectionLost.hidden = response.ok || response.redirected;
            if (response.ok && !response.redirected) {
                const html = (await response.text()).trim();
                if (html !== last) {
                    rows.innerHTML = html;
                    last = html;
                    updated.textContent = 'Updated ' + (response.headers.get('X-Board-Updated') || '') + '.';
                }
            }
        } catch {
            connectionLost.hidden = false;
        }
        setTimeout(refresh, interval);
    }

    setTimeout(refresh, interval);
})();
