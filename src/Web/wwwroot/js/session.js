// Idle-timeout warning for signed-in pages. The server says how long the session stays open (the body's
// data-session-seconds-left, then GET /Account/Session): two minutes before it closes, the page offers "Stay signed in";
// once it has closed, a link to sign in again. Looking at the status is a background refresh and counts as no activity.
(function () {
    'use strict';
    const warning = document.getElementById('session-warning');
    if (!warning) {
        return;
    }

    const warnSecondsBefore = 120;
    const retryMs = 15000;
    const statusUrl = warning.dataset.statusUrl;
    const countdown = warning.querySelector('[data-session-countdown]');
    const closing = warning.querySelector('[data-session-closing]');
    const ended = warning.querySelector('[data-session-ended]');
    const stay = warning.querySelector('[data-session-stay]');
    const signIn = warning.querySelector('[data-session-sign-in]');
    let closesAt = 0;
    let timer = 0;

    async function secondsLeft(background) {
        const headers = { 'Accept': 'application/json' };
        if (background) {
            headers['X-Background-Refresh'] = '1';
        }
        const response = await fetch(statusUrl, { headers: headers, credentials: 'same-origin', cache: 'no-store' });
        if (response.status === 401) {
            return 0;
        }
        if (!response.ok) {
            throw new Error('Session status ' + response.status);
        }
        return (await response.json()).secondsLeft;
    }

    function schedule(seconds) {
        clearTimeout(timer);
        closesAt = Date.now() + seconds * 1000;
        if (seconds <= 0) {
            showEnded();
        } else if (seconds > warnSecondsBefore) {
            warning.hidden = true;
            timer = setTimeout(check, (seconds - warnSecondsBefore) * 1000);
        } else {
            showClosing();
        }
    }

    async function check(background = true) {
        try {
            schedule(await secondsLeft(background));
        } catch {
            clearTimeout(timer);
            timer = setTimeout(check, retryMs);
        }
    }

    function showClosing() {
        const seconds = Math.max(0, Math.round((closesAt - Date.now()) / 1000));
        if (seconds === 0) {
            check();
            return;
        }
        countdown.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
        closing.hidden = false;
        ended.hidden = true;
        stay.hidden = false;
        signIn.hidden = true;
        warning.hidden = false;
        timer = setTimeout(showClosing, 1000);
    }

    function showEnded() {
        closing.hidden = true;
        ended.hidden = false;
        stay.hidden = true;
        signIn.hidden = false;
        warning.hidden = false;
    }

    stay.addEventListener('click', () => check(false));
    schedule(parseInt(document.body.dataset.sessionSecondsLeft, 10));
})();
