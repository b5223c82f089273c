// Company account form: add and remove contact rows in place. Without JavaScript the same buttons
// post to the server, which adds or removes the row and shows the form again.
(function () {
    'use strict';
    var form = document.getElementById('company-account-form');
    if (!form) {
        return;
    }

    var rows = form.querySelector('[data-contact-rows]');

    function renumber() {
        var all = rows.querySelectorAll('[data-contact-row]');
        all.forEach(function (row, index) {
            row.querySelectorAll('[name], [id], [for], [data-valmsg-for]').forEach(function (el) {
                ['name', 'id', 'for', 'data-valmsg-for'].forEach(function (attr) {
                    var value = el.getAttribute(attr);
                    if (value) {
                        el.setAttribute(attr, value
                            .replace(/Contacts\[\d+\]/g, 'Contacts[' + index + ']')
                            .replace(/Contacts_\d+__/g, 'Contacts_' + index + '__'));
                    }
                });
            });
            var legend = row.querySelector('[data-contact-legend]');
            if (legend) {
                legend.textContent = 'Contact ' + (index + 1);
            }
            var remove = row.querySelector('[data-contact-remove]');
            if (remove) {
                remove.value = String(index);
                remove.textContent = 'Remove contact ' + (index + 1);
                remove.disabled = all.length === 1;
            }
        });
    }

    form.addEventListener('click', function (event) {
        var add = event.target.closest('[data-contact-add]');
        var remove = event.target.closest('[data-contact-remove]');
        if (add) {
            event.preventDefault();
            var last = rows.querySelector('[data-contact-row]:last-of-type');
            var copy = last.cloneNode(true);
            copy.querySelectorAll('input').forEach(function (input) {
                if (input.type === 'checkbox') {
                    input.checked = false;
                } else if (input.type !== 'hidden') {
                    input.value = '';
                }
                input.classList.remove('input-validation-error');
                input.removeAttribute('aria-invalid');
            });
            copy.querySelectorAll('[data-valmsg-for]').forEach(function (message) {
                message.textContent = '';
            });
            rows.appendChild(copy);
            renumber();
            copy.querySelector('input:not([type=hidden])').focus();
        } else if (remove) {
            event.preventDefault();
            if (rows.querySelectorAll('[data-contact-row]').length > 1) {
                remove.closest('[data-contact-row]').remove();
                renumber();
                var first = rows.querySelector('[data-contact-row] input:not([type=hidden])');
                if (first) {
                    first.focus();
                }
            }
        }
    });

    // The "unchecked" hidden fields of checkboxes sit at the end of the form; drop those of removed rows.
    form.addEventListener('submit', function () {
        var count = rows.querySelectorAll('[data-contact-row]').length;
        form.querySelectorAll('input[type=hidden][name^="Input.Contacts["]').forEach(function (hidden) {
            var match = /^Input\.Contacts\[(\d+)\]/.exec(hidden.name);
            if (match && Number(match[1]) >= count) {
                hidden.remove();
            }
        });
    });

    renumber();
}());
