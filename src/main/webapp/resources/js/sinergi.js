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

// The inbox badge beside the bell: asked for again when the reader's inbox socket says something new
// arrived (notification.InboxPush), on whatever page is open.
window.sinergiRefreshInbox = function () {
    var source = document.getElementById('inbox-push');
    var link = document.getElementById('inbox-link');
    if (!source || !link) {
        return;
    }
    fetch(source.getAttribute('data-inbox'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (inbox) {
            if (!inbox) {
                return;
            }
            var badge = document.getElementById('unread');
            if (inbox.unread > 0) {
                if (!badge) {
                    badge = document.createElement('span');
                    badge.id = 'unread';
                    badge.className = 'badge';
                    link.appendChild(badge);
                }
                badge.textContent = ' ' + inbox.unread;
            } else if (badge) {
                badge.remove();
            }
        }).catch(function () {
            // the next push or page asks again
        });
};

// Pushed changes (platform.PushSockets): an element with data-push (the socket's path, one forum on one
// channel) and data-refresh (the page's refresh function) listens; a change, or the socket opened again
// after a break (a node of the cluster went away, the network dropped), refreshes that part of the page.
Array.prototype.forEach.call(document.querySelectorAll('[data-push]'), function (element) {
    var path = element.getAttribute('data-push');
    var refresh = element.getAttribute('data-refresh');
    var attempt = 0;
    var changed = function () {
        window.sinergi.debounce(refresh, function () {
            if (typeof window[refresh] === 'function') {
                window[refresh]();
            }
        });
    };
    var open = function () {
        var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path);
        socket.onopen = function () {
            if (attempt > 0) {
                changed();
            }
            attempt = 0;
        };
        socket.onmessage = changed;
        socket.onclose = function (event) {
            if (event.code === 1003 || event.code === 1008) {
                return; // refused for good: an unknown channel, or a login the page no longer has
            }
            attempt++;
            // spread out: after a node's loss every open page of the room reconnects at once
            setTimeout(open, Math.min(30000, 500 * attempt) + Math.random() * 1000);
        };
    };
    open();
});
