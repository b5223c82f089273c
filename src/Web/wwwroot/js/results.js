// Results list: keeps the selection of result documents across pages (sessionStorage) and posts it, in the
// order the results are shown, to "Download selected as one PDF".
(function () {
    'use strict';
    const form = document.getElementById('merge-form');
    if (!form) {
        return;
    }

    const key = 'portal.results.selection';
    const limit = parseInt(form.dataset.mergeLimit || '200', 10);
    const countLabel = document.getElementById('selection-count');
    const limitMessage = document.getElementById('selection-limit');

    function load() {
        try {
            return JSON.parse(sessionStorage.getItem(key) || '[]');
        } catch {
            return [];
        }
    }

    function save(selection) {
        sessionStorage.setItem(key, JSON.stringify(selection));
        render(selection);
    }

    function render(selection) {
        countLabel.textContent = selection.length === 0 ? '' : selection.length + ' selected';
        const over = selection.length > limit;
        limitMessage.classList.toggle('d-none', !over);
        limitMessage.textContent = over
            ? 'One merged PDF can hold at most ' + limit + ' documents; you selected ' + selection.length + '. Select fewer and download them in parts.'
            : '';
    }

    const boxes = Array.from(form.querySelectorAll('input.result-select'));
    let selection = load();
    boxes.forEach(function (box) {
        box.checked = selection.some(function (s) { return s.id === box.value; });
        box.addEventListener('change', function () {
            selection = load().filter(function (s) { return s.id !== box.value; });
            if (box.checked) {
                selection.push({ id: box.value, position: parseInt(box.dataset.position, 10) });
            }
            save(selection);
        });
    });
    render(selection);

    // "Select all N that match": the server lists the ids of every document of this search (in its order, within the
    // company's, location's and DER scope), and they become the selection; the merge itself checks them again.
    const selectAll = document.getElementById('select-all-matching');
    if (selectAll) {
        selectAll.addEventListener('click', function () {
            selectAll.disabled = true;
            fetch(form.dataset.matchingUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(response.status === 400
                            ? 'One merged PDF can hold at most ' + limit + ' documents. Narrow the search to select them all.'
                            : 'The results could not be selected. Reload the page and try again.');
                    }
                    return response.json();
                })
                .then(function (body) {
                    selection = body.ids.map(function (id, index) { return { id: id, position: index }; });
                    boxes.forEach(function (box) { box.checked = body.ids.indexOf(box.value) >= 0; });
                    save(selection);
                })
                .catch(function (error) {
                    limitMessage.classList.remove('d-none');
                    limitMessage.textContent = error.message;
                })
                .finally(function () { selectAll.disabled = false; });
        });
    }

    document.getElementById('clear-selection').addEventListener('click', function () {
        boxes.forEach(function (box) { box.checked = false; });
        save([]);
    });

    form.addEventListener('submit', function (event) {
        const chosen = load().sort(function (a, b) { return a.position - b.position; });
        if (chosen.length === 0) {
            event.preventDefault();
            limitMessage.classList.remove('d-none');
            limitMessage.textContent = 'Select at least one result to download.';
            return;
        }
        // The selection (all pages, in the order shown) goes first; the page's own checkboxes repeat some of it and
        // the server keeps the first occurrence of each id.
        form.querySelectorAll('input[data-selection]').forEach(function (input) { input.remove(); });
        chosen.slice().reverse().forEach(function (s) {
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = 'documentIds';
            input.value = s.id;
            input.dataset.selection = 'true';
            form.prepend(input);
        });
    });
})();
