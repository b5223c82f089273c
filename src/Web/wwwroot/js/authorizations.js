// Authorization form: injury fields appear only for an injury; a service's detail only when the service is ticked; a package ticks its services.
(function () {
    'use strict';

    const injuryFields = document.getElementById('injury-fields');
    const reasons = document.querySelectorAll('input[data-reason]');
    if (injuryFields && reasons.length > 0) {
        const showInjury = () => {
            const injury = document.getElementById('reason-injury');
            injuryFields.hidden = !(injury && injury.checked);
        };
        reasons.forEach(r => r.addEventListener('change', showInjury));
        showInjury();
    }

    document.querySelectorAll('input[data-service]').forEach(box => {
        const detail = document.querySelector(`[data-detail-for="${box.dataset.service}"]`);
        if (!detail) {
            return;
        }
        const sync = () => { detail.hidden = !box.checked; };
        box.addEventListener('change', sync);
        sync();
    });

    // Choosing a company package ticks its services (the server authorizes them whether ticked or not).
    const packageSelect = document.getElementById('Input_PackageCode');
    if (packageSelect) {
        packageSelect.addEventListener('change', () => {
            const option = packageSelect.selectedOptions[0];
            const codes = option && option.dataset.services ? option.dataset.services.split(' ') : [];
            codes.forEach(code => {
                const box = document.querySelector(`input[data-service="${code}"]`);
                if (box && !box.checked) {
                    box.checked = true;
                    box.dispatchEvent(new Event('change'));
                }
            });
        });
    }

    // Only a clinic that performs every ticked service can be chosen; one chosen before a service it lacks was ticked falls back to any clinic.
    const clinicSelect = document.getElementById('Input_ClinicCode');
    if (clinicSelect) {
        const narrow = () => {
            const ticked = [...document.querySelectorAll('input[data-service]:checked')].map(box => box.dataset.service);
            [...clinicSelect.options].filter(option => option.value !== '').forEach(option => {
                const performs = (option.dataset.services || '').split(' ');
                option.disabled = !ticked.every(code => performs.includes(code));
            });
            if (clinicSelect.selectedOptions[0] && clinicSelect.selectedOptions[0].disabled) {
                clinicSelect.value = '';
            }
        };
        document.querySelectorAll('input[data-service]').forEach(box => box.addEventListener('change', narrow));
        narrow();
    }

        // Roster type-ahead: suggestions as the name is typed; choosing one opens the form filled with that employee.
    const find = document.getElementById('find');
    const suggestions = document.getElementById('roster-suggestions');
    if (find && suggestions && find.dataset.rosterUrl) {
        let found = [];
        const label = s => `${s.name} (ID ${s.employeeId})`;
        find.addEventListener('input', async () => {
            const chosen = found.find(s => label(s) === find.value);
            if (chosen) {
                window.location.href = `${window.location.pathname}?employee=${encodeURIComponent(chosen.id)}`;
                return;
            }
            if (find.value.trim().length < 2) {
                return;
            }
            const response = await fetch(`${find.dataset.rosterUrl}&find=${encodeURIComponent(find.value.trim())}`, { headers: { Accept: 'application/json' } });
            if (!response.ok) {
                return;
            }
            found = await response.json();
            suggestions.replaceChildren(...found.map(s => Object.assign(document.createElement('option'), { value: label(s) })));
        });
    }
}());
