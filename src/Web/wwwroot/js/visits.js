// Visit status page: polls the page's Rows handler (the table body as HTML, scoped to the signed-in user's company)
// and swaps it in when it changed, so status changes pushed by ops show without a reload.
(function () {
    'use strict';
    const rows = document.getElementById('visit-rows');
    if (!rows) {
        return;
    }

    const url = rows.dataset.rowsUrl;
    const interval = parseInt(rows.dataset.pollMs || '5000', 10);
    const updated = document.getElementById('visits-updated');
    let last = rows.innerHTML.trim();

    async function refresh() {
        try {
            const response = await fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin', cache: 'no-store' });
            if (response.redirected || !response.ok) {
                return;
            }
            const html = (await response.text()).trim();
            if (html !== last) {
                rows.innerHTML = html;
                last = html;
                updated.textContent = 'Updated ' + (response.headers.get('X-Board-Updated') || '') + '.';
            }
        } catch {
            // Offline for a moment: the next poll tries again.
        } finally {
            setTimeout(refresh, interval);
        }
    }

    setTimeout(refresh, interval);
})();
