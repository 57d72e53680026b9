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
