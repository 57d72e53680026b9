// Small helpers for pushed updates: many changes in a burst cause one reload.
window.sinergi = window.sinergi || {
    timers: {},
    debounce: function (key, fn) {
        if (this.timers[key]) {
            return;
        }
        this.timers[key] = setTimeout(function () {
            window.sinergi.timers[key] = null;
            fn();
        }, 300);
    }
};

// The vote tap: a choice goes straight to the vote API (PUT, the session's cookie, the page's
// language), about 150 bytes each way, instead of a Faces post that restores the whole page.
// The box ([data-vote]) knows the API address and the words to show; data-choice is the choice
// the server has confirmed, to which the buttons return when a tap is refused or lost.
document.addEventListener('change', function (event) {
    var input = event.target;
    var box = input && input.type === 'radio' && input.closest ? input.closest('[data-vote]') : null;
    if (!box) {
        return;
    }
    var status = box.querySelector('.vote-status');
    var show = function (kind, text) {
        status.className = 'vote-status ' + kind;
        status.textContent = text;
    };
    var restore = function () {
        Array.prototype.forEach.call(box.querySelectorAll('input[type=radio]'), function (radio) {
            radio.checked = radio.value === box.getAttribute('data-choice');
        });
    };
    show('sending', box.getAttribute('data-sending'));
    fetch(box.getAttribute('data-vote'), {
        method: 'PUT',
        credentials: 'same-origin',
        headers: {
            'Content-Type': 'application/json',
            'Accept': 'application/json',
            'Accept-Language': document.documentElement.lang || 'id'
        },
        body: JSON.stringify({choice: input.value})
    }).then(function (response) {
        return response.json().catch(function () {
            return {};
        }).then(function (body) {
            if (response.ok && body.choice === input.value) {
                box.setAttribute('data-choice', input.value);
                show('saved', box.getAttribute('data-saved'));
            } else {
                restore();
                show('refused', body.message || box.getAttribute('data-failed'));
                if (response.status === 401) {
                    // the session ended: the page again, which offers the login
                    setTimeout(function () {
                        window.location.reload();
                    }, 2000);
                }
            }
        });
    }).catch(function () {
        restore();
        show('refused', box.getAttribute('data-failed'));
    });
});
